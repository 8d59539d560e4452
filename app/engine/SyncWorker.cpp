#include "SyncWorker.h"

#include "RevocationAnswer.h"
#include "Snooze.h"
#include "contacts/CardDavRunner.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/ConversationActions.h"
#include "surveys/SurveySender.h"
#include "templates/TemplateStore.h"

#include <QtCore/QThread>

namespace textdesk::engine {

SyncWorker::SyncWorker(SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_contactsSync(new contacts::CardDavRunner(
          [this]() -> Database * { return m_engine ? &db() : nullptr; }, Clock::system(), this))
{ }

SyncWorker::~SyncWorker() = default;

SyncWorker *SyncWorker::startOnThread(SyncSettings settings)
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("textdesk-sync"));
    auto *worker = new SyncWorker(std::move(settings));
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &SyncWorker::start);
    // Direct: quit() is thread-safe, and the GUI thread may be blocked waiting for this one.
    connect(worker, &SyncWorker::stopped, thread, &QThread::quit, Qt::DirectConnection);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return worker;
}

void SyncWorker::start()
{
    // Everything that touches the cache or the network is made here, on the sync thread.
    auto *engine = new SyncEngine(m_settings, Clock::system(), this);
    if (Status opened = engine->open(); !opened) {
        delete engine;
        emit stateChanged(State::Failed, opened.error().message());
        return;
    }
    m_engine = engine;
    if (m_settings.seedTemplates) {
        if (Status seeded = TemplateStore::seedDefaults(db()); !seeded)
            emit actionFailed(seeded.error().message());
    }
    identifyAgent();
    connect(engine, &SyncEngine::stateChanged, this, &SyncWorker::stateChanged);
    connect(engine, &SyncEngine::progressed, this, &SyncWorker::progressed);
    connect(engine, &SyncEngine::synced, this, &SyncWorker::synced);
    connect(engine, &SyncEngine::stopped, this, &SyncWorker::stopped);
    connect(engine, &SyncEngine::failed, this, &SyncWorker::actionFailed);
    connect(engine, &SyncEngine::inboundStored, this, &SyncWorker::conversationChanged);
    connect(engine, &SyncEngine::timerFired, this, [this](const QString &kind, qint64 subject) {
        if (kind == scheduled::timerKind())
            emit scheduledChanged(0); // sent, held or waiting: the lists re-read
        else if (subject)
            emit conversationChanged(subject);
    });
    connect(engine->outbox(), &sync::OutboxSender::entryChanged, this,
            &SyncWorker::outboxEntryChanged);
    connect(engine->outbox(), &sync::OutboxSender::openCountChanged, this,
            &SyncWorker::outboxCountChanged);
    if (sync::MediaFetcher *media = engine->media()) {
        connect(media, &sync::MediaFetcher::mediaChanged, this, &SyncWorker::mediaChanged);
        connect(media, &sync::MediaFetcher::progress, this, &SyncWorker::mediaProgress);
    }
    connect(engine, &SyncEngine::olderProgressed, this, &SyncWorker::olderProgress);
    connect(engine, &SyncEngine::olderLoaded, this,
            [this](qint64 id, qint64 inserted, bool cancelled, const QString &error) {
                if (inserted > 0)
                    emit conversationChanged(id);
                emit olderLoaded(id, inserted, cancelled, error);
            });
    engine->start();
}

void SyncWorker::identifyAgent()
{
    if (m_settings.agentName.isEmpty() || !m_engine)
        return;
    auto agent = ConversationActions::ensureAgent(db(), m_settings.agentName, now());
    if (agent) {
        m_agentId = *agent;
        emit agentIdentified(m_agentId);
    } else {
        emit actionFailed(agent.error().message());
    }
}

void SyncWorker::setAgentName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == m_settings.agentName)
        return;
    m_settings.agentName = trimmed;
    identifyAgent();
}

void SyncWorker::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

void SyncWorker::send(const QString &to, const QString &from, const QString &body,
                      const QStringList &attachments)
{
    if (!m_engine) {
        emit sendRefused(to, body, attachments, tr("Not connected to the cache yet."));
        return;
    }
    const sync::EnqueueResult result
        = m_engine->outbox()->enqueue({ to, from, body, m_agentId, attachments });
    if (!result.ok())
        emit sendRefused(to, body, attachments, result.errorMessage);
    else
        emit conversationChanged(result.message.conversationId);
}

void SyncWorker::storeInbound(const provider::ProviderMessage &message)
{
    if (!m_engine)
        return;
    if (Status s = m_engine->storeInbound(message); !s) {
        emit actionFailed(s.error().message());
        m_engine->syncNow(); // the pull brings it in instead
    }
}

bool SyncWorker::act(qint64 conversationId, const std::function<Status()> &action)
{
    if (!m_engine) {
        emit actionFailed(tr("The cache is not open, so the change was not saved."));
        return false;
    }
    if (Status s = action(); !s) {
        emit actionFailed(s.error().message());
        return false;
    }
    emit conversationChanged(conversationId);
    return true;
}

