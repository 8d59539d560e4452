#include "Outbox.h"

#include "MediaFetcher.h"
#include "MediaType.h"
#include "MessageWriter.h"
#include "phone/PhoneNumbers.h"
#include "sms/SegmentCounter.h"
#include "storage/Consent.h"
#include "storage/ContactStore.h"
#include "storage/MessageStore.h"
#include "storage/SqlHelpers.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>
#include <QtCore/QUuid>

namespace textdesk::sync {

namespace {

constexpr Database::Durability kFull = Database::Durability::Full;
// The provider's "Attempt to send to unsubscribed recipient".
constexpr int kUnsubscribedRecipient = 21610;

const char kEntryColumns[]
    = "id, client_id, message_id, conversation_id, to_e164, from_e164, body, state, attempts, "
      "next_attempt_at, last_error_code, last_error, provider_sid, created_at, updated_at, "
      "media_paths";

QList<OutboxMedia> mediaFromJson(const QString &text)
{
    QList<OutboxMedia> media;
    if (text.isEmpty())
        return media;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        media.append(OutboxMedia::fromJson(value.toObject()));
    return media;
}

QString mediaToJson(const QList<OutboxMedia> &media)
{
    QJsonArray array;
    for (const OutboxMedia &item : media)
        array.append(item.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.clientId = q.value(1).toString();
    e.messageId = q.value(2).toLongLong();
    e.conversationId = q.value(3).toLongLong();
    e.to = q.value(4).toString();
    e.from = q.value(5).toString();
    e.body = q.value(6).toString();
    e.state = outboxStateFromString(q.value(7).toString());
    e.attempts = q.value(8).toInt();
    e.nextAttemptAt = q.value(9).toLongLong();
    e.lastErrorCode = q.value(10).toInt();
    e.lastError = q.value(11).toString();
    e.providerSid = q.value(12).toString();
    e.createdAt = q.value(13).toLongLong();
    e.updatedAt = q.value(14).toLongLong();
    e.media = mediaFromJson(q.value(15).toString());
    return e;
}

Result<QList<OutboxEntry>> selectEntries(Database &db, const QString &where,
                                         const QVariantList &bind)
{
    auto query = db.prepare(
        QStringLiteral("SELECT %1 FROM outbox %2").arg(QLatin1String(kEntryColumns), where));
    if (!query)
        return query.error();
    for (int i = 0; i < bind.size(); ++i)
        (*query)->bindValue(i, bind.at(i));
    if (auto s = db.exec(**query); !s)
        return s.error();
    QList<OutboxEntry> entries;
    while ((*query)->next())
        entries.append(readEntry(**query));
    (*query)->finish();
    return entries;
}

} // namespace

QString outboxStateToString(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Submitting:
        return QStringLiteral("submitting");
    case OutboxState::Uncertain:
        return QStringLiteral("uncertain");
    case OutboxState::Accepted:
        return QStringLiteral("accepted");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

OutboxState outboxStateFromString(QStringView text)
{
    if (text == u"submitting")
        return OutboxState::Submitting;
    if (text == u"uncertain")
        return OutboxState::Uncertain;
    if (text == u"accepted")
        return OutboxState::Accepted;
    if (text == u"failed")
        return OutboxState::Failed;
    return OutboxState::Pending;
}

QJsonObject OutboxMedia::toJson() const
{
    QJsonObject object { { QStringLiteral("path"), localPath },
                         { QStringLiteral("type"), contentType },
                         { QStringLiteral("size"), size } };
    if (!url.isEmpty())
        object.insert(QStringLiteral("url"), url.toString(QUrl::FullyEncoded));
    return object;
}

OutboxMedia OutboxMedia::fromJson(const QJsonObject &object)
{
    OutboxMedia media;
    media.localPath = object.value(QLatin1String("path")).toString();
    media.contentType = object.value(QLatin1String("type")).toString();
    media.size = object.value(QLatin1String("size")).toInteger();
    media.url = QUrl(object.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    return media;
}

Outbox::Outbox(Database &db, QString defaultRegion, QString mediaDirectory)
    : m_db(db)
    , m_region(defaultRegion.isEmpty() ? PhoneNumbers::systemRegion() : std::move(defaultRegion))
    , m_mediaDirectory(std::move(mediaDirectory))
{ }

bool Outbox::storeAttachments(const QStringList &paths, QList<OutboxMedia> *media, QString *error)
{
    if (paths.isEmpty())
        return true;
    if (paths.size() > kMaxMedia) {
        *error = tr("A message can carry at most %1 files; this one has %2.")
                     .arg(kMaxMedia)
                     .arg(paths.size());
        return false;
    }
    if (m_mediaDirectory.isEmpty()) {
        *error = tr("This workspace has no media folder, so files cannot be sent.");
        return false;
    }
    qint64 total = 0;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2.").arg(name, file.errorString());
            return false;
        }
        if (file.size() > kMaxImageBytes) {
            *error = tr("%1 is %2 MB; a message can carry at most 5 MB.")
                         .arg(name)
                         .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1);
            return false;
        }
        const QByteArray bytes = file.readAll();
        const MediaType type = sniffMediaType(bytes);
        if (bytes.isEmpty() || !type.isKnown()) {
            *error = bytes.isEmpty()
                ? tr("%1 is empty.").arg(name)
                : tr("%1 is not a kind of file that can be sent by MMS (pictures, video, audio, "
                     "PDF, contact cards and calendar entries can).")
                      .arg(name);
            return false;
        }
        const bool image = type.mimeType == QLatin1String("image/jpeg")
            || type.mimeType == QLatin1String("image/png")
            || type.mimeType == QLatin1String("image/gif");
        if (!image && bytes.size() > kMaxOtherBytes) {
            *error = tr("%1 is %2 KB; files other than JPEG, PNG and GIF pictures can be at most "
                        "500 KB.")
                         .arg(name)
                         .arg(bytes.size() / 1024);
            return false;
        }
        total += bytes.size();
        if (total > kMaxImageBytes) {
            *error = tr("Together the files are over 5 MB, the most a message can carry. Send "
                        "some of them in a second message.");
            return false;
        }
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString relative = MediaFetcher::relativePathFor(sha, type.extension);
        const QString target = m_mediaDirectory + QLatin1Char('/') + relative;
        if (!(QFileInfo(target).exists() && QFileInfo(target).size() == bytes.size())) {
            QDir().mkpath(QFileInfo(target).absolutePath());
            QSaveFile copy(target);
            if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size()
                || !copy.commit()) {
                *error = copy.error() == QFileDevice::ResourceError
                    ? tr("There is not enough free disk space to keep a copy of %1. Free some "
                         "space and send again.")
                          .arg(name)
                    : tr("Cannot copy %1 into the media folder: %2.").arg(name, copy.errorString());
                return false;
            }
        }
        media->append({ relative, type.mimeType, bytes.size(), {} });
    }
    return true;
}

