#include "SyncCursors.h"

#include "SqlHelpers.h"

namespace textdesk::SyncCursors {

Result<QString> read(Database &db, const QString &name)
{
    auto value
        = db.scalar(QStringLiteral("SELECT value FROM sync_cursors WHERE name = ?"), { name });
    if (!value)
        return value.error();
    return value->toString();
}

Status write(Database &db, const QString &name, const QVariant &value, qint64 nowMs)
{
    auto query = db.prepare(
        QStringLiteral("INSERT INTO sync_cursors (name, value, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated_at = "
                       "excluded.updated_at"));
    if (!query)
        return query.error();
    sql::bind(**query, { name, value, nowMs });
    return db.exec(**query);
}

Status remove(Database &db, const QString &name)
{
    auto query = db.prepare(QStringLiteral("DELETE FROM sync_cursors WHERE name = ?"));
    if (!query)
        return query.error();
    sql::bind(**query, { name });
    return db.exec(**query);
}

} // namespace textdesk::SyncCursors
