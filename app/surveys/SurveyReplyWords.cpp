#include "SurveyReplyWords.h"

#include <QtCore/QSet>
#include <QtCore/QStringList>

// The words and signs a survey reply is read by: the tables of SurveyReplyParser.
namespace textdesk::surveys::ReplyWords {

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

} // namespace textdesk::surveys::ReplyWords
