#include "SyncWorker.h"

#include "RevocationAnswer.h"
#include "Snooze.h"
#include "contacts/CardDavRunner.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/ConversationActions.h"
#include "storage/MessageStore.h"
#include "storage/ReplicaStore.h"
#include "storage/TeamPushStore.h"
#include "surveys/SurveySender.h"
#include "sync/Outbox.h"
#include "team/TeamListener.h"
#include "team/TeamReplica.h"
#include "templates/TemplateStore.h"

#include <QtCore/QJsonObject>
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
    if (engine->outbox()) {
        connect(engine->outbox(), &sync::OutboxSender::entryChanged, this,
                &SyncWorker::outboxEntryChanged);
        connect(engine->outbox(), &sync::OutboxSender::openCountChanged, this,
                &SyncWorker::outboxCountChanged);
    }
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
    if (isTeam()) {
        // A timer that queued a message (a scheduled send) or woke a snooze: up to the team.
        connect(engine, &SyncEngine::timerFired, this, &SyncWorker::kickTeam);
        startTeam();
    }
    engine->start();
}

void SyncWorker::startTeam()
{
    m_teamThread = new QThread(this);
    m_teamThread->setObjectName(QStringLiteral("textdesk-team"));
    m_teamListener
        = new team::TeamListener(m_settings.teamAddress, m_settings.teamPassword, Clock::system());
    m_teamReplica = new team::TeamReplica(m_settings.teamAddress, m_settings.teamPassword,
                                          m_settings.cachePath, Clock::system());
    m_settings.teamPassword.fill(QChar(u'\0'));
    m_settings.teamPassword.clear();
    m_teamListener->moveToThread(m_teamThread);
    m_teamReplica->moveToThread(m_teamThread);
    connect(m_teamListener, &team::TeamListener::changed, m_teamReplica,
            &team::TeamReplica::catchUp);
    connect(m_teamListener, &team::TeamListener::connectionChanged, this,
            [this](bool connected, const QString &reason) {
                emit stateChanged(connected ? State::Idle : State::Offline, reason);
            });
    connect(m_teamReplica, &team::TeamReplica::progress, this, [this](qint64 rows) {
        sync::PullProgress progress;
        progress.messages = rows;
        emit progressed(progress);
    });
    connect(m_teamReplica, &team::TeamReplica::applied, this, [this](qint64 rows) {
        if (!m_agentId)
            identifyAgent(); // the team's agents came with the first snapshot
        emit synced(rows, now());
        emit stateChanged(State::Idle, {});
    });
    connect(m_teamReplica, &team::TeamReplica::failed, this,
            [this](const QString &reason) { emit stateChanged(State::Offline, reason); });
    connect(m_teamListener, &team::TeamListener::presence, this,
            [this](qint64 agentId, qint64 teamConversationId, const QString &state) {
                if (agentId == m_agentId || !m_engine)
                    return; // our own, echoed
                auto local = ReplicaStore::localId(db(), QStringLiteral("conversations"),
                                                   teamConversationId);
                if (local && *local)
                    emit presenceChanged(*local, agentId, state);
            });
    connect(m_teamReplica, &team::TeamReplica::overruled, this, [this](const QString &message) {
        emit teamOverruled(message);
        emit actionFailed(message);
    });
    m_teamThread->start();
    QMetaObject::invokeMethod(m_teamListener, &team::TeamListener::start, Qt::QueuedConnection);
}

void SyncWorker::stopTeam()
{
    if (!m_teamThread)
        return;
    // Deleted on their own thread (their connections belong to it), after a catch-up in
    // progress has committed its page.
    team::TeamListener *listener = std::exchange(m_teamListener, nullptr);
    team::TeamReplica *replica = std::exchange(m_teamReplica, nullptr);
    QMetaObject::invokeMethod(
        listener,
        [listener, replica] {
            delete replica;
            delete listener;
        },
        Qt::BlockingQueuedConnection);
    m_teamThread->quit();
    m_teamThread->wait();
    delete std::exchange(m_teamThread, nullptr);
}

void SyncWorker::setPresence(qint64 conversationId, const QString &state)
{
    if (!m_teamListener || !m_engine || !m_agentId)
        return;
    auto teamId = TeamPushStore::teamIdOf(db(), QStringLiteral("conversations"), conversationId);
    if (!teamId || !*teamId)
        return;
    QMetaObject::invokeMethod(
        m_teamListener,
        [listener = m_teamListener, agent = m_agentId, id = *teamId, state] {
            listener->announce(agent, id, state);
        },
        Qt::QueuedConnection);
}

void SyncWorker::kickTeam()
{
    if (m_teamReplica)
        QMetaObject::invokeMethod(m_teamReplica, &team::TeamReplica::catchUp, Qt::QueuedConnection);
}

