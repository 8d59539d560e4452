#include "CardDavStore.h"

#include "SqlHelpers.h"

#include <QCoreApplication>

namespace textdesk {

namespace {
CardDavConflict conflictFrom(const QSqlQuery &q)
{
    CardDavConflict c;
    c.id = q.value(0).toLongLong();
    c.href = q.value(1).toString();
    c.contactId = q.value(2).toLongLong();
    c.localCard = q.value(3).toString();
    c.remoteCard = q.value(4).toString();
    c.remoteEtag = q.value(5).toString();
    c.foundAt = q.value(6).toLongLong();
    c.resolvedAt = q.value(7).toLongLong();
    c.resolution = q.value(8).toString();
    return c;
}

const char kConflictColumns[]
    = "SELECT id, href, coalesce(contact_id, 0), local_card, remote_card, remote_etag, found_at, "
      "coalesce(resolved_at, 0), coalesce(resolution, '') FROM carddav_conflicts ";
} // namespace

Result<QString> CardDavStore::bookUrl()
{
    auto url = m_db.scalar(QStringLiteral("SELECT url FROM carddav_book WHERE id = 1"));
    if (!url)
        return url.error();
    return url->toString();
}

Status CardDavStore::setBook(const QString &url)
{
    auto before = bookUrl();
    if (!before)
        return before.error();
    if (*before == url)
        return success();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (const char *statement : { "DELETE FROM carddav_cards", "DELETE FROM carddav_conflicts" }) {
        if (auto s = sql::run(m_db, QLatin1String(statement), {}); !s)
            return s.error();
    }
    if (auto s = sql::run(m_db,
                          QStringLiteral("INSERT INTO carddav_book (id, url, synced_at) VALUES (1, "
                                         "?, NULL) ON CONFLICT (id) DO UPDATE SET url = "
                                         "excluded.url, synced_at = NULL"),
                          { url });
        !s)
        return s.error();
    return tx.commit();
}

Status CardDavStore::markSynced(qint64 nowMs)
{
    auto s = sql::run(m_db, QStringLiteral("UPDATE carddav_book SET synced_at = ? WHERE id = 1"),
                      { nowMs });
    if (!s)
        return s.error();
    (*s)->finish();
    return success();
}

Result<QHash<QString, CardDavRow>> CardDavStore::rows()
{
    auto q
        = sql::run(m_db,
                   QStringLiteral("SELECT href, coalesce(contact_id, 0), uid, etag, synced, raw, "
                                  "state FROM carddav_cards"),
                   {});
    if (!q)
        return q.error();
    QHash<QString, CardDavRow> rows;
    while ((*q)->next()) {
        CardDavRow r;
        r.href = (*q)->value(0).toString();
        r.contactId = (*q)->value(1).toLongLong();
        r.uid = (*q)->value(2).toString();
        r.etag = (*q)->value(3).toString();
        r.synced = (*q)->value(4).toString();
        r.raw = (*q)->value(5).toString();
        r.state = (*q)->value(6).toString();
        rows.insert(r.href, r);
    }
    (*q)->finish();
    return rows;
}

Status CardDavStore::put(const CardDavRow &row)
{
    // A contact is linked to one card: an older row of the same contact lets go of it.
    if (row.contactId) {
        if (auto s = sql::run(m_db,
                              QStringLiteral("UPDATE carddav_cards SET contact_id = NULL WHERE "
                                             "contact_id = ? AND href <> ?"),
                              { row.contactId, row.href });
            !s)
            return s.error();
    }
    auto s = sql::run(
        m_db,
        QStringLiteral(
            "INSERT INTO carddav_cards (href, contact_id, uid, etag, synced, raw, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (href) DO UPDATE SET contact_id = "
            "excluded.contact_id, uid = excluded.uid, etag = excluded.etag, synced = "
            "excluded.synced, raw = excluded.raw, state = excluded.state"),
        { row.href, sql::orNull(row.contactId), sql::notNull(row.uid), sql::notNull(row.etag),
          sql::notNull(row.synced), sql::notNull(row.raw), row.state });
    if (!s)
        return s.error();
    return success();
}

Status CardDavStore::remove(const QString &href)
{
    auto s = sql::run(m_db, QStringLiteral("DELETE FROM carddav_cards WHERE href = ?"), { href });
    if (!s)
        return s.error();
    return success();
}

Result<QList<CardDavConflict>> CardDavStore::conflicts(bool openOnly)
{
    auto q = sql::run(m_db,
                      QLatin1String(kConflictColumns)
                          + (openOnly ? QLatin1String("WHERE resolved_at IS NULL ORDER BY id")
                                      : QLatin1String("ORDER BY id")),
                      {});
    if (!q)
        return q.error();
    QList<CardDavConflict> list;
    while ((*q)->next())
        list << conflictFrom(**q);
    (*q)->finish();
    return list;
}

Result<CardDavConflict> CardDavStore::conflict(qint64 id)
{
    auto q
        = sql::run(m_db, QLatin1String(kConflictColumns) + QLatin1String("WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!(*q)->next())
        return StorageError(StorageError::Kind::InvalidInput, m_db.path(),
                            QCoreApplication::translate("textdesk::CardDavStore",
                                                        "There is no CardDAV conflict number %1.")
                                .arg(id));
    CardDavConflict c = conflictFrom(**q);
    (*q)->finish();
    return c;
}

Result<qint64> CardDavStore::addConflict(const CardDavConflict &c)
{
    if (auto s = sql::run(m_db,
                          QStringLiteral("DELETE FROM carddav_conflicts WHERE href = ? AND "
                                         "resolved_at IS NULL"),
                          { c.href });
        !s)
        return s.error();
    auto s = sql::run(m_db,
                      QStringLiteral("INSERT INTO carddav_conflicts (href, contact_id, local_card, "
                                     "remote_card, remote_etag, found_at) VALUES (?, ?, ?, ?, ?, "
                                     "?)"),
                      { c.href, sql::orNull(c.contactId), sql::notNull(c.localCard),
                        sql::notNull(c.remoteCard), sql::notNull(c.remoteEtag), c.foundAt });
    if (!s)
        return s.error();
    return (*s)->lastInsertId().toLongLong();
}

Status CardDavStore::resolve(qint64 id, const QString &resolution, qint64 nowMs)
{
    auto s = sql::run(m_db,
                      QStringLiteral("UPDATE carddav_conflicts SET resolved_at = ?, resolution = ? "
                                     "WHERE id = ? AND resolved_at IS NULL"),
                      { nowMs, resolution, id });
    if (!s)
        return s.error();
    return success();
}

} // namespace textdesk
