#include "PullSync.h"

#include "storage/ConversationSummaries.h"
#include "storage/SyncCursors.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "textdesk.sync", QtInfoMsg)

namespace textdesk::sync {

namespace {

const QString kHighWater = QStringLiteral("pull.high_water");
const QString kPass = QStringLiteral("pull.pass");
const QString kHistoryFrom = QStringLiteral("pull.history_from");
// Workspaces synced before history_from was recorded went back this far at their first sync.
constexpr qint64 kOldDefaultHorizonMs = 90LL * 24 * 3600 * 1000;

} // namespace

PullSync::PullSync(provider::Provider *provider, Database &db, PullOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_db(db)
    , m_options(options)
    , m_writer(db)
{ }

textdesk::Result<qint64> PullSync::highWater(Database &db)
{
    auto value = SyncCursors::read(db, kHighWater);
    if (!value)
        return value.error();
    return value->toLongLong();
}

textdesk::Result<qint64> PullSync::historyFrom(Database &db)
{
    auto value = SyncCursors::read(db, kHistoryFrom);
    if (!value)
        return value.error();
    return value->isEmpty() ? -1 : value->toLongLong();
}

qint64 PullSync::now() const
{
    return Clock::orSystem(m_options.clock).nowMs();
}

textdesk::Result<std::optional<PullSync::Pass>> PullSync::loadPass()
{
    auto text = SyncCursors::read(m_db, kPass);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return std::optional<Pass>();
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    Pass pass;
    pass.next = o.value(QLatin1String("next")).toString();
    pass.since = qint64(o.value(QLatin1String("since")).toDouble());
    pass.newest = qint64(o.value(QLatin1String("newest")).toDouble());
    pass.oldest = qint64(o.value(QLatin1String("oldest")).toDouble());
    pass.messages = qint64(o.value(QLatin1String("messages")).toDouble());
    pass.pages = o.value(QLatin1String("pages")).toInt();
    pass.history = qint64(o.value(QLatin1String("history")).toDouble(-1));
    return std::optional<Pass>(pass);
}

Status PullSync::savePass(const Pass &pass)
{
    const QJsonObject o { { QLatin1String("next"), pass.next },
                          { QLatin1String("since"), double(pass.since) },
                          { QLatin1String("newest"), double(pass.newest) },
                          { QLatin1String("oldest"), double(pass.oldest) },
                          { QLatin1String("messages"), double(pass.messages) },
                          { QLatin1String("pages"), pass.pages },
                          { QLatin1String("history"), double(pass.history) } };
    return SyncCursors::write(
        m_db, kPass, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), now());
}

Status PullSync::completePass(const Pass &pass)
{
    auto previous = highWater(m_db);
    if (!previous)
        return previous.error();
    if (auto s = SyncCursors::write(m_db, kHighWater, std::max(*previous, pass.newest), now()); !s)
        return s;
    if (pass.history >= 0) {
        if (auto s = SyncCursors::write(m_db, kHistoryFrom, pass.history, now()); !s)
            return s;
    }
    return SyncCursors::remove(m_db, kPass);
}

void PullSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_progress = {};
    m_providerError = {};
    m_storageError.reset();
    m_writer.forget();
    m_page = {};
    m_pageWaiting = false;

    auto cursor = highWater(m_db);
    if (!cursor) {
        m_storageError = cursor.error();
        finish(Result::StorageFailed);
        return;
    }
    auto resumed = loadPass();
    if (!resumed) {
        m_storageError = resumed.error();
        finish(Result::StorageFailed);
        return;
    }
    if (*resumed && !(*resumed)->next.isEmpty()) {
        m_pass = **resumed;
        m_progress.pages = m_pass.pages;
        m_progress.messages = m_pass.messages;
        qCInfo(lcSync) << "resuming pull pass after" << m_pass.pages << "pages";
        request(m_provider->nextPage(m_pass.next));
        return;
    }
    auto from = historyFrom(m_db);
    if (!from) {
        m_storageError = from.error();
        finish(Result::StorageFailed);
        return;
    }
    m_pass = {};
    const qint64 horizon = m_options.horizonMs > 0 ? now() - m_options.horizonMs : 0;
    const qint64 cachedFrom = *from >= 0 ? *from : *cursor - kOldDefaultHorizonMs;
    if (*cursor > 0 && horizon >= cachedFrom) {
        m_pass.since = *cursor - m_options.overlapMs;
    } else {
        // The first pass, or a horizon further back than the cache reaches: back to it.
        m_pass.since = horizon;
        m_pass.history = horizon;
    }
    // No DateSent filter: messages that were never sent (queued, failed) have no date_sent and
    // would be missed. The list is newest first; the pass stops once it is past `since`.
    provider::MessageQuery query;
    query.pageSize = m_options.pageSize;
    request(m_provider->listMessages(query));
}

