#pragma once

#include "Database.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace textdesk {

// The SQL a team replica (team/TeamReplica) writes into the cache beside what MessageWriter and
// MessageStore write: which local row each team row became, the rows waiting for their
// conversation, and the team's agents, contacts, conversation states and templates. Every
// function runs in the caller's transaction (one feed page) and changes nothing when the row is
// already as asked, so a page applied twice leaves the cache as it was.
namespace ReplicaStore {

// The local id a team row became; 0 when none.
Result<qint64> localId(Database &db, const QString &teamTable, qint64 teamId);
Status setLocalId(Database &db, const QString &teamTable, qint64 teamId, qint64 localId);
Status forgetLocalId(Database &db, const QString &teamTable, qint64 teamId);

// A team agent under its team id, so that assignees and authors match.
Status upsertAgent(Database &db, qint64 id, const QString &name, qint64 createdAtMs);
// A row for an agent named before their own row reached the cache (filled in when it does).
Status ensureAgent(Database &db, qint64 id, qint64 nowMs);
Status removeAgent(Database &db, qint64 id);

struct ContactFields
{
    QString displayName, email, company, notes;
};
// The fields the team shares, with the contact search index kept current.
Status updateContact(Database &db, qint64 contactId, const ContactFields &fields, qint64 nowMs);

// A conversation as the team has it, in the cache's words (ConversationActions::statuses()).
struct ConversationState
{
    QString status;
    qint64 assigneeId = 0;
    qint64 snoozedUntil = 0;
    qint64 changedAt = 0; // when the team changed it: the resolution time of a closed one
};
Status setConversationState(Database &db, qint64 conversationId, const ConversationState &state);

// The status columns of those of these conversations that a customer's message would reopen
// (resolved, snoozed), to put back after a batch of messages (the team's status wins: its
// gateway decides).
struct SavedStatus
{
    QVariant status, snoozedUntil, resolvedAt, resolutionMs;
};
Result<QHash<qint64, SavedStatus>> saveStatuses(Database &db, const QList<qint64> &ids);
Status restoreStatuses(Database &db, const QHash<qint64, SavedStatus> &saved);

// The customer's and our number of a local conversation; empty when there is none.
Result<QPair<QString, QString>> numbersOf(Database &db, qint64 conversationId);

// The agent who wrote a message (0: none), when it differs.
Status setAuthor(Database &db, qint64 messageId, qint64 authorId);

// A team template (shortcut = its name): updates `localId` (0: the one with this shortcut, or a
// new one); its id.
Result<qint64> upsertTemplate(Database &db, qint64 localId, const QString &name,
                              const QString &body, qint64 nowMs);
Status removeTemplate(Database &db, qint64 localId);

// Messages and notes waiting for their conversation, as JSON.
Status park(Database &db, const QString &teamTable, qint64 teamId, qint64 conversationTeamId,
            const QString &json);
// The rows waiting for this conversation, (table, JSON) in the order they were parked, and
// removed.
Result<QList<QPair<QString, QString>>> takeWaiting(Database &db, qint64 conversationTeamId);
Status dropWaiting(Database &db, const QString &teamTable, qint64 teamId);
Result<qint64> waitingCount(Database &db);

} // namespace ReplicaStore
} // namespace textdesk
