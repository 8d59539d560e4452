#pragma once

#include "Database.h"

#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <utility>
#include <vector>

class QThread;

namespace textdesk {

// Builds the full-text index of the messages a bulk import puts into an empty cache, on a thread
// of its own, while the importer inserts the rows and sorts the B-tree indexes. Tokenizing is a
// third of such an import's work, and needs nothing from the cache's file: the index grows in a
// scratch file beside the cache, and moveInto() puts it in place of the cache's empty one at the
// end, inside the import's transaction. The cache's own copy of the index's definition is used,
// so both are the same.
class FullTextBuilder
{
public:
    // Starts the worker. The cache holds no messages yet.
    static Result<std::unique_ptr<FullTextBuilder>> start(Database &cache);
    // Removes the scratch file of an import that was killed after its commit (every import calls
    // this at its start, an import into a filled cache too: nobody else uses the file).
    static void removeLeftover(const Database &cache);
    // Stops the worker if it still runs, and removes the scratch file.
    ~FullTextBuilder();
    FullTextBuilder(const FullTextBuilder &) = delete;
    FullTextBuilder &operator=(const FullTextBuilder &) = delete;

    // Hands a message to the worker. Waits while the worker is far behind, so that memory stays
    // bounded however large the import.
    void add(qint64 id, const QString &body);
    // Waits until everything added is indexed; the worker's first error, if it had one.
    Status finish();
    // In the cache's open transaction, after finish(): replaces the cache's message index with
    // the one built. Nothing may have used the cache's index in this transaction before.
    Status moveInto();
    // After that transaction ended (commit or rollback): lets go of the scratch file.
    void release();

    QString scratchPath() const { return m_scratchPath; }

private:
    using Batch = std::vector<std::pair<qint64, QString>>;

    FullTextBuilder(Database &cache, QString definition);
    void work();
    Status indexAll(Database &scratch);
    void submit();

    Database &m_cache;
    const QString m_definition; // CREATE VIRTUAL TABLE message_fts ... as the cache has it
    const QString m_scratchPath;
    std::unique_ptr<QThread> m_thread;
    Batch m_filling; // the producer's batch, not yet handed over

    // Shared with the worker.
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Batch> m_queue;
    bool m_noMore = false; // finish() or the destructor: the worker ends once the queue is empty
    bool m_stop = false; // the destructor: the worker ends now
    Status m_status = success(); // the worker's first error; later batches are dropped
    bool m_attached = false;
};

} // namespace textdesk
