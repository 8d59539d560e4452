#include "PhoneNumbers.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <phonenumbers/phonenumberutil.h>

namespace textdesk {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumbers::Parsed PhoneNumbers::toE164(const QString &input, const QString &defaultRegion)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return { {}, tr("Enter a phone number.") };
    PhoneNumber number;
    const auto parsed
        = util->Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number);
    switch (parsed) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return {
            {},
            tr("\"%1\" has no country code Textdesk knows. Start it with + and the country code.")
                .arg(trimmed)
        };
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return { {}, tr("\"%1\" is too short to be a phone number.").arg(trimmed) };
    case PhoneNumberUtil::TOO_LONG_NSN:
        return { {}, tr("\"%1\" is too long to be a phone number.").arg(trimmed) };
    default:
        return { {}, tr("\"%1\" is not a phone number.").arg(trimmed) };
    }
    if (!util->IsValidNumber(number))
        return { {}, tr("\"%1\" is not a valid number in its country.").arg(trimmed) };
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return { QString::fromStdString(e164), {} };
}

bool PhoneNumbers::isShortCode(const QString &number)
{
    const QString n = number.trimmed();
    if (n.isEmpty() || n.startsWith(QLatin1Char('+')))
        return false;
    const bool digits = std::all_of(n.cbegin(), n.cend(), [](QChar c) { return c.isDigit(); });
    return digits && n.size() >= 3 && n.size() <= 8;
}

QString PhoneNumbers::display(const QString &e164, const QString &userRegion)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    std::string formatted;
    const bool national
        = QString::fromStdString(region).compare(userRegion, Qt::CaseInsensitive) == 0;
    util->Format(number, national ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
                 &formatted);
    return QString::fromStdString(formatted);
}

void PhoneNumbers::load()
{
    // The library's singleton is created once under its own lock (pthread_once, or a mutex).
    PhoneNumberUtil::GetInstance();
}

QString PhoneNumbers::systemRegion()
{
    const QString name = QLocale::system().name(); // "en_US"
    const qsizetype underscore = name.indexOf(QLatin1Char('_'));
    return underscore > 0 ? name.mid(underscore + 1, 2) : QStringLiteral("US");
}

QString PhoneNumbers::workspaceRegion(const QString &settingsPath)
{
    if (!settingsPath.isEmpty()) {
        const QString region = QSettings(settingsPath, QSettings::IniFormat)
                                   .value(QStringLiteral("phone/default_region"))
                                   .toString()
                                   .trimmed()
                                   .toUpper();
        if (region.size() == 2)
            return region;
    }
    return systemRegion();
}

} // namespace textdesk
