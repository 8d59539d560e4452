#include "Survey.h"

#include "core/CustomerLanguage.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace textdesk::surveys {

SurveyWording Survey::wording(const QString &language) const
{
    const QString l = surveyLanguage(language);
    const SurveyWording own = texts.value(l);
    const SurveyWording fallback = SurveyTexts::builtIn(kind, l);
    // A survey without its own question in this language uses the built-in wording whole, so
    // that the follow-up and thanks match the question's language.
    if (own.question.trimmed().isEmpty())
        return fallback;
    return own;
}

namespace SurveyTexts {

namespace {
using Row = CustomerLanguage::Phrase;

// Worded to stay within GSM-7 where the language allows, so one question is one or two segments.
const Row kCsat { "How satisfied are you with the help from {{company}}? Reply with a number "
                  "from 1 (very unsatisfied) to 5 (very satisfied).",
                  "Wie zufrieden sind Sie mit der Hilfe von {{company}}? Antworten Sie mit einer "
                  "Zahl von 1 (sehr unzufrieden) bis 5 (sehr zufrieden).",
                  "¿Está satisfecho con la ayuda de {{company}}? Responda con un número del 1 "
                  "(muy insatisfecho) al 5 (muy satisfecho).",
                  "Votre avis sur l'aide de {{company}} ? Répondez par un chiffre de 1 (pas du "
                  "tout satisfait) à 5 (très satisfait)." };
const Row kNps { "How likely is it that you would recommend {{company}} to a friend or "
                 "colleague? Reply with a number from 0 (not at all likely) to 10 (extremely "
                 "likely).",
                 "Wie wahrscheinlich ist es, dass Sie {{company}} einem Freund oder Kollegen "
                 "empfehlen? Antworten Sie mit einer Zahl von 0 (sehr unwahrscheinlich) bis 10 "
                 "(sehr wahrscheinlich).",
                 "¿Recomendaría {{company}} a un amigo o colega? Responda con un número del 0 "
                 "(nada probable) al 10 (muy probable).",
                 "Quelle est la probabilité que vous recommandiez {{company}} à un ami ou un "
                 "collègue ? Répondez par un chiffre de 0 (pas du tout probable) à 10 (très "
                 "probable)." };
const Row kCes { "\"{{company}} made it easy for me to handle my issue.\" Do you agree? Reply "
                 "with a number from 1 (strongly disagree) to 7 (strongly agree).",
                 "\"{{company}} hat es mir leicht gemacht, mein Anliegen zu erledigen.\" "
                 "Stimmen Sie zu? Antworten Sie mit einer Zahl von 1 (stimme gar nicht zu) bis 7 "
                 "(stimme voll zu).",
                 "\"{{company}} me facilitó resolver mi problema.\" ¿Está de acuerdo? Responda "
                 "con un número del 1 (nada de acuerdo) al 7 (totalmente de acuerdo).",
                 "\"{{company}} m'a permis de régler mon problème facilement.\" Répondez par un "
                 "chiffre de 1 (pas du tout d'accord) à 7 (tout à fait d'accord)." };
const Row kYesNo { "Did {{company}} solve your problem? Reply YES or NO.",
                   "Hat {{company}} Ihr Problem gelöst? Antworten Sie mit JA oder NEIN.",
                   "¿{{company}} resolvió su problema? Responda SI o NO.",
                   "{{company}} a-t-il résolu votre problème ? Répondez OUI ou NON." };
const Row kFollowup { "What could we have done better?", "Was hätten wir besser machen können?",
                      "¿Qué podríamos haber hecho mejor?", "Qu'aurions-nous pu mieux faire ?" };
const Row kThanks { "Thank you for your feedback!", "Vielen Dank für Ihre Rückmeldung!",
                    "¡Gracias por su opinión!", "Merci pour votre avis !" };
const Row kAskScale { "Sorry, we could not read that. Please reply with a number from %1 to %2.",
                      "Das konnten wir leider nicht lesen. Bitte antworten Sie mit einer Zahl "
                      "von %1 bis %2.",
                      "No entendimos su respuesta. Responda con un número del %1 al %2.",
                      "Nous n'avons pas compris. Répondez par un chiffre de %1 à %2." };
const Row kAskYesNo { "Sorry, we could not read that. Please reply YES or NO.",
                      "Das konnten wir leider nicht lesen. Bitte antworten Sie mit JA oder NEIN.",
                      "No entendimos su respuesta. Responda SI o NO.",
                      "Nous n'avons pas compris. Répondez OUI ou NON." };

const Row &questionRow(SurveyKind kind)
{
    switch (kind) {
    case SurveyKind::Csat:
        return kCsat;
    case SurveyKind::Nps:
        return kNps;
    case SurveyKind::Ces:
        return kCes;
    case SurveyKind::YesNo:
        break;
    }
    return kYesNo;
}
} // namespace

SurveyWording builtIn(SurveyKind kind, const QString &language)
{
    const QString l = surveyLanguage(language);
    return { questionRow(kind).in(l), kFollowup.in(l), kThanks.in(l) };
}

QString askAgain(SurveyKind kind, const QString &language)
{
    const QString l = surveyLanguage(language);
    if (kind == SurveyKind::YesNo)
        return kAskYesNo.in(l);
    const ScoreRange range = rangeOf(kind);
    return kAskScale.in(l).arg(range.min).arg(range.max);
}

Survey makeDefault(SurveyKind kind, const QString &name)
{
    Survey s;
    s.kind = kind;
    s.name = name;
    s.followupBelow = defaultFollowupBelow(kind);
    for (const char *l : { "en", "de", "es", "fr" })
        s.texts.insert(QLatin1String(l), builtIn(kind, QLatin1String(l)));
    return s;
}

FilledTemplate render(const QString &text, const Survey &survey)
{
    return TemplateFiller::fill(text, { { QStringLiteral("company"), survey.company.trimmed() } });
}

int defaultFollowupBelow(SurveyKind kind)
{
    // CSAT 1–3, NPS detractors 0–6, CES 1–4, and "no".
    switch (kind) {
    case SurveyKind::Csat:
        return 4;
    case SurveyKind::Nps:
        return 7;
    case SurveyKind::Ces:
        return 5;
    case SurveyKind::YesNo:
        break;
    }
    return 1;
}

} // namespace SurveyTexts

QString customerLanguage(const QString &customFieldsJson, const QString &fallback)
{
    if (!customFieldsJson.isEmpty()) {
        const QJsonObject fields = QJsonDocument::fromJson(customFieldsJson.toUtf8()).object();
        for (const char *key : { "language", "Language", "lang", "locale" }) {
            const QString value = fields.value(QLatin1String(key)).toString().trimmed();
            if (!value.isEmpty())
                return surveyLanguage(value);
        }
    }
    return surveyLanguage(fallback);
}

} // namespace textdesk::surveys
