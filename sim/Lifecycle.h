#pragma once

#include "SimStore.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <functional>
#include <map>

namespace textdesk::sim {

QString errorMessageFor(int code);

// Moves outbound messages along queued → sending → sent → delivered, one step every stepMs,
// ending a seeded share undelivered or failed (3000x codes). Scheduled messages wait for their
// SendAt. Every change is reported to the listener.
class Lifecycle : public QObject
{
    Q_OBJECT
public:
    using Listener = std::function<void(const Sid &sid, Status previous)>;

    Lifecycle(SimStore &store, quint32 seed, double failureRate, int stepMs,
              QObject *parent = nullptr);

    void setListener(Listener listener) { m_listener = std::move(listener); }
    // Decides, from the seed and the SID, how an outbound message will end (sets its flags).
    void decideFate(MessageRow &row) const;
    // Starts (or resumes, after a reload) the progression of a message that is not final.
    void track(const MessageRow &row, qint64 now);
    void forget(const Sid &sid);
    // Every pending step now, in order; scheduled messages keep waiting for their SendAt.
    int settle(qint64 now);
    // Unfinished outbound messages from one sender (for the queue cap).
    int pendingFrom(quint32 sender) const;
    int pending() const { return int(m_dueBySid.size()); }

private:
    void schedule(const Sid &sid, qint64 due);
    void arm();
    void fireDue();
    void advance(const Sid &sid, qint64 now);

    SimStore &m_store;
    quint64 m_seed;
    double m_failureRate;
    int m_stepMs;
    Listener m_listener;
    std::multimap<qint64, Sid> m_due;
    QHash<Sid, qint64> m_dueBySid;
    QTimer m_timer;
};

} // namespace textdesk::sim
