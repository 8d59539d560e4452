#include "SurveyReplyParser.h"

#include "storage/Consent.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QStringList>

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

// A word that is a number only in one language ("un" is French one, Spanish "a").
struct NumberWord
{
    int value;
    const char *onlyIn; // nullptr: any language
};

const QHash<QString, NumberWord> &numberWords()
{
    static const QHash<QString, NumberWord> table = [] {
        QHash<QString, NumberWord> t;
        const auto add = [&t](const char *word, int value, const char *onlyIn = nullptr) {
            t.insert(QString::fromUtf8(word), { value, onlyIn });
        };
        // English
        add("zero", 0);
        add("one", 1);
        add("two", 2);
        add("three", 3);
        add("four", 4);
        add("five", 5);
        add("six", 6);
        add("seven", 7);
        add("eight", 8);
        add("nine", 9);
        add("ten", 10);
        // German
        add("null", 0, "de");
        add("eins", 1);
        add("zwei", 2);
        add("drei", 3);
        add("vier", 4);
        add("fünf", 5);
        add("funf", 5);
        add("fuenf", 5);
        add("sechs", 6);
        add("sieben", 7);
        add("acht", 8);
        add("neun", 9);
        add("zehn", 10);
        // Spanish
        add("cero", 0);
        add("uno", 1);
        add("una", 1, "es");
        add("dos", 2);
        add("tres", 3);
        add("cuatro", 4);
        add("cinco", 5);
        add("seis", 6);
        add("siete", 7);
        add("ocho", 8);
        add("nueve", 9);
        add("diez", 10);
        // French
        add("zéro", 0);
        add("un", 1, "fr");
        add("une", 1, "fr");
        add("deux", 2);
        add("trois", 3);
        add("quatre", 4);
        add("cinq", 5);
        add("sept", 7);
        add("huit", 8);
        add("neuf", 9);
        add("dix", 10);
        return t;
    }();
    return table;
}

// Yes and no in the four languages (1 and 0 on a yes/no question).
const QHash<QString, int> &yesNoWords()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        for (const char *w : { "yes", "yeah", "yep", "yup", "y", "sure", "ja", "jawohl", "jo", "sí",
                               "si", "claro", "oui", "ouais", "bien sûr" })
            t.insert(QString::fromUtf8(w), 1);
        for (const char *w : { "no", "nope", "nah", "n", "nein", "nö", "nee", "non", "pas vraiment",
                               "not really", "nicht wirklich", "no realmente" })
            t.insert(QString::fromUtf8(w), 0);
        return t;
    }();
    return table;
}

// Words with no number, on the CSAT scale (1–5); mapped to the other scales below. Phrases of
// two words are looked up before single words ("très bien" is not "tres").
const QHash<QString, int> &feelingWords()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const auto add = [&t](const char *w, int v) { t.insert(QString::fromUtf8(w), v); };
        // English
        add("excellent", 5);
        add("great", 5);
        add("amazing", 5);
        add("awesome", 5);
        add("perfect", 5);
        add("fantastic", 5);
        add("brilliant", 5);
        add("very good", 5);
        add("good", 4);
        add("fine", 4);
        add("nice", 4);
        add("ok", 3);
        add("okay", 3);
        add("meh", 3);
        add("average", 3);
        add("not good", 2);
        add("bad", 2);
        add("poor", 2);
        add("very bad", 1);
        add("terrible", 1);
        add("awful", 1);
        add("horrible", 1);
        add("useless", 1);
        // German
        add("super", 5);
        add("ausgezeichnet", 5);
        add("toll", 5);
        add("sehr gut", 5);
        add("klasse", 5);
        add("gut", 4);
        add("geht so", 3);
        add("mittel", 3);
        add("nicht gut", 2);
        add("schlecht", 2);
        add("sehr schlecht", 1);
        add("schrecklich", 1);
        add("furchtbar", 1);
        add("miserabel", 1);
        // Spanish
        add("excelente", 5);
        add("genial", 5);
        add("perfecto", 5);
        add("muy bien", 5);
        add("muy bueno", 5);
        add("bien", 4);
        add("bueno", 4);
        add("regular", 3);
        add("malo", 2);
        add("muy mal", 1);
        add("muy malo", 1);
        add("pésimo", 1);
        add("pesimo", 1);
        // French
        add("parfait", 5);
        add("génial", 5);
        add("très bien", 5);
        add("tres bien", 5);
        add("très bon", 5);
        add("bon", 4);
        add("pas mal", 4);
        add("moyen", 3);
        add("bof", 3);
        add("mauvais", 2);
        add("pas terrible", 2);
        add("nul", 1);
        add("très mauvais", 1);
        return t;
    }();
    return table;
}

// "mal" is Spanish "bad" but German "once" ("mal sehen").
int feelingOnlyIn(const QString &word, const QString &language)
{
    if (word == QLatin1String("mal"))
        return language == QLatin1String("es") ? 2 : 0;
    return 0;
}

