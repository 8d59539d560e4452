#include "SearchQuery.h"

#include <QStringList>

namespace textdesk::SearchQuery {

namespace {
// Keeps letters, digits and inner apostrophes: the same characters the unicode61 tokenizer
// keeps, so that a term never turns into an operator.
QString cleanTerm(QStringView term)
{
    QString out;
    out.reserve(term.size());
    for (QChar c : term) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
            out.append(QLatin1Char(' '));
    }
    return out.trimmed();
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

QString toFts(const QString &typed, Prefix prefix)
{
    QStringList parts;
    bool lastIsBareWord = false;
    qsizetype i = 0;
    const qsizetype n = typed.size();
    while (i < n) {
        if (typed.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (typed.at(i) == QLatin1Char('"')) {
            const qsizetype close = typed.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            const QString phrase = cleanTerm(QStringView(typed).mid(i + 1, end - i - 1));
            if (!phrase.isEmpty())
                parts << quoted(phrase);
            lastIsBareWord = false;
            i = end + 1;
            continue;
        }
        qsizetype end = i;
        while (end < n && !typed.at(end).isSpace() && typed.at(end) != QLatin1Char('"'))
            ++end;
        const QString word = cleanTerm(QStringView(typed).mid(i, end - i));
        // "e-mail" or "o'clock" become a phrase of their pieces, as the tokenizer sees them.
        if (!word.isEmpty()) {
            parts << quoted(word);
            lastIsBareWord = true;
        }
        i = end;
    }
    if (parts.isEmpty())
        return {};
    if (prefix == Prefix::LastTerm && lastIsBareWord)
        parts.last().append(QLatin1Char('*'));
    return parts.join(QLatin1Char(' '));
}

QString digitsOf(const QString &typed)
{
    QString digits;
    for (QChar c : typed) {
        if (c.isDigit())
            digits.append(c);
        else if (!c.isSpace() && c != QLatin1Char('+') && c != QLatin1Char('-')
                 && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('.'))
            return {};
    }
    return digits;
}

} // namespace textdesk::SearchQuery
