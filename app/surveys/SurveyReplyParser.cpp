#include "SurveyReplyParser.h"

#include "SurveyReplyWords.h"
#include "storage/ConsentKeywords.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <algorithm>

namespace textdesk::surveys {

QString scoreKindToString(ScoreKind kind)
{
    switch (kind) {
    case ScoreKind::Explicit:
        return QStringLiteral("explicit");
    case ScoreKind::Inferred:
        return QStringLiteral("inferred");
    case ScoreKind::None:
        break;
    }
    return QStringLiteral("none");
}

namespace {

using namespace ReplyWords;

// A reader over UTF-16 that sees code points (emoji are outside the BMP).
struct Cursor
{
    QStringView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char32_t peek(qsizetype *width = nullptr) const
    {
        if (atEnd())
            return 0;
        const QChar c = text[pos];
        if (c.isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate()) {
            if (width)
                *width = 2;
            return QChar::surrogateToUcs4(c, text[pos + 1]);
        }
        if (width)
            *width = 1;
        return c.unicode();
    }
    char32_t next()
    {
        qsizetype w = 1;
        const char32_t c = peek(&w);
        pos += w;
        return c;
    }
    // Variation selectors and skin tones dress an emoji up without changing it.
    void skipModifiers()
    {
        while (!atEnd()) {
            const char32_t c = peek();
            if (c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF))
                next();
            else
                break;
        }
    }
    void skipSpaces()
    {
        while (!atEnd() && text[pos].isSpace())
            ++pos;
    }
};

bool isLetter(QChar c)
{
    return c.isLetter() || c == QLatin1Char('\'');
}

// The next word (letters only), lower-cased; the cursor moves past it. Empty if none.
QString takeWord(Cursor &c)
{
    const qsizetype start = c.pos;
    while (!c.atEnd() && isLetter(c.text[c.pos]))
        ++c.pos;
    return c.text.sliced(start, c.pos - start).toString().toLower();
}

QString peekWord(const Cursor &c)
{
    Cursor copy = c;
    return takeWord(copy);
}

bool isSeparator(char32_t c)
{
    switch (c) {
    case u',':
    case u'.':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case u'-':
    case u')':
    case u'(':
    case u'|':
    case u'~':
    case u'*':
    case u'"':
    case 0x2013:
    case 0x2014:
    case 0x2026:
        return true;
    default:
        return c < 0x10000 && QChar(char16_t(c)).isSpace();
    }
}

void skipSeparators(Cursor &c)
{
    while (!c.atEnd() && isSeparator(c.peek()))
        c.next();
}

// Reads an unsigned decimal number (any script's digits); -1 if there is none. Long runs give
// a big value, which no scale accepts.
int takeDigits(Cursor &c, int *count = nullptr)
{
    int value = -1;
    int n = 0;
    while (!c.atEnd()) {
        const QChar ch = c.text[c.pos];
        const int d = ch.digitValue();
        if (d < 0 || !ch.isDigit())
            break;
        value = (value < 0 ? 0 : value);
        if (value < 100000)
            value = value * 10 + d;
        ++c.pos;
        ++n;
    }
    if (count)
        *count = n;
    return value;
}

enum class Tail { Ok, Bad };

// After a score: "stars", "/5", "out of 5", then separators; the comment is what is left. A
// denominator other than the scale's maximum makes the answer unclear.
Tail readTail(Cursor &c, const ScoreRange &range, bool allowSlash)
{
    const auto denominatorOk = [&range](int d) { return d == range.max; };
    Cursor slash = c;
    slash.skipSpaces();
    if (allowSlash && !slash.atEnd() && slash.text[slash.pos] == QLatin1Char('/')) {
        Cursor after = slash;
        after.next();
        after.skipSpaces();
        const int d = takeDigits(after);
        if (d < 0)
            return Tail::Bad;
        if (!denominatorOk(d))
            return Tail::Bad;
        c = after;
    }
    Cursor probe = c;
    probe.skipSpaces();
    if (isScaleWord(peekWord(probe))) {
        takeWord(probe);
        c = probe;
    }
    // "out of 5", "of 10", "von 5", "de 5", "sur 5"
    probe = c;
    probe.skipSpaces();
    QString w = takeWord(probe);
    if (w == QLatin1String("out")) {
        probe.skipSpaces();
        w = takeWord(probe);
        if (w != QLatin1String("of"))
            return Tail::Ok;
    }
    if (isOutOfWord(w)) {
        probe.skipSpaces();
        const int d = takeDigits(probe);
        int value = d;
        if (d < 0) {
            const QString word = takeWord(probe);
            const auto it = numberWords().constFind(word);
            value = it == numberWords().constEnd() ? -1 : it->value;
        }
        if (value >= 0) {
            if (!denominatorOk(value))
                return Tail::Bad;
            c = probe;
        }
    }
    return Tail::Ok;
}

QString restAsComment(Cursor &c)
{
    skipSeparators(c);
    return c.text.sliced(c.pos).trimmed().toString();
}

ParsedReply unclear(const QString &whole)
{
    ParsedReply r;
    r.askAgain = true;
    r.comment = whole;
    return r;
}

// Out of range: no score, and the whole reply is what the customer said.
ParsedReply explicitScore(int value, const ScoreRange &range, QString comment, const QString &whole)
{
    if (value < range.min || value > range.max)
        return unclear(whole);
    ParsedReply r;
    r.score = value;
    r.scoreKind = ScoreKind::Explicit;
    r.comment = std::move(comment);
    return r;
}

// Keycaps ("4️⃣", "1️⃣0️⃣") and 🔟. A long run saturates (out of every scale) instead
// of overflowing: the fuzz target found "4️⃣4️⃣8️⃣…" past INT_MAX.
std::optional<int> takeKeycaps(Cursor &c)
{
    constexpr int kTooLarge = 1'000'000;
    int value = -1;
    while (!c.atEnd()) {
        Cursor probe = c;
        if (probe.peek() == 0x1F51F) {
            probe.next();
            probe.skipModifiers();
            value = std::min(kTooLarge, (value < 0 ? 0 : value * 100) + 10);
            c = probe;
            continue;
        }
        const QChar ch = probe.text[probe.pos];
        if (ch.unicode() < u'0' || ch.unicode() > u'9')
            break;
        probe.next();
        if (!probe.atEnd() && probe.peek() == 0xFE0F)
            probe.next();
        if (probe.atEnd() || probe.peek() != 0x20E3)
            break;
        probe.next();
        value = std::min(kTooLarge, (value < 0 ? 0 : value * 10) + (ch.unicode() - u'0'));
        c = probe;
    }
    if (value < 0)
        return std::nullopt;
    return value;
}

ParsedReply parseYesNo(Cursor &c, const QString &whole)
{
    const ScoreRange range { 0, 1 };
    const char32_t first = c.peek();
    if (first == 0x1F44D || first == 0x1F44E) { // 👍 👎
        c.next();
        c.skipModifiers();
        return explicitScore(first == 0x1F44D ? 1 : 0, range, restAsComment(c), whole);
    }
    Cursor probe = c;
    const QString w1 = takeWord(probe);
    if (w1.isEmpty()) {
        // A number or a sign is no answer to a yes/no question: ask again.
        ParsedReply r;
        r.askAgain = !c.atEnd() && c.text[c.pos].isDigit();
        r.comment = whole;
        return r;
    }
    Cursor two = probe;
    two.skipSpaces();
    const QString w2 = takeWord(two);
    const auto &table = yesNoWords();
    if (!w2.isEmpty()) {
        const auto it = table.constFind(w1 + QLatin1Char(' ') + w2);
        if (it != table.constEnd())
            return explicitScore(*it, range, restAsComment(two), whole);
    }
    const auto it = table.constFind(w1);
    if (it != table.constEnd())
        return explicitScore(*it, range, restAsComment(probe), whole);
    ParsedReply r;
    r.comment = whole;
    return r;
}

} // namespace

