#pragma once

#include "Database.h"
#include "Records.h"

#include <optional>

namespace textdesk {

// Messages that read as a request to stop messages without being a carrier keyword
// (compliance/RevocationPhrases), flagged on their conversation until the agent answers: "Opt
// out" records the customer's consent as opted out (source agent, no keyword, this message);
// "Not a request" dismisses the flag and it stays dismissed (migration 19).
namespace RevocationFlags {

struct Flag
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString quote; // the sentence as the customer wrote it
    qint64 flaggedAt = 0;
};

// Flags `message` with `quote`; inside the transaction that stores the message (an inbound
// hook). Nothing when the customer has already opted out or the message was flagged before.
Status flag(Database &db, const MessageRecord &message, const QString &quote);

// The conversation's newest flag the agent has not answered, if any.
Result<std::optional<Flag>> open(Database &db, qint64 conversationId);

// The newest unanswered flag in any conversation of the customer at this number, if any: the
// request is the customer's, whichever of our numbers it was sent to
// (Consent::proactiveRefusalFor).
Result<std::optional<Flag>> openForCustomer(Database &db, const QString &contactE164);

// The number of the customer whose message raised flag `flagId`; empty when there is no such
// flag.
Result<QString> customerOf(Database &db, qint64 flagId);

// The agent's answer to flag `flagId` (and to the conversation's older open flags with it):
// with optOut, the customer's consent becomes opted_out through Consent::record, in the same
// transaction. An error in words when the flag is unknown or was already answered.
Status answer(Database &db, qint64 flagId, bool optOut, qint64 agentId, qint64 atMs);

} // namespace RevocationFlags
} // namespace textdesk
