#pragma once

#include "scheduled/ScheduledMessages.h"
#include "storage/States.h"

#include <QtCore/QPointer>
#include <QtCore/QStringList>

#include <functional>

namespace textdesk {
struct ContactProfile;
namespace provider {
struct ProviderMessage;
}
} // namespace textdesk

namespace textdesk::engine {

class SyncWorker;

// What the GUI asks of the sync thread, one typed method per action. Each call is queued onto
// the SyncWorker's thread (it holds the only writer) and returns at once; the answer comes back
// as the worker's signals (conversationChanged, actionFailed, sendRefused, …). false: there is
// no sync worker (not connected), so nothing was queued and the caller should say so.
class SyncCommands
{
public:
    SyncCommands() = default;
    explicit SyncCommands(SyncWorker *worker) { attach(worker); }

    void attach(SyncWorker *worker);
    bool isConnected() const { return !m_worker.isNull(); }
    SyncWorker *worker() const;

    // The sync itself.
    bool syncNow();
    bool cancelSync();
    // Stops the engine; the worker's thread ends once it has committed what it had.
    bool stop();
    // Asks the worker to say again who the agent is (agentIdentified), for a new observer.
    bool announce();
    bool setAgentName(const QString &name);

    // A reply (or a failed one tried again): queued durably, sent when its turn comes.
    bool send(const QString &to, const QString &from, const QString &body,
              const QStringList &attachments = {});
    // A message the provider pushed (a webhook): stored at once, then a pass.
    bool storeInbound(const provider::ProviderMessage &message);

    // What the agent does to a conversation.
    bool markRead(qint64 conversationId, qint64 upToMessageId);
    bool markUnread(qint64 conversationId);
    bool setStatus(qint64 conversationId, ConversationStatus status, qint64 snoozeUntilMs = 0);
    bool assign(qint64 conversationId, qint64 agentId);
    bool addNote(qint64 conversationId, const QString &body);
    bool saveDraft(qint64 conversationId, const QString &body);
    // "Opt out" (optOut) or "Not a request" for a request to stop in other words.
    bool answerRevocation(qint64 conversationId, qint64 flagId, bool optOut);
    bool saveProfile(const ContactProfile &profile);
    // Team desktop: "viewing", "typing" or "left" (SyncWorker::setPresence).
    bool setPresence(qint64 conversationId, const QString &state);
    // A survey now, by hand (the first one that is on); refused in words when none is.
    bool sendSurvey(qint64 conversationId);
    // The conversation's history from before the cache's horizon, from the provider.
    bool loadOlder(qint64 conversationId);
    bool cancelOlder();
    // Scheduled messages: stored with their timer, edited, cancelled, a held one confirmed.
    bool scheduleMessage(const scheduled::ScheduleRequest &request);
    bool editScheduled(qint64 id, const scheduled::ScheduleRequest &request);
    bool cancelScheduled(qint64 id, qint64 conversationId);
    bool confirmScheduled(qint64 id, qint64 conversationId);

private:
    bool queue(std::function<void(SyncWorker &)> call);

    QPointer<SyncWorker> m_worker;
};

} // namespace textdesk::engine
