#include "TemplateFiller.h"

namespace textdesk::TemplateFiller {

const QRegularExpression &variablePattern()
{
    // Words of letters (with their combining marks: Devanagari vowel signs, the dot that lower
    // case gives "İ"), digits and "_", separated by single spaces or "-": loose enough for what
    // an agent types, strict enough that "{{ }}" or a pasted JSON snippet is not a variable.
    static const QRegularExpression pattern(
        QStringLiteral(R"(\{\{\s*([\p{L}\p{M}\p{N}_]+(?:[ \-][\p{L}\p{M}\p{N}_]+)*)\s*\}\})"),
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
        const QString value = it.value().trimmed();
        if (!value.isEmpty())
            byName.insert(normalizedName(it.key()), value);
    }

    FilledTemplate filled;
    qsizetype copied = 0;
    auto matches = variablePattern().globalMatch(body);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        filled.text += QStringView(body).mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        const QString name = normalizedName(match.captured(1));
        const auto value = byName.constFind(name);
        if (value != byName.cend()) {
            filled.text += *value;
            continue;
        }
        filled.text += QLatin1String("{{") + name + QLatin1String("}}");
        if (!filled.unfilled.contains(name))
            filled.unfilled.append(name);
    }
    filled.text += QStringView(body).mid(copied);
    return filled;
}

QStringList unfilledVariables(const QString &text)
{
    QStringList names;
    auto matches = variablePattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString name = normalizedName(matches.next().captured(1));
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace textdesk::TemplateFiller
