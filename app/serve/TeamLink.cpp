#include "TeamLink.h"

#include "cli/CommandLine.h"
#include "core/Clock.h"
#include "engine/SyncEngine.h"
#include "sync/OutboxSender.h"
#include "team/TeamGateway.h"
#include "team/TeamListener.h"
#include "team/TeamPublisher.h"
#include "team/TeamSql.h"

#include <QTimer>

namespace textdesk::serve {

TeamLink::TeamLink(team::TeamAddress address, QString password, engine::SyncEngine &engine, Log log,
                   std::function<void()> begin, QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_password(std::move(password))
    , m_engine(engine)
    , m_log(std::move(log))
    , m_begin(std::move(begin))
{ }

TeamLink::~TeamLink()
{
    m_password.fill(QChar(u'\0'));
}

void TeamLink::start()
{
    m_gateway = new team::TeamGateway(m_address, m_password, m_engine.clock(), this);
    connect(m_gateway, &team::TeamGateway::standby, this, [this](const QString &reason) {
        m_log(CommandLine::tr("team: standby: %1").arg(reason));
    });
    connect(m_gateway, &team::TeamGateway::active, this, &TeamLink::becomeActive);
    connect(m_gateway, &team::TeamGateway::lost, this, [this](const QString &reason) {
        m_log(CommandLine::tr("team: lost the gateway lock (%1); stopping").arg(reason));
        m_failed = true;
        m_active = false;
        m_engine.stop();
    });
    m_log(CommandLine::tr("team: %1").arg(m_address.toString()));
    m_gateway->start();
}

void TeamLink::becomeActive()
{
    m_connection = std::make_unique<team::TeamConnection>();
    if (auto opened = m_connection->open(m_address, m_password); !opened) {
        m_log(CommandLine::tr("team: %1").arg(opened.error().message()));
        m_failed = true;
        m_engine.stop();
        return;
    }
    m_active = true;
    m_log(CommandLine::tr("team: this is the active gateway"));
    m_publisher
        = std::make_unique<team::TeamPublisher>(m_engine.database(), m_connection->database());
    // A desktop's reply is announced at once; everything else the pump finds on its round.
    m_listener = new team::TeamListener(m_address, m_password, m_engine.clock(), this);
    connect(m_listener, &team::TeamListener::changed, this, &TeamLink::pumpSoon);
    m_listener->start();
    m_timer = new ClockTimer(m_engine.clock(), this);
    connect(m_timer, &ClockTimer::timeout, this, [this] {
        pump();
        m_timer->startIn(kPumpMs);
    });
    connect(&m_engine, &engine::SyncEngine::passFinished, this, &TeamLink::pumpSoon);
    connect(&m_engine, &engine::SyncEngine::inboundStored, this, &TeamLink::pumpSoon);
    connect(m_engine.outbox(), &sync::OutboxSender::entryChanged, this,
            [this](const QString &clientId, OutboxState state, const QString &message) {
                if (state == OutboxState::Failed && m_connection) {
                    (void)team::teamExec(m_connection->database(),
                                         QStringLiteral("UPDATE team_outbox SET state = 'failed', "
                                                        "failure = ? WHERE client_id = ? AND "
                                                        "state <> 'sent'"),
                                         { message, clientId });
                }
                pumpSoon();
            });
    // Replies this gateway had when it was last active may have been sent by another since:
    // checked at the provider before they could go twice.
    if (auto settled = m_publisher->settleTakenOver(m_engine.clock().nowMs()); !settled)
        m_log(CommandLine::tr("team: %1").arg(settled.error().message()));
    else if (*settled > 0)
        m_log(CommandLine::tr("team: %n reply(ies) another gateway may have sent will be checked "
                              "first",
                              nullptr, *settled));
    m_begin();
    m_timer->startIn(kPumpMs);
    pumpSoon();
}

void TeamLink::pumpSoon()
{
    if (m_pumpQueued || !m_active)
        return;
    m_pumpQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpQueued = false;
        pump();
    });
}

void TeamLink::pump()
{
    if (!m_active)
        return;
    if (!m_publisher) { // the database went away: connect again (QPSQL never does by itself)
        if (auto opened = m_connection->open(m_address, m_password, 5); !opened) {
            if (opened.error().message() != m_lastError)
                m_log(CommandLine::tr("team: %1").arg(opened.error().message()));
            m_lastError = opened.error().message();
            return;
        }
        m_publisher
            = std::make_unique<team::TeamPublisher>(m_engine.database(), m_connection->database());
    }
    QString error;
    bool disconnected = false;
    auto taken = m_publisher->takeOutbox(*m_engine.outbox());
    if (!taken) {
        error = taken.error().message();
        disconnected = taken.error().kind() == team::TeamError::Kind::CannotConnect;
    } else if (*taken > 0)
        m_log(CommandLine::tr("team: took %n reply(ies) from desktops", nullptr, *taken));
    auto published = disconnected ? team::TeamResult<qint64>(0) : m_publisher->publish();
    if (!published) {
        error = published.error().message();
        disconnected = published.error().kind() == team::TeamError::Kind::CannotConnect;
    } else if (*published > 0)
        m_log(CommandLine::tr("team: published %n message(s)", nullptr, int(*published)));
    if (error != m_lastError && !error.isEmpty()) // said once, retried on every round
        m_log(CommandLine::tr("team: %1").arg(error));
    m_lastError = error;
    if (disconnected)
        m_publisher.reset();
}

} // namespace textdesk::serve
