#include "SurveyKind.h"

#include "core/CustomerLanguage.h"

#include <QtCore/QStringList>

namespace textdesk::surveys {

ScoreRange rangeOf(SurveyKind kind)
{
    switch (kind) {
    case SurveyKind::Csat:
        return { 1, 5 };
    case SurveyKind::Nps:
        return { 0, 10 };
    case SurveyKind::Ces:
        return { 1, 7 };
    case SurveyKind::YesNo:
        return { 0, 1 };
    }
    return { 1, 5 };
}

QString kindToString(SurveyKind kind)
{
    switch (kind) {
    case SurveyKind::Csat:
        return QStringLiteral("csat");
    case SurveyKind::Nps:
        return QStringLiteral("nps");
    case SurveyKind::Ces:
        return QStringLiteral("ces");
    case SurveyKind::YesNo:
        return QStringLiteral("yesno");
    }
    return QStringLiteral("csat");
}

std::optional<SurveyKind> kindFromString(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("csat"))
        return SurveyKind::Csat;
    if (w == QLatin1String("nps"))
        return SurveyKind::Nps;
    if (w == QLatin1String("ces"))
        return SurveyKind::Ces;
    if (w == QLatin1String("yesno"))
        return SurveyKind::YesNo;
    return std::nullopt;
}

QString surveyLanguage(const QString &code)
{
    return CustomerLanguage::normalised(code); // "de_AT", "es-MX": the language part decides
}

} // namespace textdesk::surveys
