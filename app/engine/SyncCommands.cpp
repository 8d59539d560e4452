#include "SyncCommands.h"

#include "SyncWorker.h"

namespace textdesk::engine {

void SyncCommands::attach(SyncWorker *worker)
{
    m_worker = worker;
}

SyncWorker *SyncCommands::worker() const
{
    return m_worker.data();
}

bool SyncCommands::queue(std::function<void(SyncWorker &)> call)
{
    SyncWorker *worker = m_worker.data();
    if (!worker)
        return false;
    // Runs on the worker's thread, in the order the GUI asked.
    QMetaObject::invokeMethod(
        worker, [worker, call = std::move(call)] { call(*worker); }, Qt::QueuedConnection);
    return true;
}

bool SyncCommands::syncNow()
{
    return queue([](SyncWorker &w) { w.syncNow(); });
}

bool SyncCommands::cancelSync()
{
    return queue([](SyncWorker &w) { w.cancel(); });
}

bool SyncCommands::stop()
{
    return queue([](SyncWorker &w) { w.stop(); });
}

bool SyncCommands::announce()
{
    return queue([](SyncWorker &w) { w.announce(); });
}

bool SyncCommands::setAgentName(const QString &name)
{
    return queue([name](SyncWorker &w) { w.setAgentName(name); });
}

bool SyncCommands::send(const QString &to, const QString &from, const QString &body,
                        const QStringList &attachments)
{
    return queue([=](SyncWorker &w) { w.send(to, from, body, attachments); });
}

bool SyncCommands::storeInbound(const provider::ProviderMessage &message)
{
    return queue([message](SyncWorker &w) { w.storeInbound(message); });
}

bool SyncCommands::markRead(qint64 conversationId, qint64 upToMessageId)
{
    return queue([=](SyncWorker &w) { w.markRead(conversationId, upToMessageId); });
}

bool SyncCommands::markUnread(qint64 conversationId)
{
    return queue([=](SyncWorker &w) { w.markUnread(conversationId); });
}

bool SyncCommands::sendSurvey(qint64 conversationId)
{
    return queue([=](SyncWorker &w) { w.sendSurvey(conversationId); });
}

bool SyncCommands::setStatus(qint64 conversationId, ConversationStatus status, qint64 snoozeUntilMs)
{
    return queue([=](SyncWorker &w) { w.setStatus(conversationId, status, snoozeUntilMs); });
}

bool SyncCommands::assign(qint64 conversationId, qint64 agentId)
{
    return queue([=](SyncWorker &w) { w.assign(conversationId, agentId); });
}

bool SyncCommands::addNote(qint64 conversationId, const QString &body)
{
    return queue([=](SyncWorker &w) { w.addNote(conversationId, body); });
}

bool SyncCommands::answerRevocation(qint64 conversationId, qint64 flagId, bool optOut)
{
    return queue([=](SyncWorker &w) { w.answerRevocation(conversationId, flagId, optOut); });
}

bool SyncCommands::saveDraft(qint64 conversationId, const QString &body)
{
    return queue([=](SyncWorker &w) { w.saveDraft(conversationId, body); });
}

bool SyncCommands::saveProfile(const ContactProfile &profile)
{
    return queue([profile](SyncWorker &w) { w.saveProfile(profile); });
}

bool SyncCommands::setPresence(qint64 conversationId, const QString &state)
{
    return queue([=](SyncWorker &w) { w.setPresence(conversationId, state); });
}

bool SyncCommands::loadOlder(qint64 conversationId)
{
    return queue([=](SyncWorker &w) { w.loadOlder(conversationId); });
}

bool SyncCommands::cancelOlder()
{
    return queue([](SyncWorker &w) { w.cancelOlder(); });
}

bool SyncCommands::scheduleMessage(const scheduled::ScheduleRequest &request)
{
    return queue([request](SyncWorker &w) { w.scheduleMessage(request); });
}

bool SyncCommands::editScheduled(qint64 id, const scheduled::ScheduleRequest &request)
{
    return queue([id, request](SyncWorker &w) { w.editScheduled(id, request); });
}

bool SyncCommands::cancelScheduled(qint64 id, qint64 conversationId)
{
    return queue([=](SyncWorker &w) { w.cancelScheduled(id, conversationId); });
}

bool SyncCommands::confirmScheduled(qint64 id, qint64 conversationId)
{
    return queue([=](SyncWorker &w) { w.confirmScheduled(id, conversationId); });
}

} // namespace textdesk::engine
