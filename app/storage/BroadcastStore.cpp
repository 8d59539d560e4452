#include "BroadcastStore.h"

#include "SqlHelpers.h"

namespace textdesk::BroadcastStore {

namespace {

const QString kBroadcastColumns
    = QStringLiteral("id, name, body, from_e164, rate, source, state, created_at, updated_at, "
                     "finished_at FROM broadcasts ");
const QString kRecipientColumns = QStringLiteral(
    "r.id, r.broadcast_id, r.line, r.number, r.body, r.time_zone, r.state, r.reason, "
    "r.not_before, r.outbox_client_id, r.message_id, r.queued_at");

BroadcastRecord readBroadcast(const QSqlQuery &q)
{
    BroadcastRecord b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.body = q.value(2).toString();
    b.from = q.value(3).toString();
    b.rate = q.value(4).toDouble();
    b.source = q.value(5).toString();
    b.state = q.value(6).toString();
    b.createdAt = q.value(7).toLongLong();
    b.updatedAt = q.value(8).toLongLong();
    b.finishedAt = q.value(9).toLongLong();
    return b;
}

BroadcastRecipientRow readRecipient(const QSqlQuery &q)
{
    BroadcastRecipientRow r;
    r.id = q.value(0).toLongLong();
    r.broadcastId = q.value(1).toLongLong();
    r.line = q.value(2).toInt();
    r.number = q.value(3).toString();
    r.body = q.value(4).toString();
    r.timeZone = q.value(5).toString();
    r.state = q.value(6).toString();
    r.reason = q.value(7).toString();
    r.notBefore = q.value(8).toLongLong();
    r.outboxClientId = q.value(9).toString();
    r.messageId = q.value(10).toLongLong();
    r.queuedAt = q.value(11).toLongLong();
    return r;
}

using sql::run; // prepare, bind, exec (SqlHelpers)

Result<bool> change(Database &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

} // namespace

Result<qint64> insert(Database &db, BroadcastRecord broadcast,
                      const QList<BroadcastRecipientRow> &recipients)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    auto b = run(db,
                 QStringLiteral("INSERT INTO broadcasts (name, body, from_e164, rate, source, "
                                "state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 { broadcast.name, sql::notNull(broadcast.body), broadcast.from, broadcast.rate,
                   broadcast.source,
                   broadcast.state.isEmpty() ? QStringLiteral("running") : broadcast.state,
                   broadcast.createdAt, broadcast.createdAt });
    if (!b)
        return b.error();
    const qint64 id = (*b)->lastInsertId().toLongLong();
    auto q = db.prepare(QStringLiteral(
        "INSERT INTO broadcast_recipients (broadcast_id, line, number, body, time_zone, state, "
        "reason, not_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const BroadcastRecipientRow &r : recipients) {
        sql::bind(**q,
                  { id, r.line, sql::notNull(r.number), sql::notNull(r.body),
                    sql::orNull(r.timeZone), r.state, sql::orNull(r.reason), r.notBefore });
        if (auto s = db.exec(**q); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<std::optional<BroadcastRecord>> get(Database &db, qint64 id)
{
    auto q = run(db, QStringLiteral("SELECT ") + kBroadcastColumns + QStringLiteral("WHERE id = ?"),
                 { id });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<BroadcastRecord>();
    return std::optional<BroadcastRecord>(readBroadcast(**q));
}

Result<QList<BroadcastRecord>> unfinished(Database &db, bool paused)
{
    auto q = run(db,
                 QStringLiteral("SELECT ") + kBroadcastColumns
                     + QStringLiteral("WHERE state = 'running' OR (? AND state = 'paused') "
                                      "ORDER BY id"),
                 { paused ? 1 : 0 });
    if (!q)
        return q.error();
    QList<BroadcastRecord> list;
    while ((*q)->next())
        list << readBroadcast(**q);
    return list;
}

Result<bool> setState(Database &db, qint64 id, const QStringList &from, const QString &to,
                      qint64 nowMs)
{
    // At most three states to leave from; unused placeholders get a state no row has.
    QStringList states = from;
    while (states.size() < 3)
        states << QString();
    const bool ends = to == QLatin1String("done") || to == QLatin1String("cancelled");
    return change(db,
                  QStringLiteral("UPDATE broadcasts SET state = ?, updated_at = ?, finished_at = "
                                 "CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ? AND state "
                                 "IN (?, ?, ?)"),
                  { to, nowMs, ends ? 1 : 0, nowMs, id, states.at(0), states.at(1), states.at(2) });
}

Result<BroadcastCounts> counts(Database &db, qint64 id)
{
    auto q = run(db,
                 QStringLiteral("SELECT state, reason = 'quiet_hours', count(*) FROM "
                                "broadcast_recipients WHERE broadcast_id = ? GROUP BY 1, 2"),
                 { id });
    if (!q)
        return q.error();
    BroadcastCounts c;
    while ((*q)->next()) {
        const QString state = (*q)->value(0).toString();
        const int n = (*q)->value(2).toInt();
        c.total += n;
        if (state == QLatin1String("waiting")) {
            c.waiting += n;
            if ((*q)->value(1).toInt() == 1)
                c.held += n;
        } else if (state == QLatin1String("queued")) {
            c.queued += n;
        } else if (state == QLatin1String("skipped")) {
            c.skipped += n;
        } else {
            c.cancelled += n;
        }
    }
    return c;
}

Result<QList<BroadcastRecipientRow>> due(Database &db, qint64 broadcastId, qint64 nowMs, int limit)
{
    auto q = run(db,
                 QStringLiteral("SELECT ") + kRecipientColumns
                     + QStringLiteral(" FROM broadcast_recipients r WHERE r.broadcast_id = ? AND "
                                      "r.state = 'waiting' AND r.not_before <= ? ORDER BY "
                                      "r.not_before, r.id LIMIT ?"),
                 { broadcastId, nowMs, limit });
    if (!q)
        return q.error();
    QList<BroadcastRecipientRow> list;
    while ((*q)->next())
        list << readRecipient(**q);
    return list;
}

Result<std::optional<qint64>> nextNotBefore(Database &db, qint64 broadcastId)
{
    auto q = run(db,
                 QStringLiteral("SELECT min(not_before) FROM broadcast_recipients WHERE "
                                "broadcast_id = ? AND state = 'waiting'"),
                 { broadcastId });
    if (!q)
        return q.error();
    if (!(*q)->next() || (*q)->value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>((*q)->value(0).toLongLong());
}

Result<bool> markQueued(Database &db, qint64 recipientId, const QString &clientId, qint64 messageId,
                        qint64 nowMs)
{
    return change(db,
                  QStringLiteral("UPDATE broadcast_recipients SET state = 'queued', reason = NULL, "
                                 "outbox_client_id = ?, message_id = ?, queued_at = ? WHERE id = "
                                 "? AND state = 'waiting'"),
                  { clientId, messageId, nowMs, recipientId });
}

Result<bool> markSkipped(Database &db, qint64 recipientId, const QString &reason)
{
    return change(db,
                  QStringLiteral("UPDATE broadcast_recipients SET state = 'skipped', reason = ? "
                                 "WHERE id = ? AND state = 'waiting'"),
                  { reason, recipientId });
}

Result<bool> hold(Database &db, qint64 recipientId, const QString &reason, qint64 notBefore)
{
    return change(db,
                  QStringLiteral("UPDATE broadcast_recipients SET reason = ?, not_before = ? "
                                 "WHERE id = ? AND state = 'waiting'"),
                  { reason, notBefore, recipientId });
}

Result<qint64> lastQueuedAt(Database &db, const QString &from)
{
    auto q = run(db,
                 QStringLiteral("SELECT max(r.queued_at) FROM broadcasts b JOIN "
                                "broadcast_recipients r ON r.broadcast_id = b.id WHERE b.from_e164 "
                                "= ? AND b.state IN ('running', 'paused') AND r.state = 'queued'"),
                 { from });
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toLongLong() : 0;
}

Result<int> cancelWaiting(Database &db, qint64 broadcastId)
{
    auto q = run(db,
                 QStringLiteral("UPDATE broadcast_recipients SET state = 'cancelled' WHERE "
                                "broadcast_id = ? AND state = 'waiting'"),
                 { broadcastId });
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

Result<QList<BroadcastRecipientRow>> recipients(Database &db, qint64 broadcastId)
{
    auto q = run(db,
                 QStringLiteral("SELECT ") + kRecipientColumns
                     + QStringLiteral(", m.status FROM broadcast_recipients r LEFT JOIN messages "
                                      "m ON m.id = r.message_id WHERE r.broadcast_id = ? ORDER BY "
                                      "r.id"),
                 { broadcastId });
    if (!q)
        return q.error();
    QList<BroadcastRecipientRow> list;
    while ((*q)->next()) {
        BroadcastRecipientRow r = readRecipient(**q);
        r.messageStatus = (*q)->value(12).toString();
        list << r;
    }
    return list;
}

Result<QStringList> numbersWithTag(Database &db, const QString &tag)
{
    auto q = run(db,
                 QStringLiteral("SELECT c.e164 FROM tags t JOIN contact_tags ct ON ct.tag_id = "
                                "t.id JOIN contacts c ON c.id = ct.contact_id WHERE t.name = ? "
                                "COLLATE NOCASE ORDER BY c.id"),
                 { tag.trimmed() });
    if (!q)
        return q.error();
    QStringList numbers;
    while ((*q)->next())
        numbers << (*q)->value(0).toString();
    return numbers;
}

} // namespace textdesk::BroadcastStore