void SyncWorker::markRead(qint64 conversationId, qint64 upToMessageId)
{
    act(conversationId,
        [&] { return ConversationActions::markRead(db(), conversationId, upToMessageId); });
}

void SyncWorker::markUnread(qint64 conversationId)
{
    act(conversationId, [&] { return ConversationActions::markUnread(db(), conversationId); });
}

void SyncWorker::setStatus(qint64 conversationId, ConversationStatus status, qint64 snoozeUntilMs)
{
    // A snooze stores its wake-up timer with the status, in one transaction.
    if (act(conversationId, [&] {
            return Snooze::setStatus(db(), conversationId, conversationStatusToString(status),
                                     snoozeUntilMs, now(), m_agentId);
        })) {
        m_engine->scheduler()->rearm();
    }
}

void SyncWorker::assign(qint64 conversationId, qint64 agentId)
{
    act(conversationId, [&] {
        return ConversationActions::assign(db(), conversationId, agentId, now(), m_agentId);
    });
}

void SyncWorker::addNote(qint64 conversationId, const QString &body)
{
    act(conversationId, [&]() -> Status {
        auto id = ConversationActions::addNote(db(), conversationId, body, m_agentId, now());
        if (!id)
            return id.error();
        return success();
    });
}

void SyncWorker::answerRevocation(qint64 conversationId, qint64 flagId, bool optOut)
{
    // What was held for the request goes (or is cancelled) with the answer; the released ones'
    // timers are due now.
    if (act(conversationId, [&] {
            return RevocationAnswer::answer(db(), flagId, optOut, m_agentId, now(),
                                            m_engine->scheduledLateLimitMs());
        })) {
        m_engine->scheduler()->rearm();
    }
}

void SyncWorker::saveProfile(const ContactProfile &profile)
{
    if (!m_engine) {
        emit profileSaveFailed(profile.id,
                               tr("The cache is not open, so the change was not saved."));
        return;
    }
    if (Status s = ContactProfiles::save(db(), profile, now()); !s) {
        emit profileSaveFailed(profile.id, s.error().message());
        return;
    }
    emit contactChanged(profile.id);
}

void SyncWorker::loadOlder(qint64 conversationId)
{
    if (!m_engine) {
        emit olderLoaded(conversationId, 0, false,
                         tr("The cache is not open, so older messages cannot be loaded."));
        return;
    }
    if (Status s = m_engine->loadOlder(conversationId); !s)
        emit olderLoaded(conversationId, 0, false, s.error().message());
}

void SyncWorker::cancelOlder()
{
    if (m_engine)
        m_engine->cancelOlder();
}

void SyncWorker::saveDraft(qint64 conversationId, const QString &body)
{
    if (!m_engine)
        return;
    if (Status s = ConversationActions::saveDraft(db(), conversationId, body, now()); !s) {
        emit actionFailed(s.error().message());
        return;
    }
    emit conversationChanged(conversationId); // the inbox row shows "Draft: …"
}

void SyncWorker::announce()
{
    if (m_agentId)
        emit agentIdentified(m_agentId);
}

void SyncWorker::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncWorker::stop()
{
    if (!m_engine) {
        emit stopped();
        return;
    }
    m_engine->stop();
}

void SyncWorker::sendSurvey(qint64 conversationId)
{
    if (act(conversationId, [&]() -> Status {
            auto id = surveys::SurveySender::sendNow(db(), conversationId, 0,
                                                     QStringLiteral("manual"), m_agentId, now());
            return id ? success() : Status(id.error());
        })) {
        m_engine->scheduler()->rearm();
    }
}

Status SyncWorker::runOnWriter(const std::function<Status(Database &)> &change)
{
    if (!m_engine)
        return StorageError(StorageError::Kind::CannotOpen, {});
    return change(db());
}

void SyncWorker::scheduleMessage(const scheduled::ScheduleRequest &request)
{
    scheduled::ScheduleRequest mine = request;
    mine.agentId = m_agentId;
    if (act(request.conversationId, [&]() -> Status {
            auto id = scheduled::schedule(db(), mine, now());
            return id ? success() : Status(id.error());
        })) {
        m_engine->scheduler()->rearm();
        emit scheduledChanged(request.conversationId);
    }
}

void SyncWorker::editScheduled(qint64 id, const scheduled::ScheduleRequest &request)
{
    if (act(request.conversationId, [&] { return scheduled::edit(db(), id, request, now()); })) {
        m_engine->scheduler()->rearm();
        emit scheduledChanged(request.conversationId);
    }
}

void SyncWorker::cancelScheduled(qint64 id, qint64 conversationId)
{
    if (act(conversationId, [&] { return scheduled::cancel(db(), id, now()); })) {
        m_engine->scheduler()->rearm();
        emit scheduledChanged(conversationId);
    }
}

void SyncWorker::confirmScheduled(qint64 id, qint64 conversationId)
{
    if (act(conversationId, [&] { return scheduled::confirm(db(), id, now()); })) {
        m_engine->scheduler()->rearm();
        emit scheduledChanged(conversationId);
    }
}

} // namespace textdesk::engine
