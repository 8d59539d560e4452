#include "Scheduler.h"

#include <QtCore/QLoggingCategory>

Q_LOGGING_CATEGORY(lcScheduler, "textdesk.scheduler", QtInfoMsg)

namespace textdesk::engine {

Scheduler::Scheduler(Database &db, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_timer(clock, this)
{
    connect(&m_timer, &ClockTimer::timeout, this, &Scheduler::onTimeout);
}

void Scheduler::registerHandler(const QString &kind, Handler handler)
{
    m_handlers.insert(kind, std::move(handler));
}

Result<qint64> Scheduler::schedule(const TimerRecord &timer)
{
    auto id = TimerStore::put(m_db, timer, m_clock.nowMs());
    if (id)
        rearm();
    return id;
}

Result<bool> Scheduler::cancel(const QString &key)
{
    auto removed = TimerStore::cancel(m_db, key);
    if (removed)
        rearm();
    return removed;
}

void Scheduler::start()
{
    m_running = true;
    onTimeout();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
}

Result<int> Scheduler::fireDue()
{
    const QStringList kinds = m_handlers.keys();
    int count = 0;
    for (;;) {
        const qint64 now = m_clock.nowMs();
        auto due = TimerStore::nextDue(m_db, kinds, now);
        if (!due)
            return due.error();
        if (!*due)
            return count;
        const TimerRecord &timer = **due;
        Status work = runOne(timer, now);
        if (!work) {
            // Its work was undone with the transaction; the timer waits and is tried again, so
            // one that cannot run does not hold up the others.
            qCWarning(lcScheduler).noquote()
                << "timer" << timer.key << "failed:" << work.error().details();
            emit failed(work.error().message());
            if (auto s = TimerStore::postpone(m_db, timer.id, now + kRetryMs); !s)
                return s.error();
            continue;
        }
        ++count;
        qCInfo(lcScheduler).noquote() << "timer fired:" << timer.key;
        emit fired(timer.kind, timer.subject);
    }
}

Status Scheduler::runOne(const TimerRecord &timer, qint64 nowMs)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status work = m_handlers.value(timer.kind)(m_db, timer, nowMs); !work)
        return work; // rolled back
    if (auto marked = TimerStore::markFired(m_db, timer.id, nowMs); !marked)
        return marked.error();
    return tx.commit();
}

void Scheduler::rearm()
{
    if (!m_running)
        return;
    auto next = TimerStore::earliest(m_db, m_handlers.keys());
    if (!next) {
        emit failed(next.error().message());
        return;
    }
    if (*next)
        m_timer.startAt(**next);
    else
        m_timer.stop();
}

void Scheduler::onTimeout()
{
    if (!m_running)
        return;
    if (auto fired = fireDue(); !fired)
        emit failed(fired.error().message());
    rearm();
}

} // namespace textdesk::engine
