#include "TemplateVariables.h"

#include "TemplateFiller.h"
#include "storage/ContactProfiles.h"

#include <QSettings>

namespace textdesk::TemplateVariables {

namespace {
const QString kCompanyKey = QStringLiteral("templates/company");
}

QHash<QString, QString> fromProfile(const ContactProfile &profile, const QString &agentName,
                                    const QString &ourCompany)
{
    QHash<QString, QString> values;
    for (const auto &[field, value] : profile.customFields)
        values.insert(TemplateFiller::normalizedName(field), value);
    // Most profiles synced from messages have only a display name: its first word greets.
    values.insert(QStringLiteral("first_name"),
                  profile.givenName.isEmpty() ? profile.displayName.section(QLatin1Char(' '), 0, 0)
                                              : profile.givenName);
    values.insert(QStringLiteral("last_name"), profile.familyName);
    values.insert(QStringLiteral("name"), profile.displayName);
    values.insert(QStringLiteral("company"), ourCompany);
    values.insert(QStringLiteral("customer_company"), profile.company);
    values.insert(QStringLiteral("email"), profile.email);
    values.insert(QStringLiteral("phone"), profile.e164);
    values.insert(QStringLiteral("agent_name"), agentName);
    return values;
}

QString ourCompany(const QString &settingsPath)
{
    if (settingsPath.isEmpty())
        return {};
    return QSettings(settingsPath, QSettings::IniFormat).value(kCompanyKey).toString().trimmed();
}

bool setOurCompany(const QString &settingsPath, const QString &name)
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    settings.setValue(kCompanyKey, name.trimmed());
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace textdesk::TemplateVariables
