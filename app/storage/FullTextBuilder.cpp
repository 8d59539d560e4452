#include "FullTextBuilder.h"

#include "Statement.h"

#include <QFile>
#include <QMutexLocker>
#include <QThread>

namespace textdesk {

namespace {
constexpr size_t kBatchRows = 2048;
constexpr size_t kMaxQueuedBatches = 16; // about 32,000 messages ahead of the worker at most
// FTS5 keeps this much of the index in memory before it writes a segment: a few large
// segments, not hundreds of small ones to merge.
constexpr qint64 kTokenBufferBytes = 64 * 1024 * 1024;
const QLatin1String kAttachedName("fulltext_import");
} // namespace

FullTextBuilder::FullTextBuilder(Database &cache, QString definition)
    : m_cache(cache)
    , m_definition(std::move(definition))
    , m_scratchPath(cache.path() + QStringLiteral("-fulltext")) // removeLeftover() too
{ }

void FullTextBuilder::removeLeftover(const Database &cache)
{
    QFile::remove(cache.path() + QStringLiteral("-fulltext"));
}

Result<std::unique_ptr<FullTextBuilder>> FullTextBuilder::start(Database &cache)
{
    auto definition = cache.scalar(QStringLiteral(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'message_fts'"));
    if (!definition)
        return definition.error();
    if (definition->toString().isEmpty())
        return StorageError(StorageError::Kind::Other, cache.path(),
                            QStringLiteral("the cache has no message_fts table"));
    std::unique_ptr<FullTextBuilder> builder(new FullTextBuilder(cache, definition->toString()));
    removeLeftover(cache);
    builder->m_filling.reserve(kBatchRows);
    builder->m_thread.reset(QThread::create([b = builder.get()] { b->work(); }));
    builder->m_thread->setObjectName(QStringLiteral("textdesk-fulltext"));
    builder->m_thread->start();
    return builder;
}

FullTextBuilder::~FullTextBuilder()
{
    if (m_thread) {
        {
            QMutexLocker lock(&m_mutex);
            m_stop = true;
            m_changed.wakeAll();
        }
        m_thread->wait();
        m_thread.reset();
    }
    release();
}

void FullTextBuilder::work()
{
    Status s = success();
    {
        // Opened, used and closed on this thread, as every connection is.
        auto scratch = Database::open(m_scratchPath, Database::Role::Scratch);
        s = scratch ? indexAll(**scratch) : Status(scratch.error());
    }
    QMutexLocker lock(&m_mutex);
    if (!s && m_status)
        m_status = s;
    m_queue.clear();
    m_changed.wakeAll(); // a producer waiting for room goes on, dropping what it adds
}

Status FullTextBuilder::indexAll(Database &scratch)
{
    if (auto s = scratch.execOnce(m_definition); !s)
        return s;
    if (auto s = scratch.execOnce(
            QStringLiteral("INSERT INTO message_fts (message_fts, rank) VALUES ('hashsize', %1)")
                .arg(kTokenBufferBytes));
        !s)
        return s;
    if (auto s = scratch.begin(); !s)
        return s;
    Statement insert(scratch,
                     QStringLiteral("INSERT INTO message_fts (rowid, body) VALUES (?, ?)"));
    if (!insert.prepared())
        return insert.prepared();
    for (;;) {
        Batch batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_noMore && !m_stop)
                m_changed.wait(&m_mutex);
            if (m_stop)
                return StorageError(StorageError::Kind::Other, m_scratchPath,
                                    QStringLiteral("stopped"));
            if (m_queue.empty())
                break; // finish(): all of it is indexed
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.wakeAll(); // room for the producer
        }
        for (const auto &[id, body] : batch) {
            insert.bind(0, id);
            insert.bind(1, body);
            if (auto s = insert.run(); !s)
                return s;
        }
    }
    return scratch.commit();
}

void FullTextBuilder::add(qint64 id, const QString &body)
{
    m_filling.emplace_back(id, body);
    if (m_filling.size() >= kBatchRows)
        submit();
}

void FullTextBuilder::submit()
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.size() >= kMaxQueuedBatches && m_status && !m_stop)
        m_changed.wait(&m_mutex);
    if (m_status) {
        m_queue.push_back(std::move(m_filling));
        m_changed.wakeAll();
    }
    m_filling = {};
    m_filling.reserve(kBatchRows);
}

Status FullTextBuilder::finish()
{
    if (!m_filling.empty())
        submit();
    {
        QMutexLocker lock(&m_mutex);
        m_noMore = true;
        m_changed.wakeAll();
    }
    m_thread->wait();
    m_thread.reset();
    QMutexLocker lock(&m_mutex);
    return m_status;
}

Status FullTextBuilder::moveInto()
{
    Q_ASSERT(m_cache.inTransaction());
    // The cache's settings of its index (the token buffer migration 3 sets), put back below.
    std::vector<std::pair<QString, QString>> settings;
    {
        Statement read(m_cache,
                       QStringLiteral("SELECT k, v FROM message_fts_config WHERE k <> 'version'"));
        if (!read.prepared())
            return read.prepared();
        Statement::Step step;
        while ((step = read.step()) == Statement::Step::Row)
            settings.emplace_back(read.text(0), read.text(1));
        if (step == Statement::Step::Error)
            return read.error();
    }
    // This connection's FTS5 table keeps what it last read of the index's structure. Dropped
    // and created again, it starts from nothing and reads the structure copied in below.
    if (auto s = m_cache.execOnce(QStringLiteral("DROP TABLE message_fts")); !s)
        return s;
    if (auto s = m_cache.execOnce(m_definition); !s)
        return s;
    {
        Statement attach(m_cache, QStringLiteral("ATTACH DATABASE ? AS ") + kAttachedName);
        if (!attach.prepared())
            return attach.prepared();
        attach.bind(0, m_scratchPath);
        if (auto s = attach.run(); !s)
            return s;
        m_attached = true;
    }
    // The index's own tables, as FTS5 wrote them: segments, their term index, and the
    // structure and averages records (which replace the new, empty table's).
    for (const QString &sql :
         { QStringLiteral("INSERT OR REPLACE INTO main.message_fts_data (id, block) SELECT id, "
                          "block FROM %1.message_fts_data"),
           QStringLiteral("INSERT INTO main.message_fts_idx (segid, term, pgno) SELECT segid, "
                          "term, pgno FROM %1.message_fts_idx") }) {
        if (auto s = m_cache.execOnce(sql.arg(kAttachedName)); !s)
            return s;
    }
    Statement setting(m_cache,
                      QStringLiteral("INSERT INTO message_fts (message_fts, rank) VALUES (?, ?)"));
    if (!setting.prepared())
        return setting.prepared();
    for (const auto &[key, value] : settings) {
        setting.bind(0, key);
        setting.bind(1, value);
        if (auto s = setting.run(); !s)
            return s;
    }
    return success();
}

void FullTextBuilder::release()
{
    if (m_attached && !m_cache.inTransaction()) {
        if (auto s = m_cache.execOnce(QStringLiteral("DETACH DATABASE ") + kAttachedName); !s)
            qCWarning(lcStorage) << "could not detach the full-text scratch file:"
                                 << s.error().technical();
        m_attached = false;
    }
    if (!m_attached && !m_thread)
        QFile::remove(m_scratchPath);
}

} // namespace textdesk
