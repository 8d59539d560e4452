#pragma once

#include "Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace textdesk {

// A team desktop's changes that the team's PostgreSQL store has not taken yet (table
// team_pushes, migration 22): written in the transaction of the local change, so a change the
// agent saw is never lost, and removed once PostgreSQL committed it (team/TeamPusher). Replies
// are not here: they wait in the outbox.
namespace TeamPushStore {

struct Push
{
    qint64 id = 0;
    QString kind; // note, status, assign, profile
    qint64 conversationId = 0; // local ids
    qint64 contactId = 0;
    QJsonObject payload;
    qint64 createdAt = 0;
    int attempts = 0;
};

Status add(Database &db, const QString &kind, qint64 conversationId, qint64 contactId,
           const QJsonObject &payload, qint64 nowMs);
// The oldest `limit` pushes, in the order they were made.
Result<QList<Push>> pending(Database &db, int limit);
Result<int> pendingCount(Database &db);
Status remove(Database &db, qint64 id);
// A try that did not reach the store (offline): counted, with the reason, for the status line.
Status recordAttempt(Database &db, qint64 id, const QString &error);

// The team's id of a local row the replica wrote (replica_ids); 0 when it has none.
Result<qint64> teamIdOf(Database &db, const QString &teamTable, qint64 localId);
// The local conversation's assignee (0: nobody); the agent's view before an assignment.
Result<qint64> assigneeOf(Database &db, qint64 conversationId);
// The cache's agent of that name (in team mode the replica's, under their team id); 0: none yet.
Result<qint64> agentNamed(Database &db, const QString &name);

} // namespace TeamPushStore
} // namespace textdesk
