#include "Directory.h"

namespace textdesk::Directory {

namespace {
template<typename Read> Status each(Database &db, const QString &sql, Read read)
{
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    if (auto s = db.exec(**query); !s)
        return s;
    while ((*query)->next())
        read(**query);
    (*query)->finish();
    return success();
}
} // namespace

Result<QList<Inbox>> inboxes(Database &db)
{
    QList<Inbox> list;
    if (auto s = each(db,
                      QStringLiteral("SELECT id, e164, coalesce(friendly_name, '') FROM inboxes "
                                     "ORDER BY e164"),
                      [&](const QSqlQuery &q) {
                          list.append({ q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toString() });
                      });
        !s) {
        return s.error();
    }
    return list;
}

Result<QList<Tag>> tags(Database &db)
{
    QList<Tag> list;
    if (auto s = each(db, QStringLiteral("SELECT id, name FROM tags ORDER BY name"),
                      [&](const QSqlQuery &q) {
                          list.append({ q.value(0).toLongLong(), q.value(1).toString() });
                      });
        !s) {
        return s.error();
    }
    return list;
}

Result<QHash<qint64, QString>> agentNames(Database &db)
{
    QHash<qint64, QString> names;
    if (auto s = each(db, QStringLiteral("SELECT id, name FROM agents"),
                      [&](const QSqlQuery &q) {
                          names.insert(q.value(0).toLongLong(), q.value(1).toString());
                      });
        !s) {
        return s.error();
    }
    return names;
}

Result<int> unreadTotal(Database &db)
{
    // From the index of conversations with unread messages (migration 6): it holds only those,
    // so this costs what the customers waiting for an answer cost, not the whole inbox.
    auto total = db.scalar(QStringLiteral(
        "SELECT coalesce(sum(unread_count), 0) FROM conversations WHERE unread_count > 0"));
    if (!total)
        return total.error();
    return total->toInt();
}

} // namespace textdesk::Directory
