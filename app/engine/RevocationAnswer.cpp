#include "RevocationAnswer.h"

#include "broadcasts/Reminders.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/Consent.h"
#include "storage/RevocationFlags.h"

namespace textdesk::engine::RevocationAnswer {

Status answer(Database &db, qint64 flagId, bool optOut, qint64 agentId, qint64 nowMs,
              qint64 lateLimitMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto customer = RevocationFlags::customerOf(db, flagId);
    if (!customer)
        return customer.error();
    if (Status s = RevocationFlags::answer(db, flagId, optOut, agentId, nowMs); !s)
        return s;
    if (!optOut) {
        // Another request of theirs (to another of our numbers) still waits: so does what was
        // held.
        auto still = Consent::proactiveRefusalFor(db, *customer);
        if (!still)
            return still.error();
        if (!still->allowed())
            return tx.commit();
    }
    if (auto n = scheduled::releaseRevocationHold(db, *customer, optOut, nowMs, lateLimitMs); !n)
        return n.error();
    if (auto n = broadcasts::Reminders::releaseRevocationHold(db, *customer, optOut, nowMs); !n)
        return n.error();
    return tx.commit();
}

} // namespace textdesk::engine::RevocationAnswer
