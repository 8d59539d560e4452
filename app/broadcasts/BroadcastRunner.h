#pragma once

#include "compliance/QuietHours.h"
#include "core/Clock.h"
#include "storage/BroadcastStore.h"
#include "sync/SendThrottle.h"

#include <QtCore/QHash>
#include <QtCore/QObject>

#include <memory>

namespace textdesk::broadcasts {

// Sends the stored broadcasts (BroadcastStore) through the outbox, paced per sending number by
// a token bucket (sync::SendThrottle, one message = one token) on the engine's clock.
//
// The broadcast feeds the outbox at its rate instead of queueing everyone at once, so that an
// agent's reply from the same number is not stuck behind ten thousand messages, and so that a
// pause or a cancel leaves the rest unsent. Exactly once: a recipient's message goes into the
// outbox (Outbox::enqueue, consent checked there) and the recipient is marked `queued` in one
// synchronous=FULL transaction, so a kill before the commit undoes both and one after it never
// repeats. Quiet hours are checked again when a recipient's turn comes: one whose window has
// closed is held until it opens, and the others go on.
class BroadcastRunner : public QObject
{
    Q_OBJECT
public:
    // region: how the outbox reads numbers; quietHours: the window at the customer's location.
    BroadcastRunner(Database &db, Clock &clock, QString region = {},
                    compliance::QuietHours quietHours = {}, QObject *parent = nullptr);
    ~BroadcastRunner() override;

    // Goes on with every running broadcast (those a kill interrupted included).
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // A new broadcast was stored, or another writer changed one: look again.
    void wake();
    Status pause(qint64 broadcastId);
    Status resume(qint64 broadcastId);
    // The recipients not yet queued are cancelled; those queued are in the outbox already.
    Status cancel(qint64 broadcastId);

    // Queues what the pacing allows now, and arms the clock for the next; how many were queued.
    Result<int> pump();

    // The most recipients queued in one transaction when the bucket allows several at once.
    static constexpr int kBatch = 200;
    // How often it looks for broadcasts other writers stored or resumed.
    static constexpr qint64 kLookAgainMs = 5'000;

signals:
    void progressed(qint64 broadcastId, int queued, int total);
    // No recipient waits any more (or it was cancelled).
    void finished(qint64 broadcastId);
    // Every running broadcast has only recipients held for quiet hours left; the first window
    // opens at `untilMs`.
    void held(qint64 untilMs);
    // Messages went into the outbox: its sender may look now.
    void queued(int count);
    void failed(const QString &message);

private:
    sync::SendThrottle &throttleFor(const BroadcastRecord &broadcast);
    // One broadcast's turn: queues what its number's bucket allows; the time it wants to be
    // looked at again (0: never, it is done), via *nextMs.
    // *onlyHeld: what is left of it waits for quiet hours.
    Result<int> pumpOne(const BroadcastRecord &broadcast, qint64 nowMs, qint64 *nextMs,
                        bool *onlyHeld);
    void arm(qint64 atMs);
    void onTimeout();

    Database &m_db;
    Clock &m_clock;
    QString m_region;
    compliance::QuietHours m_quietHours;
    ClockTimer m_timer;
    QHash<QString, std::shared_ptr<sync::SendThrottle>> m_throttles; // by sending number
    bool m_running = false;
    bool m_pumping = false;
};

} // namespace textdesk::broadcasts
