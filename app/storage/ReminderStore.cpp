#include "ReminderStore.h"

#include "SqlHelpers.h"

namespace textdesk::ReminderStore {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, line, number, from_e164, body, time_zone, appointment_at, due_at, state, reason, "
    "outbox_client_id, message_id FROM reminders ");

ReminderRecord read(const QSqlQuery &q)
{
    ReminderRecord r;
    r.id = q.value(0).toLongLong();
    r.line = q.value(1).toInt();
    r.number = q.value(2).toString();
    r.from = q.value(3).toString();
    r.body = q.value(4).toString();
    r.timeZone = q.value(5).toString();
    r.appointmentAt = q.value(6).toLongLong();
    r.dueAt = q.value(7).toLongLong();
    r.state = q.value(8).toString();
    r.reason = q.value(9).toString();
    r.outboxClientId = q.value(10).toString();
    r.messageId = q.value(11).toLongLong();
    return r;
}

using sql::run; // prepare, bind, exec (SqlHelpers)

} // namespace

Result<std::optional<qint64>> insert(Database &db, const ReminderRecord &r, qint64 nowMs)
{
    auto q = run(db,
                 QStringLiteral("INSERT INTO reminders (line, number, from_e164, body, time_zone, "
                                "appointment_at, due_at, state, created_at, updated_at) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (number, "
                                "appointment_at) DO NOTHING"),
                 { r.line, r.number, r.from, sql::notNull(r.body), sql::orNull(r.timeZone),
                   r.appointmentAt, r.dueAt, nowMs, nowMs });
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() == 0)
        return std::optional<qint64>();
    return std::optional<qint64>((*q)->lastInsertId().toLongLong());
}

Result<std::optional<ReminderRecord>> get(Database &db, qint64 id)
{
    auto q = run(db, kSelect + QStringLiteral("WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<ReminderRecord>();
    return std::optional<ReminderRecord>(read(**q));
}

Result<bool> markSent(Database &db, qint64 id, const QString &clientId, qint64 messageId,
                      qint64 nowMs)
{
    auto q = run(db,
                 QStringLiteral("UPDATE reminders SET state = 'sent', outbox_client_id = ?, "
                                "message_id = ?, updated_at = ? WHERE id = ? AND state = "
                                "'pending'"),
                 { clientId, messageId, nowMs, id });
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

Result<bool> setState(Database &db, qint64 id, const QString &state, const QString &reason,
                      qint64 nowMs)
{
    auto q = run(db,
                 QStringLiteral("UPDATE reminders SET state = ?, reason = ?, updated_at = ? WHERE "
                                "id = ? AND state = 'pending'"),
                 { state, sql::orNull(reason), nowMs, id });
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

Result<QList<ReminderRecord>> pending(Database &db)
{
    auto q = run(db, kSelect + QStringLiteral("WHERE state = 'pending' ORDER BY due_at, id"), {});
    if (!q)
        return q.error();
    QList<ReminderRecord> list;
    while ((*q)->next())
        list << read(**q);
    return list;
}

} // namespace textdesk::ReminderStore
