#pragma once

#include "Database.h"
#include "States.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

namespace textdesk {

// A file of an outgoing MMS: copied into the workspace's media folder when the message is
// queued (so the agent may move or delete the original), uploaded before the create.
struct OutboxMedia
{
    QString localPath; // below the media folder, content-addressed ("ab/ab12….jpg")
    QString contentType; // from the bytes
    qint64 size = 0;
    QUrl url; // where the provider fetches it; empty until uploaded

    QJsonObject toJson() const;
    static OutboxMedia fromJson(const QJsonObject &object);
};

struct OutboxEntry
{
    qint64 id = 0;
    QString clientId; // our idempotency key, also on the message row
    qint64 messageId = 0;
    qint64 conversationId = 0;
    QString to; // the customer, E.164
    QString from; // our number, E.164
    QString body;
    QList<OutboxMedia> media;
    OutboxState state = OutboxState::Waiting;
    int attempts = 0; // create requests sent
    // waiting/uncertain: not before this time; accepted: next status refresh (0: final, none).
    qint64 nextAttemptAt = 0;
    int lastErrorCode = 0;
    QString lastError;
    QString providerSid;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isOpen() const
    {
        return state == OutboxState::Waiting || state == OutboxState::Submitting
            || state == OutboxState::Uncertain;
    }
};

struct OutboxCounts
{
    int waiting = 0;
    int submitting = 0;
    int uncertain = 0;
    int accepted = 0;
    int failed = 0;
    // Not yet with the provider: what the status bar calls "waiting to send".
    int open() const { return waiting + submitting + uncertain; }
};

// The outbox table's statements. The caller (sync/Outbox) holds the transactions, so that an
// entry's move and its message row are written together.
class OutboxStore
{
public:
    explicit OutboxStore(Database &db)
        : m_db(db)
    { }

    // A new entry, waiting, due at entry.nextAttemptAt; its row id.
    Result<qint64> insert(const OutboxEntry &entry);

    // Waiting, submitting and uncertain entries, oldest first.
    Result<QList<OutboxEntry>> openEntries();
    Result<std::optional<OutboxEntry>> entry(const QString &clientId);
    Result<OutboxCounts> counts();
    // From the open-entries index (cheap).
    Result<int> openCount();
    // Accepted entries whose status refresh is due (next_attempt_at <= nowMs), soonest first.
    Result<QList<OutboxEntry>> dueRefreshes(qint64 nowMs, int limit);
    // The earliest status refresh still scheduled, 0 if none.
    Result<qint64> nextRefreshAt();

    // The moves. Each changes the row only if it is in one of the states it moves from and
    // returns whether it did (false: someone else moved it on; nothing written).
    // waiting → submitting: one more attempt, no due time while it is on the wire.
    Result<bool> toSubmitting(const QString &clientId, qint64 nowMs);
    // waiting | submitting | uncertain → waiting, due again at nextAttemptAt.
    Result<bool> toWaiting(const QString &clientId, qint64 nextAttemptAt, int errorCode,
                           const QString &error, qint64 nowMs);
    // submitting | uncertain → uncertain, reconciled at reconcileAt.
    Result<bool> toUncertain(const QString &clientId, qint64 reconcileAt, const QString &error,
                             qint64 nowMs);
    // submitting | uncertain → accepted with the provider's SID; refreshAt 0: no refresh.
    Result<bool> toAccepted(const QString &clientId, const QString &providerSid, qint64 refreshAt,
                            qint64 nowMs);
    // waiting | submitting | uncertain → failed for good.
    Result<bool> toFailed(const QString &clientId, int errorCode, const QString &reason,
                          qint64 nowMs);

    // Where the entry's files were uploaded (only while it is waiting).
    Result<bool> setMediaUrls(const QString &clientId, const QList<OutboxMedia> &media);
    Status rescheduleRefresh(const QString &clientId, qint64 refreshAt);
    // True if the SID already belongs to another message we sent.
    Result<bool> isSidClaimed(const QString &sid, const QString &clientId);
    // Waiting entries made due now; uncertain ones not before settleMs after they became so.
    Status makeDueNow(qint64 nowMs, qint64 settleMs);
    // A message a pull cached with this SID before we learned it was ours (no client id, not
    // `ours`): its id, 0 if none.
    Result<qint64> pulledCopyOf(const QString &sid, qint64 ours);

private:
    Result<QList<OutboxEntry>> select(const QString &where, const QVariantList &values);
    Result<bool> transition(const QString &clientId, std::initializer_list<OutboxState> from,
                            OutboxState to, const QString &extraSql, const QVariantList &values,
                            qint64 nowMs);

    Database &m_db;
};

} // namespace textdesk
