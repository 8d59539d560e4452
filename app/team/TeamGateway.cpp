#include "TeamGateway.h"

#include "TeamSchema.h"
#include "TeamSql.h"
#include "core/Clock.h"

namespace textdesk::team {

namespace {
constexpr qint64 kGatewayLock = 0x7465787464677731; // "textdgw1"
} // namespace

TeamGateway::TeamGateway(TeamAddress address, QString password, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_password(std::move(password))
    , m_clock(clock)
{ }

TeamGateway::~TeamGateway()
{
    m_password.fill(QChar(u'\0'));
}

void TeamGateway::start()
{
    if (!m_timer) {
        m_timer = new ClockTimer(m_clock, this);
        connect(m_timer, &ClockTimer::timeout, this, [this] { m_active ? check() : attempt(); });
    }
    attempt();
}

void TeamGateway::attempt()
{
    const auto wait = [this](const QString &reason) {
        if (reason != m_lastReason) // one line per change, not one per retry
            emit standby(reason);
        m_lastReason = reason;
        m_timer->startIn(kRetryMs);
    };
    if (!m_connection || !m_connection->isOpen()) {
        m_connection = std::make_unique<TeamConnection>();
        if (auto opened = m_connection->open(m_address, m_password, 5); !opened) {
            m_connection.reset();
            return wait(opened.error().message());
        }
        if (auto schema = TeamSchema::check(m_connection->database()); !schema) {
            m_connection.reset();
            return wait(schema.error().message());
        }
    }
    auto locked = teamExec(m_connection->database(),
                           QStringLiteral("SELECT pg_try_advisory_lock(?)"), { kGatewayLock });
    if (!locked) {
        m_connection.reset();
        return wait(locked.error().message());
    }
    if (!locked->next() || !locked->value(0).toBool())
        return wait(tr("another gateway is active; this one waits and takes over if it stops"));
    m_active = true;
    m_lastReason.clear();
    emit active();
    m_timer->startIn(kCheckMs);
}

void TeamGateway::check()
{
    // The lock is the session's: as long as this connection answers, nobody else has it.
    if (auto alive = teamExec(m_connection->database(), QStringLiteral("SELECT 1")); !alive) {
        m_active = false;
        m_connection.reset();
        emit lost(alive.error().message());
        return;
    }
    m_timer->startIn(kCheckMs);
}

} // namespace textdesk::team
