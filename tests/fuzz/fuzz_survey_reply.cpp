// A customer's reply to a survey question (app/surveys/SurveyReplyParser), in
// any kind and language: a score is within the kind's range, an opt-out counts as nothing else,
// "ask again" has no score, and the same text always reads the same.
#include "FuzzTarget.h"
#include "surveys/SurveyKind.h"
#include "surveys/SurveyReplyParser.h"

#include <array>

namespace {
using namespace textdesk::surveys;
} // namespace

// The first byte picks the kind (low two bits) and the survey's language; the rest is the reply.
TEXTDESK_FUZZ_TARGET(survey_reply)
{
    if (size == 0)
        return 0;
    static const std::array<SurveyKind, 4> kinds { SurveyKind::Csat, SurveyKind::Nps,
                                                   SurveyKind::Ces, SurveyKind::YesNo };
    static const std::array<const char *, 6> languages { "en", "de", "es", "fr", "pt-BR", "" };
    const SurveyKind kind = kinds[data[0] % 4];
    const QString language = QString::fromLatin1(languages[(data[0] / 4) % 6]);
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const ParsedReply reply = SurveyReplyParser::parse(kind, language, text);
    TEXTDESK_FUZZ_CHECK(reply.score.has_value() == (reply.scoreKind != ScoreKind::None));
    if (reply.score) {
        const ScoreRange range = rangeOf(kind);
        TEXTDESK_FUZZ_CHECK(*reply.score >= range.min && *reply.score <= range.max);
    }
    if (reply.optOut)
        TEXTDESK_FUZZ_CHECK(!reply.score && !reply.askAgain);
    if (reply.askAgain)
        TEXTDESK_FUZZ_CHECK(!reply.score);
    TEXTDESK_FUZZ_CHECK(reply.comment.size() <= text.size());
    const ParsedReply again = SurveyReplyParser::parse(kind, language, text);
    TEXTDESK_FUZZ_CHECK(again.score == reply.score && again.optOut == reply.optOut
                        && again.askAgain == reply.askAgain && again.comment == reply.comment);
    TEXTDESK_FUZZ_CHECK(!scoreKindToString(reply.scoreKind).isEmpty());
    return 0;
}
