#include "SurveyReplies.h"

#include "SurveyReplyParser.h"
#include "storage/States.h"
#include "storage/SurveyStore.h"
#include "sync/Outbox.h"

namespace textdesk::surveys::SurveyReplies {

namespace {

// Queues one of the survey's own messages to the customer (follow-up, thanks, ask again): they
// are automatic, so not while a request to stop in other words awaits an agent's answer (the
// outbox refuses them: proactive).
Status say(Database &db, const SurveyRecipient &to, const Survey &survey, const QString &text,
           qint64 nowMs)
{
    const FilledTemplate filled = SurveyTexts::render(text, survey);
    if (filled.text.trimmed().isEmpty() || !filled.unfilled.isEmpty())
        return success(); // nothing, rather than braces, goes out
    sync::Outbox outbox(db);
    const sync::EnqueueResult queued
        = outbox.enqueue({ to.contactE164, to.inboxE164, filled.text, 0, {}, true }, nowMs);
    if (!queued.ok() && queued.error == sync::EnqueueResult::Error::Storage)
        return StorageError(StorageError::Kind::Other, {}, queued.errorMessage);
    return success();
}

bool wantsFollowup(const Survey &survey, int score, const QString &comment,
                   const SurveyWording &wording)
{
    return survey.followupBelow && score < *survey.followupBelow && comment.isEmpty()
        && !wording.followup.trimmed().isEmpty();
}

} // namespace

Status handle(Database &db, const MessageRecord &message, qint64 nowMs)
{
    if (message.direction != Direction::Inbound)
        return success();
    // The customer wrote before the survey went out: the conversation reopened.
    if (auto cancelled
        = SurveyStore::cancelScheduled(db, message.conversationId, QStringLiteral("resolve"));
        !cancelled) {
        return cancelled.error();
    }
    const qint64 at = message.createdAt;
    const qint64 queueAt = std::max(nowMs, at + 1);

    auto open = SurveyStore::openIn(db, message.conversationId, at);
    if (!open)
        return open.error();
    if (*open) {
        const SurveyResponseRecord &r = **open;
        auto survey = SurveyStore::get(db, r.surveyId);
        auto to = SurveyStore::recipient(db, r.conversationId);
        if (!survey)
            return survey.error();
        if (!to)
            return to.error();
        if (!*survey || !*to)
            return success();
        const ParsedReply reply = SurveyReplyParser::parse(r.kind, r.language, message.body);
        if (reply.optOut)
            return success(); // consent recorded it; nothing more is sent
        const SurveyWording wording = (*survey)->wording(r.language);
        if (reply.score) {
            if (Status s = SurveyStore::markAnswered(db, r.id, *reply.score,
                                                     scoreKindToString(reply.scoreKind),
                                                     reply.comment, message.id, at);
                !s) {
                return s;
            }
            // An inferred score's words are its comment already: thanks, no follow-up.
            const bool followup = wantsFollowup(**survey, *reply.score, reply.comment, wording);
            return say(db, **to, **survey, followup ? wording.followup : wording.thanks, queueAt);
        }
        if (reply.askAgain && !r.askedAgain) {
            if (Status s = SurveyStore::markAskedAgain(db, r.id); !s)
                return s;
            return say(db, **to, **survey, SurveyTexts::askAgain(r.kind, r.language), queueAt);
        }
        return success(); // anything else is a message to the agent
    }

    // The answer to the follow-up question becomes the comment.
    auto answered = SurveyStore::lastAnswered(db, message.conversationId);
    if (!answered)
        return answered.error();
    if (!*answered)
        return success();
    const SurveyResponseRecord &r = **answered;
    if (!r.comment.isEmpty() || !r.score || r.replyMessageId == message.id)
        return success();
    auto survey = SurveyStore::get(db, r.surveyId);
    if (!survey)
        return survey.error();
    if (!*survey)
        return success();
    const SurveyWording wording = (*survey)->wording(r.language);
    if (!wantsFollowup(**survey, *r.score, {}, wording))
        return success();
    if (at > r.answeredAt + qint64((*survey)->responseWindowHours) * 3600'000)
        return success();
    if (SurveyReplyParser::parse(r.kind, r.language, message.body).optOut)
        return success();
    if (Status s = SurveyStore::setComment(db, r.id, message.body.trimmed()); !s)
        return s;
    auto to = SurveyStore::recipient(db, r.conversationId);
    if (!to)
        return to.error();
    if (!*to)
        return success();
    return say(db, **to, **survey, wording.thanks, queueAt);
}

} // namespace textdesk::surveys::SurveyReplies
