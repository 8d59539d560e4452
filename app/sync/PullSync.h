#pragma once

#include "MessageWriter.h"
#include "core/Clock.h"
#include "provider/ProviderJob.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <functional>
#include <optional>

namespace textdesk::sync {

struct PullOptions
{
    // How far back the first sync of a workspace goes; 0: everything the provider lists. A
    // longer horizon than the cache has fetches the older stretch once.
    qint64 horizonMs = 90LL * 24 * 3600 * 1000;
    qint64 overlapMs
        = 15LL * 60 * 1000; // re-read this much before the cursor: late, re-ordered messages
    int pageSize = 1000;
    Clock *clock = nullptr; // the engine's; null: the wall clock
};

struct PullProgress
{
    int pages = 0;
    qint64 messages = 0; // seen in this pass (including a resumed pass's earlier pages)
    qint64 inserted = 0; // new to the cache, this run
    qint64 estimatedRemaining = -1; // -1: unknown
    qint64 databaseNs = 0; // time spent writing pages to the cache, this run
};

// One pull pass: everything the provider has since the cursor, page by page, each page written
// in one transaction together with the pass's position. The cursor moves only when the whole
// pass is committed, so an interrupted pass (cancel, crash, error) resumes from its last
// committed page and never skips a message. The list is newest first; the pass walks back to
// the cursor minus an overlap window.
class PullSync : public QObject
{
    Q_OBJECT
public:
    enum class Result { Converged, Cancelled, ProviderFailed, StorageFailed };

    PullSync(provider::Provider *provider, Database &db, PullOptions options = {},
             QObject *parent = nullptr);

    void start();
    void cancel();
    // What runs for each new inbound message, in its page's transaction (engine::SyncEngine's).
    void setHooks(const InboundHandler *hooks) { m_writer.setHooks(hooks); }

    bool isRunning() const { return m_running; }
    const PullProgress &progress() const { return m_progress; }
    Result result() const { return m_result; }
    const provider::ProviderError &providerError() const { return m_providerError; }
    const std::optional<StorageError> &storageError() const { return m_storageError; }
    // What went wrong, for a person; empty when the pass converged.
    QString errorMessage() const;

    // The cursor: the newest message time fully synced (ms), 0 before the first complete pass.
    static textdesk::Result<qint64> highWater(Database &db);
    // From when history is cached: 0 everything, -1 not known (no pass has completed since
    // this was recorded).
    static textdesk::Result<qint64> historyFrom(Database &db);

signals:
    void progressed(const textdesk::sync::PullProgress &progress);
    void finished();

private:
    struct Pass
    {
        QString next; // the next page link, empty: start a new listing
        qint64 since = 0;
        qint64 newest = 0;
        qint64 oldest = 0;
        qint64 messages = 0;
        int pages = 0;
        qint64 history = -1; // a first (or longer-horizon) pass: history is cached from here
    };
    qint64 now() const;
    textdesk::Result<std::optional<Pass>> loadPass();
    Status savePass(const Pass &pass);
    Status completePass(const Pass &pass);
    Status endPage(const provider::MessagePage &page, Pass &pass);
    enum class Care {
        AllOrNothing, // one transaction for the page, undone whole on any error
        SavepointEach, // and a savepoint per message: a constraint error skips that one
    };
    Status upsertPage(const provider::MessagePage &page, Pass &pass, qint64 &inserted, Care care);
    // The page after this one in the pass; empty when the pass ends with it.
    static QString nextAfter(const provider::MessagePage &page, const Pass &pass);
    void request(provider::MessagePageJob *job);
    // Drops the next page fetched ahead, when the pass stops before writing it.
    void abandonPrefetch();
    void onPage(provider::MessagePageJob *job);
    void writePage();
    void finish(Result result);

    provider::Provider *m_provider;
    Database &m_db;
    PullOptions m_options;
    MessageWriter m_writer;
    Pass m_pass;
    PullProgress m_progress;
    QPointer<provider::MessagePageJob> m_job;
    provider::MessagePage m_page; // fetched, its write queued
    bool m_pageWaiting = false;
    Result m_result = Result::Converged;
    provider::ProviderError m_providerError;
    std::optional<StorageError> m_storageError;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace textdesk::sync
