#include "SurveyAnswers.h"

#include <QtCore/QRegularExpression>

namespace textdesk::sim::surveys {

namespace {

bool has(const QString &body, const char *pattern)
{
    const QRegularExpression re(QString::fromUtf8(pattern),
                                QRegularExpression::CaseInsensitiveOption
                                    | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(body).hasMatch();
}

QString pick(QRandomGenerator &rng, std::initializer_list<const char *> lines)
{
    return QString::fromUtf8(*(lines.begin() + rng.bounded(int(lines.size()))));
}

int lang(const QString &language)
{
    return language == QLatin1String("de") ? 1
        : language == QLatin1String("es")  ? 2
        : language == QLatin1String("fr")  ? 3
                                           : 0;
}

// One row per language: en, de, es, fr.
QString inLanguage(QRandomGenerator &rng, const QString &language,
                   const std::initializer_list<std::initializer_list<const char *>> &rows)
{
    return pick(rng, *(rows.begin() + lang(language)));
}

QString numberWord(int n, const QString &language)
{
    static const char *const words[4][11] = {
        { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" },
        { "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
          "zehn" },
        { "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
          "diez" },
        { "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix" },
    };
    return QString::fromUtf8(words[lang(language)][n]);
}

QString praise(QRandomGenerator &rng, const QString &language)
{
    return inLanguage(rng, language,
                      { { "great service", "thanks for the help", "quick answer thx" },
                        { "super Service", "danke für die Hilfe", "schnelle Antwort" },
                        { "muy buen servicio", "gracias por la ayuda", "respuesta rápida" },
                        { "très bon service", "merci pour l'aide", "réponse rapide" } });
}

QString complaint(QRandomGenerator &rng, const QString &language)
{
    return inLanguage(
        rng, language,
        { { "took too long", "had to ask twice", "still waiting on my refund" },
          { "hat zu lange gedauert", "musste zweimal fragen",
            "warte immer noch auf die Erstattung" },
          { "tardaron mucho", "tuve que preguntar dos veces", "sigo esperando el reembolso" },
          { "trop long", "j'ai dû demander deux fois", "j'attends toujours le remboursement" } });
}

// A score on the scale, written as people write it.
QString written(QRandomGenerator &rng, int score, int max, const QString &language, bool happy)
{
    const QString comment = happy ? praise(rng, language) : complaint(rng, language);
    switch (rng.bounded(8)) {
    case 0:
        return QStringLiteral("%1, %2").arg(score).arg(comment);
    case 1:
        return QStringLiteral("%1 - %2").arg(score).arg(comment);
    case 2:
        return numberWord(score, language);
    case 3:
        return QStringLiteral("%1/%2").arg(score).arg(max);
    case 4:
        if (score >= 1 && score <= 9)
            return QString::number(score) + QStringLiteral("\uFE0F\u20E3"); // keycap
        return QString::number(score);
    case 5:
        if (max <= 7 && score >= 1)
            return QString(score, QChar(0x2605)); // ★★★★
        return QStringLiteral("%1!").arg(score);
    default:
        return QString::number(score);
    }
}

QString face(int csat)
{
    static const char *const faces[] = { "😡", "🙁", "😐", "🙂", "😀" };
    return QString::fromUtf8(faces[std::clamp(csat, 1, 5) - 1]);
}

QString feeling(QRandomGenerator &rng, const QString &language, bool happy)
{
    if (happy) {
        return inLanguage(rng, language,
                          { { "great", "excellent", "good" },
                            { "super", "sehr gut", "gut" },
                            { "excelente", "muy bien", "bien" },
                            { "parfait", "très bien", "bien" } });
    }
    return inLanguage(rng, language,
                      { { "bad", "terrible", "not good" },
                        { "schlecht", "furchtbar", "nicht gut" },
                        { "mal", "pésimo", "regular" },
                        { "mauvais", "nul", "bof" } });
}

QString stop(QRandomGenerator &rng, const QString &language)
{
    return inLanguage(rng, language,
                      { { "STOP", "stop texting me", "Stop" },
                        { "STOPP", "STOP", "Bitte keine SMS mehr" },
                        { "ALTO", "STOP", "baja" },
                        { "ARRET", "STOP", "arrêt" } });
}

} // namespace

QuestionKind classify(const QString &body)
{
    if (has(body, "done better|besser machen|hecho mejor|mieux faire"))
        return QuestionKind::Followup;
    if (has(body, "could not read|nicht lesen|no entendimos|pas compris"))
        return QuestionKind::AskAgain;
    if (has(body,
            "thank you for your feedback|dank für ihre rückmeldung|gracias por su "
            "opinión|merci pour votre avis"))
        return QuestionKind::Thanks;
    if (has(body, "\\bYES or NO\\b|\\bJA oder NEIN\\b|\\bS[IÍ] o NO\\b|\\bOUI ou NON\\b"))
        return QuestionKind::YesNo;
    // A question with its scale stated, as Textdesk words them.
    if (has(body, "(recommend|empfehlen|recomend|recommandiez).*\\b10\\b"))
        return QuestionKind::Nps;
    if (has(body, "(easy|leicht|facil).*\\b7\\b"))
        return QuestionKind::Ces;
    if (has(body, "(satisf|zufrieden|avis).*\\b1\\b.*\\b5\\b"))
        return QuestionKind::Csat;
    return QuestionKind::None;
}

QString languageOf(const QString &body)
{
    if (has(body, "\\b(Sie|Ihr|Ihre|mit|Zahl|wir|hätten)\\b"))
        return QStringLiteral("de");
    if (has(body, "\\b(por|su|Responda|número|podríamos|está)\\b|¿"))
        return QStringLiteral("es");
    if (has(body, "\\b(vous|votre|Répondez|chiffre|nous)\\b"))
        return QStringLiteral("fr");
    return QStringLiteral("en");
}

SurveyAnswer answer(QRandomGenerator &rng, QuestionKind kind, const QString &language, bool unhappy)
{
    SurveyAnswer a;
    switch (kind) {
    case QuestionKind::None:
    case QuestionKind::Thanks:
        return a;
    case QuestionKind::Followup:
        if (rng.bounded(4) == 0)
            return a; // not everyone explains
        a.texts << complaint(rng, language);
        return a;
    case QuestionKind::AskAgain:
        a.texts << QString::number(unhappy ? 2 : 4);
        return a;
    default:
        break;
    }
    // About one in four never answers, one in 25 opts out, one in 20 answers a day later.
    const int fate = rng.bounded(100);
    if (fate < 25)
        return a;
    if (fate < 29) {
        a.texts << stop(rng, language);
        return a;
    }
    if (fate < 34)
        a.delayMs = 26 * 3600 * 1000;
    const bool happy = !unhappy && rng.bounded(5) != 0;
    if (kind == QuestionKind::YesNo) {
        const bool yes = happy;
        a.texts << inLanguage(
            rng, language,
            yes ? std::initializer_list<
                std::initializer_list<const char *>> { { "yes", "Yes, thanks!", "yep 👍" },
                                                       { "ja", "Ja, danke", "ja 👍" },
                                                       { "sí", "Sí, gracias", "si" },
                                                       { "oui", "Oui merci", "oui 👍" } }
                : std::initializer_list<std::initializer_list<const char *>> {
                    { "no", "No, still broken", "nope" },
                    { "nein", "Nein, leider nicht", "nein" },
                    { "no", "No, todavía no funciona", "no" },
                    { "non", "Non, toujours en panne", "non" } });
        return a;
    }
    const int max = kind == QuestionKind::Nps ? 10 : kind == QuestionKind::Ces ? 7 : 5;
    int score = 0;
    if (kind == QuestionKind::Nps)
        score = happy ? 8 + rng.bounded(3) : rng.bounded(7);
    else if (kind == QuestionKind::Ces)
        score = happy ? 5 + rng.bounded(3) : 1 + rng.bounded(4);
    else
        score = happy ? 4 + rng.bounded(2) : 1 + rng.bounded(3);
    const int style = rng.bounded(10);
    if (style == 0)
        a.texts << feeling(rng, language, happy); // a word, no number
    else if (style == 1 && kind == QuestionKind::Csat)
        a.texts << face(score);
    else
        a.texts << written(rng, score, max, language, happy);
    return a;
}

} // namespace textdesk::sim::surveys
