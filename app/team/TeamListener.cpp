#include "TeamListener.h"

#include "TeamSql.h"
#include "core/Clock.h"

#include <QSqlDriver>
#include <QTimer>

#include <algorithm>

namespace textdesk::team {

namespace {
const QString kChannel = QStringLiteral("textdesk_changes"); // plain lowercase: quoted by QPSQL
// Who is viewing or typing where: notifications only, never a row (a heartbeat every few
// seconds per agent would be churn in a table), lost with the connection, expired by the reader.
const QString kPresence = QStringLiteral("textdesk_presence");
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
    if (!opened || !driver->subscribeToNotification(kChannel)
        || !driver->subscribeToNotification(kPresence)) {
        const QString reason
            = opened ? TeamError::fromSql(driver->lastError()).message() : opened.error().message();
        m_connection.reset();
        emit connectionChanged(false, reason);
        m_timer->startIn(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == kPresence) {
                    readPresence(payload.toString());
                    return;
                }
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

void TeamListener::announce(qint64 agentId, qint64 teamConversationId, const QString &state)
{
    if (!m_connected || !agentId || !teamConversationId)
        return; // presence is for now: nothing to catch up later
    const QString payload
        = QStringLiteral("%1 %2 %3").arg(agentId).arg(teamConversationId).arg(state.left(16));
    if (auto sent = teamExec(m_connection->database(), QStringLiteral("SELECT pg_notify(?, ?)"),
                             { kPresence, payload });
        !sent)
        lost(sent.error().message());
}

void TeamListener::readPresence(const QString &payload)
{
    // "AGENT CONVERSATION STATE": numbers and one word, whoever sent it.
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() != 3)
        return;
    bool agentOk = false;
    bool conversationOk = false;
    const qint64 agent = parts[0].toLongLong(&agentOk);
    const qint64 conversation = parts[1].toLongLong(&conversationOk);
    static const QStringList kStates
        = { QStringLiteral("viewing"), QStringLiteral("typing"), QStringLiteral("left") };
    if (!agentOk || !conversationOk || !kStates.contains(parts[2]))
        return;
    emit presence(agent, conversation, parts[2]);
}

} // namespace textdesk::team
