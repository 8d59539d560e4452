#include "SyncEngine.h"

#include "ProviderFactory.h"
#include "Timers.h"
#include "automation/FaqBot.h"
#include "automation/RuleRunner.h"
#include "broadcasts/Reminders.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/ContactStore.h"
#include "surveys/SurveyReplies.h"
#include "surveys/SurveySender.h"

#include <QtNetwork/QNetworkAccessManager>

#include <utility>

namespace textdesk::engine {

namespace {
// Our numbers' names as the account calls them ("Support line"), for the number filter and
// labels: messages bring only the numbers. Once per start; a failure only leaves the names as
// they were (the next start asks again).
void storeNumberNames(provider::Provider *provider, Database &db, QObject *context)
{
    provider::NumberListJob *job = provider->listNumbers();
    QObject::connect(job, &provider::ProviderJob::finished, context, [job, &db] {
        if (!job->succeeded())
            return;
        ContactStore contacts(db);
        Transaction transaction(db);
        for (const provider::ProviderNumber &number : std::as_const(job->numbers)) {
            if (number.friendlyName.isEmpty())
                continue;
            if (!contacts.ensureInbox(number.phoneNumber, number.friendlyName))
                return; // rolled back with the transaction
        }
        (void)transaction.commit();
    });
}
} // namespace

SyncEngine::SyncEngine(EngineSettings settings, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_timer(clock, this) // a child, so that moveToThread() takes it along
{
    connect(&m_timer, &ClockTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine()
{
    // The parts hold references to the connection: they go before it does.
    delete m_pull;
    delete m_outbox;
    delete m_media;
    delete m_scheduler;
    delete m_broadcasts;
    delete m_older;
}

Status SyncEngine::open(Database *borrowed)
{
    if (borrowed) {
        m_db = borrowed;
    } else {
        auto db = Database::open(m_settings.cachePath, Database::Role::Writer);
        if (!db)
            return db.error();
        m_ownDb = std::move(*db);
        m_db = m_ownDb.get();
    }
    if (m_settings.teamReplica) {
        m_scheduler = new Scheduler(*m_db, m_clock, this);
        registerStandardTimers(*m_scheduler, m_settings.scheduledLateLimitMs, m_settings.rules);
        connect(m_scheduler, &Scheduler::fired, this, &SyncEngine::timerFired);
        connect(m_scheduler, &Scheduler::failed, this, &SyncEngine::failed);
        return success();
    }
    if (!m_settings.pull.clock)
        m_settings.pull.clock = &m_clock;
    m_network = new QNetworkAccessManager(this);
    m_provider = makeProvider(m_network, m_settings.account, this);
    m_pull = new sync::PullSync(m_provider, *m_db, m_settings.pull, this);
    m_pull->setHooks(&m_hooks);
    connect(m_pull, &sync::PullSync::progressed, this, &SyncEngine::progressed);
    connect(m_pull, &sync::PullSync::finished, this, &SyncEngine::onPullFinished);
    if (m_settings.outbox.mediaDirectory.isEmpty())
        m_settings.outbox.mediaDirectory = m_settings.mediaDirectory;
    if (!m_settings.outbox.clock)
        m_settings.outbox.clock = &m_clock;
    m_outbox = new sync::OutboxSender(m_provider, *m_db, m_settings.outbox, this);
    if (!m_settings.mediaDirectory.isEmpty()) {
        if (!m_settings.media.clock)
            m_settings.media.clock = &m_clock;
        m_media = new sync::MediaFetcher(m_provider, *m_db, m_settings.mediaDirectory,
                                         m_settings.media, this);
    }
    m_scheduler = new Scheduler(*m_db, m_clock, this);
    registerStandardTimers(*m_scheduler, m_settings.scheduledLateLimitMs, m_settings.rules);
    connect(m_scheduler, &Scheduler::fired, this, &SyncEngine::timerFired);
    // Survey answers after consent, so a STOP is recorded before the reply is read. What they
    // queue (a thank-you, a follow-up) and what a survey timer queues goes out at once.
    m_hooks.add(QStringLiteral("surveys"), [this](Database &db, const MessageRecord &message) {
        m_surveyWork = true;
        return surveys::SurveyReplies::handle(db, message, m_clock.nowMs());
    });
    // Automation rules last: after consent (an opted-out customer gets no reply) and after the
    // survey answers. Their replies go out after the pass, their timers are armed then.
    m_hooks.add(QStringLiteral("rules"), [this](Database &db, const MessageRecord &message) {
        m_ruleWork = true;
        return automation::RuleRunner::onInbound(db, message, m_clock.nowMs(), m_settings.rules);
    });
    // The FAQ bot after the rules: it does not answer a message a rule has answered. Its
    // answers go out with the rules' after the pass.
    m_hooks.add(QStringLiteral("faq"), [this](Database &db, const MessageRecord &message) {
        m_ruleWork = true;
        return automation::FaqBot::onInbound(db, message, m_clock.nowMs(), m_settings.rules);
    });
    connect(m_scheduler, &Scheduler::fired, this, [this](const QString &kind) {
        if (kind == surveys::SurveySender::sendTimerKind() || kind == scheduled::timerKind()
            || kind == broadcasts::Reminders::timerKind()
            || kind == automation::RuleRunner::noReplyTimerKind()
            || kind == automation::RuleRunner::resolvedTimerKind())
            m_outbox->retryNow();
    });
    connect(this, &SyncEngine::passFinished, this, [this] {
        if (std::exchange(m_surveyWork, false))
            m_outbox->retryNow();
        if (std::exchange(m_ruleWork, false)) {
            m_scheduler->rearm();
            m_outbox->retryNow();
        }
    });
    connect(m_scheduler, &Scheduler::failed, this, &SyncEngine::failed);
    // Broadcasts go on under every host of the engine (the window, sync, serve).
    m_broadcasts = new broadcasts::BroadcastRunner(*m_db, m_clock, m_settings.outbox.defaultRegion,
                                                   {}, this);
    connect(m_broadcasts, &broadcasts::BroadcastRunner::queued, m_outbox,
            &sync::OutboxSender::retryNow);
    connect(m_broadcasts, &broadcasts::BroadcastRunner::failed, this, &SyncEngine::failed);
    m_older = new sync::OlderHistory(m_provider, *m_db, &m_hooks, m_clock, this);
    connect(m_older, &sync::OlderHistory::progressed, this, &SyncEngine::olderProgressed);
    connect(m_older, &sync::OlderHistory::finished, this, &SyncEngine::olderLoaded);
    return success();
}

void SyncEngine::start()
{
    if (!m_db)
        return;
    m_stopping = false;
    // Timers first: a snooze that ended while nothing ran wakes even if the provider is away.
    m_scheduler->start();
    if (m_settings.teamReplica)
        return; // the team desktop's host (SyncWorker) runs the replica beside
    m_outbox->start();
    m_broadcasts->start();
    if (m_media)
        m_media->start();
    m_interval = m_settings.activeIntervalMs;
    syncNow();
    if (m_provider)
        storeNumberNames(m_provider, *m_db, this);
}

void SyncEngine::syncNow()
{
    if (!m_pull || m_stopping)
        return;
    if (m_pull->isRunning()) {
        m_pending = true; // once this pass ends, another one right away
        return;
    }
    m_timer.stop();
    emit stateChanged(State::Syncing, {});
    m_pull->start();
}

void SyncEngine::cancel()
{
    if (m_pull)
        m_pull->cancel();
}

void SyncEngine::stop()
{
    m_stopping = true;
    m_timer.stop();
    m_pending = false;
    if (m_scheduler)
        m_scheduler->stop();
    if (m_broadcasts)
        m_broadcasts->stop();
    if (m_media)
        m_media->stop();
    if (m_outbox)
        m_outbox->stop();
    if (m_older)
        m_older->cancel(); // each page is committed whole: nothing half-written
    if (m_pull && m_pull->isRunning()) {
        connect(m_pull, &sync::PullSync::finished, this, &SyncEngine::stopped,
                Qt::SingleShotConnection);
        m_pull->cancel();
        return;
    }
    emit stopped();
}

Status SyncEngine::loadOlder(qint64 conversationId)
{
    if (!m_db)
        return StorageError(StorageError::Kind::CannotOpen, m_settings.cachePath);
    if (!m_older)
        return StorageError(StorageError::Kind::InvalidInput, m_settings.cachePath,
                            tr("On a team desktop, older messages come from the team's store "
                               "once its gateway has loaded them."));
    if (m_older->isRunning()) {
        if (m_older->conversationId() == conversationId)
            return success();
        return StorageError(StorageError::Kind::InvalidInput, m_settings.cachePath,
                            tr("Older messages of another conversation are still loading. Try "
                               "again when they are done, or stop them."));
    }
    auto request = sync::OlderHistory::requestFor(*m_db, conversationId);
    if (!request)
        return request.error();
    m_older->start(*request);
    return success();
}

void SyncEngine::cancelOlder()
{
    if (m_older)
        m_older->cancel();
}

Status SyncEngine::storeInbound(const provider::ProviderMessage &message)
{
    if (!m_db)
        return StorageError(StorageError::Kind::CannotOpen, m_settings.cachePath);
    sync::MessageWriter writer(*m_db, &m_hooks);
    Transaction tx(*m_db);
    if (!tx.status())
        return tx.status();
    MessageRecord stored;
    auto written = writer.write(message, m_clock.nowMs(), MessageStore::Scope::Alone, &stored);
    if (!written)
        return written.error();
    if (Status s = tx.commit(); !s)
        return s;
    emit inboundStored(stored.conversationId);
    syncNow();
    return success();
}

void SyncEngine::onPullFinished()
{
    using R = sync::PullSync::Result;
    if (m_stopping)
        return; // stop() answers with stopped()
    switch (m_pull->result()) {
    case R::Converged: {
        if (m_failures > 0)
            m_outbox->retryNow(); // the provider is reachable again: waiting sends go now
        if (m_media)
            m_media->fetchPending();
        m_failures = 0;
        const qint64 inserted = m_pull->progress().inserted;
        emit synced(inserted, m_clock.nowMs());
        emit stateChanged(State::Idle, {});
        // News now likely means more news soon; quiet means we can wait longer.
        m_interval = inserted > 0 ? m_settings.activeIntervalMs
                                  : std::min(m_interval * 2, m_settings.idleMaxIntervalMs);
        break;
    }
    case R::Cancelled:
        emit stateChanged(State::Idle, m_pull->errorMessage());
        emit passFinished();
        return; // a cancelled sync waits to be asked again
    case R::ProviderFailed:
    case R::StorageFailed: {
        ++m_failures;
        const bool transient
            = m_pull->result() == R::ProviderFailed && m_pull->providerError().isTransient();
        emit stateChanged(transient ? State::Offline : State::Failed, m_pull->errorMessage());
        m_interval = std::min(m_settings.activeIntervalMs << std::min(m_failures, 5),
                              m_settings.idleMaxIntervalMs);
        if (m_pull->providerError().retryAfterMs() > 0)
            m_interval = int(std::max<qint64>(m_interval, m_pull->providerError().retryAfterMs()));
        break;
    }
    }
    emit passFinished();
    if (!m_settings.pullOnTimer || m_stopping)
        return;
    if (m_pending) {
        m_pending = false;
        m_timer.startIn(0);
    } else {
        m_timer.startIn(m_interval);
    }
}

} // namespace textdesk::engine
