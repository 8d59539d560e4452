#pragma once

#include "core/Clock.h"
#include "storage/TimerStore.h"

#include <QtCore/QHash>
#include <QtCore/QObject>

#include <functional>

namespace textdesk::engine {

// Durable timers: stored in the cache (storage/TimerStore), fired once each, in due order, on
// the engine's clock; those that came due while nothing ran fire at start().
//
// Exactly once: a handler does its work on the same connection, and the scheduler marks the
// timer fired in that transaction. A kill before the commit undoes both (it fires again at the
// next start); after it, neither is repeated. So a handler's work is writes to the cache (work
// that talks to the network is queued durably, e.g. into the outbox, which sends it once).
class Scheduler : public QObject
{
    Q_OBJECT
public:
    // The work of a timer, in its transaction; an error undoes it and tries again later.
    using Handler = std::function<Status(Database &db, const TimerRecord &timer, qint64 nowMs)>;

    Scheduler(Database &db, Clock &clock, QObject *parent = nullptr);

    void registerHandler(const QString &kind, Handler handler);

    // Stores a timer (replacing one with its key) and re-arms.
    Result<qint64> schedule(const TimerRecord &timer);
    Result<bool> cancel(const QString &key);

    // Fires what is due (late ones included) and arms the clock for the next.
    void start();
    void stop();
    // Fires every due timer now; how many fired. Stops at the first storage error.
    Result<int> fireDue();
    // Another writer may have added timers (a command in the same transaction as its change):
    // look again for the earliest.
    void rearm();

    // A failed handler is tried again after this long.
    static constexpr qint64 kRetryMs = 60'000;

signals:
    void fired(const QString &kind, qint64 subject);
    void failed(const QString &message);

private:
    void onTimeout();
    // The timer's work and its "fired" mark, in one transaction.
    Status runOne(const TimerRecord &timer, qint64 nowMs);

    Database &m_db;
    Clock &m_clock;
    ClockTimer m_timer;
    QHash<QString, Handler> m_handlers;
    bool m_running = false;
};

} // namespace textdesk::engine
