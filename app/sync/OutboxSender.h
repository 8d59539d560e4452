#pragma once

#include "Outbox.h"
#include "SendThrottle.h"
#include "core/Clock.h"
#include "provider/ProviderJob.h"

#include <QtCore/QHash>
#include <QtCore/QLoggingCategory>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace textdesk::sync {

class OutboxReconciler;

struct OutboxOptions
{
    QString defaultRegion; // numbers typed without +country code; empty: the system's
    QString mediaDirectory; // the workspace's media folder: attachments are copied there
    // Throughput per sending number (provider-api.md: a US long code does 1 segment/s).
    double segmentsPerSecond = 1.0;
    double burstSegments = 3.0;
    int maxInFlight = 4; // provider calls at once, all kinds
    // Backoff after a transient failure (full jitter over the upper half), or Retry-After.
    qint64 retryBaseMs = 2'000;
    qint64 retryMaxMs = 5 * 60'000;
    // After an uncertain create, how long before the provider's list is believed: a request
    // still being processed there must not be missed (and then sent again).
    qint64 settleMs = 10'000;
    // The list is walked back to the entry's creation minus this: clock skew between us and
    // the provider, and its times are whole seconds.
    qint64 reconcileMarginMs = 15 * 60'000;
    int reconcilePageSize = 100;
    // Status refresh of accepted messages until final: the first after refreshBaseMs, then
    // half the message's age (capped), for at most refreshForMs.
    qint64 refreshBaseMs = 5'000;
    qint64 refreshMaxMs = 10 * 60'000;
    qint64 refreshForMs = 3LL * 24 * 3600'000;
    // The clock every retry, backoff and status refresh waits on (null: the wall clock), and
    // a seam for tests: the jitter ([0, 1)).
    Clock *clock = nullptr;
    std::function<double()> random;
};

// Sends the outbox, on the sync thread, with the sync thread's Writer database:
//   waiting ─► submitting (committed before the request) ─► accepted │ failed │ waiting (retry)
//   submitting ─(timeout after the body went out, cut, 5xx, crash)─► uncertain
//   uncertain ─(after settleMs: provider's list)─► accepted (found) │ waiting (not found)
// One entry at a time per conversation, in order; conversations independently; each sending
// number within its throughput. Accepted messages are refreshed until their status is final.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Accepted,
        Failed, // refused for good: edit and resend
        Retry, // not processed: try again after a backoff
        Uncertain, // may have been processed: reconcile first
        Blocked, // our setup is wrong (credentials, TLS): wait long, say why
    };
    // What a create that ended with this error means for the entry.
    static Verdict verdictFor(const provider::ProviderError &error);

    OutboxSender(provider::Provider *provider, Database &db, OutboxOptions options = {},
                 QObject *parent = nullptr);
    ~OutboxSender() override;

    // Writes the message and its outbox entry (see Outbox::enqueue) and sends it when its turn
    // comes. Call on the sync thread (from the GUI: a queued or blocking invocation).
    EnqueueResult enqueue(const OutboxRequest &request, const EnqueueOrigin &origin = {});

    Outbox &outbox() { return m_outbox; }
    const SendThrottle &throttle() const { return m_throttle; }
    bool isOfflineHold() const { return m_offlineUntil != 0; }

public slots:
    // Starts sending (entries found 'submitting' are from a run that ended mid-submit: they
    // are reconciled first).
    void start();
    void stop();
    // Connectivity is back (or the user asked): waiting entries go now.
    void retryNow();

signals:
    // An entry moved; `message` says why for a person (empty when all is well).
    void entryChanged(const QString &clientId, textdesk::OutboxState state, const QString &message);
    // Entries not yet with the provider (waiting + submitting + uncertain).
    void openCountChanged(int count);
    // A sent message's row changed (status refresh): the thread view re-reads it.
    void messageUpdated(qint64 messageId);
    void storageFailed(const QString &message);

private:
    qint64 now() const;
    qint64 backoffMs(int failures) const;
    void schedulePass(qint64 delayMs);
    void runPass();
    // false: a write failed (reported); the pass stops.
    bool submit(const OutboxEntry &entry, qint64 nowMs);
    // An MMS: its next file not yet uploaded goes up before the create (the entry stays
    // pending; a failed upload is retried, or fails the entry when it never can succeed).
    void upload(const OutboxEntry &entry, int index);
    void onUploaded(OutboxEntry entry, int index, provider::MediaUploadJob *job);
    // After a transient failure: the backoff for this many failures, or what the server asked
    // (Retry-After); while offline, not before the network is expected back.
    qint64 retryDelay(const provider::ProviderError &error, int failures, qint64 nowMs);
    void onSent(OutboxEntry entry, provider::MessageJob *job);
    void reconcile(const OutboxEntry &entry);
    void onReconciled(OutboxReconciler *reconciler);
    bool refresh(const OutboxEntry &entry, qint64 nowMs);
    void onRefreshed(const OutboxEntry &entry, provider::MessageJob *job);
    // When to ask for the status next; 0 when it is no longer worth asking.
    qint64 nextRefreshAt(const OutboxEntry &entry, qint64 nowMs) const;
    void noteOffline(qint64 nowMs);
    void noteOnline();
    // A write failed: say so, and come back later (the states on disk are all resumable).
    void onStorageError(const StorageError &error);
    // The end of each move of an entry: a write the cache refused goes to onStorageError()
    // (the row keeps its state on disk, the next pass sees it again) and false is returned; a
    // row that moved is announced with changed().
    bool recorded(const OutboxEntry &entry, const Result<bool> &written, OutboxState state,
                  const QString &message = {});
    void changed(const OutboxEntry &entry, OutboxState state, const QString &message = {});
    void emitOpenCount();
    void track(provider::ProviderJob *job);

    provider::Provider *m_provider;
    Database &m_db;
    OutboxOptions m_options;
    Outbox m_outbox;
    SendThrottle m_throttle;
    ClockTimer m_passTimer;
    QHash<QString, int> m_uploadFailures; // by client id, this run
    QSet<QString> m_busy; // client ids with a call in flight
    QList<QPointer<provider::ProviderJob>> m_jobs;
    QHash<QString, int> m_reconcileFailures;
    qint64 m_offlineUntil = 0;
    int m_offlineFailures = 0;
    int m_storageFailures = 0;
    int m_lastOpenCount = -1;
    bool m_running = false;
};

} // namespace textdesk::sync
