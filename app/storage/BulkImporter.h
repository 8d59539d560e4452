#pragma once

#include "Database.h"
#include "Records.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace textdesk {

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
// interrupted import can simply be run again. The full-text index is filled as rows go in,
// without per-row triggers, and conversation rows are recomputed once at the end.
class BulkImporter
{
public:
    explicit BulkImporter(Database &db);
    ~BulkImporter();

    Status begin();
    Status add(const ImportMessage &row);
    // Indexes, updates the conversations and commits. The cache is searchable afterwards.
    Status finish();
    void cancel();

    qint64 inserted() const { return m_inserted; }
    qint64 skipped() const { return m_skipped; }

private:
    Result<qint64> contactId(const QString &e164, const QString &name);
    Result<qint64> inboxId(const QString &e164);
    Result<qint64> conversationId(qint64 contactId, qint64 inboxId);
    Result<qint64> allocateId(qint64 createdAt);
    Status loadKnownRows();

    Database &m_db;
    bool m_active = false;
    qint64 m_now = 0;
    qint64 m_inserted = 0;
    qint64 m_skipped = 0;
    QHash<QString, qint64> m_contacts;
    QHash<QString, qint64> m_inboxes;
    QHash<QPair<qint64, qint64>, qint64> m_conversations;
    QSet<qint64> m_touched;
    qint64 m_lastAllocated = 0;
    std::unique_ptr<Statement> m_insertMessage;
    std::unique_ptr<Statement> m_indexMessage;
    std::unique_ptr<Statement> m_maxIdInSlot;
    std::unique_ptr<Statement> m_insertContact;
    std::unique_ptr<Statement> m_indexContact;
    std::unique_ptr<Statement> m_insertConversation;
};

} // namespace textdesk
