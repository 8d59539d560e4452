#pragma once

#include "TeamAddress.h"

#include <QObject>

#include <memory>

namespace textdesk {
class Clock;
class ClockTimer;
} // namespace textdesk

namespace textdesk::team {

// Which `textdesk serve --team` is the team's gateway: the one holding a PostgreSQL advisory lock
// on a connection of its own. Exactly one holds it; the others wait as standbys and try again
// every kRetryMs (the engine's clock). When the active gateway dies, PostgreSQL ends its session
// and releases the lock, and a standby takes over within kRetryMs. The active one checks its lock
// connection every kCheckMs: if it is gone, another gateway may already be active, so it says
// lost() and must stop sending at once.
class TeamGateway : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kRetryMs = 2000;
    static constexpr qint64 kCheckMs = 5000;

    TeamGateway(TeamAddress address, QString password, Clock &clock, QObject *parent = nullptr);
    ~TeamGateway() override;

    bool isActive() const { return m_active; }

public slots:
    void start();

signals:
    void active(); // this process is the gateway now
    void standby(const QString &reason); // another is; or the database cannot be reached
    void lost(const QString &reason); // was active, no longer sure: stop

private:
    void attempt();
    void check();

    TeamAddress m_address;
    QString m_password;
    Clock &m_clock;
    std::unique_ptr<TeamConnection> m_connection;
    ClockTimer *m_timer = nullptr;
    bool m_active = false;
    QString m_lastReason;
};

} // namespace textdesk::team
