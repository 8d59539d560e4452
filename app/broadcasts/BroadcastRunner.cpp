#include "BroadcastRunner.h"

#include "BroadcastPlan.h"
#include "sync/Outbox.h"

#include <QtCore/QScopeGuard>
#include <QtCore/QTimeZone>

#include <algorithm>
#include <limits>

namespace textdesk::broadcasts {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

StorageError refusal(const QString &words)
{
    return StorageError(StorageError::Kind::InvalidInput, {}, words);
}

} // namespace

BroadcastRunner::BroadcastRunner(Database &db, Clock &clock, QString region,
                                 compliance::QuietHours quietHours, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_region(std::move(region))
    , m_quietHours(quietHours)
    , m_timer(clock)
{
    connect(&m_timer, &ClockTimer::timeout, this, &BroadcastRunner::onTimeout);
}

BroadcastRunner::~BroadcastRunner() = default;

void BroadcastRunner::start()
{
    m_running = true;
    wake();
}

void BroadcastRunner::stop()
{
    m_running = false;
    m_timer.stop();
}

void BroadcastRunner::wake()
{
    if (!m_running)
        return;
    if (auto n = pump(); !n)
        emit failed(n.error().message());
}

void BroadcastRunner::onTimeout()
{
    wake();
}

void BroadcastRunner::arm(qint64 atMs)
{
    if (!m_running || atMs == kNever)
        m_timer.stop();
    else
        m_timer.startAt(atMs);
}

sync::SendThrottle &BroadcastRunner::throttleFor(const BroadcastRecord &broadcast)
{
    const double rate = broadcast.rate > 0 ? broadcast.rate : 1.0;
    auto &throttle = m_throttles[broadcast.from];
    // One bucket per sending number; a broadcast at another rate from it replaces the rate.
    if (!throttle || throttle->segmentsPerSecond() != rate) {
        const double burst = std::max(1.0, rate);
        throttle = std::make_shared<sync::SendThrottle>(rate, burst);
        // A restart does not refill the bucket: it holds what it would have held had this
        // process been running when the last recipient was queued from this number.
        const qint64 now = m_clock.nowMs();
        if (auto last = BroadcastStore::lastQueuedAt(m_db, broadcast.from); last && *last > 0) {
            const double earned = double(std::max<qint64>(0, now - *last)) * rate / 1000.0;
            throttle->setTokens(broadcast.from, std::min(burst, earned), now);
        }
    }
    return *throttle;
}

Status BroadcastRunner::pause(qint64 broadcastId)
{
    auto moved = BroadcastStore::setState(m_db, broadcastId, { QStringLiteral("running") },
                                          QStringLiteral("paused"), m_clock.nowMs());
    if (!moved)
        return moved.error();
    if (!*moved)
        return refusal(tr("Only a running broadcast can be paused."));
    return success();
}

Status BroadcastRunner::resume(qint64 broadcastId)
{
    auto moved = BroadcastStore::setState(m_db, broadcastId, { QStringLiteral("paused") },
                                          QStringLiteral("running"), m_clock.nowMs());
    if (!moved)
        return moved.error();
    if (!*moved)
        return refusal(tr("Only a paused broadcast can be resumed."));
    wake();
    return success();
}

Status BroadcastRunner::cancel(qint64 broadcastId)
{
    Transaction tx(m_db, Database::Durability::Full);
    if (!tx.status())
        return tx.status();
    auto moved = BroadcastStore::setState(m_db, broadcastId,
                                          { QStringLiteral("running"), QStringLiteral("paused") },
                                          QStringLiteral("cancelled"), m_clock.nowMs());
    if (!moved)
        return moved.error();
    if (!*moved)
        return refusal(tr("The broadcast has already finished."));
    if (auto n = BroadcastStore::cancelWaiting(m_db, broadcastId); !n)
        return n.error();
    if (Status s = tx.commit(); !s)
        return s;
    emit finished(broadcastId);
    return success();
}

Result<int> BroadcastRunner::pump()
{
    if (m_pumping)
        return 0;
    m_pumping = true;
    const auto done = qScopeGuard([this] { m_pumping = false; });
    const qint64 now = m_clock.nowMs();
    auto broadcasts = BroadcastStore::unfinished(m_db, false);
    if (!broadcasts)
        return broadcasts.error();
    qint64 next = kNever;
    int total = 0;
    bool allHeld = !broadcasts->isEmpty();
    for (const BroadcastRecord &broadcast : std::as_const(*broadcasts)) {
        qint64 again = 0;
        bool onlyHeld = false;
        auto n = pumpOne(broadcast, now, &again, &onlyHeld);
        if (!n) {
            arm(now + 60'000); // a write failed: the rows are as they were; try again later
            return n.error();
        }
        total += *n;
        if (again > 0)
            next = std::min(next, again);
        allHeld = allHeld && (onlyHeld || again == 0);
    }
    // Another writer (the window's dialog on the sync thread, a command on the same cache) may
    // store, pause or resume a broadcast: look again now and then even when nothing is due.
    arm(std::min(next, now + kLookAgainMs));
    if (total > 0)
        emit queued(total);
    if (allHeld && next != kNever)
        emit held(next);
    return total;
}

Result<int> BroadcastRunner::pumpOne(const BroadcastRecord &broadcast, qint64 nowMs, qint64 *nextMs,
                                     bool *onlyHeld)
{
    sync::SendThrottle &throttle = throttleFor(broadcast);
    sync::Outbox outbox(m_db, m_region);
    int total = 0;
    for (;;) {
        if (const qint64 wait = throttle.waitMs(broadcast.from, 1, nowMs); wait > 0) {
            *nextMs = nowMs + wait;
            break;
        }
        // Each recipient's message and its "queued" mark share this transaction, and the rows
        // are read inside it: another runner on this cache (a window and a command) cannot
        // take the same ones.
        Transaction tx(m_db, Database::Durability::Full);
        if (!tx.status())
            return tx.status().error();
        auto rows = BroadcastStore::due(m_db, broadcast.id, nowMs, kBatch);
        if (!rows)
            return rows.error();
        if (rows->isEmpty()) {
            auto later = BroadcastStore::nextNotBefore(m_db, broadcast.id);
            if (!later)
                return later.error();
            if (*later) {
                *nextMs = std::max(nowMs + 1, **later);
                *onlyHeld = true;
                break;
            }
            auto moved = BroadcastStore::setState(m_db, broadcast.id, { QStringLiteral("running") },
                                                  QStringLiteral("done"), nowMs);
            if (!moved)
                return moved.error();
            if (Status s = tx.commit(); !s)
                return s.error();
            *nextMs = 0;
            if (*moved)
                emit finished(broadcast.id);
            break;
        }
        int queued = 0;
        for (const BroadcastRecipientRow &row : std::as_const(*rows)) {
            if (throttle.waitMs(broadcast.from, 1, nowMs) > 0)
                break;
            // Quiet hours again: the plan may be hours old.
            const QTimeZone zone = row.timeZone.isEmpty() ? QTimeZone::systemTimeZone()
                                                          : QTimeZone(row.timeZone.toUtf8());
            const qint64 allowedAt = m_quietHours.nextAllowed(nowMs, zone);
            if (allowedAt > nowMs) {
                if (auto held = BroadcastStore::hold(m_db, row.id, Reason::quietHours(), allowedAt);
                    !held)
                    return held.error();
                continue;
            }
            const sync::EnqueueResult result
                = outbox.enqueue({ row.number, broadcast.from, row.body, 0, {}, true }, nowMs);
            if (result.error == sync::EnqueueResult::Error::Storage)
                return StorageError(StorageError::Kind::Other, {}, result.errorMessage);
            if (!result.ok()) {
                // A STOP (or a request to stop in other words) that arrived after the plan, or
                // a text the outbox refuses.
                const QString reason = result.error == sync::EnqueueResult::Error::OptedOut
                    ? Reason::optedOut()
                    : result.error == sync::EnqueueResult::Error::RevocationPending
                    ? Reason::revocationPending()
                    : Reason::refused();
                if (auto skipped = BroadcastStore::markSkipped(m_db, row.id, reason); !skipped)
                    return skipped.error();
                continue;
            }
            auto marked = BroadcastStore::markQueued(m_db, row.id, result.entry.clientId,
                                                     result.message.id, nowMs);
            if (!marked)
                return marked.error();
            if (!*marked) // cannot happen under the write lock; never queue one twice
                return StorageError(StorageError::Kind::Other, {},
                                    tr("A recipient of the broadcast changed while it was being "
                                       "queued; it is tried again."));
            throttle.take(broadcast.from, 1, nowMs);
            ++queued;
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        total += queued;
    }
    if (total > 0) {
        auto counts = BroadcastStore::counts(m_db, broadcast.id);
        if (!counts)
            return counts.error();
        emit progressed(broadcast.id, counts->queued, counts->total);
    }
    return total;
}

} // namespace textdesk::broadcasts
