#include "Outbox.h"

#include "MediaType.h"
#include "MessageWriter.h"
#include "phone/PhoneNumbers.h"
#include "sms/SegmentCounter.h"
#include "storage/Consent.h"
#include "storage/ContactStore.h"
#include "storage/MediaStore.h"
#include "storage/MessageStore.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QUuid>

namespace textdesk::sync {

namespace {

constexpr Database::Durability kFull = Database::Durability::Full;
// The provider's "Attempt to send to unsubscribed recipient".
constexpr int kUnsubscribedRecipient = 21610;

} // namespace

Outbox::Outbox(Database &db, QString defaultRegion, QString mediaDirectory)
    : OutboxStore(db)
    , m_db(db)
    , m_region(defaultRegion.isEmpty() ? PhoneNumbers::systemRegion() : std::move(defaultRegion))
    , m_media(std::move(mediaDirectory), kMaxImageBytes)
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
    if (m_media.isEmpty()) {
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
        const MediaFolder::Stored copy = m_media.store(bytes, type.extension);
        if (!copy.ok()) {
            *error = copy.error == MediaFolder::Stored::Error::DiskFull
                ? tr("There is not enough free disk space to keep a copy of %1. Free some "
                     "space and send again.")
                      .arg(name)
                : tr("Cannot copy %1 into the media folder: %2.").arg(name, copy.detail);
            return false;
        }
        media->append({ copy.relativePath, type.mimeType, bytes.size(), {} });
    }
    return true;
}

EnqueueResult Outbox::enqueue(const OutboxRequest &request, qint64 nowMs,
                              const EnqueueOrigin &origin)
{
    EnqueueResult result;
    const auto fail = [&result](EnqueueResult::Error error, QString message) {
        result.error = error;
        result.errorMessage = std::move(message);
        return result;
    };
    if (!origin.clientId.isEmpty()) {
        auto existing = OutboxStore::entry(origin.clientId);
        if (!existing)
            return fail(EnqueueResult::Error::Storage, existing.error().message());
        if (existing->has_value()) {
            result.entry = **existing;
            return result;
        }
    }
    const PhoneNumbers::Parsed to = PhoneNumbers::toE164(request.to, m_region);
    if (!to.ok())
        return fail(EnqueueResult::Error::InvalidNumber, to.error);
    // Our side is whatever the provider calls the number (E.164, a short code): not reparsed.
    const QString from = request.from.trimmed();
    if (from.isEmpty())
        return fail(EnqueueResult::Error::InvalidSender, tr("Choose the number to send from."));
    // Every send path (composer, CLI, scheduled, survey) comes through here: a STOP blocks the
    // next send of every kind before anything is queued; an unanswered request to stop in other
    // words blocks what is proactive.
    if (request.proactive) {
        auto refusal = Consent::proactiveRefusalFor(m_db, to.e164);
        if (!refusal)
            return fail(EnqueueResult::Error::Storage, refusal.error().message());
        if (refusal->kind == Consent::ProactiveRefusal::Kind::OptedOut)
            return fail(EnqueueResult::Error::OptedOut, refusal->words);
        if (refusal->kind == Consent::ProactiveRefusal::Kind::RevocationPending)
            return fail(EnqueueResult::Error::RevocationPending, refusal->words);
    } else if (auto refusal = Consent::refusalFor(m_db, to.e164); !refusal) {
        return fail(EnqueueResult::Error::Storage, refusal.error().message());
    } else if (!refusal->isEmpty()) {
        return fail(EnqueueResult::Error::OptedOut, *refusal);
    }
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
    message.clientId = origin.clientId.isEmpty()
        ? QUuid::createUuid().toString(QUuid::WithoutBraces)
        : origin.clientId;
    message.direction = Direction::Outbound;
    message.body = request.body;
    message.status = messageStatusToString(MessageStatus::Waiting);
    message.numSegments = std::max(1, segments.segments);
    message.encoding = segments.encoding == sms::Encoding::Gsm7 ? QStringLiteral("gsm7")
                                                                : QStringLiteral("ucs2");
    message.numMedia = int(media.size());
    message.authorId = request.authorId;
    const qint64 createdAt = origin.createdAtMs ? origin.createdAtMs : nowMs;
    message.createdAt = createdAt;
    message.updatedAt = nowMs;
    MessageStore messages(m_db);
    if (auto written = messages.upsert(message); !written)
        return storageFailed(written.error());

    OutboxEntry &entry = result.entry;
    entry.clientId = message.clientId;
    entry.messageId = message.id;
    entry.conversationId = message.conversationId;
    entry.to = to.e164;
    entry.from = from;
    entry.body = request.body;
    entry.media = media;
    entry.nextAttemptAt = nowMs;
    entry.createdAt = createdAt;
    entry.state = origin.mayBeAtProvider ? OutboxState::Uncertain : OutboxState::Waiting;
    entry.updatedAt = nowMs;
    auto rowId = OutboxStore::insert(entry);
    if (!rowId)
        return storageFailed(rowId.error());
    entry.id = *rowId;
    // The thread shows the files at once, from our copies; the media fetcher leaves rows that
    // are already done alone, so nothing is downloaded back.
    MediaStore mediaRows(m_db);
    for (const OutboxMedia &item : std::as_const(media)) {
        const QString sha = QFileInfo(item.localPath).completeBaseName();
        if (auto s = mediaRows.addSent(message.id, item.contentType, item.size, item.localPath, sha,
                                       nowMs);
            !s) {
            return storageFailed(s.error());
        }
    }
    if (auto s = tx.commit(); !s)
        return storageFailed(s.error());

    result.message = message;
    return result;
}

