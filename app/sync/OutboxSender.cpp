#include "OutboxSender.h"

#include "OutboxReconciler.h"
#include "sms/SegmentCounter.h"
#include "storage/MessageStore.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>

#include <limits>

Q_LOGGING_CATEGORY(lcOutbox, "textdesk.sync.outbox", QtInfoMsg)

namespace textdesk::sync {

namespace {

using provider::ProviderError;
using Kind = provider::ProviderError::Kind;

bool isFinalStatus(const QString &status)
{
    provider::ProviderMessage m;
    m.status = status;
    return m.isFinal();
}

int segmentsOf(const QString &body)
{
    return std::max(1, sms::analyse(body).segments);
}

QString uncertainText()
{
    return ProviderError(Kind::Uncertain).message();
}

} // namespace

OutboxSender::Verdict OutboxSender::verdictFor(const ProviderError &error)
{
    switch (error.kind()) {
    case Kind::None:
        return Verdict::Accepted;
    case Kind::OptedOut:
    case Kind::InvalidNumber:
    case Kind::NotOurNumber:
    case Kind::MissingContent:
    case Kind::MessageTooLong:
    case Kind::SchedulingRejected:
    case Kind::Rejected:
        return Verdict::Failed;
    case Kind::RateLimited:
    case Kind::ProviderDown:
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::QueueFull:
        return Verdict::Retry;
    case Kind::Uncertain:
    case Kind::BadResponse: // a 2xx we could not read: it was created
    case Kind::TooLarge:
    case Kind::Cancelled: // we stopped waiting; the request may be out
        return Verdict::Uncertain;
    case Kind::WrongCredentials:
    case Kind::NotFound:
    case Kind::TlsError:
    case Kind::Redirected: // nothing was created; the settings need a look
        return Verdict::Blocked;
    }
    return Verdict::Uncertain;
}

OutboxSender::OutboxSender(provider::Provider *provider, Database &db, OutboxOptions options,
                           QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_db(db)
    , m_options(std::move(options))
    , m_outbox(db, m_options.defaultRegion, m_options.mediaDirectory)
    , m_throttle(m_options.segmentsPerSecond, m_options.burstSegments)
    , m_passTimer(Clock::orSystem(m_options.clock), this)
{
    connect(&m_passTimer, &ClockTimer::timeout, this, &OutboxSender::runPass);
}

OutboxSender::~OutboxSender()
{
    stop();
}

qint64 OutboxSender::now() const
{
    return Clock::orSystem(m_options.clock).nowMs();
}

qint64 OutboxSender::backoffMs(int failures) const
{
    const int exponent = std::clamp(failures - 1, 0, 20);
    const qint64 ceiling = std::min(m_options.retryMaxMs, m_options.retryBaseMs << exponent);
    const double r
        = m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
    // Jitter over the upper half: spread out, but never an immediate retry.
    return ceiling / 2 + qint64(r * double(ceiling / 2));
}

EnqueueResult OutboxSender::enqueue(const OutboxRequest &request, const EnqueueOrigin &origin)
{
    EnqueueResult result = m_outbox.enqueue(request, now(), origin);
    if (!result.ok())
        return result;
    qCDebug(lcOutbox) << "enqueued" << result.entry.clientId << "to" << result.entry.to;
    changed(result.entry, result.entry.state);
    schedulePass(0);
    return result;
}

void OutboxSender::start()
{
    m_running = true;
    emitOpenCount();
    schedulePass(0);
}

void OutboxSender::stop()
{
    m_running = false;
    m_passTimer.stop();
    // What is in flight is abandoned: an entry left 'submitting' is reconciled by the next run.
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<provider::ProviderJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
    const auto reconcilers = findChildren<OutboxReconciler *>(Qt::FindDirectChildrenOnly);
    for (OutboxReconciler *reconciler : reconcilers)
        delete reconciler;
    m_busy.clear();
}

void OutboxSender::retryNow()
{
    m_offlineUntil = 0;
    m_offlineFailures = 0;
    if (auto s = m_outbox.makeDueNow(now(), m_options.settleMs); !s) {
        onStorageError(s.error());
        return;
    }
    schedulePass(0);
}

void OutboxSender::schedulePass(qint64 delayMs)
{
    if (!m_running)
        return;
    delayMs = std::clamp<qint64>(delayMs, 0, 24LL * 3600'000);
    const qint64 due = now() + delayMs;
    if (m_passTimer.isActive() && m_passTimer.dueMs() <= due)
        return;
    m_passTimer.startAt(due);
}

void OutboxSender::runPass()
{
    if (!m_running)
        return;
    const qint64 t = now();
    qint64 wake = std::numeric_limits<qint64>::max();
    const auto wakeAt = [&wake, t](qint64 at) {
        if (at > t)
            wake = std::min(wake, at);
    };
    // Calls in flight re-run the pass when they end; the timer is for what waits on time.
    const auto haveRoom = [this] { return m_busy.size() < m_options.maxInFlight; };
    const bool offline = m_offlineUntil > t;
    if (offline)
        wakeAt(m_offlineUntil);

    auto entries = m_outbox.openEntries();
    if (!entries) {
        onStorageError(entries.error());
        return;
    }
    QSet<qint64> conversations;
    for (OutboxEntry entry : *entries) {
        // Only the oldest open entry of a conversation moves: the customer reads in order.
        if (conversations.contains(entry.conversationId))
            continue;
        conversations.insert(entry.conversationId);
        if (m_busy.contains(entry.clientId))
            continue;

        if (entry.state == OutboxState::Submitting) {
            // Not in flight here: a run ended mid-submit, or the write of the outcome failed.
            // The provider may have it.
            const qint64 at = std::max(t, entry.updatedAt + m_options.settleMs);
            auto moved = m_outbox.markUncertain(entry, at, uncertainText(), t);
            if (!moved) {
                onStorageError(moved.error());
                return;
            }
            qCInfo(lcOutbox) << entry.clientId << "was submitting when the last run ended";
            entry.state = OutboxState::Uncertain;
            entry.nextAttemptAt = at;
            entry.updatedAt = t;
            changed(entry, OutboxState::Uncertain, uncertainText());
        }

        if (entry.nextAttemptAt > t) {
            wakeAt(entry.nextAttemptAt);
            continue;
        }
        if (offline || !haveRoom())
            continue;
        if (entry.state == OutboxState::Uncertain) {
            reconcile(entry);
        } else {
            const auto notUploaded
                = std::find_if(entry.media.cbegin(), entry.media.cend(),
                               [](const OutboxMedia &media) { return media.url.isEmpty(); });
            if (notUploaded != entry.media.cend()) {
                upload(entry, int(notUploaded - entry.media.cbegin()));
                continue;
            }
            const qint64 wait = m_throttle.waitMs(entry.from, segmentsOf(entry.body), t);
            if (wait > 0) {
                wakeAt(t + wait);
                continue;
            }
            if (!submit(entry, t))
                return;
        }
    }

    if (!offline) {
        auto due = m_outbox.dueRefreshes(t, m_options.maxInFlight + int(m_busy.size()));
        if (!due) {
            onStorageError(due.error());
            return;
        }
        for (const OutboxEntry &entry : *due) {
            if (!haveRoom())
                break;
            if (!m_busy.contains(entry.clientId) && !refresh(entry, t))
                return;
        }
        auto next = m_outbox.nextRefreshAt();
        if (!next) {
            onStorageError(next.error());
            return;
        }
        if (*next != 0)
            wakeAt(*next);
    }
    m_storageFailures = 0;
    if (wake != std::numeric_limits<qint64>::max())
        schedulePass(wake - t);
}

bool OutboxSender::submit(const OutboxEntry &entry, qint64 nowMs)
{
    // On disk before the request leaves: after a crash, 'submitting' means "ask the provider".
    auto marked = m_outbox.markSubmitting(entry, nowMs);
    if (!marked) {
        onStorageError(marked.error());
        return false;
    }
    if (!*marked)
        return true; // moved on meanwhile
    OutboxEntry sent = entry;
    sent.state = OutboxState::Submitting;
    sent.attempts += 1;
    sent.updatedAt = nowMs;
    m_throttle.take(entry.from, segmentsOf(entry.body), nowMs);
    m_busy.insert(entry.clientId);
    changed(sent, OutboxState::Submitting);

    provider::OutgoingMessage message;
    message.to = entry.to;
    message.from = entry.from;
    message.body = entry.body;
    for (const OutboxMedia &media : entry.media)
        message.mediaUrls.append(media.url);
    provider::MessageJob *job = m_provider->send(message);
    track(job);
    connect(job, &provider::ProviderJob::finished, this, [this, sent, job] { onSent(sent, job); });
    return true;
}

qint64 OutboxSender::retryDelay(const ProviderError &error, int failures, qint64 nowMs)
{
    qint64 delay = error.retryAfterMs() > 0 ? error.retryAfterMs() : backoffMs(failures);
    if (error.kind() == Kind::Offline) {
        noteOffline(nowMs);
        delay = std::max(delay, m_offlineUntil - nowMs);
    }
    return delay;
}

void OutboxSender::upload(const OutboxEntry &entry, int index)
{
    const qint64 t = now();
    const OutboxMedia &media = entry.media.at(index);
    const QString name = QFileInfo(media.localPath).fileName();
    const auto failForGood = [&](const QString &why) {
        if (recorded(entry, m_outbox.markFailed(entry, 0, why, t), OutboxState::Failed, why))
            qCInfo(lcOutbox).noquote() << entry.clientId << "failed:" << why;
    };
    if (!m_provider->canUploadMedia()) {
        failForGood(tr("Pictures and files cannot be sent from this workspace: it has no place "
                       "to put them where the provider can fetch them. Set upload_url in the "
                       "[media] section of workspace.ini, or send the text alone."));
        return;
    }
    QFile file(m_options.mediaDirectory + QLatin1Char('/') + media.localPath);
    if (m_options.mediaDirectory.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        failForGood(tr("The attached file is no longer in the media folder (%1), so the message "
                       "was not sent. Attach it again and resend.")
                        .arg(file.fileName()));
        return;
    }
    const QByteArray bytes = file.readAll();
    m_busy.insert(entry.clientId);
    provider::MediaUploadJob *job = m_provider->uploadMedia(bytes, media.contentType);
    track(job);
    qCDebug(lcOutbox) << entry.clientId << "uploading" << name << bytes.size() << "bytes";
    connect(job, &provider::ProviderJob::finished, this,
            [this, entry, index, job] { onUploaded(entry, index, job); });
}

void OutboxSender::onUploaded(OutboxEntry entry, int index, provider::MediaUploadJob *job)
{
    m_busy.remove(entry.clientId);
    const qint64 t = now();
    const ProviderError &error = job->error();
    if (!error.isError()) {
        noteOnline();
        m_uploadFailures.remove(entry.clientId);
        entry.media[index].url = job->url;
        if (auto written = m_outbox.setMediaUrls(entry); !written) {
            onStorageError(written.error());
            return;
        }
        schedulePass(0);
        return;
    }
    Result<bool> written = false;
    OutboxState state = OutboxState::Waiting;
    const QString why
        = tr("The picture could not be uploaded for sending: %1").arg(error.message());
    // Nothing reached the provider's Messages API: a retry is always safe.
    const Verdict verdict = verdictFor(error);
    if (verdict == Verdict::Failed && error.kind() != Kind::Timeout) {
        written = m_outbox.markFailed(entry, error.providerCode(), why, t);
        state = OutboxState::Failed;
    } else {
        const qint64 delay = verdict == Verdict::Blocked
            ? m_options.retryMaxMs
            : retryDelay(error, ++m_uploadFailures[entry.clientId], t);
        written = m_outbox.markWaiting(entry, t + delay, error.providerCode(), why, t);
    }
    qCInfo(lcOutbox).noquote() << entry.clientId << "upload failed:" << error.details();
    if (recorded(entry, written, state, why))
        schedulePass(0);
}

void OutboxSender::onSent(OutboxEntry entry, provider::MessageJob *job)
{
    m_busy.remove(entry.clientId);
    const qint64 t = now();
    const ProviderError &error = job->error();
    Result<bool> written = false;
    OutboxState state = OutboxState::Waiting;
    QString why;
    switch (verdictFor(error)) {
    case Verdict::Accepted: {
        noteOnline();
        const qint64 refreshAt = job->message.isFinal() ? 0 : t + m_options.refreshBaseMs;
        written = m_outbox.markAccepted(entry, job->message, refreshAt, t);
        state = OutboxState::Accepted;
        qCDebug(lcOutbox) << entry.clientId << "accepted as" << job->message.sid;
        break;
    }
    case Verdict::Failed:
        noteOnline();
        why = error.message();
        written = m_outbox.markFailed(entry, error.providerCode(), why, t);
        state = OutboxState::Failed;
        qCInfo(lcOutbox).noquote() << entry.clientId << "failed:" << error.details();
        break;
    case Verdict::Retry: {
        const qint64 delay = retryDelay(error, entry.attempts, t);
        // Asked to wait (Retry-After): everything from this number waits, not only this
        // conversation.
        if (error.retryAfterMs() > 0)
            m_throttle.holdUntil(entry.from, t + delay);
        why = error.message();
        written = m_outbox.markWaiting(entry, t + delay, error.providerCode(), why, t);
        qCInfo(lcOutbox).noquote()
            << entry.clientId << "not sent:" << error.details() << "- again in" << delay << "ms";
        break;
    }
    case Verdict::Uncertain:
        why = uncertainText();
        written = m_outbox.markUncertain(entry, t + m_options.settleMs, why, t);
        state = OutboxState::Uncertain;
        qCInfo(lcOutbox).noquote() << entry.clientId << "uncertain:" << error.details();
        break;
    case Verdict::Blocked:
        why = error.message();
        written
            = m_outbox.markWaiting(entry, t + m_options.retryMaxMs, error.providerCode(), why, t);
        qCWarning(lcOutbox).noquote() << entry.clientId << "blocked:" << error.details();
        break;
    }
    // Not written: the row still says 'submitting', and the next pass reconciles it.
    if (recorded(entry, written, state, why))
        schedulePass(0);
}

void OutboxSender::reconcile(const OutboxEntry &entry)
{
    m_busy.insert(entry.clientId);
    auto *reconciler = new OutboxReconciler(m_provider, entry, m_options.reconcileMarginMs,
                                            m_options.reconcilePageSize, this);
    connect(reconciler, &OutboxReconciler::finished, this,
            [this, reconciler] { onReconciled(reconciler); });
    reconciler->start();
}

void OutboxSender::onReconciled(OutboxReconciler *reconciler)
{
    const OutboxEntry entry = reconciler->entry();
    reconciler->deleteLater();
    m_busy.remove(entry.clientId);
    const qint64 t = now();

    if (reconciler->outcome() == OutboxReconciler::Outcome::Failed) {
        const ProviderError &error = reconciler->error();
        const int failures = ++m_reconcileFailures[entry.clientId];
        qint64 delay = std::max(backoffMs(failures), error.retryAfterMs());
        if (error.kind() == Kind::Offline) {
            noteOffline(t);
            delay = std::max(delay, m_offlineUntil - t);
        }
        qCInfo(lcOutbox).noquote() << entry.clientId << "cannot check yet:" << error.details();
        auto written = m_outbox.markUncertain(entry, t + delay, uncertainText(), t);
        if (!written) {
            onStorageError(written.error());
            return;
        }
        schedulePass(0);
        return;
    }
    m_reconcileFailures.remove(entry.clientId);
    noteOnline();

    // The provider's copy is the oldest one with our text that is not already another of ours
    // (per conversation only one entry at a time can be in doubt).
    for (const provider::ProviderMessage &candidate : reconciler->candidates()) {
        auto claimed = m_outbox.isSidClaimed(candidate.sid, entry.clientId);
        if (!claimed) {
            onStorageError(claimed.error());
            return;
        }
        if (*claimed)
            continue;
        const qint64 refreshAt = candidate.isFinal() ? 0 : t + m_options.refreshBaseMs;
        if (recorded(entry, m_outbox.markAccepted(entry, candidate, refreshAt, t),
                     OutboxState::Accepted)) {
            qCInfo(lcOutbox) << entry.clientId << "found at the provider as" << candidate.sid;
            schedulePass(0);
        }
        return;
    }
    // Not there after the settle time: it never reached the provider. Send it.
    qCInfo(lcOutbox) << entry.clientId << "not at the provider: sending again";
    if (recorded(entry, m_outbox.markWaiting(entry, t, entry.lastErrorCode, entry.lastError, t),
                 OutboxState::Waiting))
        schedulePass(0);
}

bool OutboxSender::refresh(const OutboxEntry &entry, qint64 nowMs)
{
    // A pull (or a status callback) may have brought the final status already.
    MessageStore messages(m_db);
    auto row = messages.message(entry.messageId);
    if (!row) {
        onStorageError(row.error());
        return false;
    }
    if (isFinalStatus(row->status) || nextRefreshAt(entry, nowMs) == 0) {
        if (auto s = m_outbox.rescheduleRefresh(entry, 0); !s) {
            onStorageError(s.error());
            return false;
        }
        return true;
    }
    m_busy.insert(entry.clientId);
    provider::MessageJob *job = m_provider->fetch(entry.providerSid);
    track(job);
    connect(job, &provider::ProviderJob::finished, this,
            [this, entry, job] { onRefreshed(entry, job); });
    return true;
}

qint64 OutboxSender::nextRefreshAt(const OutboxEntry &entry, qint64 nowMs) const
{
    const qint64 age = nowMs - entry.createdAt;
    if (age > m_options.refreshForMs)
        return 0; // stop asking; a pull still catches a late change
    return nowMs + std::clamp(age / 2, m_options.refreshBaseMs, m_options.refreshMaxMs);
}

void OutboxSender::onRefreshed(const OutboxEntry &entry, provider::MessageJob *job)
{
    m_busy.remove(entry.clientId);
    const qint64 t = now();
    Status written = success();
    if (job->succeeded()) {
        noteOnline();
        const qint64 refreshAt = job->message.isFinal() ? 0 : nextRefreshAt(entry, t);
        written = m_outbox.recordRefresh(entry, job->message, refreshAt, t);
        if (written)
            emit messageUpdated(entry.messageId);
    } else if (job->error().kind() == Kind::NotFound) {
        written = m_outbox.rescheduleRefresh(entry, 0); // deleted at the provider
    } else {
        if (job->error().kind() == Kind::Offline)
            noteOffline(t);
        const qint64 next = nextRefreshAt(entry, t);
        written = m_outbox.rescheduleRefresh(
            entry, next == 0 ? 0 : std::max(next, t + job->error().retryAfterMs()));
    }
    if (!written) {
        onStorageError(written.error());
        return;
    }
    schedulePass(0);
}

void OutboxSender::noteOffline(qint64 nowMs)
{
    // The network is shared: while it is gone, nothing else tries either.
    ++m_offlineFailures;
    m_offlineUntil = nowMs + backoffMs(m_offlineFailures);
}

void OutboxSender::noteOnline()
{
    m_offlineFailures = 0;
    m_offlineUntil = 0;
}

void OutboxSender::onStorageError(const StorageError &error)
{
    ++m_storageFailures;
    qCWarning(lcOutbox).noquote() << "outbox:" << error.details();
    emit storageFailed(error.message());
    // Every state on disk is resumable, so trying again later is all there is to do.
    schedulePass(backoffMs(m_storageFailures));
}

bool OutboxSender::recorded(const OutboxEntry &entry, const Result<bool> &written,
                            OutboxState state, const QString &message)
{
    if (!written) {
        onStorageError(written.error());
        return false;
    }
    if (written.value())
        changed(entry, state, message);
    return true;
}

void OutboxSender::changed(const OutboxEntry &entry, OutboxState state, const QString &message)
{
    emit entryChanged(entry.clientId, state, message);
    emitOpenCount();
}

void OutboxSender::emitOpenCount()
{
    auto count = m_outbox.openCount();
    if (!count)
        return; // the next change tries again
    if (*count != m_lastOpenCount) {
        m_lastOpenCount = *count;
        emit openCountChanged(*count);
    }
}

void OutboxSender::track(provider::ProviderJob *job)
{
    m_jobs.removeIf([](const QPointer<provider::ProviderJob> &p) { return p.isNull(); });
    m_jobs.append(job);
}

} // namespace textdesk::sync
