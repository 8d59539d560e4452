#include "Lifecycle.h"

#include "Random.h"

#include <QtCore/QDateTime>

namespace textdesk::sim {

namespace {

constexpr int kFailedCodes[] = { 30001, 30002, 30004, 30008 };
constexpr int kUndeliveredCodes[] = { 30003, 30005, 30006, 30007 };

} // namespace

QString errorMessageFor(int code)
{
    switch (code) {
    case 30001:
        return QStringLiteral("Queue overflow");
    case 30002:
        return QStringLiteral("Account suspended");
    case 30003:
        return QStringLiteral("Unreachable destination handset");
    case 30004:
        return QStringLiteral("Message blocked");
    case 30005:
        return QStringLiteral("Unknown destination handset");
    case 30006:
        return QStringLiteral("Landline or unreachable carrier");
    case 30007:
        return QStringLiteral("Message filtered");
    case 30008:
        return QStringLiteral("Unknown error");
    default:
        return {};
    }
}

Lifecycle::Lifecycle(SimStore &store, quint32 seed, double failureRate, int stepMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_seed(splitMix64(quint64(seed) ^ 0x5747755ULL))
    , m_failureRate(failureRate)
    , m_stepMs(std::max(0, stepMs))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Lifecycle::fireDue);
}

void Lifecycle::decideFate(MessageRow &row) const
{
    row.flags &= ~(MessageRow::FailsAsFailed | MessageRow::FailsAsUndelivered);
    if (unitHash(m_seed, row.sid.hi) >= m_failureRate)
        return;
    row.flags |= unitHash(m_seed ^ 1, row.sid.lo) < 0.5 ? MessageRow::FailsAsFailed
                                                        : MessageRow::FailsAsUndelivered;
}

void Lifecycle::track(const MessageRow &row, qint64 now)
{
    if (!row.isOutbound() || isFinal(row.status))
        return;
    if (row.status == Status::Scheduled) {
        const MessageExtra *extra = row.extra != kNone ? &m_store.extra(row.extra) : nullptr;
        schedule(row.sid, extra && extra->sendAt > 0 ? extra->sendAt : now);
        return;
    }
    schedule(row.sid, now + m_stepMs);
}

void Lifecycle::forget(const Sid &sid)
{
    const auto found = m_dueBySid.constFind(sid);
    if (found == m_dueBySid.cend())
        return;
    auto [first, last] = m_due.equal_range(*found);
    for (auto it = first; it != last; ++it) {
        if (it->second == sid) {
            m_due.erase(it);
            break;
        }
    }
    m_dueBySid.erase(found);
}

void Lifecycle::schedule(const Sid &sid, qint64 due)
{
    forget(sid);
    m_due.emplace(due, sid);
    m_dueBySid.insert(sid, due);
    arm();
}

void Lifecycle::arm()
{
    if (m_due.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_due.begin()->first - QDateTime::currentMSecsSinceEpoch();
    m_timer.start(int(std::clamp<qint64>(wait, 0, 24 * 3600 * 1000)));
}

void Lifecycle::fireDue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_due.empty() && m_due.begin()->first <= now) {
        const Sid sid = m_due.begin()->second;
        forget(sid);
        advance(sid, now);
    }
    arm();
}

int Lifecycle::settle(qint64 now)
{
    int steps = 0;
    // Scheduled messages are waiting for a time, not in progress: they stay.
    std::vector<std::pair<qint64, Sid>> waiting;
    while (!m_due.empty()) {
        const auto [due, sid] = *m_due.begin();
        forget(sid);
        const MessageRow *row = m_store.find(sid);
        if (row && row->status == Status::Scheduled) {
            waiting.emplace_back(due, sid);
            continue;
        }
        advance(sid, now);
        ++steps;
    }
    for (const auto &[due, sid] : waiting) {
        m_due.emplace(due, sid);
        m_dueBySid.insert(sid, due);
    }
    arm();
    return steps;
}

int Lifecycle::pendingFrom(quint32 sender) const
{
    int count = 0;
    for (auto it = m_dueBySid.cbegin(); it != m_dueBySid.cend(); ++it) {
        const MessageRow *row = m_store.find(it.key());
        if (row && row->from == sender)
            ++count;
    }
    return count;
}

void Lifecycle::advance(const Sid &sid, qint64 now)
{
    MessageRow *row = m_store.find(sid);
    if (!row || isFinal(row->status))
        return;
    const Status previous = row->status;
    switch (row->status) {
    case Status::Scheduled:
    case Status::Accepted:
        row->status = Status::Queued;
        break;
    case Status::Queued:
        row->status = Status::Sending;
        break;
    case Status::Sending:
        if (row->has(MessageRow::FailsAsFailed)) {
            row->status = Status::Failed;
            row->errorCode = kFailedCodes[row->sid.lo % std::size(kFailedCodes)];
        } else {
            row->status = Status::Sent;
            row->sent = now;
        }
        break;
    case Status::Sent:
        if (row->has(MessageRow::FailsAsUndelivered)) {
            row->status = Status::Undelivered;
            row->errorCode = kUndeliveredCodes[row->sid.lo % std::size(kUndeliveredCodes)];
        } else {
            row->status = Status::Delivered;
        }
        break;
    default:
        return;
    }
    row->updated = std::max(now, row->created);
    if (isFinal(row->status))
        row->flags |= MessageRow::Priced;
    else
        schedule(sid, now + m_stepMs);
    if (m_listener)
        m_listener(sid, previous);
}

} // namespace textdesk::sim
