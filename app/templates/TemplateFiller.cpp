#include "TemplateFiller.h"

namespace textdesk::TemplateFiller {

namespace {

const QLatin1String kEscape("\\{{");

// Walks the variables and escapes of `body`; `onVariable(match)` returns what replaces a
// variable, `escape` what replaces `\{{`.
template<typename OnVariable>
QString substitute(const QString &body, const QString &escape, OnVariable onVariable)
{
    QString text;
    qsizetype copied = 0;
    auto matches = variablePattern().globalMatch(body);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        text += QStringView(body).mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        text += match.capturedLength(1) == 0 ? escape : onVariable(match);
    }
    text += QStringView(body).mid(copied);
    return text;
}

bool hasDefault(const QRegularExpressionMatch &match)
{
    return match.capturedStart(2) >= 0;
}

// Text put in place of a variable never ends in "\": before a `{{name}}` that would make an
// escape of it and hide it from the check that blocks sending. No name, field or default
// means a trailing backslash.
QString withoutTrailingBackslash(QString text)
{
    while (text.endsWith(QLatin1Char('\\')))
        text.chop(1);
    return text;
}

QString defaultOf(const QRegularExpressionMatch &match)
{
    return withoutTrailingBackslash(match.captured(2).trimmed());
}

} // namespace

const QRegularExpression &variablePattern()
{
    // Words of letters (with their combining marks: Devanagari vowel signs, the dot that lower
    // case gives "İ"), digits and "_", separated by single spaces or "-": loose enough for what
    // an agent types, strict enough that "{{ }}" or a pasted JSON snippet is not a variable. A
    // default is anything up to the closing braces but braces and line breaks.
    static const QRegularExpression pattern(
        QStringLiteral(R"(\\\{\{|\{\{\s*([\p{L}\p{M}\p{N}_]+(?:[ \-][\p{L}\p{M}\p{N}_]+)*)\s*)"
                       R"((?:\|([^{}\n]*))?\}\})"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

QString normalizedName(const QString &written)
{
    QString name = written.trimmed().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

FilledTemplate fill(const QString &body, const QHash<QString, QString> &values)
{
    QHash<QString, QString> byName;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString value = withoutTrailingBackslash(it.value().trimmed());
        if (!value.isEmpty())
            byName.insert(normalizedName(it.key()), value);
    }

    FilledTemplate filled;
    QList<qsizetype> kept; // where the variables left unfilled start in filled.text
    qsizetype copied = 0;
    auto matches = variablePattern().globalMatch(body);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        filled.text += QStringView(body).mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        if (match.capturedLength(1) == 0) {
            filled.text += kEscape;
            continue;
        }
        const QString name = normalizedName(match.captured(1));
        if (const auto value = byName.constFind(name); value != byName.cend()) {
            filled.text += *value;
        } else if (hasDefault(match)) {
            filled.text += defaultOf(match); // "{{x|}}": nothing, on purpose
        } else {
            if (!filled.unfilled.contains(name))
                filled.unfilled.append(name);
            kept.append(filled.text.size());
            filled.text += QLatin1String("{{") + name + QLatin1String("}}");
        }
    }
    filled.text += QStringView(body).mid(copied);

    // What was put in can make a variable that the template did not have: a value "{{x}}", or
    // "{{s{{l|}}}}" becoming "{{s}}". Those are text, not variables: escaped, so that they are
    // neither reported as unfilled nor filled by a second pass, and read literally when final.
    QList<qsizetype> made;
    auto after = variablePattern().globalMatch(filled.text);
    while (after.hasNext()) {
        const QRegularExpressionMatch match = after.next();
        if (match.capturedLength(1) != 0 && !kept.contains(match.capturedStart()))
            made.append(match.capturedStart());
    }
    for (auto it = made.crbegin(); it != made.crend(); ++it)
        filled.text.insert(*it, QLatin1Char('\\'));
    return filled;
}

QStringList unfilledVariables(const QString &text)
{
    QStringList names;
    auto matches = variablePattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedLength(1) == 0)
            continue; // an escape
        if (hasDefault(match))
            continue;
        const QString name = normalizedName(match.captured(1));
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString finalText(const QString &text)
{
    return substitute(text, QStringLiteral("{{"), [](const QRegularExpressionMatch &match) {
        // Only variables with a default are left when the text is final; any other stays
        // visible (the caller refused to send it).
        return hasDefault(match) ? defaultOf(match) : match.captured(0);
    });
}

FilledTemplate render(const QString &body, const QHash<QString, QString> &values)
{
    FilledTemplate filled = fill(body, values);
    if (filled.complete())
        filled.text = finalText(filled.text);
    return filled;
}

} // namespace textdesk::TemplateFiller
