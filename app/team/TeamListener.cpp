#include "TeamListener.h"

#include "TeamSql.h"
#include "core/Clock.h"

#include <QSqlDriver>
#include <QTimer>

#include <algorithm>

namespace textdesk::team {

namespace {
const QString kChannel = QStringLiteral("textdesk_changes"); // plain lowercase: quoted by QPSQL
} // namespace

TeamListener::TeamListener(TeamAddress address, QString password, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_password(std::move(password))
    , m_clock(clock)
{ }

TeamListener::~TeamListener()
{
    m_password.fill(QChar(u'\0'));
}

bool TeamListener::isConnected() const
{
    return m_connected;
}

void TeamListener::start()
{
    m_stopped = false;
    if (!m_timer) {
        m_timer = new ClockTimer(m_clock, this);
        connect(m_timer, &ClockTimer::timeout, this, [this] {
            if (m_connected)
                heartbeat();
            else
                connectNow();
        });
    }
    connectNow();
}

void TeamListener::stop()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    m_connection.reset();
    m_connected = false;
}

void TeamListener::connectNow()
{
    if (m_stopped)
        return;
    m_connection = std::make_unique<TeamConnection>();
    auto opened = m_connection->open(m_address, m_password);
    QSqlDriver *driver = opened ? m_connection->database().driver() : nullptr;
    if (!opened || !driver->subscribeToNotification(kChannel)) {
        const QString reason
            = opened ? TeamError::fromSql(driver->lastError()).message() : opened.error().message();
        m_connection.reset();
        emit connectionChanged(false, reason);
        m_timer->startIn(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                // Fifty agents at work send hundreds a second: one wake-up for all that came in
                // together, so the replica reads once per burst, not once per row.
                if (name != kChannel || m_wakeQueued)
                    return;
                m_wakeQueued = true;
                QTimer::singleShot(0, this, [this] {
                    m_wakeQueued = false;
                    emit changed();
                });
            });
    m_connected = true;
    m_backoffMs = 1000;
    emit connectionChanged(true, QString());
    emit changed(); // catch up: what changed while we were away was never announced to us
    m_timer->startIn(kHeartbeatMs);
}

void TeamListener::heartbeat()
{
    if (auto alive = teamExec(m_connection->database(), QStringLiteral("SELECT 1")); !alive) {
        lost(alive.error().message());
        return;
    }
    m_timer->startIn(kHeartbeatMs);
}

void TeamListener::lost(const QString &reason)
{
    m_connection.reset();
    m_connected = false;
    emit connectionChanged(false, reason);
    m_timer->startIn(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

} // namespace textdesk::team
