#pragma once

#include "SyncEngine.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/ContactProfiles.h"
#include "team/TeamAddress.h"

#include <QtCore/QObject>

#include <functional>
#include <memory>

class QThread;

namespace textdesk::contacts {
class CardDavRunner;
}
namespace textdesk::team {
class TeamListener;
class TeamReplica;
} // namespace textdesk::team

namespace textdesk::engine {

struct SyncSettings : EngineSettings
{
    QString agentName; // who sends and acts from this workstation
    bool seedTemplates = false; // a first start gets a few example templates
    // A team desktop (set with EngineSettings::teamReplica): the team's store and the agent's
    // database password, kept in memory only, for (re)connecting.
    team::TeamAddress teamAddress;
    QString teamPassword;
};

// Sync's own thread around the engine (SyncEngine: the only writer of the cache, the provider,
// pull, outbox, media, timers). Its slots are what the GUI asks for, through SyncCommands; it
// talks back only through signals.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    using State = SyncEngine::State;

    explicit SyncWorker(SyncSettings settings, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Creates the worker on a new thread that it owns; stop() ends both.
    static SyncWorker *startOnThread(SyncSettings settings);

    // Runs a dialog's change (the survey editor's) on the writer; the caller waits for it
    // (Qt::BlockingQueuedConnection), so the GUI thread never writes.
    Status runOnWriter(const std::function<Status(Database &)> &change);
    // Contacts → Sync contacts now: CardDAV sync on this thread, with the engine's writer.
    // Made with the worker (it lives on the sync thread too); call its slots queued.
    contacts::CardDavRunner *contactsSync() const { return m_contactsSync; }

public slots:
    void start();
    void syncNow();
    void cancel();
    void stop();
    // Says again what a newly connected observer needs: who the agent is.
    void announce();
    // The agent renamed themselves in Settings: what they do from now on is theirs under the
    // new name (agentIdentified() follows). Empty: unchanged.
    void setAgentName(const QString &name);
    // Queues a message (durably) and sends it when its turn comes; refusals come back as
    // sendRefused() with the reason in words.
    void send(const QString &to, const QString &from, const QString &body,
              const QStringList &attachments = {});
    // A message the provider pushed (webhook): stored at once, then a pass.
    void storeInbound(const textdesk::provider::ProviderMessage &message);

    // What the agent does to a conversation; each ends in conversationChanged() or, with the
    // reason in words, actionFailed().
    void markRead(qint64 conversationId, qint64 upToMessageId);
    void markUnread(qint64 conversationId);
    void setStatus(qint64 conversationId, textdesk::ConversationStatus status,
                   qint64 snoozeUntilMs);
    void assign(qint64 conversationId, qint64 agentId);
    void addNote(qint64 conversationId, const QString &body);
    void saveDraft(qint64 conversationId, const QString &body);
    // The agent's answer to a request to stop in other words (storage/RevocationFlags): opt the
    // customer out, or "not a request"; what was held for it is cancelled or released
    // (engine/RevocationAnswer).
    void answerRevocation(qint64 conversationId, qint64 flagId, bool optOut);
    // The customer's editable fields; contactChanged() or profileSaveFailed().
    void saveProfile(const textdesk::ContactProfile &profile);
    // A survey now, by hand (the first one that is on); refused in words when none is.
    void sendSurvey(qint64 conversationId);
    // The conversation's history from before the cache's horizon: olderProgress(), then
    // olderLoaded() (and conversationChanged() when it brought messages).
    void loadOlder(qint64 conversationId);
    void cancelOlder();
    // Scheduled messages (scheduled/ScheduledMessages), written with their timers; each ends in
    // scheduledChanged() and conversationChanged(), or actionFailed() with the reason in words.
    void scheduleMessage(const textdesk::scheduled::ScheduleRequest &request);
    void editScheduled(qint64 id, const textdesk::scheduled::ScheduleRequest &request);
    void cancelScheduled(qint64 id, qint64 conversationId);
    // A held one goes out now.
    void confirmScheduled(qint64 id, qint64 conversationId);
    // Team desktop: the agent is "viewing", "typing" in, or has "left" the conversation; told
    // to the colleagues' desktops (presenceChanged there). Nothing on a single desktop.
    void setPresence(qint64 conversationId, const QString &state);

signals:
    void scheduledChanged(qint64 conversationId);
    void stateChanged(textdesk::engine::SyncEngine::State state, const QString &message);
    void progressed(const textdesk::sync::PullProgress &progress);
    // A pass completed: `inserted` messages new to the cache.
    void synced(qint64 inserted, qint64 atMs);
    void stopped();
    void sendRefused(const QString &to, const QString &body, const QStringList &attachments,
                     const QString &reason);
    void outboxEntryChanged(const QString &clientId, textdesk::sync::OutboxState state,
                            const QString &message);
    void outboxCountChanged(int open);
    void mediaChanged(qint64 messageId);
    void mediaProgress(int done, int total);
    // The agent of this workstation (SyncSettings::agentName) has this id in the cache.
    void agentIdentified(qint64 agentId);
    void conversationChanged(qint64 conversationId);
    void actionFailed(const QString &message);
    void contactChanged(qint64 contactId);
    void profileSaveFailed(qint64 contactId, const QString &message);
    void olderProgress(qint64 conversationId, qint64 listed);
    // `error` empty: every older message is now cached (or, `cancelled`, the agent stopped it).
    void olderLoaded(qint64 conversationId, qint64 inserted, bool cancelled, const QString &error);
    // Team desktop: the team's store decided otherwise than the agent (a colleague took the
    // conversation first), in words.
    void teamOverruled(const QString &message);
    // Team desktop: a colleague (agentId) is "viewing", "typing" in, or has "left" the
    // conversation (local id).
    void presenceChanged(qint64 conversationId, qint64 agentId, const QString &state);

private:
    bool isTeam() const { return m_settings.teamReplica; }
    // Team desktop: the listener and the replica on a thread of their own (QPSQL connects and
    // reads blocking; notifications need the connection's own thread).
    void startTeam();
    void stopTeam();
    // Pushes what the agent just did and reads what changed (on the team thread).
    void kickTeam();
    // Runs a change and, on a team desktop, what it must tell the team, in one transaction.
    Status withPush(const std::function<Status()> &change, const std::function<Status()> &push);
    // The agent's id for SyncSettings::agentName (created if new); agentIdentified().
    void identifyAgent();
    // Runs one of the agent's actions; false (and actionFailed) when there is no cache.
    bool act(qint64 conversationId, const std::function<Status()> &action);
    qint64 now() const { return m_engine->clock().nowMs(); }
    Database &db() { return m_engine->database(); }

    SyncSettings m_settings;
    SyncEngine *m_engine = nullptr; // made on the sync thread, by start()
    qint64 m_agentId = 0;
    contacts::CardDavRunner *m_contactsSync = nullptr;
    QThread *m_teamThread = nullptr;
    team::TeamListener *m_teamListener = nullptr; // on m_teamThread
    team::TeamReplica *m_teamReplica = nullptr; // on m_teamThread
};

} // namespace textdesk::engine
