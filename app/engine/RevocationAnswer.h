#pragma once

#include "storage/StorageError.h"

namespace textdesk {
class Database;
}

namespace textdesk::engine {

// The agent's answer to a customer's request to stop in other words (the thread's banner), with
// what it means for the proactive messages held for it (Consent::proactiveRefusalFor), in one
// transaction: "Opt out" records the opt-out (storage/RevocationFlags) and cancels the customer's
// held scheduled messages and reminders; "Not a request" releases them — due now, through every
// check again — once no other request of the customer's is left unanswered. The caller re-arms
// its scheduler (the released ones' timers are due now).
namespace RevocationAnswer {

// lateLimitMs: a scheduled message released more than this past its time is held for the agent
// to confirm instead (scheduled::releaseRevocationHold).
Status answer(Database &db, qint64 flagId, bool optOut, qint64 agentId, qint64 nowMs,
              qint64 lateLimitMs);

} // namespace RevocationAnswer
} // namespace textdesk::engine