Result<bool> Outbox::move(const std::function<Result<bool>()> &change)
{
    Transaction tx(m_db, kFull);
    if (!tx.status())
        return tx.status().error();
    auto changed = change();
    if (!changed)
        return changed;
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<bool> Outbox::markSubmitting(const OutboxEntry &entry, qint64 nowMs)
{
    // FULL: this row must be on disk before the request can reach the provider, or a power cut
    // would lose the fact that it may have.
    return move([&] { return OutboxStore::toSubmitting(entry.clientId, nowMs); });
}

Result<bool> Outbox::setMediaUrls(const OutboxEntry &entry)
{
    return OutboxStore::setMediaUrls(entry.clientId, entry.media);
}

Result<bool> Outbox::markWaiting(const OutboxEntry &entry, qint64 nextAttemptAt, int errorCode,
                                 const QString &error, qint64 nowMs)
{
    return move([&] {
        return OutboxStore::toWaiting(entry.clientId, nextAttemptAt, errorCode, error, nowMs);
    });
}

Result<bool> Outbox::markUncertain(const OutboxEntry &entry, qint64 reconcileAt,
                                   const QString &error, qint64 nowMs)
{
    return move(
        [&] { return OutboxStore::toUncertain(entry.clientId, reconcileAt, error, nowMs); });
}

Status Outbox::writeMessage(const OutboxEntry &entry, const provider::ProviderMessage &message,
                            qint64 nowMs)
{
    MessageStore messages(m_db);
    // A pull may have cached this SID as a message of its own before we learned it was ours:
    // ours (with the client id the outbox points at) stays, the copy goes.
    auto other = OutboxStore::pulledCopyOf(message.sid, entry.messageId);
    if (!other)
        return other.error();
    if (const qint64 copy = *other; copy != 0) {
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
    auto changed = OutboxStore::toAccepted(entry.clientId, message.sid, refreshAt, nowMs);
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
    auto changed = OutboxStore::toFailed(entry.clientId, errorCode, reason, nowMs);
    if (!changed || !*changed)
        return changed;
    MessageStore messages(m_db);
    auto existing = messages.message(entry.messageId);
    if (!existing)
        return existing.error();
    MessageRecord record = *existing;
    record.status = messageStatusToString(MessageStatus::Failed);
    record.errorCode = errorCode;
    record.errorMessage = reason;
    record.updatedAt = nowMs;
    if (auto written = messages.upsert(record); !written)
        return written.error();
    // The provider says the customer unsubscribed: the composer should say so before the next
    // attempt, not after it.
    if (errorCode == kUnsubscribedRecipient) {
        if (auto s = Consent::record(m_db, entry.conversationId,
                                     consentStateToString(ConsentState::OptedOut), {},
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
    return OutboxStore::rescheduleRefresh(entry.clientId, refreshAt);
}

} // namespace textdesk::sync
