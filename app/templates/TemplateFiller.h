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
    bool complete() const { return unfilled.isEmpty(); }
};

// `{{name}}` variables in template bodies, the one renderer of every sending path (composer,
// new conversation, `textdesk send`, surveys). Names are case-insensitive and may be written
// with spaces inside the braces or between words: `{{ First Name }}` is `first_name`.
// `{{first_name|there}}` gives a default for a blank or missing value. `\{{` is a literal
// "{{" that is never a variable. Pure functions.
namespace TemplateFiller {

// The variables the composer knows how to fill from the customer's profile and the agent
// (a customer's custom fields come on top, under their own names).
inline const QStringList &standardVariables()
{
    static const QStringList names {
        QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("name"),       QStringLiteral("company"),
        QStringLiteral("email"),      QStringLiteral("phone"),
        QStringLiteral("agent_name"), QStringLiteral("customer_company"),
    };
    return names;
}

// Matches one `\{{` (no capture) or one `{{ variable | default }}`: capture 1 is the name as
// written, capture 2 the default (absent when there is none).
const QRegularExpression &variablePattern();

// The canonical form of a name as written: lower case, words joined by "_".
QString normalizedName(const QString &written);

// Replaces every variable that has a non-blank value in `values` (keys in any case) with that
// value, taken literally (a value containing "{{x}}" is not filled again), or else with its
// default. The rest stays as `{{name}}` and is listed. `\{{` stays as written, so that the text
// can be edited and filled again; finalText() turns it into "{{".
FilledTemplate fill(const QString &body, const QHash<QString, QString> &values);

// The variables still in `text` (e.g. after the agent edited a filled template) that have no
// default, each once.
QStringList unfilledVariables(const QString &text);

// What goes out for a text with no unfilled variable: `\{{` becomes "{{" and defaults are used.
QString finalText(const QString &text);

// fill() then finalText(): the message to send, and what was missing. When `unfilled` is not
// empty the text must not be sent (it still shows the missing `{{name}}`s).
FilledTemplate render(const QString &body, const QHash<QString, QString> &values);

} // namespace TemplateFiller

} // namespace textdesk
