#include "TimerStore.h"

#include "SqlHelpers.h"

namespace textdesk::TimerStore {

namespace {
// "?, ?, ?" for the kinds: the list is a handful of names registered in code.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QVariantList withKinds(const QStringList &kinds, const QVariantList &tail)
{
    QVariantList values;
    for (const QString &kind : kinds)
        values << kind;
    return values + tail;
}
} // namespace

Result<qint64> put(Database &db, const TimerRecord &timer, qint64 nowMs)
{
    auto query = db.prepare(QStringLiteral(
        "INSERT INTO timers (kind, subject, due_at, payload, timer_key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(timer_key) DO UPDATE SET kind = excluded.kind, "
        "subject = excluded.subject, due_at = excluded.due_at, payload = excluded.payload, "
        "created_at = excluded.created_at, fired_at = NULL"));
    if (!query)
        return query.error();
    sql::bind(
        **query,
        { timer.kind, timer.subject, timer.dueAt, sql::notNull(timer.payload), timer.key, nowMs });
    if (auto s = db.exec(**query); !s)
        return s.error();
    auto id = db.scalar(QStringLiteral("SELECT id FROM timers WHERE timer_key = ?"), { timer.key });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<bool> isPending(Database &db, const QString &key)
{
    auto id = db.scalar(
        QStringLiteral("SELECT id FROM timers WHERE timer_key = ? AND fired_at IS NULL"), { key });
    if (!id)
        return id.error();
    return !id->isNull();
}

Result<bool> cancel(Database &db, const QString &key)
{
    auto query
        = db.prepare(QStringLiteral("DELETE FROM timers WHERE timer_key = ? AND fired_at IS NULL"));
    if (!query)
        return query.error();
    sql::bind(**query, { key });
    if (auto s = db.exec(**query); !s)
        return s.error();
    return (*query)->numRowsAffected() > 0;
}

Result<int> cancelFor(Database &db, const QString &kind, qint64 subject)
{
    auto query = db.prepare(
        QStringLiteral("DELETE FROM timers WHERE kind = ? AND subject = ? AND fired_at IS NULL"));
    if (!query)
        return query.error();
    sql::bind(**query, { kind, subject });
    if (auto s = db.exec(**query); !s)
        return s.error();
    return (*query)->numRowsAffected();
}

Result<std::optional<TimerRecord>> nextDue(Database &db, const QStringList &kinds, qint64 nowMs)
{
    if (kinds.isEmpty())
        return std::optional<TimerRecord>();
    auto query = db.prepareOwned(
        QStringLiteral("SELECT id, kind, subject, due_at, payload, timer_key FROM timers "
                       "WHERE fired_at IS NULL AND due_at <= ? AND kind IN (%1) "
                       "ORDER BY due_at, id LIMIT 1")
            .arg(placeholders(kinds.size())));
    if (!query)
        return query.error();
    const QVariantList values = QVariantList { nowMs } + withKinds(kinds, {});
    for (int i = 0; i < values.size(); ++i)
        (*query)->bindValue(i, values.at(i));
    if (auto s = db.exec(**query); !s)
        return s.error();
    if (!(*query)->next())
        return std::optional<TimerRecord>();
    QSqlQuery &q = **query;
    return std::optional<TimerRecord>(
        TimerRecord { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                      q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString() });
}

Result<std::optional<qint64>> earliest(Database &db, const QStringList &kinds)
{
    if (kinds.isEmpty())
        return std::optional<qint64>();
    auto value = db.scalar(QStringLiteral("SELECT min(due_at) FROM timers WHERE fired_at IS NULL "
                                          "AND kind IN (%1)")
                               .arg(placeholders(kinds.size())),
                           withKinds(kinds, {}));
    if (!value)
        return value.error();
    if (value->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(value->toLongLong());
}

Result<bool> markFired(Database &db, qint64 id, qint64 nowMs)
{
    auto query = db.prepare(
        QStringLiteral("UPDATE timers SET fired_at = ? WHERE id = ? AND fired_at IS NULL"));
    if (!query)
        return query.error();
    sql::bind(**query, { nowMs, id });
    if (auto s = db.exec(**query); !s)
        return s.error();
    return (*query)->numRowsAffected() > 0;
}

Status postpone(Database &db, qint64 id, qint64 dueAt)
{
    auto query = db.prepare(QStringLiteral("UPDATE timers SET due_at = ? WHERE id = ?"));
    if (!query)
        return query.error();
    sql::bind(**query, { dueAt, id });
    return db.exec(**query);
}

} // namespace textdesk::TimerStore
