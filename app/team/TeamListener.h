#pragma once

#include "TeamAddress.h"

#include <QObject>

#include <memory>

namespace textdesk {
class Clock;
class ClockTimer;
} // namespace textdesk

namespace textdesk::team {

// Wakes a replica when the team store changes. Lives on a thread of its own with an event loop
// (QPSQL delivers notifications only there). It LISTENs on "textdesk_changes"; a notification
// emits changed(). QPSQL never reconnects by itself and PostgreSQL never replays notifications,
// so a heartbeat (every kHeartbeatMs on the engine's clock) finds a dead connection, reconnects
// with backoff, subscribes again and emits changed() after every connect: the replica then
// catches up by its cursor, and a notification missed while away costs nothing.
class TeamListener : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kHeartbeatMs = 5000;
    static constexpr qint64 kMaxBackoffMs = 30000;

    // `password` is kept in memory only, for reconnecting.
    TeamListener(TeamAddress address, QString password, Clock &clock, QObject *parent = nullptr);
    ~TeamListener() override;

    bool isConnected() const;

public slots:
    void start(); // call on the listener's thread (a queued call after moveToThread)
    void stop();
    // Tells the team's desktops that this agent is viewing / typing in / has left a
    // conversation (team ids). A notification only: nothing is stored, and nothing is sent while
    // disconnected.
    void announce(qint64 agentId, qint64 teamConversationId, const QString &state);

signals:
    void changed(); // something changed, or we (re)connected: read the feed
    void connectionChanged(bool connected, const QString &reason);
    // A desktop's announce() (this one's included): "viewing", "typing" or "left".
    void presence(qint64 agentId, qint64 teamConversationId, const QString &state);

private:
    void connectNow();
    void heartbeat();
    void lost(const QString &reason);
    void readPresence(const QString &payload);

    TeamAddress m_address;
    QString m_password;
    Clock &m_clock;
    std::unique_ptr<TeamConnection> m_connection;
    ClockTimer *m_timer = nullptr;
    qint64 m_backoffMs = 1000;
    bool m_connected = false;
    bool m_stopped = false;
    bool m_wakeQueued = false;
};

} // namespace textdesk::team
