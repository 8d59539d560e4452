#pragma once

#include "Database.h"
#include "surveys/Survey.h"

#include <QtCore/QList>

#include <optional>

namespace textdesk {

// One attempt to survey one conversation (a survey_responses row, migration 8).
struct SurveyResponseRecord
{
    qint64 id = 0;
    qint64 surveyId = 0;
    surveys::SurveyKind kind = surveys::SurveyKind::Csat;
    qint64 conversationId = 0;
    qint64 contactId = 0;
    qint64 inboxId = 0;
    qint64 agentId = 0; // 0: none
    QString language = QStringLiteral("en");
    QString trigger = QStringLiteral("resolve"); // resolve, manual, rule
    QString state = QStringLiteral("scheduled");
    QString skipReason;
    qint64 dueAt = 0;
    qint64 sentMessageId = 0;
    qint64 replyMessageId = 0;
    std::optional<int> score;
    QString scoreKind; // explicit, inferred, or empty
    QString comment;
    bool askedAgain = false;
    qint64 createdAt = 0;
    qint64 sentAt = 0;
    qint64 answeredAt = 0;
};

// What the sender needs to know about a conversation and its customer at send time.
struct SurveyRecipient
{
    qint64 conversationId = 0;
    QString status; // the conversation's
    qint64 contactId = 0;
    QString contactE164;
    QString consentState;
    QString customFields; // JSON
    qint64 inboxId = 0;
    QString inboxE164;
    qint64 lastReplyAgentId = 0; // the author of our newest outbound message, 0 if none
    int agentReplies = 0; // outbound messages that were not surveys
};

// The SQL of the `surveys` and `survey_responses` tables (migrations 8 and 9).
namespace SurveyStore {

// Definitions.
Result<QList<surveys::Survey>> list(Database &db);
Result<std::optional<surveys::Survey>> get(Database &db, qint64 id);
// Inserts (id 0) or updates; the id.
Result<qint64> save(Database &db, const surveys::Survey &survey, qint64 nowMs);
Status setActive(Database &db, qint64 id, bool active, qint64 nowMs);
Status remove(Database &db, qint64 id);
// The survey sent when a conversation is resolved: the oldest active one that says so.
Result<std::optional<surveys::Survey>> forResolve(Database &db);
// The oldest active survey (for "Send survey" by hand).
Result<std::optional<surveys::Survey>> firstActive(Database &db);

// Responses.
Result<qint64> insertResponse(Database &db, const SurveyResponseRecord &row);
Result<std::optional<SurveyResponseRecord>> response(Database &db, qint64 id);
Result<QList<SurveyResponseRecord>> responsesIn(Database &db, qint64 conversationId);
// Moves a row on from `fromState` (false: it had moved already).
Result<bool> setState(Database &db, qint64 id, const QString &fromState, const QString &state,
                      const QString &skipReason = {});
Status postpone(Database &db, qint64 id, qint64 dueAt);
// Sent: the message, when, in which language, attributed to whom; the customer's tags copied.
Status markSent(Database &db, const SurveyResponseRecord &row, qint64 messageId, qint64 nowMs);
Status markAnswered(Database &db, qint64 id, int score, const QString &scoreKind,
                    const QString &comment, qint64 replyMessageId, qint64 answeredAt);
Status setComment(Database &db, qint64 id, const QString &comment);
Status markAskedAgain(Database &db, qint64 id);
// Cancels every scheduled row of the conversation with this trigger (empty: any); how many.
Result<int> cancelScheduled(Database &db, qint64 conversationId, const QString &trigger = {});
// Whether the customer was sent a survey at or after `sinceMs` (another row than `except`).
Result<bool> surveyedSince(Database &db, qint64 contactId, qint64 sinceMs, qint64 except);
// The conversation's open survey: sent, not answered, and within its response window at `atMs`.
Result<std::optional<SurveyResponseRecord>> openIn(Database &db, qint64 conversationId, qint64 atMs,
                                                   qint64 except = 0);
// The conversation's newest answered row, if any (its follow-up may be waiting).
Result<std::optional<SurveyResponseRecord>> lastAnswered(Database &db, qint64 conversationId);

Result<std::optional<SurveyRecipient>> recipient(Database &db, qint64 conversationId);

// A score as the thread shows it beside the customer's reply.
struct ReplyScore
{
    int score = 0;
    QString scoreKind; // explicit, inferred
    surveys::SurveyKind kind = surveys::SurveyKind::Csat;
};
// The conversation's answered surveys by the id of the reply that answered them.
Result<QHash<qint64, ReplyScore>> scoresForReplies(Database &db, qint64 conversationId);

} // namespace SurveyStore
} // namespace textdesk
