#pragma once

#include "Database.h"

#include <optional>

namespace textdesk {

// What colleagues wrote in a conversation while this agent had it open: the window asks before
// a reply goes out on top of a colleague's (issue 18, "working together").
namespace ColleagueReplies {

struct Reply
{
    qint64 messageId = 0;
    QString author; // the colleague's name
    QString body;
    qint64 createdAt = 0;
};

// The newest message of the conversation (0: none): where "since it was opened" starts.
Result<qint64> newestMessageId(Database &db, qint64 conversationId);
// The newest reply to the customer after `afterMessageId` written by another agent than
// `agentId` (automatic replies, by no agent, are not a colleague's); none: nullopt.
Result<std::optional<Reply>> since(Database &db, qint64 conversationId, qint64 afterMessageId,
                                   qint64 agentId);

} // namespace ColleagueReplies
} // namespace textdesk
