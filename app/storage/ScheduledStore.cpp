#include "ScheduledStore.h"

#include "SqlHelpers.h"

namespace textdesk::ScheduledStore {

namespace {

const QString kColumns = QStringLiteral(
    "s.id, s.conversation_id, s.body, s.from_e164, s.due_at, s.time_zone, s.cancel_on_reply, "
    "s.state, s.reason, s.created_by, s.created_at, s.updated_at, s.sent_at, s.outbox_client_id, "
    "s.message_id, k.e164, k.display_name");
const QString kFrom
    = QStringLiteral(" FROM scheduled_messages s JOIN conversations c ON c.id = s.conversation_id "
                     "JOIN contacts k ON k.id = c.contact_id ");

ScheduledMessage read(const QSqlQuery &q)
{
    ScheduledMessage m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.body = q.value(2).toString();
    m.from = q.value(3).toString();
    m.dueAt = q.value(4).toLongLong();
    m.timeZone = q.value(5).toString();
    m.cancelOnReply = q.value(6).toInt() != 0;
    m.state = q.value(7).toString();
    m.reason = q.value(8).toString();
    m.createdBy = q.value(9).toLongLong();
    m.createdAt = q.value(10).toLongLong();
    m.updatedAt = q.value(11).toLongLong();
    m.sentAt = q.value(12).toLongLong();
    m.outboxClientId = q.value(13).toString();
    m.messageId = q.value(14).toLongLong();
    m.contactE164 = q.value(15).toString();
    m.contactName = q.value(16).toString();
    return m;
}

Result<QList<ScheduledMessage>> select(Database &db, const QString &where,
                                       std::initializer_list<QVariant> values)
{
    auto q = db.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + where);
    if (!q)
        return q.error();
    sql::bind(**q, values);
    if (auto s = db.exec(**q); !s)
        return s.error();
    QList<ScheduledMessage> rows;
    while ((*q)->next())
        rows << read(**q);
    return rows;
}

Result<bool> change(Database &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    sql::bind(**q, values);
    if (auto s = db.exec(**q); !s)
        return s.error();
    return (*q)->numRowsAffected() > 0;
}

} // namespace

Result<std::optional<ScheduledRecipient>> recipient(Database &db, qint64 conversationId)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT k.e164, i.e164, k.custom_fields FROM conversations c JOIN contacts k ON k.id = "
        "c.contact_id JOIN inboxes i ON i.id = c.inbox_id WHERE c.id = ?"));
    if (!q)
        return q.error();
    sql::bind(**q, { conversationId });
    if (auto s = db.exec(**q); !s)
        return s.error();
    if (!(*q)->next())
        return std::optional<ScheduledRecipient>();
    return std::optional<ScheduledRecipient>(ScheduledRecipient {
        (*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString() });
}

Result<qint64> insert(Database &db, const ScheduledMessage &row)
{
    auto q = db.prepare(QStringLiteral(
        "INSERT INTO scheduled_messages (conversation_id, body, from_e164, due_at, time_zone, "
        "cancel_on_reply, state, reason, created_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    sql::bind(**q,
              { row.conversationId, sql::notNull(row.body), row.from, row.dueAt,
                sql::notNull(row.timeZone), row.cancelOnReply ? 1 : 0,
                row.state.isEmpty() ? QStringLiteral("pending") : row.state,
                sql::orNull(row.reason), sql::orNull(row.createdBy), row.createdAt,
                row.createdAt });
    if (auto s = db.exec(**q); !s)
        return s.error();
    return (*q)->lastInsertId().toLongLong();
}

Result<std::optional<ScheduledMessage>> get(Database &db, qint64 id)
{
    auto rows = select(db, QStringLiteral("WHERE s.id = ?"), { id });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ScheduledMessage>();
    return std::optional<ScheduledMessage>(rows->first());
}

Result<bool> setState(Database &db, qint64 id, const QStringList &fromStates, const QString &state,
                      const QString &reason, qint64 nowMs)
{
    // The handful of states is fixed in code: matched with instr on a joined list.
    return change(
        db,
        QStringLiteral("UPDATE scheduled_messages SET state = ?, reason = ?, updated_at "
                       "= ? WHERE id = ? AND instr(?, '|' || state || '|') > 0"),
        { state, sql::orNull(reason), nowMs, id,
          QString(QLatin1Char('|') + fromStates.join(QLatin1Char('|')) + QLatin1Char('|')) });
}

Result<bool> update(Database &db, const ScheduledMessage &row, qint64 nowMs)
{
    return change(db,
                  QStringLiteral("UPDATE scheduled_messages SET body = ?, due_at = ?, time_zone = "
                                 "?, cancel_on_reply = ?, state = 'pending', reason = NULL, "
                                 "updated_at = ? WHERE id = ? AND state IN ('pending', 'held')"),
                  { sql::notNull(row.body), row.dueAt, sql::notNull(row.timeZone),
                    row.cancelOnReply ? 1 : 0, nowMs, row.id });
}

Result<bool> markSent(Database &db, qint64 id, const QString &outboxClientId, qint64 messageId,
                      const QString &reason, qint64 nowMs)
{
    return change(db,
                  QStringLiteral("UPDATE scheduled_messages SET state = 'sent', reason = ?, "
                                 "sent_at = ?, updated_at = ?, outbox_client_id = ?, message_id = "
                                 "? WHERE id = ? AND state = 'pending'"),
                  { sql::orNull(reason), nowMs, nowMs, outboxClientId, messageId, id });
}

Result<QList<qint64>> cancellableByReply(Database &db, qint64 conversationId, qint64 beforeMs)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT id FROM scheduled_messages WHERE conversation_id = ? AND state = 'pending' AND "
        "cancel_on_reply = 1 AND created_at < ?"));
    if (!q)
        return q.error();
    sql::bind(**q, { conversationId, beforeMs });
    if (auto s = db.exec(**q); !s)
        return s.error();
    QList<qint64> ids;
    while ((*q)->next())
        ids << (*q)->value(0).toLongLong();
    return ids;
}

Result<QList<ScheduledMessage>> open(Database &db, qint64 conversationId)
{
    if (conversationId) {
        return select(db,
                      QStringLiteral("WHERE s.conversation_id = ? AND s.state IN ('pending', "
                                     "'held') ORDER BY s.due_at, s.id"),
                      { conversationId });
    }
    return select(
        db, QStringLiteral("WHERE s.state IN ('pending', 'held') ORDER BY s.due_at, s.id"), {});
}

Result<QPair<qint64, qint64>> counts(Database &db)
{
    auto q = db.prepare(
        QStringLiteral("SELECT coalesce(sum(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0), "
                       "coalesce(sum(CASE WHEN state = 'held' THEN 1 ELSE 0 END), 0) FROM "
                       "scheduled_messages WHERE state IN ('pending', 'held')"));
    if (!q)
        return q.error();
    if (auto s = db.exec(**q); !s)
        return s.error();
    QPair<qint64, qint64> counted(0, 0);
    if ((*q)->next())
        counted = { (*q)->value(0).toLongLong(), (*q)->value(1).toLongLong() };
    // Finished: the window asks on its reader at every refresh, and an unfinished statement
    // would keep that reader's snapshot from before the next change.
    (*q)->finish();
    return counted;
}

} // namespace textdesk::ScheduledStore
