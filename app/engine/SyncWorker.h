#pragma once

#include "SyncEngine.h"
#include "storage/ContactProfiles.h"

#include <QtCore/QObject>

#include <functional>
#include <memory>

class QThread;

namespace textdesk::engine {

struct SyncSettings : EngineSettings
{
    QString agentName; // who sends and acts from this workstation
    bool seedTemplates = false; // a first start gets a few example templates
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
    // The customer's editable fields; contactChanged() or profileSaveFailed().
    void saveProfile(const textdesk::ContactProfile &profile);

signals:
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

private:
    // The agent's id for SyncSettings::agentName (created if new); agentIdentified().
    void identifyAgent();
    // Runs one of the agent's actions; false (and actionFailed) when there is no cache.
    bool act(qint64 conversationId, const std::function<Status()> &action);
    qint64 now() const { return m_engine->clock().nowMs(); }
    Database &db() { return m_engine->database(); }

    SyncSettings m_settings;
    SyncEngine *m_engine = nullptr; // made on the sync thread, by start()
    qint64 m_agentId = 0;
};

} // namespace textdesk::engine
