#include "Erasure.h"

#include "ContactProfiles.h"
#include "ContactStore.h"
#include "SqlHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace textdesk {

namespace {
// The contact's conversations, as a subquery bound to the contact's id.
const char kConversations[] = "(SELECT id FROM conversations WHERE contact_id = ?)";
const char kMessages[] = "(SELECT m.id FROM messages m JOIN conversations c ON c.id = "
                         "m.conversation_id WHERE c.contact_id = ?)";

Result<int> countOf(Database &db, const QString &sql, qint64 contactId)
{
    auto v = db.scalar(sql, { contactId });
    if (!v)
        return v.error();
    return v->toInt();
}

Status runOn(Database &db, const QString &sql, const QVariantList &values)
{
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    for (int i = 0; i < values.size(); ++i)
        (*query)->bindValue(i, values.at(i));
    return db.exec(**query);
}
} // namespace

Result<ErasureCounts> Erasure::preview(Database &db, const QString &e164)
{
    auto query = db.prepare(QStringLiteral("SELECT id, display_name FROM contacts WHERE e164 = ?"));
    if (!query)
        return query.error();
    sql::bind(**query, { e164 });
    if (auto s = db.exec(**query); !s)
        return s.error();
    ErasureCounts counts;
    if ((*query)->next()) {
        counts.contactId = (*query)->value(0).toLongLong();
        counts.displayName = (*query)->value(1).toString();
    }
    (*query)->finish();
    if (!counts.contactId)
        return StorageError(StorageError::Kind::InvalidInput, db.path(),
                            tr("No customer with the number %1 is in this workspace.").arg(e164));
    const QString convs = QLatin1String(kConversations);
    const QString msgs = QLatin1String(kMessages);
    const struct
    {
        int ErasureCounts::*field;
        QString sql;
    } queries[] = {
        { &ErasureCounts::conversations,
          QStringLiteral("SELECT count(*) FROM conversations WHERE contact_id = ?") },
        { &ErasureCounts::messages,
          QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id IN ") + convs },
        { &ErasureCounts::drafts,
          QStringLiteral("SELECT count(*) FROM drafts WHERE conversation_id IN ") + convs },
        { &ErasureCounts::outbox,
          QStringLiteral("SELECT count(*) FROM outbox WHERE conversation_id IN ") + convs },
        { &ErasureCounts::surveyAnswers,
          QStringLiteral("SELECT count(*) FROM survey_responses WHERE contact_id = ?") },
        { &ErasureCounts::consentEvents,
          QStringLiteral("SELECT count(*) FROM consent_events WHERE contact_id = ?") },
    };
    for (const auto &q : queries) {
        auto n = countOf(db, q.sql, counts.contactId);
        if (!n)
            return n.error();
        counts.*(q.field) = *n;
    }
    // A file is content-addressed: another customer's message may use the same one.
    auto files = db.prepare(
        QStringLiteral("SELECT DISTINCT p FROM (SELECT local_path AS p FROM media WHERE "
                       "message_id IN %1 UNION SELECT thumbnail_path FROM media WHERE message_id "
                       "IN %1) WHERE p IS NOT NULL AND p <> '' AND NOT EXISTS (SELECT 1 FROM "
                       "media o WHERE (o.local_path = p OR o.thumbnail_path = p) AND o.message_id "
                       "NOT IN %1)")
            .arg(msgs));
    if (!files)
        return files.error();
    sql::bind(**files, { counts.contactId, counts.contactId, counts.contactId });
    if (auto s = db.exec(**files); !s)
        return s.error();
    while ((*files)->next())
        counts.mediaPaths << (*files)->value(0).toString();
    (*files)->finish();
    counts.mediaFiles = int(counts.mediaPaths.size());
    return counts;
}

Result<ErasureCounts> Erasure::erase(Database &db, const QString &e164,
                                     const QString &mediaDirectory, const QString &actor,
                                     qint64 nowMs)
{
    // Set outside the transaction and for this operation only: zeroing freed bytes costs writes.
    auto before = db.scalar(QStringLiteral("PRAGMA secure_delete"));
    if (!before)
        return before.error();
    if (auto s = db.execOnce(QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s.error();
    struct Restore
    {
        Database &db;
        int value;
        ~Restore() { (void)db.execOnce(QStringLiteral("PRAGMA secure_delete = %1").arg(value)); }
    } restore { db, before->toInt() };

    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    auto counts = preview(db, e164);
    if (!counts)
        return counts;
    const qint64 id = counts->contactId;
    // The consent history's last word, as the profile reads it: proof of an opt-out.
    auto profile = ContactProfiles::load(db, id);
    if (!profile)
        return profile.error();
    const QString consent = profile->consentState;
    const QString convs = QLatin1String(kConversations);
    const QString msgs = QLatin1String(kMessages);
    const QList<std::pair<QString, QVariantList>> steps = {
        // External-content FTS forgets a row only when told its words.
        { QStringLiteral("INSERT INTO message_fts (message_fts, rowid, body) SELECT 'delete', id, "
                         "body FROM messages WHERE conversation_id IN ")
              + convs,
          { id } },
        { QStringLiteral("DELETE FROM timers WHERE fired_at IS NULL AND ((kind = 'snooze' AND "
                         "subject IN %1) OR (kind LIKE 'survey-%' AND subject IN (SELECT id FROM "
                         "survey_responses WHERE contact_id = ?)))")
              .arg(convs),
          { id, id } },
        { QStringLiteral("DELETE FROM survey_responses WHERE contact_id = ?"), { id } },
        { QStringLiteral("DELETE FROM outbox WHERE conversation_id IN ") + convs, { id } },
        { QStringLiteral("DELETE FROM drafts WHERE conversation_id IN ") + convs, { id } },
        { QStringLiteral("DELETE FROM media WHERE message_id IN ") + msgs, { id } },
        { QStringLiteral("DELETE FROM messages WHERE conversation_id IN ") + convs, { id } },
        { QStringLiteral("DELETE FROM conversations WHERE contact_id = ?"), { id } },
        { QStringLiteral("DELETE FROM consent_events WHERE contact_id = ?"), { id } },
    };
    for (const auto &[sql, values] : steps) {
        if (auto s = runOn(db, sql, values); !s)
            return s.error();
    }
    if (auto s = ContactStore(db).reindex(id, true); !s)
        return s.error();
    // Tags and import records go with the contact (ON DELETE CASCADE).
    if (auto s = runOn(db, QStringLiteral("DELETE FROM contacts WHERE id = ?"), { id }); !s)
        return s.error();
    // Deleted rows' words stay in older FTS5 segments until they are merged into one.
    for (const char *table : { "message_fts", "contact_fts" }) {
        if (auto s = db.execOnce(
                QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(QLatin1String(table)));
            !s)
            return s.error();
    }
    QJsonObject details {
        { QStringLiteral("number_sha256"),
          QString::fromLatin1(
              QCryptographicHash::hash(e164.toUtf8(), QCryptographicHash::Sha256).toHex()) },
        { QStringLiteral("conversations"), counts->conversations },
        { QStringLiteral("messages"), counts->messages },
        { QStringLiteral("media_files"), counts->mediaFiles },
        { QStringLiteral("drafts"), counts->drafts },
        { QStringLiteral("outbox"), counts->outbox },
        { QStringLiteral("survey_answers"), counts->surveyAnswers },
        { QStringLiteral("consent_events"), counts->consentEvents },
        { QStringLiteral("consent_state"), consent }
    };
    if (auto s
        = runOn(db,
                QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, "
                               "subject_type, subject_id, details) VALUES (?, ?, "
                               "'erase-customer', 'contact', ?, ?)"),
                { nowMs, actor, id,
                  QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) });
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();

    // The old pages are in the file until a checkpoint writes the zeroed ones over them; the
    // WAL's older frames still hold the words until it is truncated.
    if (db.isWal()) {
        if (auto s = db.execOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
            return s.error();
    }
    const QDir media(mediaDirectory);
    for (const QString &path : std::as_const(counts->mediaPaths)) {
        if (!mediaDirectory.isEmpty())
            QFile::remove(media.filePath(path));
    }
    return counts;
}

} // namespace textdesk
