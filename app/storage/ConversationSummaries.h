#pragma once

#include "Database.h"
#include "Records.h"

#include <QHash>
#include <QSet>

namespace textdesk {

class Statement;

// The denormalised columns of one conversation (counts, last message and its preview, unread,
// waiting since, first inbound and first response), computed by feeding its messages in id
// (time) order.
struct ConversationTally
{
    qint64 count = 0;
    qint64 unread = 0;
    qint64 lastActivity = 0;
    qint64 lastId = 0;
    Direction lastDirection = Direction::Note; // Note: none yet
    qint64 waitingSince = 0;
    qint64 firstInbound = 0;
    qint64 firstResponse = 0;
    QString lastBody; // the preview, when known without a lookup
    bool lastBodyKnown = false;
    bool replied = false; // we have written to the customer (the waiting clock can stay stopped)

    // `closing`: an inbound message that only acknowledges (Acknowledgement::isClosing), which
    // after our reply does not start the waiting clock.
    void add(qint64 id, Direction direction, qint64 createdAt, bool closing = false);
    // Whether the body of an inbound message added now matters (whether it is a closing).
    bool closingMatters() const { return replied && !waitingSince; }
    // Binds, from index `first` on: message_count, unread_count, last_message_id,
    // last_message_preview (made from lastBodyText), last_message_direction, waiting_since,
    // first_inbound_at, first_response_at. Both writers list the columns in this order.
    void bindTo(Statement &statement, int first, const QString &lastBodyText) const;
    static constexpr int kBoundColumns = 8;
    void add(qint64 id, Direction direction, qint64 createdAt, const QString &body);
};

namespace ConversationSummaries {

// Recomputes the columns of these conversations from their messages. For bulk writes and
// repairs; the per-message path (MessageStore) updates the columns incrementally instead.
Status recompute(Database &db, const QSet<qint64> &conversationIds);
// Writes tallies computed elsewhere (the bulk importer's, for conversations it created).
Status write(Database &db, const QHash<qint64, ConversationTally> &tallies);

// SET assignments (for an UPDATE of conversations) that reopen a resolved or snoozed
// conversation when `customerWroteAgain`, an SQL condition, holds. "Again": the inbound message
// is newer than the conversation's last message, not than the moment of resolving, since the
// provider's times have whole seconds only.
QString reopenAssignments(const QString &customerWroteAgain);

// The messages one transaction inserted with MessageStore::Scope::InBatch, by conversation;
// apply() then brings those conversations up to date in the same transaction (reopening the
// ones a customer wrote to again). A conversation whose new messages all come after the ones it
// had (an incremental pull), or all before them (a first sync's pages arrive newest first), is
// merged from its row and the new messages alone; one where they interleave is recomputed from
// all its messages.
class InsertedMessages
{
public:
    void add(qint64 conversationId, qint64 messageId, Direction direction, qint64 createdAt,
             const QString &body);
    Status apply(Database &db) const;

private:
    struct Message
    {
        qint64 id;
        Direction direction;
        qint64 createdAt;
        QString body;
    };
    QHash<qint64, QList<Message>> m_byConversation;
};

} // namespace ConversationSummaries
} // namespace textdesk