void PullSync::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel(); // finished() follows from onPage with Cancelled
}

void PullSync::request(provider::MessagePageJob *job)
{
    m_job = job;
    connect(job, &provider::ProviderJob::finished, this, [this, job] { onPage(job); });
}

namespace {

// Where the pass stands after these messages: the time range seen, and whether the list has
// gone past `since` (newest first: nothing older is needed).
bool advance(const QList<provider::ProviderMessage> &messages, qint64 since, qint64 &newest,
             qint64 &oldest)
{
    bool reachedSince = false;
    for (const provider::ProviderMessage &message : messages) {
        const qint64 at = message.dateCreatedMs;
        reachedSince |= at > 0 && at < since;
        newest = std::max(newest, at);
        oldest = oldest == 0 ? at : std::min(oldest, at);
    }
    return reachedSince;
}

} // namespace

Status PullSync::endPage(const provider::MessagePage &page, Pass &pass)
{
    pass.next = nextAfter(page, pass);
    advance(page.messages, pass.since, pass.newest, pass.oldest);
    pass.messages += page.messages.size();
    pass.pages += 1;
    return pass.next.isEmpty() ? completePass(pass) : savePass(pass);
}

Status PullSync::upsertPage(const provider::MessagePage &page, Pass &pass, qint64 &inserted,
                            Care care)
{
    const qint64 now = this->now();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    ConversationSummaries::InsertedMessages insertedMessages;
    // Oldest first within the page: the provider's times have whole seconds, and messages of the
    // same second then get local ids in the order they happened.
    for (auto it = page.messages.crbegin(); it != page.messages.crend(); ++it) {
        const provider::ProviderMessage &message = *it;
        MessageRecord stored;
        // Each message a savepoint of its own only when taking care: one the cache cannot take
        // is then undone alone.
        std::optional<Transaction> savepoint;
        if (care == Care::SavepointEach) {
            savepoint.emplace(m_db);
            if (!savepoint->status())
                return savepoint->status();
        }
        // A pull writes pages newest first, and the per-message update of a conversation's
        // columns (waiting since, unread, first response) assumes the message is the newest.
        // So the conversations this page added to are brought up to date after it instead.
        auto written = m_writer.write(message, now, MessageStore::Scope::InBatch, &stored);
        if (written && savepoint) {
            if (auto s = savepoint->commit(); !s)
                written = s.error();
        }
        if (!written && written.error().kind() == StorageError::Kind::Constraint
            && care == Care::SavepointEach) {
            // One message the cache cannot take must not stop the sync of everything else:
            // logged and skipped.
            qCWarning(lcSync).noquote()
                << "skipped message" << message.sid << written.error().details();
            m_writer.forget();
            continue;
        }
        if (!written)
            return written.error();
        // An update (a status, a redacted body) leaves the conversation's columns as they are.
        if (*written != MessageStore::Upsert::Inserted)
            continue;
        ++inserted;
        insertedMessages.add(stored.conversationId, stored.id, stored.direction, stored.createdAt,
                             stored.body);
    }
    if (auto s = insertedMessages.apply(m_db); !s)
        return s;
    if (auto s = endPage(page, pass); !s)
        return s;
    return tx.commit();
}

