#pragma once

#include "TeamError.h"

#include <QSqlDatabase>
#include <QString>

namespace textdesk::team {

// Who answers a conversation, decided by PostgreSQL so that two agents never hold the same one:
// every change is a compare-and-set in one statement, and the queue is read with
// FOR UPDATE SKIP LOCKED so fifty agents taking "the next one" at once each get a different one.
// Each change is written to the audit log in the same transaction.
namespace TeamAssignment {

struct Outcome
{
    qint64 conversationId = 0; // 0: nothing was taken (the queue is empty)
    bool done = false;
    QString heldBy; // when not done: the colleague who has it now (their name)
};

// Claims one unassigned conversation for the signed-in agent. Not done (and who has it) when a
// colleague was first.
TeamResult<Outcome> claim(const QSqlDatabase &db, qint64 conversationId);

// Takes the oldest waiting, unassigned conversation; conversationId 0 when there is none.
TeamResult<Outcome> takeNext(const QSqlDatabase &db);

// Gives the conversation to `agentId` (0: back to the queue), only if it is still held by
// `expectedAssigneeId` (0: nobody), the assignee the agent saw. Not done, with who holds it now,
// when it changed in between: the agent decides again, nothing is overwritten.
TeamResult<Outcome> assign(const QSqlDatabase &db, qint64 conversationId, qint64 agentId,
                           qint64 expectedAssigneeId);

} // namespace TeamAssignment
} // namespace textdesk::team