Status SyncWorker::withPush(const std::function<Status()> &change,
                            const std::function<Status()> &push)
{
    if (!isTeam())
        return change();
    Transaction tx(db());
    if (!tx.status())
        return tx.status();
    if (Status s = change(); !s)
        return s;
    if (Status s = push(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    kickTeam();
    return success();
}

void SyncWorker::identifyAgent()
{
    if (m_settings.agentName.isEmpty() || !m_engine)
        return;
    if (isTeam()) {
        // The team's agent of that name, as the replica wrote it (its team id); none yet before
        // the first snapshot, which calls this again.
        auto agent = TeamPushStore::agentNamed(db(), m_settings.agentName);
        if (agent && *agent) {
            m_agentId = *agent;
            emit agentIdentified(m_agentId);
        }
        return;
    }
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
    const sync::OutboxRequest request { to, from, body, m_agentId, attachments };
    // A team desktop queues it here as anywhere, and the team's gateway sends it.
    const sync::EnqueueResult result = m_engine->outbox()
        ? m_engine->outbox()->enqueue(request)
        : sync::Outbox(db(), m_settings.outbox.defaultRegion, m_settings.mediaDirectory)
              .enqueue(request, now());
    if (!result.ok()) {
        emit sendRefused(to, body, attachments, result.errorMessage);
        return;
    }
    emit conversationChanged(result.message.conversationId);
    kickTeam();
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
            return withPush(
                [&] {
                    return Snooze::setStatus(db(), conversationId,
                                             conversationStatusToString(status), snoozeUntilMs,
                                             now(), m_agentId);
                },
                [&] {
                    return TeamPushStore::add(
                        db(), QStringLiteral("status"), conversationId, 0,
                        { { QStringLiteral("status"), conversationStatusToString(status) },
                          { QStringLiteral("snoozed_until"),
                            status == ConversationStatus::Snoozed ? double(snoozeUntilMs) : 0.0 } },
                        now());
                });
        })) {
        m_engine->scheduler()->rearm();
    }
}

void SyncWorker::assign(qint64 conversationId, qint64 agentId)
{
    act(conversationId, [&]() -> Status {
        // The assignee the agent saw: the team's store assigns only if it is still theirs.
        auto before = TeamPushStore::assigneeOf(db(), conversationId);
        if (!before)
            return before.error();
        return withPush(
            [&] {
                return ConversationActions::assign(db(), conversationId, agentId, now(), m_agentId);
            },
            [&] {
                return TeamPushStore::add(db(), QStringLiteral("assign"), conversationId, 0,
                                          { { QStringLiteral("from"), double(*before) },
                                            { QStringLiteral("to"), double(agentId) } },
                                          now());
            });
    });
}

void SyncWorker::addNote(qint64 conversationId, const QString &body)
{
    act(conversationId, [&]() -> Status {
        qint64 noteId = 0;
        return withPush(
            [&]() -> Status {
                auto id
                    = ConversationActions::addNote(db(), conversationId, body, m_agentId, now());
                if (!id)
                    return id.error();
                noteId = *id;
                return success();
            },
            [&]() -> Status {
                // Under the note's own client id, which the team's copy keeps: the replica finds
                // this row again instead of adding a second one.
                auto note = MessageStore(db()).message(noteId);
                if (!note)
                    return note.error();
                return TeamPushStore::add(db(), QStringLiteral("note"), conversationId, 0,
                                          { { QStringLiteral("client_id"), note->clientId },
                                            { QStringLiteral("body"), body } },
                                          now());
            });
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
    // On a team desktop the fields the agent changed go to the team (per field: a colleague's
    // change of another field at the same time stays).
    QJsonObject changed;
    if (isTeam()) {
        auto before = ContactProfiles::load(db(), profile.id);
        if (!before) {
            emit profileSaveFailed(profile.id, before.error().message());
            return;
        }
        const auto compare = [&](const char *column, const QString &was, const QString &now) {
            if (was != now)
                changed.insert(QLatin1String(column), now);
        };
        compare("name", before->displayName, profile.displayName);
        compare("email", before->email, profile.email);
        compare("company", before->company, profile.company);
        compare("notes", before->notes, profile.notes);
    }
    Status saved
        = withPush([&] { return ContactProfiles::save(db(), profile, now()); },
                   [&]() -> Status {
                       if (changed.isEmpty())
                           return success();
                       return TeamPushStore::add(db(), QStringLiteral("profile"), 0, profile.id,
                                                 { { QStringLiteral("phone"), profile.e164 },
                                                   { QStringLiteral("fields"), changed } },
                                                 now());
                   });
    if (!saved) {
        emit profileSaveFailed(profile.id, saved.error().message());
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
    stopTeam();
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