EnqueueResult Outbox::enqueue(const OutboxRequest &request, qint64 nowMs)
{
    EnqueueResult result;
    const auto fail = [&result](EnqueueResult::Error error, QString message) {
        result.error = error;
        result.errorMessage = std::move(message);
        return result;
    };
    const PhoneNumbers::Parsed to = PhoneNumbers::toE164(request.to, m_region);
    if (!to.ok())
        return fail(EnqueueResult::Error::InvalidNumber, to.error);
    // Our side is whatever the provider calls the number (E.164, a short code): not reparsed.
    const QString from = request.from.trimmed();
    if (from.isEmpty())
        return fail(EnqueueResult::Error::InvalidSender, tr("Choose the number to send from."));
    if (request.body.trimmed().isEmpty() && request.attachments.isEmpty())
        return fail(EnqueueResult::Error::EmptyBody, tr("The message is empty."));
    // The provider counts characters, not UTF-16 units (an emoji is one).
    const qsizetype chars = request.body.toUcs4().size();
    if (chars > kMaxBodyChars) {
        return fail(EnqueueResult::Error::TooLong,
                    tr("The message has %1 characters; at most %2 can be sent. Shorten it or "
                       "split it.")
                        .arg(chars)
                        .arg(kMaxBodyChars));
    }

    // The files first: on disk (synced) before the row that promises them.
    QList<OutboxMedia> media;
    if (QString problem; !storeAttachments(request.attachments, &media, &problem))
        return fail(EnqueueResult::Error::BadAttachment, problem);

    const auto storageFailed = [&fail](const StorageError &error) {
        EnqueueResult r = fail(EnqueueResult::Error::Storage, error.message());
        return r;
    };
    Transaction tx(m_db, kFull);
    if (!tx.status())
        return storageFailed(tx.status().error());
    ContactStore contacts(m_db);
    auto inbox = contacts.ensureInbox(from);
    if (!inbox)
        return storageFailed(inbox.error());
    auto contact = contacts.ensureContact(to.e164, nowMs);
    if (!contact)
        return storageFailed(contact.error());
    auto conversation = contacts.ensureConversation(*contact, *inbox, nowMs);
    if (!conversation)
        return storageFailed(conversation.error());

    const sms::SegmentInfo segments = sms::analyse(request.body);
    MessageRecord message;
    message.conversationId = *conversation;
    message.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.direction = Direction::Outbound;
    message.body = request.body;
    message.status = QStringLiteral("pending");
    message.numSegments = std::max(1, segments.segments);
    message.encoding = segments.encoding == sms::Encoding::Gsm7 ? QStringLiteral("gsm7")
                                                                : QStringLiteral("ucs2");
    message.numMedia = int(media.size());
    message.authorId = request.authorId;
    message.createdAt = nowMs;
    message.updatedAt = nowMs;
    MessageStore messages(m_db);
    if (auto written = messages.upsert(message); !written)
        return storageFailed(written.error());

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO outbox (client_id, message_id, conversation_id, to_e164, from_e164, body, "
        "media_paths, state, attempts, next_attempt_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)"));
    if (!insert)
        return storageFailed(insert.error());
    sql::bind(**insert,
              { message.clientId, message.id, message.conversationId, to.e164, from,
                sql::notNull(request.body),
                media.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : mediaToJson(media),
                nowMs, nowMs, nowMs });
    if (auto s = m_db.exec(**insert); !s)
        return storageFailed(s.error());
    const qint64 rowId = (*insert)->lastInsertId().toLongLong();
    // The thread shows the files at once, from our copies; the media fetcher leaves rows that
    // are already done alone, so nothing is downloaded back.
    if (!media.isEmpty()) {
        auto mediaRow = m_db.prepare(QStringLiteral(
            "INSERT INTO media (message_id, content_type, size_bytes, local_path, sha256, "
            "download_state, created_at) VALUES (?, ?, ?, ?, ?, 'done', ?)"));
        if (!mediaRow)
            return storageFailed(mediaRow.error());
        for (const OutboxMedia &item : media) {
            const QString sha = QFileInfo(item.localPath).completeBaseName();
            sql::bind(**mediaRow,
                      { message.id, item.contentType, item.size, item.localPath, sha, nowMs });
            if (auto s = m_db.exec(**mediaRow); !s)
                return storageFailed(s.error());
        }
    }
    if (auto s = tx.commit(); !s)
        return storageFailed(s.error());

    result.message = message;
    OutboxEntry &entry = result.entry;
    entry.id = rowId;
    entry.clientId = message.clientId;
    entry.messageId = message.id;
    entry.conversationId = message.conversationId;
    entry.to = to.e164;
    entry.from = from;
    entry.body = request.body;
    entry.media = media;
    entry.nextAttemptAt = nowMs;
    entry.createdAt = nowMs;
    entry.updatedAt = nowMs;
    return result;
}

