#include "Clock.h"

#include <QtCore/QDateTime>

#include <algorithm>

namespace textdesk {

namespace {
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// QTimer counts in int milliseconds, and a computer that sleeps does not count at all: long
// waits are cut into steps and the due time is checked against the wall clock after each.
constexpr qint64 kLongestStepMs = 60'000;
} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

FakeClock::FakeClock(qint64 nowMs, QObject *parent)
    : QObject(parent)
    , m_now(nowMs)
{ }

void FakeClock::setNow(qint64 nowMs)
{
    m_now = nowMs;
    emit moved(m_now);
}

ClockTimer::ClockTimer(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClockTimer::check);
    if (auto *fake = dynamic_cast<FakeClock *>(&clock))
        connect(fake, &FakeClock::moved, this, &ClockTimer::check);
}

void ClockTimer::startAt(qint64 dueMs)
{
    m_due = dueMs;
    m_active = true;
    const qint64 wait = dueMs - m_clock.nowMs();
    // Due already: from the event loop, never re-entrantly from the caller.
    if (wait <= 0 || !m_clock.isManual())
        m_timer.start(int(std::clamp<qint64>(wait, 0, kLongestStepMs)));
    else
        m_timer.stop();
}

void ClockTimer::stop()
{
    m_active = false;
    m_timer.stop();
}

void ClockTimer::check()
{
    if (!m_active)
        return;
    if (m_clock.nowMs() < m_due) {
        if (!m_clock.isManual())
            m_timer.start(int(std::min(m_due - m_clock.nowMs(), kLongestStepMs)));
        return;
    }
    m_active = false;
    m_timer.stop();
    emit timeout();
}

} // namespace textdesk
