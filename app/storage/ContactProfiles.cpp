#include "ContactProfiles.h"

#include "ContactStore.h"
#include "SqlHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace textdesk {

namespace {
bool lessIgnoringCase(const QString &a, const QString &b)
{
    const int c = a.compare(b, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a < b;
}

QList<QPair<QString, QString>> customFieldsFromJson(const QString &text, qint64 contactId)
{
    QList<QPair<QString, QString>> fields;
    if (text.isEmpty())
        return fields;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject()) {
        // Written by hand or by an older tool: shown as none rather than failing the profile.
        qCWarning(lcStorage) << "contact" << contactId
                             << "has unreadable custom fields:" << error.errorString();
        return fields;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value
            = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        fields.append({ it.key(), value });
    }
    return fields;
}

// NULL when there are none, so that "no custom fields" is one value in the cache.
QVariant customFieldsToJson(const QList<QPair<QString, QString>> &fields)
{
    QJsonObject object;
    for (const auto &[key, value] : fields) {
        const QString name = key.trimmed();
        if (!name.isEmpty() && !object.contains(name))
            object.insert(name, value);
    }
    if (object.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status loadTags(Database &db, ContactProfile &profile)
{
    auto query = db.prepare(QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id "
                                           "= ct.tag_id WHERE ct.contact_id = ?"));
    if (!query)
        return query.error();
    sql::bind(**query, { profile.id });
    if (auto s = db.exec(**query); !s)
        return s;
    while ((*query)->next())
        profile.tags.append((*query)->value(0).toString());
    (*query)->finish();
    std::sort(profile.tags.begin(), profile.tags.end(), lessIgnoringCase);
    return success();
}

// The latest consent event speaks for the contact, unless the contact's own columns were
// changed later without one (an import, a repair).
Status loadConsent(Database &db, ContactProfile &profile)
{
    auto query = db.prepare(
        QStringLiteral("SELECT state, keyword, source, occurred_at FROM consent_events WHERE "
                       "contact_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 1"));
    if (!query)
        return query.error();
    sql::bind(**query, { profile.id });
    if (auto s = db.exec(**query); !s)
        return s;
    if ((*query)->next()) {
        const qint64 occurredAt = (*query)->value(3).toLongLong();
        if (occurredAt >= profile.consentChangedAt) {
            profile.consentState = (*query)->value(0).toString();
            profile.consentKeyword = (*query)->value(1).toString();
            profile.consentSource = (*query)->value(2).toString();
            profile.consentChangedAt = occurredAt;
        }
    }
    (*query)->finish();
    return success();
}

Result<qint64> tagId(Database &db, const QString &name)
{
    // "VIP" typed for an existing "vip" is the same tag, not a second one.
    auto find = db.prepare(QStringLiteral(
        "SELECT id FROM tags WHERE name = ? COLLATE NOCASE ORDER BY name = ? DESC, id LIMIT 1"));
    if (!find)
        return find.error();
    sql::bind(**find, { name, name });
    if (auto s = db.exec(**find); !s)
        return s.error();
    if ((*find)->next()) {
        const qint64 id = (*find)->value(0).toLongLong();
        (*find)->finish();
        return id;
    }
    (*find)->finish();
    auto insert = db.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
    if (!insert)
        return insert.error();
    sql::bind(**insert, { name });
    if (auto s = db.exec(**insert); !s)
        return s.error();
    return (*insert)->lastInsertId().toLongLong();
}

// Links the contact to exactly these tags. Tags left without contacts stay: they are the
// workspace's vocabulary (with their colours), not the contact's.
Status saveTags(Database &db, qint64 contactId, const QStringList &tags)
{
    QSet<qint64> wanted;
    auto link = db.prepare(QStringLiteral(
        "INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    if (!link)
        return link.error();
    for (const QString &tag : tags) {
        auto id = tagId(db, tag);
        if (!id)
            return id.error();
        wanted.insert(*id);
        sql::bind(**link, { contactId, *id });
        if (auto s = db.exec(**link); !s)
            return s;
    }

    auto linked
        = db.prepare(QStringLiteral("SELECT tag_id FROM contact_tags WHERE contact_id = ?"));
    if (!linked)
        return linked.error();
    sql::bind(**linked, { contactId });
    if (auto s = db.exec(**linked); !s)
        return s;
    QList<qint64> stale;
    while ((*linked)->next()) {
        const qint64 id = (*linked)->value(0).toLongLong();
        if (!wanted.contains(id))
            stale.append(id);
    }
    (*linked)->finish();

    auto unlink = db.prepare(
        QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ? AND tag_id = ?"));
    if (!unlink)
        return unlink.error();
    for (qint64 id : std::as_const(stale)) {
        sql::bind(**unlink, { contactId, id });
        if (auto s = db.exec(**unlink); !s)
            return s;
    }
    return success();
}
} // namespace

QString ContactProfiles::emailProblem(const QString &email)
{
    const QString address = email.trimmed();
    if (address.isEmpty())
        return {};
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    const qsizetype dot = at < 0 ? -1 : address.indexOf(QLatin1Char('.'), at + 2);
    if (at <= 0 || dot < 0 || dot == address.size() - 1 || address.contains(QLatin1Char(' ')))
        return tr("“%1” is not an email address. Check it has the form name@example.com.")
            .arg(address);
    return {};
}

QStringList ContactProfiles::normalizedTags(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        result.append(name);
    }
    std::sort(result.begin(), result.end(), lessIgnoringCase);
    return result;
}

Result<ContactProfile> ContactProfiles::load(Database &db, qint64 contactId)
{
    auto query = db.prepare(QStringLiteral(
        "SELECT e164, display_name, given_name, family_name, email, company, notes, "
        "custom_fields, consent_state, consent_changed_at, updated_at FROM contacts WHERE id = ?"));
    if (!query)
        return query.error();
    sql::bind(**query, { contactId });
    if (auto s = db.exec(**query); !s)
        return s.error();
    if (!(*query)->next()) {
        (*query)->finish();
        return StorageError(StorageError::Kind::InvalidInput, db.path(),
                            tr("This customer is no longer in the cache."));
    }
    const QSqlQuery &q = **query;
    ContactProfile profile;
    profile.id = contactId;
    profile.e164 = q.value(0).toString();
    profile.displayName = q.value(1).toString();
    profile.givenName = q.value(2).toString();
    profile.familyName = q.value(3).toString();
    profile.email = q.value(4).toString();
    profile.company = q.value(5).toString();
    profile.notes = q.value(6).toString();
    const QString customFields = q.value(7).toString();
    profile.consentState = q.value(8).toString();
    profile.consentChangedAt = q.value(9).toLongLong();
    profile.updatedAt = q.value(10).toLongLong();
    (*query)->finish();
    profile.customFields = customFieldsFromJson(customFields, contactId);

    if (auto s = loadTags(db, profile); !s)
        return s.error();
    if (auto s = loadConsent(db, profile); !s)
        return s.error();
    return profile;
}

Result<QList<ContactConversation>> ContactProfiles::conversations(Database &db, qint64 contactId)
{
    auto query = db.prepare(QStringLiteral(
        "SELECT c.id, i.e164, i.friendly_name, c.status, c.last_message_preview, "
        "c.last_activity_at, c.message_count FROM conversations c JOIN inboxes i ON i.id = "
        "c.inbox_id WHERE c.contact_id = ? ORDER BY c.last_activity_at DESC, c.id DESC"));
    if (!query)
        return query.error();
    sql::bind(**query, { contactId });
    if (auto s = db.exec(**query); !s)
        return s.error();
    QList<ContactConversation> list;
    while ((*query)->next()) {
        const QSqlQuery &q = **query;
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                      q.value(6).toInt() });
    }
    (*query)->finish();
    return list;
}

Status ContactProfiles::save(Database &db, const ContactProfile &profile, qint64 nowMs)
{
    if (const QString problem = emailProblem(profile.email); !problem.isEmpty())
        return StorageError(StorageError::Kind::InvalidInput, db.path(), problem);

    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    ContactStore contacts(db);
    if (auto s = contacts.reindex(profile.id, true); !s)
        return s;
    auto update = db.prepare(QStringLiteral(
        "UPDATE contacts SET display_name = ?, given_name = ?, family_name = ?, email = ?, "
        "company = ?, notes = ?, custom_fields = ?, updated_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    sql::bind(**update,
              { sql::orNull(profile.displayName.trimmed()),
                sql::orNull(profile.givenName.trimmed()), sql::orNull(profile.familyName.trimmed()),
                sql::orNull(profile.email.trimmed()), sql::orNull(profile.company.trimmed()),
                sql::orNull(profile.notes), customFieldsToJson(profile.customFields), nowMs,
                profile.id });
    if (auto s = db.exec(**update); !s)
        return s;
    if ((*update)->numRowsAffected() != 1) {
        return StorageError(StorageError::Kind::InvalidInput, db.path(),
                            tr("This customer is no longer in the cache, so the change was not "
                               "saved."));
    }
    if (auto s = contacts.reindex(profile.id, false); !s)
        return s;
    if (auto s = saveTags(db, profile.id, normalizedTags(profile.tags)); !s)
        return s;
    return tx.commit();
}

} // namespace textdesk
