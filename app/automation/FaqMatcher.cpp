#include "FaqMatcher.h"

#include <algorithm>
#include <vector>

namespace textdesk::automation {

namespace faqmatch {

// Words that ask for a person, folded, in the shipped languages (en, de, es, fr).
const QStringList &personWords()
{
    static const QStringList words = {
        QStringLiteral("agent"),         QStringLiteral("agents"),
        QStringLiteral("human"),         QStringLiteral("humans"),
        QStringLiteral("person"),        QStringLiteral("representative"),
        QStringLiteral("operator"),      QStringLiteral("mitarbeiter"),
        QStringLiteral("mitarbeiterin"), QStringLiteral("mensch"),
        QStringLiteral("menschen"),      QStringLiteral("berater"),
        QStringLiteral("beraterin"),     QStringLiteral("persona"),
        QStringLiteral("agente"),        QStringLiteral("humano"),
        QStringLiteral("humana"),        QStringLiteral("asesor"),
        QStringLiteral("asesora"),       QStringLiteral("operador"),
        QStringLiteral("humain"),        QStringLiteral("conseiller"),
        QStringLiteral("conseillere"),   QStringLiteral("operateur"),
    };
    return words;
}

// Greetings and thanks, folded: a message of only these asks nothing yet.
const QStringList &smallTalkWords()
{
    static const QStringList words = {
        QStringLiteral("hi"),       QStringLiteral("hello"),   QStringLiteral("hey"),
        QStringLiteral("thanks"),   QStringLiteral("thank"),   QStringLiteral("you"),
        QStringLiteral("ok"),       QStringLiteral("okay"),    QStringLiteral("good"),
        QStringLiteral("morning"),  QStringLiteral("evening"), QStringLiteral("hallo"),
        QStringLiteral("guten"),    QStringLiteral("tag"),     QStringLiteral("morgen"),
        QStringLiteral("danke"),    QStringLiteral("schon"),   QStringLiteral("vielen"),
        QStringLiteral("dank"),     QStringLiteral("hola"),    QStringLiteral("buenos"),
        QStringLiteral("buenas"),   QStringLiteral("dias"),    QStringLiteral("tardes"),
        QStringLiteral("gracias"),  QStringLiteral("muchas"),  QStringLiteral("bonjour"),
        QStringLiteral("salut"),    QStringLiteral("bonsoir"), QStringLiteral("merci"),
        QStringLiteral("beaucoup"),
    };
    return words;
}

// The phrase's words found in a row anywhere in the message.
bool containsRun(const QStringList &message, const QStringList &phrase)
{
    if (phrase.isEmpty() || phrase.size() > message.size())
        return false;
    for (qsizetype start = 0; start + phrase.size() <= message.size(); ++start) {
        bool all = true;
        for (qsizetype i = 0; i < phrase.size() && all; ++i)
            all = FaqMatcher::wordMatches(message.at(start + i), phrase.at(i));
        if (all)
            return true;
    }
    return false;
}

} // namespace faqmatch

QString FaqMatcher::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x00DF)) { // ß
            out.append(QStringLiteral("ss"));
            continue;
        }
        out.append(c.toCaseFolded());
    }
    return out;
}

QStringList FaqMatcher::words(const QString &text)
{
    const QString folded = fold(text);
    QStringList out;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

int FaqMatcher::distance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the optimal-string-alignment table.
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

bool FaqMatcher::wordMatches(QStringView word, QStringView keyword)
{
    if (word == keyword)
        return true;
    const qsizetype length = keyword.size();
    const int allowed = length >= 9 ? 2 : length >= 5 ? 1 : 0;
    if (allowed == 0)
        return false;
    // Digits are never typos: "order 12345" is not "order 12346".
    const bool digits
        = std::any_of(keyword.begin(), keyword.end(), [](QChar c) { return c.isDigit(); });
    if (digits)
        return false;
    return distance(word, keyword, allowed) <= allowed;
}

int FaqMatcher::score(const FaqEntry &entry, const QStringList &messageWords)
{
    int total = 0;
    for (const QString &phrase : entry.phrases) {
        if (faqmatch::containsRun(messageWords, words(phrase)))
            total += kPhraseScore;
    }
    QStringList seen;
    for (const QString &keyword : entry.keywords) {
        const QStringList keywordWords = words(keyword);
        const QString key = keywordWords.join(QLatin1Char(' '));
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen << key;
        if (faqmatch::containsRun(messageWords, keywordWords))
            total += kKeywordScore;
    }
    return total;
}

bool FaqMatcher::asksForPerson(const QStringList &messageWords)
{
    return std::any_of(messageWords.cbegin(), messageWords.cend(), [](const QString &w) {
        const QStringList &person = faqmatch::personWords();
        return std::any_of(person.cbegin(), person.cend(), [&w](const QString &p) {
            // Short ones exactly ("personal" is not "persona"); long ones
            // with one typo.
            return w == p || (p.size() >= 9 && distance(w, p, 1) <= 1);
        });
    });
}

bool FaqMatcher::isSmallTalk(const QStringList &messageWords)
{
    return !messageWords.isEmpty()
        && std::all_of(messageWords.cbegin(), messageWords.cend(),
                       [](const QString &w) { return faqmatch::smallTalkWords().contains(w); });
}

FaqMatch FaqMatcher::match(const QList<FaqEntry> &entries, const QString &text, int threshold)
{
    FaqMatch result;
    const QStringList messageWords = words(text);
    if (asksForPerson(messageWords)) {
        result.kind = FaqMatch::Kind::Person;
        result.why = tr("Customer asked for a person");
        return result;
    }
    if (isSmallTalk(messageWords)) {
        result.kind = FaqMatch::Kind::SmallTalk;
        result.why = tr("only a greeting or thanks");
        return result;
    }
    if (messageWords.isEmpty()) {
        result.why = tr("the message has no words it could read");
        return result;
    }
    QList<int> scores;
    scores.reserve(entries.size());
    int best = -1;
    for (int i = 0; i < entries.size(); ++i) {
        scores.append(score(entries.at(i), messageWords));
        if (scores.last() > 0 && (best < 0 || scores.last() > scores.at(best)))
            best = i;
    }
    result.entry = best;
    if (best < 0) {
        result.why = tr("no question of the FAQ matches “%1”").arg(text.left(200));
        return result;
    }
    const FaqEntry &top = entries.at(best);
    result.score = scores.at(best);
    if (result.score < threshold) {
        result.why = tr("the best match, “%1”, scored %2 of the %3 needed")
                         .arg(top.question)
                         .arg(result.score)
                         .arg(threshold);
        return result;
    }
    for (int i = best + 1; i < entries.size(); ++i) {
        const FaqEntry &other = entries.at(i);
        if (scores.at(i) != result.score || (!top.topic.isEmpty() && top.topic == other.topic))
            continue;
        result.why = tr("“%1” and “%2” match equally well").arg(top.question, other.question);
        return result;
    }
    result.kind = FaqMatch::Kind::Answer;
    return result;
}

} // namespace textdesk::automation
