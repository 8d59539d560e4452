#pragma once

#include "team/TeamAddress.h"

#include <QObject>

#include <functional>
#include <memory>

namespace textdesk {
class ClockTimer;
}
namespace textdesk::engine {
class SyncEngine;
}
namespace textdesk::team {
class TeamGateway;
class TeamListener;
class TeamPublisher;
} // namespace textdesk::team

namespace textdesk::serve {

// `textdesk serve --team URL`: this daemon as the team's gateway. It waits as a standby until it
// holds the gateway lock (team/TeamGateway), then starts the engine (`begin`) and pumps between
// the engine's cache and PostgreSQL (team/TeamPublisher): after each pull, webhook and outbox
// change, on every team notification (a desktop queued a reply), and every kPumpMs regardless.
// If it loses the lock it stops the engine at once and ends with failure (systemd restarts it,
// as a standby).
class TeamLink : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kPumpMs = 1000;
    using Log = std::function<void(const QString &)>;

    TeamLink(team::TeamAddress address, QString password, engine::SyncEngine &engine, Log log,
             std::function<void()> begin, QObject *parent = nullptr);
    ~TeamLink() override;

    void start();
    bool failed() const { return m_failed; }

private:
    void becomeActive();
    void pumpSoon();
    void pump();

    team::TeamAddress m_address;
    QString m_password;
    engine::SyncEngine &m_engine;
    Log m_log;
    std::function<void()> m_begin;
    team::TeamGateway *m_gateway = nullptr;
    team::TeamListener *m_listener = nullptr;
    std::unique_ptr<team::TeamConnection> m_connection;
    std::unique_ptr<team::TeamPublisher> m_publisher;
    ClockTimer *m_timer = nullptr;
    bool m_active = false;
    bool m_failed = false;
    bool m_pumpQueued = false;
    QString m_lastError;
};

} // namespace textdesk::serve
