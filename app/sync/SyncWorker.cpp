#include "SyncWorker.h"

#include "storage/ConversationActions.h"
#include "templates/TemplateStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QThread>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>

namespace textdesk::sync {

SyncWorker::SyncWorker(SyncSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_timer(this) // a child, so that moveToThread() takes it along
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
}

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
    auto db = Database::open(m_settings.cachePath, Database::Role::Writer);
    if (!db) {
        emit stateChanged(State::Failed, db.error().message());
        return;
    }
    m_db = std::move(*db);
    if (m_settings.seedTemplates) {
        if (Status seeded = TemplateStore::seedDefaults(*m_db); !seeded)
            emit actionFailed(seeded.error().message());
    }
    identifyAgent();
    m_network = new QNetworkAccessManager(this);
    // A provider on this machine (the training simulator) is never reached through a proxy.
    if (QHostAddress(m_settings.twilio.baseUrl.host()).isLoopback()
        || m_settings.twilio.baseUrl.host() == QLatin1String("localhost")) {
        m_network->setProxy(QNetworkProxy::NoProxy);
    }
    m_client = new provider::TwilioClient(m_network, m_settings.twilio, this);
    m_pull = new PullSync(m_client, *m_db, m_settings.pull, this);
    connect(m_pull, &PullSync::progressed, this, &SyncWorker::progressed);
    connect(m_pull, &PullSync::finished, this, &SyncWorker::onPullFinished);
    if (m_settings.outbox.mediaDirectory.isEmpty())
        m_settings.outbox.mediaDirectory = m_settings.mediaDirectory;
    m_outbox = new OutboxSender(m_client, *m_db, m_settings.outbox, this);
    connect(m_outbox, &OutboxSender::entryChanged, this, &SyncWorker::outboxEntryChanged);
    connect(m_outbox, &OutboxSender::openCountChanged, this, &SyncWorker::outboxCountChanged);
    m_outbox->start();
    if (!m_settings.mediaDirectory.isEmpty()) {
        m_media
            = new MediaFetcher(m_client, *m_db, m_settings.mediaDirectory, m_settings.media, this);
        connect(m_media, &MediaFetcher::mediaChanged, this, &SyncWorker::mediaChanged);
        connect(m_media, &MediaFetcher::progress, this, &SyncWorker::mediaProgress);
        m_media->start();
    }
    m_interval = m_settings.activeIntervalMs;
    syncNow();
}

void SyncWorker::identifyAgent()
{
    if (m_settings.agentName.isEmpty() || !m_db)
        return;
    auto agent = ConversationActions::ensureAgent(*m_db, m_settings.agentName,
                                                  QDateTime::currentMSecsSinceEpoch());
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
    if (!m_pull)
        return;
    if (m_pull->isRunning()) {
        m_pending = true; // once this pass ends, another one right away
        return;
    }
    m_timer.stop();
    emit stateChanged(State::Syncing, {});
    m_pull->start();
}

void SyncWorker::send(const QString &to, const QString &from, const QString &body,
                      const QStringList &attachments)
{
    if (!m_outbox) {
        emit sendRefused(to, body, attachments, tr("Not connected to the cache yet."));
        return;
    }
    const EnqueueResult result = m_outbox->enqueue({ to, from, body, m_agentId, attachments });
    if (!result.ok())
        emit sendRefused(to, body, attachments, result.errorMessage);
    else
        emit conversationChanged(result.message.conversationId);
}

bool SyncWorker::act(qint64 conversationId, const std::function<Status()> &action)
{
    if (!m_db) {
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
        [&] { return ConversationActions::markRead(*m_db, conversationId, upToMessageId); });
}

void SyncWorker::markUnread(qint64 conversationId)
{
    act(conversationId, [&] { return ConversationActions::markUnread(*m_db, conversationId); });
}

void SyncWorker::setStatus(qint64 conversationId, const QString &status, qint64 snoozeUntilMs)
{
    act(conversationId, [&] {
        return ConversationActions::setStatus(*m_db, conversationId, status, snoozeUntilMs,
                                              QDateTime::currentMSecsSinceEpoch(), m_agentId);
    });
}

void SyncWorker::assign(qint64 conversationId, qint64 agentId)
{
    act(conversationId, [&] {
        return ConversationActions::assign(*m_db, conversationId, agentId,
                                           QDateTime::currentMSecsSinceEpoch(), m_agentId);
    });
}

void SyncWorker::addNote(qint64 conversationId, const QString &body)
{
    act(conversationId, [&]() -> Status {
        auto id = ConversationActions::addNote(*m_db, conversationId, body, m_agentId,
                                               QDateTime::currentMSecsSinceEpoch());
        if (!id)
            return id.error();
        return success();
    });
}

void SyncWorker::saveProfile(const ContactProfile &profile)
{
    if (!m_db) {
        emit profileSaveFailed(profile.id,
                               tr("The cache is not open, so the change was not saved."));
        return;
    }
    if (Status s = ContactProfiles::save(*m_db, profile, QDateTime::currentMSecsSinceEpoch()); !s) {
        emit profileSaveFailed(profile.id, s.error().message());
        return;
    }
    emit contactChanged(profile.id);
}

void SyncWorker::saveDraft(qint64 conversationId, const QString &body)
{
    // Not conversationChanged(): the thread and the inbox look the same.
    if (!m_db)
        return;
    if (Status s = ConversationActions::saveDraft(*m_db, conversationId, body,
                                                  QDateTime::currentMSecsSinceEpoch());
        !s) {
        emit actionFailed(s.error().message());
    }
}

void SyncWorker::announce()
{
    if (m_agentId)
        emit agentIdentified(m_agentId);
}

void SyncWorker::cancel()
{
    if (m_pull)
        m_pull->cancel();
}

void SyncWorker::stop()
{
    m_timer.stop();
    m_pending = false;
    if (m_media)
        m_media->stop();
    if (m_outbox)
        m_outbox->stop();
    if (m_pull && m_pull->isRunning()) {
        connect(m_pull, &PullSync::finished, this, &SyncWorker::stopped, Qt::SingleShotConnection);
        m_pull->cancel();
        return;
    }
    emit stopped();
}

void SyncWorker::onPullFinished()
{
    using R = PullSync::Result;
    switch (m_pull->result()) {
    case R::Converged: {
        if (m_failures > 0)
            m_outbox->retryNow(); // the provider is reachable again: waiting sends go now
        if (m_media)
            m_media->fetchPending();
        m_failures = 0;
        if (auto woken
            = ConversationActions::wakeSnoozed(*m_db, QDateTime::currentMSecsSinceEpoch());
            !woken) {
            emit actionFailed(woken.error().message());
        }
        const qint64 inserted = m_pull->progress().inserted;
        emit synced(inserted, QDateTime::currentMSecsSinceEpoch());
        emit stateChanged(State::Idle, {});
        // News now likely means more news soon; quiet means we can wait longer.
        m_interval = inserted > 0 ? m_settings.activeIntervalMs
                                  : std::min(m_interval * 2, m_settings.idleMaxIntervalMs);
        break;
    }
    case R::Cancelled:
        emit stateChanged(State::Idle, m_pull->errorMessage());
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
    if (m_pending) {
        m_pending = false;
        schedule(0);
    } else {
        schedule(m_interval);
    }
}

void SyncWorker::schedule(int delayMs)
{
    m_timer.start(delayMs);
}

} // namespace textdesk::sync
