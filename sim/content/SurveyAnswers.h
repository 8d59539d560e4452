#pragma once

#include <QtCore/QRandomGenerator>
#include <QtCore/QString>
#include <QtCore/QStringList>

// How simulated customers answer text-message surveys, as real ones do: a digit, a digit and a
// comment, a number word, stars, a face, a word without a number, nothing, a late reply, a
// STOP — in the language they were asked in (en, de, es, fr). Seeded through the caller's
// generator, so a scenario stays deterministic.
namespace textdesk::sim::surveys {

enum class QuestionKind { None, Csat, Nps, Ces, YesNo, Followup, AskAgain, Thanks };

// What an agent's (or Textdesk's) text asks, judged by its words; None when it is no survey.
QuestionKind classify(const QString &body);
// "en", "de", "es" or "fr": the language the text is written in (English when unsure).
QString languageOf(const QString &body);

struct SurveyAnswer
{
    QStringList texts; // empty: no reply
    int delayMs = 0; // 0: the scenario's usual pace; a day and more for a late reply
};

// The answer of a customer who is `unhappy` (or not) to a question of `kind` in `language`.
SurveyAnswer answer(QRandomGenerator &rng, QuestionKind kind, const QString &language,
                    bool unhappy);

} // namespace textdesk::sim::surveys
