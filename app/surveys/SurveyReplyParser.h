#pragma once

#include "SurveyKind.h"

#include <QtCore/QString>

#include <optional>

namespace textdesk::surveys {

enum class ScoreKind {
    None,
    Explicit, // a number the customer gave: digits, a number word, keycaps, stars, a face
    Inferred, // a word without a number ("great"): shown, but kept out of official figures
};
QString scoreKindToString(ScoreKind kind); // "explicit", "inferred", "none"

struct ParsedReply
{
    std::optional<int> score;
    ScoreKind scoreKind = ScoreKind::None;
    bool optOut = false; // STOP and the other opt-out words: nothing else counts
    // It looked like an answer but is not one on this scale ("6" on CSAT, "4a", "4.5"): the
    // customer is asked again, once.
    bool askAgain = false;
    QString comment; // what follows the score, or the whole text when there is none
};

// Reads a customer's reply to a survey question as SMS survey tools do: the leading token
// decides ("5, it was great!" → 5 with the comment "it was great!"; "55", "4a" → no score).
// Table-driven and pure (no state, no I/O), so it can be fuzzed. `language` is the survey's
// (en, de, es, fr); words of the other shipped languages are understood too, except the few
// that mean something else elsewhere.
namespace SurveyReplyParser {
ParsedReply parse(SurveyKind kind, const QString &language, const QString &text);
} // namespace SurveyReplyParser

} // namespace textdesk::surveys
