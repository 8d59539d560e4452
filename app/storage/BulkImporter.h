#pragma once

#include "ConversationSummaries.h"
#include "Database.h"
#include "Records.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace textdesk {

class FullTextBuilder;
class Statement;

struct ImportMessage
{
    QString contactE164;
    QString contactName; // optional: sets the display name of a new contact
    QString inboxE164;
    MessageRecord message; // conversationId and id are assigned by the importer
};

// Writes many messages at once (a first sync, an import from another tool) in one
// transaction: all of it or nothing. Messages whose SID is already cached are skipped, so an
// interrupted import can simply be run again.
//
// Where the time goes is where a bulk load is cheap: the full-text index is built in one pass
// (FTS5 merges once), conversations it creates are tallied in memory and written once, and into
// an empty cache the secondary indexes are dropped and rebuilt by a sort at the end instead of
// taking a random B-tree insert per row, while a FullTextBuilder indexes the messages' words on
// another thread. With the only connection to the cache, the import runs with the rollback
// journal instead of WAL (Database::useRollbackJournal()).
class BulkImporter
{
public:
    explicit BulkImporter(Database &db);
    ~BulkImporter();

    Status begin();
    Status add(const ImportMessage &row);
    // Indexes, writes the conversations and commits. The cache is searchable afterwards.
    Status finish();
    void cancel();

    qint64 inserted() const { return m_inserted; }
    qint64 skipped() const { return m_skipped; }

private:
    struct NewConversation
    {
        qint64 contactId = 0;
        qint64 inboxId = 0;
        ConversationTally tally;
        qint64 maxId = 0;
        bool inOrder = true; // rows came in time order: the tally is exact
    };

    Status setBulkPragmas(bool bulk);
    Status prepareStatements();
    Status loadKnownRows();
    Status dropIndexes(const QString &table);
    Status rebuildIndexes(const QString &table);
    Status rebuild(const QString &table, const QStringList &creates);
    Status removeRepeatedSids();
    Status writeNewConversations();
    Status buildFullTextIndex();
    void endBulkSettings();
    Status setFtsBuffer(qint64 bytes);
    Result<qint64> contactId(const QString &e164, const QString &name);
    Result<qint64> inboxId(const QString &e164);
    qint64 conversationId(qint64 contactId, qint64 inboxId);
    Result<qint64> allocateId(qint64 createdAt);
    void release();

    Database &m_db;
    bool m_active = false;
    bool m_leftWal = false; // begin() switched to the rollback journal: back to WAL at the end
    std::optional<int> m_tempStoreBefore; // PRAGMA temp_store, restored at the end
    qint64 m_now = 0;
    qint64 m_inserted = 0;
    qint64 m_skipped = 0;

    QHash<QString, qint64> m_contacts;
    QHash<QString, qint64> m_inboxes;
    QHash<QPair<qint64, qint64>, qint64> m_conversations;
    // Conversations this import creates: inserted at finish(), with their tallies. Conversations
    // that existed before and got messages are recomputed from the table instead.
    // Indexed by id - m_firstNewConversationId: new ids are handed out in sequence.
    std::vector<NewConversation> m_created;
    qint64 m_firstNewConversationId = 1;
    QSet<qint64> m_touched;
    qint64 m_nextConversationId = 1;
    qint64 m_maxContactIdAtBegin = 0; // contacts above it are new: indexed at finish()

    qint64 m_maxIdAtBegin = 0;
    qint64 m_maxId = 0; // the largest message id in the table, kept as rows go in
    QList<qint64> m_indexOneByOne; // rows inserted below m_maxIdAtBegin (late arrivals)

    // CREATE statements of the indexes dropped at begin(), run again at finish(), by table.
    QHash<QString, QStringList> m_droppedIndexes;
    // The reports' count triggers suspended at begin(), resumed at finish() (ReportCounts).
    QStringList m_suspendedTriggers;

    // Into an empty cache: the messages' full-text index, built as the rows come.
    std::unique_ptr<FullTextBuilder> m_fullText;

    std::unique_ptr<Statement> m_insertMessage;
    std::unique_ptr<Statement> m_maxIdInSlot;
    std::unique_ptr<Statement> m_insertContact;
};

} // namespace textdesk