Result<QList<OutboxEntry>> Outbox::openEntries()
{
    return selectEntries(
        m_db, QStringLiteral("WHERE state IN ('pending', 'submitting', 'uncertain') ORDER BY id"),
        {});
}

Result<std::optional<OutboxEntry>> Outbox::entry(const QString &clientId)
{
    auto found = selectEntries(m_db, QStringLiteral("WHERE client_id = ?"), { clientId });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(found->first());
}

Result<OutboxCounts> Outbox::counts()
{
    auto query = m_db.prepare(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"));
    if (!query)
        return query.error();
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    OutboxCounts counts;
    while ((*query)->next()) {
        const int n = (*query)->value(1).toInt();
        switch (outboxStateFromString((*query)->value(0).toString())) {
        case OutboxState::Pending:
            counts.pending = n;
            break;
        case OutboxState::Submitting:
            counts.submitting = n;
            break;
        case OutboxState::Uncertain:
            counts.uncertain = n;
            break;
        case OutboxState::Accepted:
            counts.accepted = n;
            break;
        case OutboxState::Failed:
            counts.failed = n;
            break;
        }
    }
    (*query)->finish();
    return counts;
}

Result<int> Outbox::openCount()
{
    auto value = m_db.scalar(QStringLiteral(
        "SELECT count(*) FROM outbox WHERE state IN ('pending', 'submitting', 'uncertain')"));
    if (!value)
        return value.error();
    return value->toInt();
}

Result<QList<OutboxEntry>> Outbox::dueRefreshes(qint64 nowMs, int limit)
{
    // Served by the partial index outbox_refresh (migration 4).
    return selectEntries(m_db,
                         QStringLiteral("WHERE state = 'accepted' AND next_attempt_at IS NOT NULL "
                                        "AND next_attempt_at <= ? ORDER BY next_attempt_at "
                                        "LIMIT ?"),
                         { nowMs, limit });
}

Result<qint64> Outbox::nextRefreshAt()
{
    auto value = m_db.scalar(QStringLiteral("SELECT min(next_attempt_at) FROM outbox WHERE state "
                                            "= 'accepted' AND next_attempt_at IS NOT NULL"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<bool> Outbox::transition(const OutboxEntry &entry, std::initializer_list<OutboxState> from,
                                OutboxState to, const QString &extraSql, const QVariantList &values,
                                qint64 nowMs)
{
    QStringList states;
    for (const OutboxState state : from)
        states << u'\'' + outboxStateToString(state) + u'\'';
    auto query = m_db.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?%1 WHERE client_id = ? AND "
                       "state IN (%2)")
            .arg(extraSql.isEmpty() ? QString() : QStringLiteral(", ") + extraSql,
                 states.join(QStringLiteral(", "))));
    if (!query)
        return query.error();
    int i = 0;
    (*query)->bindValue(i++, outboxStateToString(to));
    (*query)->bindValue(i++, nowMs);
    for (const QVariant &value : values)
        (*query)->bindValue(i++, value);
    (*query)->bindValue(i++, entry.clientId);
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    return (*query)->numRowsAffected() > 0;
}

Result<bool> Outbox::markSubmitting(const OutboxEntry &entry, qint64 nowMs)
{
    // FULL: this row must be on disk before the request can reach the provider, or a power cut
    // would lose the fact that it may have.
    Transaction tx(m_db, kFull);
    if (!tx.status())
        return tx.status().error();
    auto changed
        = transition(entry, { OutboxState::Pending }, OutboxState::Submitting,
                     QStringLiteral("attempts = attempts + 1, next_attempt_at = NULL"), {}, nowMs);
    if (!changed)
        return changed;
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<bool> Outbox::setMediaUrls(const OutboxEntry &entry)
{
    auto query = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET media_paths = ? WHERE client_id = ? AND state = 'pending'"));
    if (!query)
        return query.error();
    sql::bind(**query, { mediaToJson(entry.media), entry.clientId });
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    return (*query)->numRowsAffected() > 0;
}

Result<bool> Outbox::markPending(const OutboxEntry &entry, qint64 nextAttemptAt, int errorCode,
                                 const QString &error, qint64 nowMs)
{
    Transaction tx(m_db, kFull);
    if (!tx.status())
        return tx.status().error();
    auto changed = transition(
        entry, { OutboxState::Pending, OutboxState::Submitting, OutboxState::Uncertain },
        OutboxState::Pending,
        QStringLiteral("next_attempt_at = ?, last_error_code = ?, last_error = ?"),
        { nextAttemptAt, sql::orNull(errorCode), sql::orNull(error) }, nowMs);
    if (!changed)
        return changed;
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<bool> Outbox::markUncertain(const OutboxEntry &entry, qint64 reconcileAt,
                                   const QString &error, qint64 nowMs)
{
    Transaction tx(m_db, kFull);
    if (!tx.status())
        return tx.status().error();
    auto changed
        = transition(entry, { OutboxState::Submitting, OutboxState::Uncertain },
                     OutboxState::Uncertain, QStringLiteral("next_attempt_at = ?, last_error = ?"),
                     { reconcileAt, sql::orNull(error) }, nowMs);
    if (!changed)
        return changed;
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

Status Outbox::writeMessage(const OutboxEntry &entry, const provider::ProviderMessage &message,
                            qint64 nowMs)
{
    MessageStore messages(m_db);
    // A pull may have cached this SID as a message of its own before we learned it was ours:
    // ours (with the client id the outbox points at) stays, the copy goes.
    auto other = m_db.scalar(QStringLiteral("SELECT id FROM messages WHERE sid = ? AND id <> ? "
                                            "AND (client_id IS NULL OR client_id = '')"),
                             { message.sid, entry.messageId });
    if (!other)
        return other.error();
    if (const qint64 copy = other->toLongLong(); copy != 0) {
        if (auto s = messages.remove(copy); !s)
            return s;
    }
    auto existing = messages.message(entry.messageId);
    if (!existing)
        return existing.error();
    MessageRecord record = MessageWriter::toRecord(message);
    const MessageRecord &ours = *existing;
    record.id = ours.id;
    record.conversationId = ours.conversationId;
    record.clientId = ours.clientId;
    record.direction = ours.direction;
    record.authorId = ours.authorId;
    record.createdAt = ours.createdAt;
    record.encoding = ours.encoding;
    if (message.body.isNull())
        record.body = ours.body;
    if (message.numSegments <= 0)
        record.numSegments = ours.numSegments;
    if (record.errorCode != 0 && record.errorMessage.isEmpty()) {
        record.errorMessage
            = tr("The carrier did not deliver the message (error %1).").arg(record.errorCode);
    }
    record.updatedAt = nowMs;
    auto written = messages.upsert(record);
    if (!written)
        return written.error();
    return success();
}

Result<bool> Outbox::markAccepted(const OutboxEntry &entry,
                                  const provider::ProviderMessage &message, qint64 refreshAt,
                                  qint64 nowMs)
{
    Transaction tx(m_db, kFull);
    if (!tx.status())
        return tx.status().error();
    auto changed = transition(
        entry, { OutboxState::Submitting, OutboxState::Uncertain }, OutboxState::Accepted,
        QStringLiteral("provider_sid = ?, next_attempt_at = ?, last_error_code = NULL, "
                       "last_error = NULL"),
        { message.sid, sql::orNull(refreshAt) }, nowMs);
    if (!changed || !*changed)
        return changed;
    if (auto s = writeMessage(entry, message, nowMs); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<bool> Outbox::markFailed(const OutboxEntry &entry, int errorCode, const QString &reason,
                                qint64 nowMs)
{
    Transaction tx(m_db, kFull);
    if (!tx.status())
        return tx.status().error();
    auto changed = transition(
        entry, { OutboxState::Pending, OutboxState::Submitting, OutboxState::Uncertain },
        OutboxState::Failed,
        QStringLiteral("next_attempt_at = NULL, last_error_code = ?, last_error = ?"),
        { sql::orNull(errorCode), sql::orNull(reason) }, nowMs);
    if (!changed || !*changed)
        return changed;
    MessageStore messages(m_db);
    auto existing = messages.message(entry.messageId);
    if (!existing)
        return existing.error();
    MessageRecord record = *existing;
    record.status = QStringLiteral("failed");
    record.errorCode = errorCode;
    record.errorMessage = reason;
    record.updatedAt = nowMs;
    if (auto written = messages.upsert(record); !written)
        return written.error();
    // The provider says the customer unsubscribed: the composer should say so before the next
    // attempt, not after it.
    if (errorCode == kUnsubscribedRecipient) {
        if (auto s = Consent::record(m_db, entry.conversationId, QStringLiteral("opted_out"), {},
                                     QStringLiteral("provider"), entry.messageId, nowMs);
            !s) {
            return s.error();
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Status Outbox::recordRefresh(const OutboxEntry &entry, const provider::ProviderMessage &message,
                             qint64 refreshAt, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (auto s = writeMessage(entry, message, nowMs); !s)
        return s;
    if (auto s = rescheduleRefresh(entry, refreshAt); !s)
        return s;
    return tx.commit();
}

Status Outbox::rescheduleRefresh(const OutboxEntry &entry, qint64 refreshAt)
{
    auto query = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET next_attempt_at = ? WHERE client_id = ? AND state = 'accepted'"));
    if (!query)
        return query.error();
    sql::bind(**query, { sql::orNull(refreshAt), entry.clientId });
    return m_db.exec(**query);
}

Result<bool> Outbox::isSidClaimed(const QString &sid, const QString &clientId)
{
    auto count = m_db.scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM outbox WHERE provider_sid = ? AND client_id "
                       "<> ?) + (SELECT count(*) FROM messages WHERE sid = ? AND client_id IS NOT "
                       "NULL AND client_id <> '' AND client_id <> ?)"),
        { sid, clientId, sid, clientId });
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

Status Outbox::makeDueNow(qint64 nowMs, qint64 settleMs)
{
    // An uncertain entry still waits out its settle time: a create the provider is still
    // processing must show up in the list before the list is believed.
    auto query = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET next_attempt_at = CASE WHEN state = 'uncertain' AND updated_at + ? > ? "
        "THEN updated_at + ? ELSE ? END "
        "WHERE state IN ('pending', 'uncertain') AND next_attempt_at > ?"));
    if (!query)
        return query.error();
    sql::bind(**query, { settleMs, nowMs, settleMs, nowMs, nowMs });
    return m_db.exec(**query);
}

} // namespace textdesk::sync
