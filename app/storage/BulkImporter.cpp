#include "BulkImporter.h"

#include "ContactStore.h"
#include "FullTextBuilder.h"
#include "ReportCounts.h"
#include "Statement.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <utility>

namespace textdesk {

namespace {
constexpr qint64 kImportFtsBufferBytes = 64 * 1024 * 1024;
constexpr qint64 kNormalFtsBufferBytes = 8 * 1024 * 1024; // as migration 3 sets it
constexpr int kSortRunKib = 4000;
} // namespace

BulkImporter::BulkImporter(Database &db)
    : m_db(db)
{ }

BulkImporter::~BulkImporter()
{
    cancel();
}

Status BulkImporter::setBulkPragmas(bool bulk)
{
    // No foreign-key lookup per row: the importer only writes references to rows it read or
    // wrote itself in this transaction (TestBulkImporter runs foreign_key_check on the result).
    // The pragma is a no-op inside a transaction: set before BEGIN, reset after COMMIT/ROLLBACK.
    // Index rebuilds sort, and SQLite sorts in runs of at most the page cache's size, each on a
    // helper thread, written to a temporary file and merged; with temp_store=MEMORY, which the
    // connection otherwise uses, it keeps every row in one list sorted at the end on one thread
    // (bench_storage at 1M messages: the two message indexes in 3.2 s against 1.2 s). Temporary
    // storage can only change outside a transaction.
    if (bulk) {
        auto tempStore = m_db.scalar(QStringLiteral("PRAGMA temp_store"));
        if (!tempStore)
            return tempStore.error();
        m_tempStoreBefore = tempStore->toInt();
    }
    QStringList pragmas = bulk
        ? QStringList { QStringLiteral("PRAGMA foreign_keys = OFF"),
                        QStringLiteral("PRAGMA threads = %1")
                            .arg(std::clamp(QThread::idealThreadCount(), 1, 4)),
                        QStringLiteral("PRAGMA temp_store = FILE") }
        : QStringList { QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA threads = 0") };
    if (!bulk && m_tempStoreBefore)
        pragmas
            << QStringLiteral("PRAGMA temp_store = %1").arg(*std::exchange(m_tempStoreBefore, {}));
    for (const QString &pragma : pragmas) {
        if (auto s = m_db.execOnce(pragma); !s)
            return s;
    }
    return success();
}

void BulkImporter::endBulkSettings()
{
    (void)setBulkPragmas(false);
    if (m_leftWal && !m_db.useRollbackJournal(false))
        qCWarning(lcStorage) << "the cache stays in rollback-journal mode until it is opened again";
    m_leftWal = false;
}

Status BulkImporter::begin()
{
    Q_ASSERT(!m_active);
    // Only with the cache to itself: while another connection has it open, SQLite keeps WAL.
    m_leftWal = m_db.isWal() && m_db.useRollbackJournal(true);
    if (auto s = setBulkPragmas(true); !s) {
        endBulkSettings();
        return s;
    }
    // With the rollback journal, synchronous=NORMAL may leave a damaged file after a power cut;
    // FULL may not (SQLite's documentation). It costs syncing the journal, small here.
    if (auto s = m_db.begin(m_leftWal ? Database::Durability::Full : Database::Durability::Normal);
        !s) {
        endBulkSettings();
        return s;
    }
    m_active = true;
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_inserted = 0;
    m_skipped = 0;
    auto fail = [this](const Status &s) {
        cancel();
        return s;
    };
    auto maxId = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM messages"));
    if (!maxId)
        return fail(maxId.error());
    m_maxIdAtBegin = m_maxId = maxId->toLongLong();
    auto maxConversation
        = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM conversations"));
    if (!maxConversation)
        return fail(maxConversation.error());
    m_nextConversationId = m_firstNewConversationId = maxConversation->toLongLong() + 1;
    auto maxContact = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts"));
    if (!maxContact)
        return fail(maxContact.error());
    m_maxContactIdAtBegin = maxContact->toLongLong();

    FullTextBuilder::removeLeftover(m_db);
    if (m_maxIdAtBegin == 0) {
        for (const QString &table :
             { QStringLiteral("messages"), QStringLiteral("conversations") }) {
            if (auto s = dropIndexes(table); !s)
                return fail(s);
        }
        auto triggers = ReportCounts::suspend(m_db);
        if (!triggers)
            return fail(triggers.error());
        m_suspendedTriggers = *triggers;
        auto builder = FullTextBuilder::start(m_db);
        if (builder)
            m_fullText = std::move(*builder);
        else
            qCWarning(lcStorage) << "the full-text index is built after the rows instead:"
                                 << builder.error().technical();
    }
    if (auto s = prepareStatements(); !s)
        return fail(s);
    if (auto s = loadKnownRows(); !s)
        return fail(s);
    return success();
}

Status BulkImporter::prepareStatements()
{
    // With the SID index in place a repeat is skipped by SQLite; without it, rebuilding the index
    // finds repeats (removeRepeatedSids()).
    const bool sidIndexed = !m_droppedIndexes.contains(QStringLiteral("messages"));
    m_insertMessage = std::make_unique<Statement>(
        m_db,
        QStringLiteral(
            "INSERT INTO messages (id, conversation_id, sid, client_id, direction, body, "
            "status, error_code, error_message, num_segments, encoding, num_media, "
            "author_id, created_at, sent_at, delivered_at, read_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            + (sidIndexed ? QStringLiteral(" ON CONFLICT (sid) DO NOTHING") : QString()));
    m_maxIdInSlot = std::make_unique<Statement>(
        m_db, QStringLiteral("SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?"));
    m_insertContact = std::make_unique<Statement>(
        m_db,
        QStringLiteral("INSERT INTO contacts (e164, display_name, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?)"));
    for (const Statement *s :
         { m_insertMessage.get(), m_maxIdInSlot.get(), m_insertContact.get() }) {
        if (s && !s->prepared())
            return s->prepared();
    }
    return success();
}

Status BulkImporter::loadKnownRows()
{
    // Each query yields (key..., id); readAll walks it to the end or the first error.
    auto readAll = [this](const QString &sql, auto &&onRow) -> Status {
        Statement query(m_db, sql);
        if (!query.prepared())
            return query.prepared();
        Statement::Step step;
        while ((step = query.step()) == Statement::Step::Row)
            onRow(query);
        if (step == Statement::Step::Error)
            return query.error();
        return success();
    };
    if (auto s = readAll(QStringLiteral("SELECT e164, id FROM contacts"),
                         [this](Statement &q) { m_contacts.insert(q.text(0), q.int64(1)); });
        !s)
        return s;
    if (auto s = readAll(QStringLiteral("SELECT e164, id FROM inboxes"),
                         [this](Statement &q) { m_inboxes.insert(q.text(0), q.int64(1)); });
        !s)
        return s;
    return readAll(QStringLiteral("SELECT contact_id, inbox_id, id FROM conversations"),
                   [this](Statement &q) {
                       m_conversations.insert({ q.int64(0), q.int64(1) }, q.int64(2));
                   });
}

Status BulkImporter::rebuildIndexes(const QString &table)
{
    const QStringList creates = m_droppedIndexes.take(table);
    if (creates.isEmpty())
        return success();
    // Sorted in runs of a few megabytes, which fit the processor's caches and keep both cores
    // busy (see setBulkPragmas()), rather than of the 64 MB the writer keeps: at 1M messages,
    // 1.2 s against 2.0 s for the two message indexes.
    auto cacheSize = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    if (!cacheSize)
        return cacheSize.error();
    if (auto s = m_db.execOnce(QStringLiteral("PRAGMA cache_size = -%1").arg(kSortRunKib)); !s)
        return s;
    auto rebuilt = rebuild(table, creates);
    if (auto s
        = m_db.execOnce(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize->toLongLong()));
        !s && rebuilt)
        return s;
    return rebuilt;
}

Status BulkImporter::rebuild(const QString &table, const QStringList &creates)
{
    for (const QString &sql : creates) {
        QElapsedTimer timer;
        timer.start();
        auto s = m_db.execOnce(sql);
        qCDebug(lcStorage).noquote() << "bulk import:" << timer.elapsed() << "ms for" << sql;
        if (!s && s.error().kind() == StorageError::Kind::Constraint
            && table == QLatin1String("messages")) {
            // The import held the same SID twice (a provider page repeated): keep the first.
            if (auto removed = removeRepeatedSids(); !removed)
                return removed;
            s = m_db.execOnce(sql);
        }
        if (!s)
            return s;
    }
    return success();
}

Status BulkImporter::removeRepeatedSids()
{
    if (auto s
        = m_db.execOnce(QStringLiteral("CREATE INDEX import_repeated_sids ON messages(sid)"));
        !s)
        return s;
    Statement remove(
        m_db,
        QStringLiteral("DELETE FROM messages WHERE sid IS NOT NULL AND EXISTS "
                       "(SELECT 1 FROM messages earlier WHERE earlier.sid = messages.sid "
                       "AND earlier.id < messages.id)"));
    if (!remove.prepared())
        return remove.prepared();
    if (remove.step() == Statement::Step::Error)
        return remove.error();
    const int removed = remove.changes();
    remove.reset();
    m_inserted -= removed;
    m_skipped += removed;
    // It indexed the repeats too: the index is built from the table instead.
    m_fullText.reset();
    // Tallies counted the repeats: count the conversations again from the table.
    for (NewConversation &created : m_created)
        created.inOrder = false;
    return m_db.execOnce(QStringLiteral("DROP INDEX import_repeated_sids"));
}

Status BulkImporter::dropIndexes(const QString &table)
{
    // The schema's own definitions, so that the rebuild is exactly what the migrations made.
    // Not the partial ones (client ids: our own sends), which few imported rows enter: kept,
    // they cost nothing per row, and rebuilt they would cost a scan of the table.
    Statement indexes(m_db,
                      QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                     "AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE "
                                     "'% WHERE %'"));
    if (!indexes.prepared())
        return indexes.prepared();
    indexes.bind(0, table);
    QStringList names;
    Statement::Step step;
    while ((step = indexes.step()) == Statement::Step::Row) {
        names << indexes.text(0);
        m_droppedIndexes[table] << indexes.text(1);
    }
    if (step == Statement::Step::Error)
        return indexes.error();
    indexes.reset();
    for (const QString &name : std::as_const(names)) {
        if (auto s = m_db.execOnce(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return s;
    }
    return success();
}

void BulkImporter::release()
{
    m_insertMessage.reset();
    m_maxIdInSlot.reset();
    m_insertContact.reset();
    m_created = {};
    m_touched = {};
    // After a rollback these name rows that no longer exist: a retry must not reuse them.
    m_contacts = {};
    m_inboxes = {};
    m_conversations = {};
    m_indexOneByOne = {};
    m_droppedIndexes = {};
    m_suspendedTriggers = {};
}

void BulkImporter::cancel()
{
    release();
    if (m_active)
        m_db.rollback(); // the dropped indexes come back with it
    m_fullText.reset(); // now that the transaction is over: lets go of its file
    if (m_active)
        endBulkSettings();
    m_active = false;
}

Result<qint64> BulkImporter::contactId(const QString &e164, const QString &name)
{
    if (auto it = m_contacts.constFind(e164); it != m_contacts.cend())
        return *it;
    m_insertContact->bind(0, e164);
    name.isEmpty() ? m_insertContact->bindNull(1) : m_insertContact->bind(1, name);
    m_insertContact->bind(2, m_now);
    m_insertContact->bind(3, m_now);
    if (auto s = m_insertContact->run(); !s)
        return s.error();
    const qint64 contact = m_insertContact->lastInsertId();
    m_contacts.insert(e164, contact);
    return contact;
}

Result<qint64> BulkImporter::inboxId(const QString &e164)
{
    if (auto it = m_inboxes.constFind(e164); it != m_inboxes.cend())
        return *it;
    ContactStore store(m_db);
    auto id = store.ensureInbox(e164);
    if (id)
        m_inboxes.insert(e164, *id);
    return id;
}

qint64 BulkImporter::conversationId(qint64 contact, qint64 inbox)
{
    if (auto it = m_conversations.constFind({ contact, inbox }); it != m_conversations.cend())
        return *it;
    // We hold the write lock: nobody else can take this id before finish() writes the row.
    const qint64 id = m_nextConversationId++;
    m_conversations.insert({ contact, inbox }, id);
    m_created.push_back(NewConversation { contact, inbox, {}, 0, true });
    return id;
}

Result<qint64> BulkImporter::allocateId(qint64 createdAt)
{
    const qint64 ms = std::clamp<qint64>(createdAt, 0, qint64(1) << 42);
    // Rows usually come in time order, newer than anything cached: then the slot is free, or
    // holds the largest id in the table and the next one is free. No query either way.
    qint64 id = 0;
    if (MessageId::first(ms) > m_maxId) {
        id = MessageId::first(ms);
    } else if (m_maxId < MessageId::last(ms) && m_maxId >= MessageId::first(ms)) {
        id = m_maxId + 1;
    } else {
        m_maxIdInSlot->bind(0, MessageId::first(ms));
        m_maxIdInSlot->bind(1, MessageId::last(ms));
        id = MessageId::first(ms);
        const Statement::Step step = m_maxIdInSlot->step();
        if (step == Statement::Step::Error)
            return m_maxIdInSlot->error();
        if (step == Statement::Step::Row && !m_maxIdInSlot->isNull(0))
            id = m_maxIdInSlot->int64(0) + 1;
        m_maxIdInSlot->reset();
        if (id > MessageId::last(ms))
            return allocateId(ms + 1);
    }
    m_maxId = std::max(m_maxId, id);
    return id;
}

Status BulkImporter::add(const ImportMessage &row)
{
    Q_ASSERT(m_active);
    auto contact = contactId(row.contactE164, row.contactName);
    if (!contact)
        return contact.error();
    auto inbox = inboxId(row.inboxE164);
    if (!inbox)
        return inbox.error();
    const qint64 conversation = conversationId(*contact, *inbox);
    const MessageRecord &m = row.message;
    const qint64 createdAt = m.createdAt ? m.createdAt : m_now;
    auto id = allocateId(createdAt);
    if (!id)
        return id.error();
    Statement &ins = *m_insertMessage;
    ins.bind(0, *id);
    ins.bind(1, conversation);
    ins.bindOrNull(2, m.sid);
    ins.bindOrNull(3, m.clientId);
    ins.bindLiteral(4, directionLiteral(m.direction));
    ins.bind(5, m.body);
    ins.bind(6, m.status);
    ins.bindOrNull(7, qint64(m.errorCode));
    ins.bindOrNull(8, m.errorMessage);
    ins.bind(9, qint64(m.numSegments));
    ins.bindOrNull(10, m.encoding);
    ins.bind(11, qint64(m.numMedia));
    ins.bindOrNull(12, m.authorId);
    ins.bind(13, createdAt);
    ins.bindOrNull(14, m.sentAt);
    ins.bindOrNull(15, m.deliveredAt);
    ins.bindOrNull(16, m.readAt);
    ins.bind(17, m.updatedAt ? m.updatedAt : createdAt);
    if (ins.step() == Statement::Step::Error)
        return ins.error();
    const bool insertedRow = ins.changes() > 0;
    ins.reset();
    if (!insertedRow) {
        ++m_skipped; // already cached (same SID)
        return success();
    }
    ++m_inserted;
    if (m_fullText)
        m_fullText->add(*id, m.body);
    if (*id <= m_maxIdAtBegin)
        m_indexOneByOne.append(*id);

    NewConversation *created = conversation >= m_firstNewConversationId
        ? &m_created[size_t(conversation - m_firstNewConversationId)]
        : nullptr;
    if (!created) {
        m_touched.insert(conversation);
    } else if (created->inOrder && *id > created->maxId) {
        created->maxId = *id;
        created->tally.add(*id, m.direction, createdAt, m.body);
    } else {
        created->inOrder = false; // counted from the table at finish()
    }
    return success();
}

Status BulkImporter::writeNewConversations()
{
    Statement insert(
        m_db,
        QStringLiteral(
            "INSERT INTO conversations (message_count, unread_count, last_message_id, "
            "last_message_preview, last_message_direction, waiting_since, first_inbound_at, "
            "first_response_at, id, contact_id, inbox_id, last_activity_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.prepared())
        return insert.prepared();
    constexpr int next = ConversationTally::kBoundColumns;
    // In id order: appending to the table's B-tree, not inserting at random places in it.
    for (size_t i = 0; i < m_created.size(); ++i) {
        const NewConversation &created = m_created[i];
        const qint64 id = m_firstNewConversationId + qint64(i);
        const ConversationTally &t = created.tally;
        t.bindTo(insert, 0, t.lastBody);
        insert.bind(next, id);
        insert.bind(next + 1, created.contactId);
        insert.bind(next + 2, created.inboxId);
        insert.bind(next + 3, t.lastActivity ? t.lastActivity : m_now);
        insert.bind(next + 4, m_now);
        if (auto s = insert.run(); !s)
            return s;
        if (!created.inOrder)
            m_touched.insert(id);
    }
    return success();
}

Status BulkImporter::buildFullTextIndex()
{
    // Built beside the import (FullTextBuilder), or else what this import appended, in one
    // statement, with a large token buffer: FTS5 then writes a few large segments instead of
    // merging hundreds of small ones (at 1M messages: FTS and commit 3x faster, and no free
    // pages left behind by merges). Back to the normal buffer afterwards, within the same
    // transaction.
    const qint64 appended = m_inserted - m_indexOneByOne.size();
    bool indexed = false;
    if (m_fullText) {
        if (auto built = m_fullText->finish(); !built) {
            qCWarning(lcStorage) << "the full-text index built beside the import failed, so it is "
                                    "built from the table:"
                                 << built.error().technical();
            m_fullText.reset();
        } else if (auto s = m_fullText->moveInto(); !s) {
            return s;
        } else {
            indexed = true;
        }
    }
    if (appended > 0 && !indexed) {
        if (auto s = setFtsBuffer(kImportFtsBufferBytes); !s)
            return s;
        Statement indexNew(m_db,
                           QStringLiteral("INSERT INTO message_fts (rowid, body) SELECT id, body "
                                          "FROM messages WHERE id > ?"));
        if (!indexNew.prepared())
            return indexNew.prepared();
        indexNew.bind(0, m_maxIdAtBegin);
        if (auto s = indexNew.run(); !s)
            return s;
        if (auto s = setFtsBuffer(kNormalFtsBufferBytes); !s)
            return s;
    }
    // New contacts, in one pass too. Every contact row is in the index, named or not, as
    // ContactStore keeps it: a later rename first deletes the row's old terms.
    Statement indexContacts(m_db,
                            QStringLiteral("INSERT INTO contact_fts (rowid, display_name, "
                                           "given_name, family_name, company, email) "
                                           "SELECT id, display_name, given_name, family_name, "
                                           "company, email FROM contacts WHERE id > ?"));
    if (!indexContacts.prepared())
        return indexContacts.prepared();
    indexContacts.bind(0, m_maxContactIdAtBegin);
    if (auto s = indexContacts.run(); !s)
        return s;
    // Late arrivals, older than what was cached before: one at a time.
    Statement indexOne(
        m_db,
        QStringLiteral(
            "INSERT INTO message_fts (rowid, body) SELECT id, body FROM messages WHERE id = ?"));
    if (!indexOne.prepared())
        return indexOne.prepared();
    for (qint64 id : std::as_const(m_indexOneByOne)) {
        indexOne.bind(0, id);
        if (auto s = indexOne.run(); !s)
            return s;
    }
    return success();
}

Status BulkImporter::setFtsBuffer(qint64 bytes)
{
    return m_db.execOnce(
        QStringLiteral("INSERT INTO message_fts (message_fts, rank) VALUES ('hashsize', %1)")
            .arg(bytes));
}

Status BulkImporter::finish()
{
    Q_ASSERT(m_active);
    auto fail = [this](const Status &s) {
        cancel();
        return s;
    };
    QElapsedTimer phase;
    phase.start();
    // Messages' indexes first: inserting a conversation checks the deferred foreign keys of its
    // messages through messages_by_conversation.
    if (auto s = rebuildIndexes(QStringLiteral("messages")); !s)
        return fail(s);
    qCDebug(lcStorage) << "bulk import: rebuilt message indexes in" << phase.restart() << "ms";
    if (auto s = ReportCounts::resume(m_db, std::exchange(m_suspendedTriggers, {})); !s)
        return fail(s);
    qCDebug(lcStorage) << "bulk import: counted agents' messages in" << phase.restart() << "ms";
    if (auto s = writeNewConversations(); !s)
        return fail(s);
    if (auto s = rebuildIndexes(QStringLiteral("conversations")); !s)
        return fail(s);
    qCDebug(lcStorage) << "bulk import: wrote" << m_created.size() << "new conversations in"
                       << phase.restart() << "ms";
    if (auto s = buildFullTextIndex(); !s)
        return fail(s);
    qCDebug(lcStorage) << "bulk import: full-text index in" << phase.restart() << "ms";
    if (auto s = ConversationSummaries::recompute(m_db, m_touched); !s)
        return fail(s);
    qCDebug(lcStorage) << "bulk import: recomputed" << m_touched.size() << "conversations in"
                       << phase.restart() << "ms";

    release();
    m_droppedIndexes.clear();
    m_indexOneByOne.clear();
    m_active = false;
    auto committed = m_db.commit();
    m_fullText.reset(); // now that the transaction is over: lets go of its file
    endBulkSettings();
    qCDebug(lcStorage) << "bulk import: commit in" << phase.elapsed() << "ms";
    return committed;
}

} // namespace textdesk
