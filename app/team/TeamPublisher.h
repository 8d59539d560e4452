#pragma once

#include "TeamError.h"

#include <QSqlDatabase>

namespace textdesk {
class Database;
}
namespace textdesk::sync {
class OutboxSender;
}

namespace textdesk::team {

// The gateway's two ways between its own cache (where the engine pulls, takes webhooks and keeps
// the exactly-once outbox, as on a single desktop) and the team's PostgreSQL store:
//  - publish(): what the engine wrote since the last pass — new messages, status changes — into
//    PostgreSQL, in batches of multi-row upserts (sid is unique there, so a batch published twice
//    changes nothing). A new inbound message reopens its conversation for the team. The position
//    is kept in the cache and moved only after PostgreSQL committed.
//  - takeOutbox(): desktops' replies queued in team_outbox into the engine's outbox under the
//    desktop's client id (so taking one twice queues it once), marked taken; once the provider
//    has it, publish() marks it sent with its SID.
class TeamPublisher
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::team::TeamPublisher)
public:
    static constexpr int kBatch = 5000;
    static constexpr qint64 kOverlapMs = 2000; // re-read: writes stamped a little out of order

    TeamPublisher(Database &cache, QSqlDatabase team);

    // Publishes everything written since the last pass; the number of messages published.
    TeamResult<qint64> publish();
    // Takes the queued replies into `outbox`; the number taken. A reply the outbox refuses (an
    // opted-out customer, a wrong number) is marked failed with the reason in words.
    TeamResult<int> takeOutbox(sync::OutboxSender &outbox);
    // Before this gateway sends anything after it became the active one: its own waiting entries
    // for desktops' replies that another gateway may have handled while this one was away (it
    // took one, died, and a standby sent it). One the team store has as taken or sent is made
    // uncertain, so the provider's list is checked before it could go a second time; one it has
    // as failed fails here too. The number of entries changed.
    TeamResult<int> settleTakenOver(qint64 nowMs);

private:
    Database &m_cache;
    QSqlDatabase m_team;
};

} // namespace textdesk::team
