#include "ConversationActions.h"

#include "MessageStore.h"
#include "SqlHelpers.h"

#include <QUuid>

namespace textdesk::ConversationActions {

namespace {

Status audit(Database &db, qint64 nowMs, qint64 actorId, const QString &action,
             qint64 conversationId, const QString &details)
{
    auto query = db.prepare(
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, subject_type, "
                       "subject_id, details) VALUES (?, ?, ?, 'conversation', ?, ?)"));
    if (!query)
        return query.error();
    sql::bind(**query,
              { nowMs, actorId ? QStringLiteral("agent:%1").arg(actorId) : QStringLiteral("agent"),
                action, conversationId, details });
    return db.exec(**query);
}

Status run(Database &db, const QString &sqlText, std::initializer_list<QVariant> values)
{
    auto query = db.prepare(sqlText);
    if (!query)
        return query.error();
    sql::bind(**query, values);
    return db.exec(**query);
}

StorageError invalid(const Database &db, const QString &what)
{
    return StorageError(StorageError::Kind::Constraint, db.path(), what);
}

} // namespace

const QStringList &statuses()
{
    static const QStringList all = {
        conversationStatusToString(ConversationStatus::Open),
        conversationStatusToString(ConversationStatus::Pending),
        conversationStatusToString(ConversationStatus::Snoozed),
        conversationStatusToString(ConversationStatus::Resolved),
    };
    return all;
}

Status markRead(Database &db, qint64 conversationId, qint64 upToMessageId)
{
    // Messages that arrived after the one the agent saw stay unread.
    return run(db,
               QStringLiteral(
                   "UPDATE conversations SET read_up_to = CASE WHEN ? > read_up_to THEN ? ELSE "
                   "read_up_to END, unread_count = (SELECT count(*) FROM messages m WHERE "
                   "m.conversation_id = conversations.id AND m.direction = 'inbound' AND m.id > "
                   "? AND m.id > coalesce((SELECT max(o.id) FROM messages o WHERE "
                   "o.conversation_id = conversations.id AND o.direction = 'outbound'), 0)) "
                   "WHERE id = ?"),
               { upToMessageId, upToMessageId, upToMessageId, conversationId });
}

Status markUnread(Database &db, qint64 conversationId)
{
    // The marker goes back to just before the newest message, so that a recompute of the
    // counts agrees while that message is the customer's.
    return run(db,
               QStringLiteral("UPDATE conversations SET read_up_to = CASE WHEN unread_count > 0 "
                              "THEN read_up_to ELSE coalesce(last_message_id, 1) - 1 END, "
                              "unread_count = CASE WHEN unread_count > 0 THEN unread_count ELSE 1 "
                              "END WHERE id = ?"),
               { conversationId });
}

Status setStatus(Database &db, qint64 conversationId, const QString &status, qint64 snoozeUntilMs,
                 qint64 nowMs, qint64 actorId)
{
    bool known = false;
    const ConversationStatus typed = conversationStatusFromString(status, &known);
    if (!known)
        return invalid(db, QStringLiteral("unknown conversation status '%1'").arg(status));
    const bool snoozed = typed == ConversationStatus::Snoozed;
    if (snoozed && snoozeUntilMs <= nowMs)
        return invalid(db, QStringLiteral("a snooze must end in the future"));
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    const bool resolved = typed == ConversationStatus::Resolved;
    // Resolution time: from the customer's first message (or the conversation's start) to now.
    if (auto s
        = run(db,
              QStringLiteral(
                  "UPDATE conversations SET status = ?, snoozed_until = ?, "
                  "resolved_at = CASE WHEN ? THEN ? ELSE NULL END, "
                  "resolution_ms = CASE WHEN ? THEN ? - coalesce(first_inbound_at, created_at) "
                  "ELSE resolution_ms END WHERE id = ?"),
              { status, snoozed ? QVariant(snoozeUntilMs) : QVariant(), resolved ? 1 : 0, nowMs,
                resolved ? 1 : 0, nowMs, conversationId });
        !s) {
        return s;
    }
    if (auto s = audit(db, nowMs, actorId, QStringLiteral("status"), conversationId, status); !s)
        return s;
    return tx.commit();
}

Status assign(Database &db, qint64 conversationId, qint64 agentId, qint64 nowMs, qint64 actorId)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (auto s = run(db, QStringLiteral("UPDATE conversations SET assignee_id = ? WHERE id = ?"),
                     { sql::orNull(agentId), conversationId });
        !s) {
        return s;
    }
    if (auto s = audit(db, nowMs, actorId, QStringLiteral("assign"), conversationId,
                       QString::number(agentId));
        !s) {
        return s;
    }
    return tx.commit();
}

Result<qint64> addNote(Database &db, qint64 conversationId, const QString &body, qint64 authorId,
                       qint64 nowMs)
{
    if (body.trimmed().isEmpty())
        return invalid(db, QStringLiteral("an empty note"));
    MessageStore messages(db);
    MessageRecord note;
    note.conversationId = conversationId;
    note.clientId = QStringLiteral("note-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.direction = Direction::Note;
    note.body = body.trimmed();
    note.status = QStringLiteral("note");
    note.authorId = authorId;
    note.createdAt = nowMs;
    note.updatedAt = nowMs;
    if (auto s = messages.upsert(note); !s)
        return s.error();
    return note.id;
}

Status saveDraft(Database &db, qint64 conversationId, const QString &body, qint64 nowMs)
{
    if (body.trimmed().isEmpty())
        return run(db, QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?"),
                   { conversationId });
    return run(db,
               QStringLiteral("INSERT INTO drafts (conversation_id, body, updated_at) VALUES (?, "
                              "?, ?) ON CONFLICT (conversation_id) DO UPDATE SET body = "
                              "excluded.body, updated_at = excluded.updated_at"),
               { conversationId, body, nowMs });
}

Result<QString> draft(Database &db, qint64 conversationId)
{
    auto value = db.scalar(QStringLiteral("SELECT body FROM drafts WHERE conversation_id = ?"),
                           { conversationId });
    if (!value)
        return value.error();
    return value->toString();
}

Result<qint64> ensureAgent(Database &db, const QString &name, qint64 nowMs)
{
    auto found
        = db.scalar(QStringLiteral("SELECT id FROM agents WHERE name = ? ORDER BY id"), { name });
    if (!found)
        return found.error();
    if (!found->isNull())
        return found->toLongLong();
    if (auto s = run(db, QStringLiteral("INSERT INTO agents (name, created_at) VALUES (?, ?)"),
                     { name, nowMs });
        !s) {
        return s.error();
    }
    auto id
        = db.scalar(QStringLiteral("SELECT id FROM agents WHERE name = ? ORDER BY id"), { name });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<int> wakeSnoozed(Database &db, qint64 nowMs)
{
    auto due = db.scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE status = "
                                        "'snoozed' AND snoozed_until <= ?"),
                         { nowMs });
    if (!due)
        return due.error();
    if (due->toInt() == 0)
        return 0;
    if (auto s = run(db,
                     QStringLiteral("UPDATE conversations SET status = 'open', snoozed_until = "
                                    "NULL WHERE status = 'snoozed' AND snoozed_until <= ?"),
                     { nowMs });
        !s) {
        return s.error();
    }
    return due->toInt();
}

} // namespace textdesk::ConversationActions
