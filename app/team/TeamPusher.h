#pragma once

#include "TeamError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace textdesk {
class Database;
}

namespace textdesk::team {

// What one push did.
struct PushOutcome
{
    int replies = 0; // replies handed to the team's outbox
    int changes = 0; // notes, statuses, assignments, profile edits the store took
    int left = 0; // still waiting (the store could not be reached)
    // What the team's store decided otherwise (a colleague took the conversation first), in
    // words for the agent (translated). The cache already shows the team's state again.
    QStringList overruled;
    QString error; // why the rest waits (offline, a refused login), for a person; empty: none
};

// A team desktop's way up: what the agent did, kept in the cache first (the outbox's waiting
// replies, storage/TeamPushStore's changes), into the team's PostgreSQL store, oldest first.
// Every push is idempotent, so a desktop killed after PostgreSQL committed and before the cache
// forgot the push repeats it harmlessly: a reply and a note carry the desktop's client id (unique
// in the store), a status or profile field is written as it is, and an assignment is a
// compare-and-set against the assignee the agent saw (a colleague who was first wins; the
// agent is told and the cache shows the team's state).
class TeamPusher
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::team::TeamPusher)
public:
    static constexpr int kBatch = 200;

    // Pushes everything waiting (until the store fails, then the rest waits for the next try).
    static PushOutcome push(const QSqlDatabase &team, Database &cache, qint64 nowMs);
    // A team reply that the gateway sent or refused, from the change feed (team_outbox rows):
    // the desktop's outbox entry takes its end, so "sending…" does not stay forever.
    static Status settleReply(Database &cache, const QString &clientId, const QString &state,
                              const QString &sid, const QString &failure, qint64 nowMs);
};

} // namespace textdesk::team
