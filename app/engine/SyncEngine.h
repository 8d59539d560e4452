#pragma once

#include "InboundHooks.h"
#include "Scheduler.h"
#include "automation/RuleEvaluator.h"
#include "broadcasts/BroadcastRunner.h"
#include "core/Clock.h"
#include "provider/ProviderConfig.h"
#include "provider/ProviderJob.h"
#include "sync/MediaFetcher.h"
#include "sync/OlderHistory.h"
#include "sync/OutboxSender.h"
#include "sync/PullSync.h"

#include <QtCore/QObject>

#include <memory>

class QNetworkAccessManager;

namespace textdesk::engine {

struct EngineSettings
{
    QString cachePath;
    provider::ProviderConfig account; // which provider account, reached how
    sync::PullOptions pull;
    sync::OutboxOptions outbox;
    QString mediaDirectory; // empty: media are not downloaded
    sync::MediaFetchOptions media;
    int activeIntervalMs = 3000; // while the provider has news
    int idleMaxIntervalMs = 60'000; // backing off while nothing happens
    bool pullOnTimer = true; // false: a pass only when asked (`sync --once`)
    // A scheduled message due longer ago than this (the computer was off) is held for the agent.
    qint64 scheduledLateLimitMs = 2 * 3600'000;
    // Automation: replies per conversation and hour, {{company}} ([automation], [templates]).
    automation::RuleSettings rules;
    // A team desktop (docs/team.md): the cache is a replica of the team's store, and this
    // computer never calls the provider: no provider, pull, outbox sender, media fetcher or
    // hooks, only the writer and the durable timers (a snooze wakes here too).
    bool teamReplica = false;
};

// The sync pieces, assembled once, for the app's sync thread (SyncWorker), `textdesk sync` and
// `textdesk serve`: the writer connection, the provider, the pull on its adaptive timer, the
// outbox, the media fetcher, the durable timers (Scheduler) and the hooks on inbound messages.
// Everything runs on the thread the engine lives on, on its Clock.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Syncing, Offline, Failed };
    Q_ENUM(State)

    explicit SyncEngine(EngineSettings settings, Clock &clock = Clock::system(),
                        QObject *parent = nullptr);
    ~SyncEngine() override;

    // Opens the cache (or uses `borrowed`, which must outlive the engine) and makes the parts;
    // nothing runs yet. An error says why, for a person.
    Status open(Database *borrowed = nullptr);
    // Timers due while nothing ran fire, the outbox and media start, and a pass begins.
    void start();
    void syncNow();
    void cancel();
    // Stops everything; stopped() once the pass in progress has committed what it had.
    void stop();

    bool isOpen() const { return m_db != nullptr; }
    Database &database() { return *m_db; }
    Clock &clock() { return m_clock; }
    provider::Provider *provider() const { return m_provider; }
    sync::PullSync *pull() const { return m_pull; }
    sync::OutboxSender *outbox() const { return m_outbox; }
    sync::MediaFetcher *media() const { return m_media; }
    Scheduler *scheduler() const { return m_scheduler; }
    broadcasts::BroadcastRunner *broadcasts() const { return m_broadcasts; }
    InboundHooks &hooks() { return m_hooks; }
    qint64 scheduledLateLimitMs() const { return m_settings.scheduledLateLimitMs; }

    // A message the provider pushed (a webhook): stored as a pull would store it, with the
    // hooks, in one transaction; a pass follows to fill in what the push did not say.
    Status storeInbound(const provider::ProviderMessage &message);

    // One conversation's history from before the cache's horizon, from the provider, on
    // demand (olderProgressed, then olderLoaded). One conversation at a time: while one loads,
    // another is refused with the reason.
    Status loadOlder(qint64 conversationId);
    void cancelOlder();

signals:
    void stateChanged(textdesk::engine::SyncEngine::State state, const QString &message);
    void progressed(const textdesk::sync::PullProgress &progress);
    // A pass ended (any result; pull()->result() tells which).
    void passFinished();
    // A pass completed: `inserted` messages new to the cache.
    void synced(qint64 inserted, qint64 atMs);
    void stopped();
    void inboundStored(qint64 conversationId);
    void timerFired(const QString &kind, qint64 subject);
    void failed(const QString &message);
    void olderProgressed(qint64 conversationId, qint64 listed);
    void olderLoaded(qint64 conversationId, qint64 inserted, bool cancelled, const QString &error);

private:
    void onPullFinished();

    EngineSettings m_settings;
    Clock &m_clock;
    std::unique_ptr<Database> m_ownDb;
    Database *m_db = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    provider::Provider *m_provider = nullptr;
    sync::PullSync *m_pull = nullptr;
    sync::OutboxSender *m_outbox = nullptr;
    sync::MediaFetcher *m_media = nullptr;
    Scheduler *m_scheduler = nullptr;
    broadcasts::BroadcastRunner *m_broadcasts = nullptr;
    sync::OlderHistory *m_older = nullptr;
    InboundHooks m_hooks = InboundHooks::standard();
    ClockTimer m_timer;
    int m_interval = 0;
    int m_failures = 0;
    bool m_pending = false;
    bool m_stopping = false;
    bool m_ruleWork = false; // the rules ran: their replies and timers after the pass
    bool m_surveyWork = false; // the survey hook ran: what it queued is sent after the pass
};

} // namespace textdesk::engine
