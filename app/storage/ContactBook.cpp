#include "ContactBook.h"

#include "ContactStore.h"
#include "SqlHelpers.h"
#include "Statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace textdesk {

namespace {
const char *const kColumns[]
    = { "display_name", "given_name", "family_name", "email", "company", "notes", "uid" };

QString customJson(const QList<QPair<QString, QString>> &fields)
{
    QJsonObject object;
    for (const auto &[name, value] : fields) {
        if (!name.trimmed().isEmpty() && !value.isEmpty())
            object.insert(name.trimmed(), value);
    }
    return object.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> customFields(const QString &json)
{
    QList<QPair<QString, QString>> fields;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.append({ it.key(), it.value().toVariant().toString() });
    return fields;
}

QStringList cardValues(const ContactCard &c)
{
    return { c.displayName, c.givenName, c.familyName, c.email, c.company, c.notes, c.uid };
}

// Tags by name, ignoring case ("VIP" is the existing "vip"), created when new; loaded once.
class TagIds
{
public:
    explicit TagIds(Database &db)
        : m_db(db)
    { }
    Result<qint64> id(const QString &name)
    {
        if (!m_loaded) {
            auto query = m_db.prepare(QStringLiteral("SELECT id, name FROM tags ORDER BY id"));
            if (!query)
                return query.error();
            if (auto s = m_db.exec(**query); !s)
                return s.error();
            while ((*query)->next()) {
                const QString key = (*query)->value(1).toString().toCaseFolded();
                if (!m_ids.contains(key))
                    m_ids.insert(key, (*query)->value(0).toLongLong());
            }
            (*query)->finish();
            m_loaded = true;
        }
        const QString key = name.toCaseFolded();
        if (auto it = m_ids.constFind(key); it != m_ids.constEnd())
            return *it;
        auto insert = m_db.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
        if (!insert)
            return insert.error();
        sql::bind(**insert, { name });
        if (auto s = m_db.exec(**insert); !s)
            return s.error();
        const qint64 id = (*insert)->lastInsertId().toLongLong();
        m_ids.insert(key, id);
        return id;
    }

private:
    Database &m_db;
    bool m_loaded = false;
    QHash<QString, qint64> m_ids;
};

Result<QStringList> tagsOf(Database &db, qint64 contactId)
{
    auto query = db.prepare(QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id "
                                           "= ct.tag_id WHERE ct.contact_id = ? ORDER BY t.name"));
    if (!query)
        return query.error();
    sql::bind(**query, { contactId });
    if (auto s = db.exec(**query); !s)
        return s.error();
    QStringList tags;
    while ((*query)->next())
        tags << (*query)->value(0).toString();
    (*query)->finish();
    return tags;
}

Status linkTags(Database &db, TagIds &tags, qint64 contactId, const QStringList &names)
{
    auto link = db.statement(QStringLiteral(
        "INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    if (!link)
        return link.error();
    for (const QString &name : names) {
        auto id = tags.id(name);
        if (!id)
            return id.error();
        (*link)->bind(0, contactId);
        (*link)->bind(1, *id);
        if (auto s = (*link)->run(); !s)
            return s;
    }
    return success();
}

Status runOn(Database &db, const QString &sql, std::initializer_list<QVariant> values)
{
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    sql::bind(**query, values);
    return db.exec(**query);
}

// Writes the fields, custom fields and tags of a contact, keeping contact_fts current.
Status writeFields(Database &db, TagIds &tags, qint64 contactId, const QStringList &values,
                   const QString &custom, const QStringList &tagNames, qint64 nowMs)
{
    ContactStore store(db);
    if (auto s = store.reindex(contactId, true); !s)
        return s;
    auto update = db.statement(
        QStringLiteral("UPDATE contacts SET display_name = ?, given_name = ?, family_name = ?, "
                       "email = ?, company = ?, notes = ?, uid = ?, custom_fields = ?, "
                       "updated_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    for (int i = 0; i < values.size(); ++i)
        (*update)->bindOrNull(i, values.at(i));
    (*update)->bindOrNull(7, custom);
    (*update)->bind(8, nowMs);
    (*update)->bind(9, contactId);
    if (auto s = (*update)->run(); !s)
        return s;
    if (auto s = store.reindex(contactId, false); !s)
        return s;
    if (auto s
        = runOn(db, QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ?"), { contactId });
        !s)
        return s;
    return linkTags(db, tags, contactId, tagNames);
}

struct Existing
{
    qint64 id = 0;
    QStringList values; // kColumns' order
    QString custom;
};

Result<std::optional<Existing>> findContact(Database &db, const QString &e164)
{
    auto find = db.statement(
        QStringLiteral("SELECT id, display_name, given_name, family_name, email, company, notes, "
                       "uid, custom_fields FROM contacts WHERE e164 = ?"));
    if (!find)
        return find.error();
    Statement &q = **find;
    q.bind(0, e164);
    std::optional<Existing> found;
    const Statement::Step step = q.step();
    if (step == Statement::Step::Error) {
        const StorageError error = q.error();
        q.reset();
        return error;
    }
    if (step == Statement::Step::Row) {
        Existing e;
        e.id = q.int64(0);
        for (int i = 1; i <= 7; ++i)
            e.values << q.text(i);
        e.custom = q.text(8);
        found = e;
    }
    q.reset();
    return found;
}

Result<qint64> insertContact(Database &db, const ContactCard &card, qint64 nowMs)
{
    auto insert = db.statement(QStringLiteral(
        "INSERT INTO contacts (e164, display_name, given_name, family_name, email, company, "
        "notes, uid, custom_fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    if (!insert)
        return insert.error();
    Statement &q = **insert;
    q.bind(0, card.e164);
    const QStringList values = cardValues(card);
    for (int i = 0; i < values.size(); ++i)
        q.bindOrNull(i + 1, values.at(i));
    q.bindOrNull(8, customJson(card.customFields));
    q.bind(9, nowMs);
    q.bind(10, nowMs);
    if (auto s = q.run(); !s)
        return s.error();
    return q.lastInsertId(); // indexed for search at the end of the import, all at once
}

Status recordRow(Database &db, qint64 importId, qint64 contactId, const QString &before)
{
    auto insert = db.statement(QStringLiteral(
        "INSERT INTO contact_import_rows (import_id, contact_id, before) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    (*insert)->bind(0, importId);
    (*insert)->bind(1, contactId);
    if (before.isEmpty())
        (*insert)->bindNull(2);
    else
        (*insert)->bind(2, before);
    return (*insert)->run();
}

QString snapshot(const Existing &e, const QStringList &tags)
{
    QJsonObject o;
    for (int i = 0; i < e.values.size(); ++i)
        o.insert(QLatin1String(kColumns[i]), e.values.at(i));
    o.insert(QLatin1String("custom_fields"), e.custom);
    o.insert(QLatin1String("tags"), QJsonArray::fromStringList(tags));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Result<ContactImportOutcome> ContactBook::import(Database &db, const QList<ContactCard> &cards,
                                                 const QString &source, const QString &format,
                                                 qint64 nowMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    ContactImportOutcome outcome;
    auto batch = db.prepare(QStringLiteral(
        "INSERT INTO contact_imports (source, format, imported_at) VALUES (?, ?, ?)"));
    if (!batch)
        return batch.error();
    sql::bind(**batch, { source, format, nowMs });
    if (auto s = db.exec(**batch); !s)
        return s.error();
    outcome.importId = (*batch)->lastInsertId().toLongLong();

    auto maxBefore = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts"));
    if (!maxBefore)
        return maxBefore.error();
    TagIds tags(db);
    for (const ContactCard &card : cards) {
        auto existing = findContact(db, card.e164);
        if (!existing)
            return existing.error();
        if (!*existing) {
            auto id = insertContact(db, card, nowMs);
            if (!id)
                return id.error();
            if (auto s = linkTags(db, tags, *id, card.tags); !s)
                return s.error();
            if (auto s = recordRow(db, outcome.importId, *id, {}); !s)
                return s.error();
            ++outcome.added;
            continue;
        }
        const Existing &e = **existing;
        auto before = tagsOf(db, e.id);
        if (!before)
            return before.error();
        ContactCard merged;
        merged.displayName = e.values.at(0);
        merged.givenName = e.values.at(1);
        merged.familyName = e.values.at(2);
        merged.email = e.values.at(3);
        merged.company = e.values.at(4);
        merged.notes = e.values.at(5);
        merged.uid = e.values.at(6);
        merged.tags = *before;
        merged.customFields = customFields(e.custom);
        merged.mergeFrom(card);
        if (auto s = recordRow(db, outcome.importId, e.id, snapshot(e, *before)); !s)
            return s.error();
        if (auto s = writeFields(db, tags, e.id, cardValues(merged),
                                 customJson(merged.customFields), merged.tags, nowMs);
            !s)
            return s.error();
        ++outcome.merged;
    }
    // The new contacts' words in one statement: FTS5 then builds one segment, not 100,000.
    if (auto s = runOn(db,
                       QStringLiteral("INSERT INTO contact_fts (rowid, display_name, given_name, "
                                      "family_name, company, email) SELECT id, display_name, "
                                      "given_name, family_name, company, email FROM contacts "
                                      "WHERE id > ?"),
                       { maxBefore->toLongLong() });
        !s)
        return s.error();
    if (auto s
        = runOn(db, QStringLiteral("UPDATE contact_imports SET added = ?, merged = ? WHERE id = ?"),
                { outcome.added, outcome.merged, outcome.importId });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status ContactBook::undo(Database &db, qint64 importId, qint64 nowMs)
{
    auto undone = db.scalar(QStringLiteral("SELECT coalesce(undone_at, 0) FROM contact_imports "
                                           "WHERE id = ?"),
                            { importId });
    if (!undone)
        return undone.error();
    if (!undone->isValid() || undone->isNull())
        return StorageError(StorageError::Kind::InvalidInput, db.path(),
                            tr("There is no import number %1.").arg(importId));
    if (undone->toLongLong() != 0)
        return StorageError(StorageError::Kind::InvalidInput, db.path(),
                            tr("Import %1 was undone already.").arg(importId));
    auto later = db.scalar(
        QStringLiteral("SELECT coalesce(max(r2.import_id), 0) FROM contact_import_rows r1 JOIN "
                       "contact_import_rows r2 ON r2.contact_id = r1.contact_id AND r2.import_id "
                       "> r1.import_id JOIN contact_imports i ON i.id = r2.import_id AND "
                       "i.undone_at IS NULL WHERE r1.import_id = ?"),
        { importId });
    if (!later)
        return later.error();
    if (later->toLongLong() != 0)
        return StorageError(StorageError::Kind::InvalidInput, db.path(),
                            tr("Import %1 changed some of the same customers later. Undo import "
                               "%1 first.")
                                .arg(later->toLongLong()));

    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto rows = db.prepareOwned(QStringLiteral(
        "SELECT r.contact_id, r.before, (SELECT count(*) FROM conversations c WHERE c.contact_id "
        "= r.contact_id) FROM contact_import_rows r WHERE r.import_id = ?"));
    if (!rows)
        return rows.error();
    sql::bind(**rows, { importId });
    if (auto s = db.exec(**rows); !s)
        return s;
    struct Row
    {
        qint64 contactId;
        QString before;
        bool hasConversations;
    };
    QList<Row> list;
    while ((*rows)->next())
        list.append({ (*rows)->value(0).toLongLong(), (*rows)->value(1).toString(),
                      (*rows)->value(2).toLongLong() > 0 });
    (*rows)->finish();

    TagIds tags(db);
    ContactStore store(db);
    for (const Row &row : std::as_const(list)) {
        if (row.before.isEmpty() && !row.hasConversations) {
            if (auto s = store.reindex(row.contactId, true); !s)
                return s;
            if (auto s
                = runOn(db, QStringLiteral("DELETE FROM contacts WHERE id = ?"), { row.contactId });
                !s)
                return s;
            continue;
        }
        // Created by the import but written to since: kept, with nothing the file gave it.
        const QJsonObject o = QJsonDocument::fromJson(row.before.toUtf8()).object();
        QStringList values;
        for (const char *column : kColumns)
            values << o.value(QLatin1String(column)).toString();
        if (auto s = writeFields(db, tags, row.contactId, values,
                                 o.value(QLatin1String("custom_fields")).toString(),
                                 o.value(QLatin1String("tags")).toVariant().toStringList(), nowMs);
            !s)
            return s;
    }
    if (auto s = runOn(db, QStringLiteral("UPDATE contact_imports SET undone_at = ? WHERE id = ?"),
                       { nowMs, importId });
        !s)
        return s;
    return tx.commit();
}

Result<QList<ContactImportBatch>> ContactBook::imports(Database &db)
{
    auto query = db.prepare(QStringLiteral("SELECT id, source, format, added, merged, imported_at, "
                                           "coalesce(undone_at, 0) FROM contact_imports ORDER BY "
                                           "id"));
    if (!query)
        return query.error();
    if (auto s = db.exec(**query); !s)
        return s.error();
    QList<ContactImportBatch> list;
    while ((*query)->next()) {
        const QSqlQuery &q = **query;
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toInt(), q.value(4).toInt(), q.value(5).toLongLong(),
                      q.value(6).toLongLong() });
    }
    (*query)->finish();
    return list;
}

Result<QList<ContactCard>> ContactBook::all(Database &db)
{
    auto withIds = allWithIds(db);
    if (!withIds)
        return withIds.error();
    QList<ContactCard> cards;
    cards.reserve(withIds->size());
    for (const auto &[id, card] : std::as_const(*withIds))
        cards << card;
    return cards;
}

Result<QList<QPair<qint64, ContactCard>>> ContactBook::allWithIds(Database &db)
{
    QHash<qint64, QStringList> tagsById;
    auto tagQuery = db.prepareOwned(QStringLiteral(
        "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id ORDER "
        "BY ct.contact_id, t.name"));
    if (!tagQuery)
        return tagQuery.error();
    if (auto s = db.exec(**tagQuery); !s)
        return s.error();
    while ((*tagQuery)->next())
        tagsById[(*tagQuery)->value(0).toLongLong()] << (*tagQuery)->value(1).toString();
    (*tagQuery)->finish();

    auto query = db.prepareOwned(
        QStringLiteral("SELECT id, e164, display_name, given_name, family_name, email, company, "
                       "notes, uid, custom_fields FROM contacts ORDER BY id"));
    if (!query)
        return query.error();
    if (auto s = db.exec(**query); !s)
        return s.error();
    QList<QPair<qint64, ContactCard>> cards;
    while ((*query)->next()) {
        const QSqlQuery &q = **query;
        ContactCard c;
        c.e164 = q.value(1).toString();
        c.displayName = q.value(2).toString();
        c.givenName = q.value(3).toString();
        c.familyName = q.value(4).toString();
        c.email = q.value(5).toString();
        c.company = q.value(6).toString();
        c.notes = q.value(7).toString();
        c.uid = q.value(8).toString();
        c.customFields = customFields(q.value(9).toString());
        c.tags = tagsById.value(q.value(0).toLongLong());
        cards.append({ q.value(0).toLongLong(), c });
    }
    (*query)->finish();
    return cards;
}

Result<qint64> ContactBook::insertCard(Database &db, const ContactCard &card, qint64 nowMs)
{
    auto id = insertContact(db, card, nowMs);
    if (!id)
        return id.error();
    TagIds tags(db);
    if (auto s = linkTags(db, tags, *id, card.tags); !s)
        return s.error();
    if (auto s = ContactStore(db).reindex(*id, false); !s)
        return s.error();
    return *id;
}

Status ContactBook::replaceCard(Database &db, qint64 contactId, const ContactCard &card,
                                qint64 nowMs)
{
    if (auto s
        = runOn(db, QStringLiteral("UPDATE contacts SET e164 = ? WHERE id = ? AND e164 <> ?"),
                { card.e164, contactId, card.e164 });
        !s)
        return s;
    TagIds tags(db);
    return writeFields(db, tags, contactId, cardValues(card), customJson(card.customFields),
                       card.tags, nowMs);
}

Result<bool> ContactBook::removeUnlessTalkedTo(Database &db, qint64 contactId)
{
    auto talked = db.scalar(
        QStringLiteral("SELECT count(*) FROM conversations WHERE contact_id = ?"), { contactId });
    if (!talked)
        return talked.error();
    if (talked->toLongLong() > 0)
        return false;
    if (auto s = ContactStore(db).reindex(contactId, true); !s)
        return s.error();
    if (auto s = runOn(db, QStringLiteral("DELETE FROM contacts WHERE id = ?"), { contactId }); !s)
        return s.error();
    return true;
}

} // namespace textdesk
