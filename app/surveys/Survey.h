#pragma once

#include "SurveyKind.h"
#include "templates/TemplateFiller.h"

#include <QtCore/QHash>
#include <QtCore/QString>

#include <optional>

namespace textdesk::surveys {

// What a survey says in one language. An empty follow-up or thank-you is not sent.
struct SurveyWording
{
    QString question;
    QString followup; // asked after a low score: its answer becomes the comment
    QString thanks;
    bool operator==(const SurveyWording &) const = default;
};

// A survey definition (the `surveys` table, migrations 8 and 9).
struct Survey
{
    qint64 id = 0;
    SurveyKind kind = SurveyKind::Csat;
    QString name;
    bool active = true;
    bool sendOnResolve = true;
    int delayMinutes = 60;
    int cooldownDays = 7; // at most one survey per customer in this many days
    int responseWindowHours = 24;
    std::optional<int> followupBelow; // the follow-up is asked when the score is below this
    QHash<QString, SurveyWording> texts; // by language; missing ones fall back to the built-in
    QString company; // what {{company}} says
    QString defaultLanguage = QStringLiteral("en");
    QString defaultTimeZone; // IANA id; empty: this computer's

    // The wording in `language`: the survey's own, else the built-in one.
    SurveyWording wording(const QString &language) const;
};

// The built-in wording: the scale is stated in the question. These are the customer's words
// in the customer's language (not the agent's interface language), so they are tables rather
// than tr() strings.
namespace SurveyTexts {
SurveyWording builtIn(SurveyKind kind, const QString &language);
// Sent once when a reply could not be read ("Please reply with a number from 1 to 5.").
QString askAgain(SurveyKind kind, const QString &language);
// A new survey with every shipped language's built-in wording.
Survey makeDefault(SurveyKind kind, const QString &name);
// {{company}} filled in; what cannot be filled is listed, so nothing with braces goes out.
FilledTemplate render(const QString &text, const Survey &survey);
// The default threshold of the follow-up: the lower part of each scale.
int defaultFollowupBelow(SurveyKind kind);
} // namespace SurveyTexts

// The language to write to a customer in: their profile's, else the survey's default.
QString customerLanguage(const QString &customFieldsJson, const QString &fallback);

} // namespace textdesk::surveys
