#pragma once

#include <QtCore/QString>

#include <optional>

namespace textdesk::surveys {

// The four kinds of question (migration 8 stores them as these words).
enum class SurveyKind { Csat, Nps, Ces, YesNo };

struct ScoreRange
{
    int min = 0;
    int max = 0;
};

// CSAT 1–5, NPS 0–10, CES 1–7 (compliance.md); yes/no is 1 for yes, 0 for no.
ScoreRange rangeOf(SurveyKind kind);
QString kindToString(SurveyKind kind);
std::optional<SurveyKind> kindFromString(const QString &word);

// The languages surveys are worded in (the shipped ones); anything else reads as English.
QString surveyLanguage(const QString &code);

} // namespace textdesk::surveys