namespace SurveyReplyParser {

ParsedReply parse(SurveyKind kind, const QString &languageCode, const QString &text)
{
    const QString whole = text.trimmed();
    ParsedReply none;
    none.comment = whole;
    if (whole.isEmpty())
        return none;

    // Opt-out words win over everything, whatever else the reply says.
    if (Consent::stateForKeyword(whole) == QLatin1String("opted_out")) {
        ParsedReply r;
        r.optOut = true;
        return r;
    }
    const QString lower = whole.toLower();
    Cursor c { QStringView(whole) };
    // Leading quotes or a '#' ("#5") do not change the answer.
    while (!c.atEnd()
           && (c.peek() == u'"' || c.peek() == u'#' || c.peek() == u'\'' || c.peek() == u'('))
        c.next();
    if (isOptOutLead(peekWord(c)) || hasOptOutWord(lower) || containsOptOutPhrase(lower)) {
        ParsedReply r;
        r.optOut = true;
        return r;
    }

    const QString language = surveyLanguage(languageCode);
    if (kind == SurveyKind::YesNo)
        return parseYesNo(c, whole);
    const ScoreRange range = rangeOf(kind);

    // Keycaps before digits: "4️⃣" starts with an ASCII 4.
    if (auto keycaps = takeKeycaps(c)) {
        c.skipModifiers();
        return explicitScore(*keycaps, range, restAsComment(c), whole);
    }

    const char32_t first = c.peek();
    if (first < 0x10000 && QChar(char16_t(first)).isDigit()) {
        int digits = 0;
        const int value = takeDigits(c, &digits);
        if (!c.atEnd()) {
            const QChar after = c.text[c.pos];
            // "4.5", "4,5": a decimal is no score on these scales.
            if ((after == QLatin1Char('.') || after == QLatin1Char(','))
                && c.pos + 1 < c.text.size() && c.text[c.pos + 1].isDigit()) {
                return unclear(whole);
            }
            // "4a", "5stars": letters stuck to the number; only a scale word may be.
            if (after.isLetter()) {
                Cursor probe = c;
                if (!isScaleWord(takeWord(probe)))
                    return unclear(whole);
                c = probe;
            }
        }
        if (readTail(c, range, true) == Tail::Bad)
            return unclear(whole);
        return explicitScore(value, range, restAsComment(c), whole);
    }

    // ⭐⭐⭐⭐ or ★★★☆☆: the filled stars count.
    if (isFilledStar(first)) {
        int stars = 0;
        while (!c.atEnd()) {
            Cursor probe = c;
            probe.skipSpaces();
            if (!isFilledStar(probe.peek()))
                break;
            probe.next();
            probe.skipModifiers();
            ++stars;
            c = probe;
        }
        while (!c.atEnd() && c.peek() == 0x2606)
            c.next();
        return explicitScore(stars, range, restAsComment(c), whole);
    }

    if (const int face = faceScore(first); face > 0) {
        c.next();
        c.skipModifiers();
        if (kind != SurveyKind::Csat)
            return none; // a face is no point on an 11- or 7-point scale
        return explicitScore(face, range, restAsComment(c), whole);
    }

    // Words: a number word, then a feeling word.
    Cursor probe = c;
    const QString w1 = takeWord(probe);
    if (w1.isEmpty())
        return none;
    const auto number = numberWords().constFind(w1);
    if (number != numberWords().constEnd()
        && (!number->onlyIn || language == QLatin1String(number->onlyIn))) {
        // "four", "four stars", "five, great", "nine out of ten" — but not "one more thing".
        Cursor tail = probe;
        Cursor ahead = probe;
        ahead.skipSpaces();
        bool accepted = ahead.atEnd() || tail.peek() == u'/';
        if (!accepted && !ahead.text[ahead.pos].isDigit()) {
            const QString nextWord = peekWord(ahead);
            accepted = nextWord.isEmpty() || isScaleWord(nextWord) || nextWord == u"out"
                || isOutOfWord(nextWord);
        }
        if (accepted) {
            if (readTail(tail, range, true) == Tail::Bad)
                return unclear(whole);
            return explicitScore(number->value, range, restAsComment(tail), whole);
        }
    }

    int feeling = 0;
    {
        Cursor two = probe;
        two.skipSpaces();
        const QString w2 = takeWord(two);
        if (!w2.isEmpty())
            feeling = feelingWords().value(w1 + QLatin1Char(' ') + w2, 0);
        if (!feeling)
            feeling = feelingWords().value(w1, 0);
        if (!feeling)
            feeling = feelingOnlyIn(w1, language);
    }
    if (feeling) {
        ParsedReply r;
        r.score = inferredOnScale(feeling, kind);
        r.scoreKind = ScoreKind::Inferred;
        r.comment = whole; // the words are the customer's comment too
        return r;
    }
    return none;
}

} // namespace SurveyReplyParser
} // namespace textdesk::surveys