void PullSync::onPage(provider::MessagePageJob *job)
{
    m_job = nullptr;
    if (m_pageWaiting)
        writePage(); // never happens with a queue in order; if it did, pages stay in order
    if (!m_running)
        return;
    if (!job->succeeded()) {
        m_providerError = job->error();
        finish(job->error().kind() == provider::ProviderError::Kind::Cancelled
                   ? Result::Cancelled
                   : Result::ProviderFailed);
        return;
    }
    m_page = std::move(job->page);
    m_pageWaiting = true;
    // The next page is fetched while this one is written, so that the provider's time and the
    // database's overlap. Where the pass goes next is known before writing; the request goes
    // out from the event loop, and the write is queued behind it.
    if (const QString next = nextAfter(m_page, m_pass); !next.isEmpty() && !m_cancelRequested)
        request(m_provider->nextPage(next));
    QMetaObject::invokeMethod(this, &PullSync::writePage, Qt::QueuedConnection);
}

void PullSync::writePage()
{
    if (!m_pageWaiting)
        return;
    m_pageWaiting = false;
    const provider::MessagePage page = std::exchange(m_page, {});
    if (!m_running)
        return; // cancelled before it was written: the pass still points at it
    Pass pass = m_pass;
    qint64 inserted = 0;
    QElapsedTimer writing;
    writing.start();
    Status status = upsertPage(page, pass, inserted, Care::AllOrNothing);
    if (!status && status.error().kind() == StorageError::Kind::Constraint) {
        // The page was undone whole. Again, a savepoint per message, to skip only the message
        // the cache cannot take.
        m_writer.forget();
        pass = m_pass;
        inserted = 0;
        status = upsertPage(page, pass, inserted, Care::SavepointEach);
    }
    if (!status) {
        // Nothing of this page was kept, and the pass still points at it: a retry re-reads it.
        abandonPrefetch();
        m_writer.forget();
        m_storageError = status.error();
        finish(Result::StorageFailed);
        return;
    }
    m_pass = pass;
    m_progress.pages = pass.pages;
    m_progress.messages = pass.messages;
    m_progress.inserted += inserted;
    m_progress.databaseNs += writing.nsecsElapsed();
    // With no horizon (all history) there is no window to measure against.
    if (!pass.next.isEmpty() && pass.since > 0 && pass.newest > pass.since
        && pass.oldest > pass.since) {
        // Newest first: the share of the time window covered so far estimates the rest.
        const double covered = double(pass.newest - pass.oldest) / double(pass.newest - pass.since);
        m_progress.estimatedRemaining
            = covered > 0.0 ? qint64(double(pass.messages) * (1.0 - covered) / covered) : -1;
    } else {
        m_progress.estimatedRemaining = pass.next.isEmpty() ? 0 : -1;
    }
    emit progressed(m_progress);

    if (pass.next.isEmpty()) {
        Q_ASSERT(!m_job);
        finish(Result::Converged);
        return;
    }
    if (m_cancelRequested) {
        abandonPrefetch();
        finish(Result::Cancelled); // between pages: everything so far is committed
        return;
    }
    // The next page has been on its way since before this one was written; onPage() goes on.
}

QString PullSync::nextAfter(const provider::MessagePage &page, const Pass &pass)
{
    qint64 newest = pass.newest;
    qint64 oldest = pass.oldest;
    return advance(page.messages, pass.since, newest, oldest) ? QString() : page.nextPageUri;
}

void PullSync::abandonPrefetch()
{
    if (!m_job)
        return;
    provider::MessagePageJob *job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    job->cancel(); // it deletes itself
}

void PullSync::finish(Result result)
{
    m_result = result;
    m_running = false;
    if (result != Result::Converged)
        qCInfo(lcSync).noquote() << "pull stopped:" << errorMessage();
    emit finished();
}

QString PullSync::errorMessage() const
{
    switch (m_result) {
    case Result::Converged:
        return {};
    case Result::Cancelled:
        return QCoreApplication::translate(
            "textdesk::sync::PullSync",
            "Sync cancelled. It continues from where it stopped next time.");
    case Result::ProviderFailed:
        return m_providerError.message();
    case Result::StorageFailed:
        return m_storageError ? m_storageError->message() : QString();
    }
    return {};
}

} // namespace textdesk::sync
