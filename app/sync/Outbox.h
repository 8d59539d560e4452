#pragma once

#include "provider/ProviderTypes.h"
#include "storage/Database.h"
#include "storage/MediaFolder.h"
#include "storage/OutboxStore.h"
#include "storage/Records.h"
#include "storage/States.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QMetaType>
#include <QtCore/QUrl>

#include <functional>
#include <optional>

namespace textdesk::sync {

// The outbox's states live beside the other typed states (storage/States.h).
using textdesk::OutboxState;

// The outbox's rows are the storage's (storage/OutboxStore.h); these names stay for callers.
using textdesk::OutboxCounts;
using textdesk::OutboxEntry;
using textdesk::OutboxMedia;

struct OutboxRequest
{
    QString to; // as typed: normalised with the region below
    QString from; // our number
    QString body;
    qint64 authorId = 0;
    QStringList attachments; // files to send with it (MMS), absolute paths
    // Not typed by an agent (a broadcast, reminder, scheduled message, survey, rule or FAQ
    // reply): refused also while the customer's request to stop in other words waits for an
    // agent's answer (Consent::proactiveRefusalFor).
    bool proactive = false;
};

// Where a queued message comes from, when not from this computer's own composer or timers: the
// team gateway takes a desktop's reply under the desktop's id (an outbox that has that id already
// returns its entry and queues nothing), with the time it was written, and says whether a create
// request may already have reached the provider (a reply another gateway took and then died
// with): then it starts uncertain, and the provider's list is checked before anything is sent.
struct EnqueueOrigin
{
    QString clientId; // empty: a new one
    qint64 createdAtMs = 0; // 0: now
    bool mayBeAtProvider = false;
};

struct EnqueueResult
{
    enum class Error {
        None,
        InvalidNumber,
        InvalidSender,
        EmptyBody,
        TooLong,
        BadAttachment,
        OptedOut, // the customer opted out (storage/Consent: refusalFor)
        RevocationPending, // proactive, and the customer asked to stop in other words
        Storage
    };
    Error error = Error::None;
    QString errorMessage; // for a person (translated); empty on success
    OutboxEntry entry;
    MessageRecord message;
    bool ok() const { return error == Error::None; }
};

// The outbox table and the message rows it owns. Every write that decides what the provider
// receives is one synchronous=FULL transaction, so a power cut can lose neither a message the
// agent was shown as pending nor the fact that its create request may have gone out.
class Outbox : private OutboxStore
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::sync::Outbox)
public:
    static constexpr int kMaxBodyChars = 1600;
    // The provider's limits (provider-api.md): 10 files, 5 MB for JPEG/PNG/GIF, 500 KB for
    // other kinds; and 5 MB for the whole message.
    static constexpr int kMaxMedia = 10;
    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxOtherBytes = 500 * 1024;

    // defaultRegion: how a number typed without +country code is read ("US"). mediaDirectory:
    // the workspace's media folder, where attachments are copied (empty: none can be sent).
    explicit Outbox(Database &db, QString defaultRegion = {}, QString mediaDirectory = {});

    QString mediaDirectory() const { return m_media.directory(); }

    // Validates (the customer's consent included: nothing is queued to one who opted out, nor
    // anything proactive to one whose request to stop awaits an agent's answer),
    // then writes the message (status "pending", a new client id, in the
    // conversation of customer and our number) and its outbox row in one transaction.
    EnqueueResult enqueue(const OutboxRequest &request, qint64 nowMs,
                          const EnqueueOrigin &origin = {});

    // Reads, and the writes that need no transaction of their own, are the store's.
    using OutboxStore::counts;
    using OutboxStore::dueRefreshes;
    using OutboxStore::entry;
    using OutboxStore::isSidClaimed;
    using OutboxStore::makeDueNow;
    using OutboxStore::nextRefreshAt;
    using OutboxStore::openCount;
    using OutboxStore::openEntries;

    // The transitions. Each changes the row only if it is in one of the expected states and
    // returns whether it did (false: someone else moved it on; nothing written).
    Result<bool> markSubmitting(const OutboxEntry &entry, qint64 nowMs);
    // Records where the entry's files were uploaded (only while it is waiting).
    Result<bool> setMediaUrls(const OutboxEntry &entry);
    Result<bool> markWaiting(const OutboxEntry &entry, qint64 nextAttemptAt, int errorCode,
                             const QString &error, qint64 nowMs);
    Result<bool> markUncertain(const OutboxEntry &entry, qint64 reconcileAt, const QString &error,
                               qint64 nowMs);
    // The provider has it: its SID on the outbox row and the message row (which takes the
    // provider's status). A copy of the message that a pull wrote before we knew its SID is
    // merged into ours.
    Result<bool> markAccepted(const OutboxEntry &entry, const provider::ProviderMessage &message,
                              qint64 refreshAt, qint64 nowMs);
    // Refused for good: the message row keeps the text and shows status "failed" with the
    // provider's code and `reason`.
    Result<bool> markFailed(const OutboxEntry &entry, int errorCode, const QString &reason,
                            qint64 nowMs);
    // A status refresh: the message row takes the provider's state; refreshAt 0 ends them.
    Status recordRefresh(const OutboxEntry &entry, const provider::ProviderMessage &message,
                         qint64 refreshAt, qint64 nowMs);
    Status rescheduleRefresh(const OutboxEntry &entry, qint64 refreshAt);

private:
    // One move of an entry in its own synchronous=FULL transaction.
    Result<bool> move(const std::function<Result<bool>()> &change);
    Status writeMessage(const OutboxEntry &entry, const provider::ProviderMessage &message,
                        qint64 nowMs);

    // Copies the agent's files into the media folder (content-addressed, on disk before the
    // message is queued); false with *error in words.
    bool storeAttachments(const QStringList &paths, QList<OutboxMedia> *media, QString *error);

    Database &m_db;
    QString m_region;
    MediaFolder m_media;
};

} // namespace textdesk::sync

Q_DECLARE_METATYPE(textdesk::sync::OutboxCounts)
