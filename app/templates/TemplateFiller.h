#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace textdesk {

// A template body with its variables replaced; what could not be filled stays in the text as
// `{{name}}` so that the agent sees (and the composer blocks on) what is missing.
struct FilledTemplate
{
    QString text;
    QStringList unfilled; // variable names without a value, each once, in order of appearance
};

// `{{name}}` variables in template bodies. Names are case-insensitive and may be written with
// spaces inside the braces or between words: `{{ First Name }}` is `first_name`. Pure functions.
namespace TemplateFiller {

// The variables the composer knows how to fill from the customer's profile and the agent.
inline const QStringList &standardVariables()
{
    static const QStringList names {
        QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("name"),
        QStringLiteral("company"),    QStringLiteral("email"),     QStringLiteral("phone"),
        QStringLiteral("agent_name"),
    };
    return names;
}

// Matches one `{{ variable }}`; capture 1 is the name as written.
const QRegularExpression &variablePattern();

// The canonical form of a name as written: lower case, words joined by "_".
QString normalizedName(const QString &written);

// Replaces every variable that has a non-blank value in `values` (keys in any case) with that
// value, taken literally (a value containing "{{x}}" is not filled again).
FilledTemplate fill(const QString &body, const QHash<QString, QString> &values);

// The variables still in `text` (e.g. after the agent edited a filled template), each once.
QStringList unfilledVariables(const QString &text);

} // namespace TemplateFiller

} // namespace textdesk
