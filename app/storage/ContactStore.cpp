#include "ContactStore.h"

#include "SearchQuery.h"
#include "SqlHelpers.h"

#include <QDateTime>

namespace textdesk {

namespace {
// The id in the first row of a lookup by key, or none.
Result<std::optional<qint64>> findId(Database &db, const QString &sql,
                                     std::initializer_list<QVariant> key)
{
    auto find = db.prepare(sql);
    if (!find)
        return find.error();
    sql::bind(**find, key);
    if (auto s = db.exec(**find); !s)
        return s.error();
    std::optional<qint64> id;
    if ((*find)->next())
        id = (*find)->value(0).toLongLong();
    (*find)->finish();
    return id;
}

// Inserts a row and returns its id.
Result<qint64> insertRow(Database &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto insert = db.prepare(sql);
    if (!insert)
        return insert.error();
    sql::bind(**insert, values);
    if (auto s = db.exec(**insert); !s)
        return s.error();
    return (*insert)->lastInsertId().toLongLong();
}
} // namespace

Result<qint64> ContactStore::ensureInbox(const QString &e164, const QString &friendlyName)
{
    auto existing = findId(m_db, QStringLiteral("SELECT id FROM inboxes WHERE e164 = ?"), { e164 });
    if (!existing)
        return existing.error();
    if (*existing) {
        // The provider's name for the number, once known (messages create inboxes without).
        if (!friendlyName.isEmpty()) {
            auto rename = m_db.prepare(QStringLiteral(
                "UPDATE inboxes SET friendly_name = ? WHERE id = ? AND friendly_name IS NOT ?"));
            if (!rename)
                return rename.error();
            sql::bind(**rename, { friendlyName, **existing, friendlyName });
            if (auto s = m_db.exec(**rename); !s)
                return s.error();
        }
        return **existing;
    }
    return insertRow(
        m_db,
        QStringLiteral("INSERT INTO inboxes (e164, friendly_name, created_at) VALUES (?, ?, ?)"),
        { e164, sql::orNull(friendlyName), QDateTime::currentMSecsSinceEpoch() });
}

Result<qint64> ContactStore::ensureContact(const QString &e164, qint64 nowMs)
{
    auto existing
        = findId(m_db, QStringLiteral("SELECT id FROM contacts WHERE e164 = ?"), { e164 });
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    auto id = insertRow(
        m_db,
        QStringLiteral("INSERT INTO contacts (e164, created_at, updated_at) VALUES (?, ?, ?)"),
        { e164, nowMs, nowMs });
    if (!id)
        return id;
    if (auto s = reindex(*id, false); !s)
        return s.error();
    return id;
}

Result<qint64> ContactStore::ensureConversation(qint64 contactId, qint64 inboxId, qint64 nowMs)
{
    auto existing = findId(
        m_db, QStringLiteral("SELECT id FROM conversations WHERE contact_id = ? AND inbox_id = ?"),
        { contactId, inboxId });
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    // Its activity is its messages' (the first one written sets it), not the moment the cache
    // learnt of it: a first sync of old history must not put every conversation at "now".
    return insertRow(m_db,
                     QStringLiteral("INSERT INTO conversations (contact_id, inbox_id, "
                                    "last_activity_at, created_at) VALUES (?, ?, 0, ?)"),
                     { contactId, inboxId, nowMs });
}

Status ContactStore::setDisplayName(qint64 contactId, const QString &name, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    // External-content FTS forgets a row by being told its old text, so drop it first.
    if (auto s = reindex(contactId, true); !s)
        return s;
    auto update = m_db.prepare(
        QStringLiteral("UPDATE contacts SET display_name = ?, updated_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    sql::bind(**update, { sql::orNull(name), nowMs, contactId });
    if (auto s = m_db.exec(**update); !s)
        return s;
    if (auto s = reindex(contactId, false); !s)
        return s;
    return tx.commit();
}

// removeOld: delete the row's current terms from the index; otherwise add them.
Status ContactStore::reindex(qint64 contactId, bool removeOld)
{
    const QString sql = removeOld
        ? QStringLiteral("INSERT INTO contact_fts (contact_fts, rowid, display_name, given_name, "
                         "family_name, company, email) SELECT 'delete', id, display_name, "
                         "given_name, family_name, company, email FROM contacts WHERE id = ?")
        : QStringLiteral("INSERT INTO contact_fts (rowid, display_name, given_name, family_name, "
                         "company, email) SELECT id, display_name, given_name, family_name, "
                         "company, email FROM contacts WHERE id = ?");
    auto query = m_db.prepare(sql);
    if (!query)
        return query.error();
    sql::bind(**query, { contactId });
    return m_db.exec(**query);
}

Result<QList<ContactHit>> ContactStore::search(const QString &text, int limit)
{
    QList<ContactHit> hits;
    const QString digits = SearchQuery::digitsOf(text);
    // Names are typed as they come to mind: "mul" finds Mulder.
    const QString match = SearchQuery::toFts(text, SearchQuery::Prefix::LastTerm);
    auto readHits = [&](QSqlQuery &query) {
        while (query.next() && hits.size() < limit) {
            const qint64 id = query.value(0).toLongLong();
            if (std::any_of(hits.cbegin(), hits.cend(),
                            [id](const ContactHit &h) { return h.contactId == id; }))
                continue;
            hits.append({ id, query.value(1).toString(), query.value(2).toString() });
        }
        query.finish();
    };
    if (!match.isEmpty()) {
        auto query = m_db.prepare(QStringLiteral(
            "SELECT c.id, c.e164, c.display_name FROM contact_fts JOIN contacts c ON c.id = "
            "contact_fts.rowid WHERE contact_fts MATCH ? ORDER BY contact_fts.rowid DESC LIMIT ?"));
        if (!query)
            return query.error();
        sql::bind(**query, { match, limit });
        if (auto s = m_db.exec(**query); !s)
            return s.error();
        readHits(**query);
    }
    if (digits.size() >= 3 && hits.size() < limit) {
        auto query = m_db.prepare(QStringLiteral("SELECT id, e164, display_name FROM contacts "
                                                 "WHERE e164 LIKE ? ORDER BY id DESC LIMIT ?"));
        if (!query)
            return query.error();
        sql::bind(**query, { QString(QLatin1Char('%') + digits + QLatin1Char('%')), limit });
        if (auto s = m_db.exec(**query); !s)
            return s.error();
        readHits(**query);
    }
    return hits;
}

Result<qint64> ContactStore::findContact(const QString &e164)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id FROM contacts WHERE e164 = ?"));
    if (!query)
        return query.error();
    sql::bind(**query, { e164 });
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    const qint64 id = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    return id;
}

} // namespace textdesk
