#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <algorithm>

namespace textdesk {

// The engine's time: the wall clock in the app, a clock a test moves by hand. All timed work
// (the scheduler, the pull timer, the outbox's and the media fetcher's retries, "now" stamps of
// the engine's writes) reads it, so a test drives hours of snoozes and backoff in
// microseconds, without sleeps. Here, below sync/ and engine/, so that both can use it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    // A manual clock fires its timers from advance(), not from the event loop.
    virtual bool isManual() const { return false; }

    // The wall clock (one per process).
    static Clock &system();
    // `clock`, or the wall clock when there is none.
    static Clock &orSystem(Clock *clock) { return clock ? *clock : system(); }
};

// A clock for tests: stands still until told otherwise.
class FakeClock : public QObject, public Clock
{
    Q_OBJECT
public:
    explicit FakeClock(qint64 nowMs = 1'700'000'000'000, QObject *parent = nullptr);
    qint64 nowMs() const override { return m_now; }
    bool isManual() const override { return true; }

    void setNow(qint64 nowMs);
    // Moves time forward; timers that become due fire before this returns.
    void advance(qint64 ms) { setNow(m_now + ms); }

signals:
    void moved(qint64 nowMs);

private:
    qint64 m_now;
};

// A single-shot timer on a Clock: due at an absolute time, so a wall clock's long waits (a
// snooze of a week) and a fake clock's jumps behave the same.
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    explicit ClockTimer(Clock &clock, QObject *parent = nullptr);

    void startAt(qint64 dueMs);
    void startIn(qint64 delayMs) { startAt(m_clock.nowMs() + std::max<qint64>(0, delayMs)); }
    void stop();
    bool isActive() const { return m_active; }
    qint64 dueMs() const { return m_due; }

signals:
    void timeout();

private:
    void check();

    Clock &m_clock;
    QTimer m_timer;
    qint64 m_due = 0;
    bool m_active = false;
};

} // namespace textdesk
