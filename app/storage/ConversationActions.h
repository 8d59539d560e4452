#pragma once

#include "Database.h"

#include <QStringList>

namespace textdesk {

// What an agent does to a conversation, as writes to the cache. Run on the writer's thread (the
// sync worker); each is one transaction. Status changes and assignments are written to the
// audit log as well, for the team lead's reports.
namespace ConversationActions {

// The statuses a conversation can have, as stored.
const QStringList &statuses();

// The agent has seen the conversation up to this message (its newest, usually).
Status markRead(Database &db, qint64 conversationId, qint64 upToMessageId);
// At least one unread again, so that it stands out in the inbox.
Status markUnread(Database &db, qint64 conversationId);
// open, pending, snoozed (until snoozeUntilMs), resolved. Resolving records the resolution time;
// a customer who writes again reopens it (MessageStore).
Status setStatus(Database &db, qint64 conversationId, const QString &status, qint64 snoozeUntilMs,
                 qint64 nowMs, qint64 actorId = 0);
// 0: nobody.
Status assign(Database &db, qint64 conversationId, qint64 agentId, qint64 nowMs,
              qint64 actorId = 0);
// An internal note in the thread: kept beside the messages, never sent. The new message's id.
Result<qint64> addNote(Database &db, qint64 conversationId, const QString &body, qint64 authorId,
                       qint64 nowMs);
// The reply being written; an empty one removes the draft.
Status saveDraft(Database &db, qint64 conversationId, const QString &body, qint64 nowMs);
Result<QString> draft(Database &db, qint64 conversationId);
// The agent with this name, created when new.
Result<qint64> ensureAgent(Database &db, const QString &name, qint64 nowMs);
// Snoozed conversations whose time has come are open again; how many.
Result<int> wakeSnoozed(Database &db, qint64 nowMs);

} // namespace ConversationActions
} // namespace textdesk
