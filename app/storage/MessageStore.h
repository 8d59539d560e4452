#pragma once

#include "Database.h"
#include "Records.h"

#include <QHash>

namespace textdesk {

// Messages and the denormalised conversation row they keep current. The only writer of the
// messages table and its full-text index (except the BulkImporter, which writes the same rows
// in bulk).
class MessageStore
{
public:
    enum class Upsert { Inserted, Updated, Unchanged };
    // How an upsert fits with the writes around it.
    enum class Scope {
        // Atomic by itself (its own transaction, or a savepoint in the caller's), and brings its
        // conversation's columns up to date incrementally, taking it as the newest message.
        Alone,
        // One of many in the caller's transaction, which is undone whole if a write fails (no
        // savepoint each: they cost a copy of every page a message touches). The caller brings
        // the conversations the batch inserted into up to date after it
        // (ConversationSummaries::InsertedMessages), messages out of order included.
        InBatch,
    };

    explicit MessageStore(Database &db)
        : m_db(db)
    { }

    // Inserts a message, or updates the one with the same SID (or client id). Idempotent: the
    // same record twice changes nothing the second time. Fills in record.id. All of it or
    // nothing (within a caller's transaction, the caller rolls back).
    Result<Upsert> upsert(MessageRecord &record, Scope scope = Scope::Alone);
    Status remove(qint64 messageId);

    // Newest `limit` messages older than beforeId (0: the newest), newest first.
    Result<QList<MessageRecord>> threadPage(qint64 conversationId, qint64 beforeId, int limit);
    // Conversations by last activity, newest first, after the cursor (none: from the top).
    Result<QList<ConversationSummary>> inboxPage(const InboxFilter &filter,
                                                 std::optional<InboxCursor> after, int limit);
    // The attachments of these messages, by message id, in the order they were listed.
    Result<QHash<qint64, QList<MediaItem>>> mediaFor(const QList<qint64> &messageIds);
    // The customer's conversation with the latest activity; 0 when they have none.
    Result<qint64> latestConversationOf(qint64 contactId);
    // One conversation's inbox row.
    Result<ConversationSummary> conversation(qint64 conversationId);
    // When the conversation's oldest cached message was created (ms); 0 when it has none.
    Result<qint64> oldestCreatedAt(qint64 conversationId);
    // Messages matching the words, newest first, older than beforeId (0: from the newest).
    Result<QList<SearchHit>> search(const QString &typed, qint64 beforeId, int limit);

    Result<MessageRecord> message(qint64 id);

    // A free time-ordered id for a message created at createdAtMs.
    Result<qint64> allocateId(qint64 createdAtMs);

private:
    Result<Upsert> write(MessageRecord &record, Scope scope);
    Result<Upsert> insert(MessageRecord &record, Scope scope);
    enum class Key { Sid, ClientId };
    // The message with this SID or client id, if any.
    Result<std::optional<MessageRecord>> findBy(Key key, const QString &value);
    Status updateConversationAfterInsert(const MessageRecord &record);
    Status index(qint64 id, const QString &body);
    Status unindex(qint64 id, const QString &body);

    Database &m_db;
};

} // namespace textdesk