// What may follow a number: "4 stars", "9 points".
bool isScaleWord(const QString &w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *x : { "star", "stars", "stern", "sterne", "sternen", "estrella",
                               "estrellas", "étoile", "étoiles", "etoile", "etoiles", "point",
                               "points", "punkt", "punkte", "punto", "puntos", "pt", "pts" })
            s.insert(QString::fromUtf8(x));
        return s;
    }();
    return words.contains(w);
}

// "out of 5", "von 5", "de 5", "sur 5", "sobre 5".
bool isOutOfWord(const QString &w)
{
    static const QSet<QString> words
        = { QStringLiteral("of"),  QStringLiteral("von"),   QStringLiteral("de"),
            QStringLiteral("sur"), QStringLiteral("sobre"), QStringLiteral("aus") };
    return words.contains(w);
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c == QLatin1Char('\'');
}

// Opt-out words that end a conversation wherever they stand (47 CFR 64.1200(a)(10): "any
// reasonable means", in the customer's language), beside the carriers' exact keywords.
bool isOptOutWord(const QString &w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *x :
             { "stop", "stopall", "unsubscribe", "optout", "stopp", "abmelden", "abbestellen",
               "désabonner", "desabonner", "désinscrire", "desinscrire" })
            s.insert(QString::fromUtf8(x));
        return s;
    }();
    return words.contains(w);
}

// Words that mean "stop" only when they lead ("alto" is also "high", "baja" "low").
bool isOptOutLead(const QString &w)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *x : { "quit", "revoke", "alto", "baja", "arrêt", "arret", "arrête",
                               "arrete", "arrêtez", "arretez" })
            s.insert(QString::fromUtf8(x));
        return s;
    }();
    return words.contains(w) || isOptOutWord(w);
}

// STOP anywhere in the reply ("5 but stop texting me") is honoured; a reply that only mentions
// the word is rare, a revocation missed is a violation.
bool hasOptOutWord(const QString &lower)
{
    qsizetype i = 0;
    const qsizetype n = lower.size();
    while (i < n) {
        while (i < n && !isWordChar(lower[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(lower[i]))
            ++i;
        if (i > start && i - start <= 12 && isOptOutWord(lower.sliced(start, i - start)))
            return true;
    }
    return false;
}

bool containsOptOutPhrase(const QString &lower)
{
    static const QStringList phrases
        = { QStringLiteral("stop texting"),    QStringLiteral("stop messaging"),
            QStringLiteral("stop sending"),    QStringLiteral("unsubscribe"),
            QStringLiteral("opt out"),         QStringLiteral("opt-out"),
            QStringLiteral("keine sms mehr"),  QStringLiteral("keine nachrichten mehr"),
            QStringLiteral("dar de baja"),     QStringLiteral("darme de baja"),
            QStringLiteral("no más mensajes"), QStringLiteral("ne plus recevoir"),
            QStringLiteral("plus de sms"),     QStringLiteral("désabonner") };
    for (const QString &p : phrases) {
        if (lower.contains(p))
            return true;
    }
    return false;
}

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

int inferredOnScale(int csat, SurveyKind kind)
{
    switch (kind) {
    case SurveyKind::Csat:
        return csat;
    case SurveyKind::Nps: {
        static const int nps[] = { 0, 0, 3, 6, 8, 10 };
        return nps[csat];
    }
    case SurveyKind::Ces: {
        static const int ces[] = { 0, 1, 2, 4, 5, 7 };
        return ces[csat];
    }
    case SurveyKind::YesNo:
        break;
    }
    return csat;
}

int faceScore(char32_t c)
{
    switch (c) {
    case 0x1F600:
    case 0x1F603:
    case 0x1F604:
    case 0x1F601:
    case 0x1F60D:
    case 0x1F929:
    case 0x1F970:
        return 5;
    case 0x1F642:
    case 0x1F60A:
    case 0x263A:
        return 4;
    case 0x1F610:
    case 0x1F611:
    case 0x1F636:
        return 3;
    case 0x1F641:
    case 0x2639:
    case 0x1F615:
    case 0x1F61E:
    case 0x1F61F:
        return 2;
    case 0x1F621:
    case 0x1F620:
    case 0x1F92C:
    case 0x1F624:
        return 1;
    default:
        return 0;
    }
}

bool isFilledStar(char32_t c)
{
    return c == 0x2B50 || c == 0x2605 || c == 0x1F31F;
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

// Keycaps ("4️⃣", "1️⃣0️⃣") and 🔟.
std::optional<int> takeKeycaps(Cursor &c)
{
    int value = -1;
    while (!c.atEnd()) {
        Cursor probe = c;
        if (probe.peek() == 0x1F51F) {
            probe.next();
            probe.skipModifiers();
            value = (value < 0 ? 0 : value * 100) + 10;
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
        value = (value < 0 ? 0 : value * 10) + (ch.unicode() - u'0');
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
