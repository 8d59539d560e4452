#include "ConversationSummaries.h"

#include "Acknowledgement.h"
#include "Statement.h"

#include <algorithm>

namespace textdesk {

void ConversationTally::add(qint64 id, Direction direction, qint64 createdAt, bool closing)
{
    ++count;
    if (createdAt > lastActivity)
        lastActivity = createdAt;
    if (direction == Direction::Note)
        return;
    lastId = id;
    lastDirection = direction;
    lastBodyKnown = false;
    if (direction == Direction::Inbound) {
        ++unread;
        if (!waitingSince && !(closing && replied))
            waitingSince = createdAt;
        if (!firstInbound)
            firstInbound = createdAt;
    } else {
        // An agent's reply: the customer is no longer waiting and the agent has read it all.
        unread = 0;
        waitingSince = 0;
        replied = true;
        if (firstInbound && !firstResponse)
            firstResponse = createdAt;
    }
}

void ConversationTally::add(qint64 id, Direction direction, qint64 createdAt, const QString &body)
{
    add(id, direction, createdAt,
        direction == Direction::Inbound && closingMatters() && Acknowledgement::isClosing(body));
    if (direction != Direction::Note) {
        lastBody = body;
        lastBodyKnown = true;
    }
}

void ConversationTally::bindTo(Statement &statement, int first, const QString &lastBodyText) const
{
    statement.bind(first, count);
    statement.bind(first + 1, unread);
    statement.bindOrNull(first + 2, lastId);
    if (lastId) {
        statement.bind(first + 3, messagePreview(lastBodyText));
        statement.bind(first + 4, directionToString(lastDirection));
    } else {
        statement.bindNull(first + 3);
        statement.bindNull(first + 4);
    }
    statement.bindOrNull(first + 5, waitingSince);
    statement.bindOrNull(first + 6, firstInbound);
    statement.bindOrNull(first + 7, firstResponse);
}

namespace ConversationSummaries {

namespace {

// A row of (id, direction, created_at, body) from column `first` on; the body is only read
// when it can matter.
void addRow(ConversationTally &tally, Statement &row, int first)
{
    const Direction direction = directionFromString(row.text(first + 1));
    const bool closing = direction == Direction::Inbound && tally.closingMatters()
        && Acknowledgement::isClosing(row.text(first + 3));
    tally.add(row.int64(first), direction, row.int64(first + 2), closing);
}

} // namespace

Status recompute(Database &db, const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return success();
    QHash<qint64, ConversationTally> tallies;
    tallies.reserve(ids.size());
    for (qint64 id : ids)
        tallies.insert(id, ConversationTally {});

    // A few conversations: walk each one's index range. Many: one sequential scan of the table
    // (in id, that is time, order) beats a random lookup per message.
    const bool scanAll = ids.size() > 2000;
    if (scanAll) {
        Statement scan(db,
                       QStringLiteral("SELECT conversation_id, id, direction, created_at, body "
                                      "FROM messages ORDER BY id"));
        if (!scan.prepared())
            return scan.prepared();
        Statement::Step step;
        while ((step = scan.step()) == Statement::Step::Row) {
            auto it = tallies.find(scan.int64(0));
            if (it != tallies.end())
                addRow(*it, scan, 1);
        }
        if (step == Statement::Step::Error)
            return scan.error();
    } else {
        Statement walk(db,
                       QStringLiteral("SELECT id, direction, created_at, body FROM messages "
                                      "WHERE conversation_id = ? ORDER BY id"));
        if (!walk.prepared())
            return walk.prepared();
        for (auto it = tallies.begin(); it != tallies.end(); ++it) {
            walk.bind(0, it.key());
            Statement::Step step;
            while ((step = walk.step()) == Statement::Step::Row)
                addRow(*it, walk, 0);
            if (step == Statement::Step::Error)
                return walk.error();
            walk.reset();
        }
    }
    return write(db, tallies);
}

Status write(Database &db, const QHash<qint64, ConversationTally> &tallies)
{
    Statement body(db, QStringLiteral("SELECT body FROM messages WHERE id = ?"));
    Statement update(
        db,
        QStringLiteral(
            // Once the agent has marked something read, only inbound messages after both the
            // read marker and the last reply count.
            "UPDATE conversations SET message_count = ?, unread_count = CASE WHEN read_up_to = 0 "
            "THEN ? ELSE (SELECT count(*) FROM messages m WHERE m.conversation_id = "
            "conversations.id AND m.direction = 'inbound' AND m.id > conversations.read_up_to "
            "AND m.id > coalesce((SELECT max(o.id) FROM messages o WHERE o.conversation_id = "
            "conversations.id AND o.direction = 'outbound'), 0)) END, last_message_id = ?, "
            "last_message_preview = ?, last_message_direction = ?, waiting_since = ?, "
            "first_inbound_at = ?, first_response_at = ? WHERE id = ?"));
    // Apart: last_activity_at is in all four indexes of conversations, and an UPDATE that sets
    // it rewrites their entries even when the value stays (as it does for older messages).
    Statement activity(db,
                       QStringLiteral("UPDATE conversations SET last_activity_at = ? WHERE id = ? "
                                      "AND last_activity_at < ?"));
    if (!body.prepared())
        return body.prepared();
    if (!update.prepared())
        return update.prepared();
    if (!activity.prepared())
        return activity.prepared();
    constexpr int next = ConversationTally::kBoundColumns;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const ConversationTally &t = *it;
        QString text = t.lastBody;
        if (t.lastId && !t.lastBodyKnown) {
            body.bind(0, t.lastId);
            const Statement::Step step = body.step();
            if (step == Statement::Step::Error)
                return body.error(); // an empty preview written silently would stay wrong
            if (step == Statement::Step::Row)
                text = body.text(0);
            body.reset();
        }
        t.bindTo(update, 0, text);
        update.bind(next, it.key());
        if (auto s = update.run(); !s)
            return s;
        activity.bind(0, t.lastActivity);
        activity.bind(1, it.key());
        activity.bind(2, t.lastActivity);
        if (auto s = activity.run(); !s)
            return s;
    }
    return success();
}

QString reopenAssignments(const QString &again)
{
    // A reopened conversation is no longer resolved: resolved_at goes, as when an agent reopens
    // it (ConversationActions::setStatus), so that reports do not count it as a resolution.
    // (Every CASE reads the row as it was before the UPDATE.)
    return QStringLiteral(" status = CASE WHEN status IN ('resolved', 'snoozed') AND (%1) THEN "
                          "'open' ELSE status END,"
                          " resolved_at = CASE WHEN status = 'resolved' AND (%1) THEN NULL "
                          "ELSE resolved_at END,"
                          " snoozed_until = CASE WHEN status = 'snoozed' AND (%1) THEN NULL "
                          "ELSE snoozed_until END")
        .arg(again);
}

void InsertedMessages::add(qint64 conversationId, qint64 messageId, Direction direction,
                           qint64 createdAt, const QString &body)
{
    m_byConversation[conversationId].append(Message { messageId, direction, createdAt, body });
}

namespace {

// reopenAssignments() for a batch: conversation id → the id of the newest inbound message the
// batch inserted into it. Before the columns move the last message on.
Status reopenOnInbound(Database &db, const QHash<qint64, qint64> &newestInboundIds)
{
    static const QString sql = QStringLiteral("UPDATE conversations SET")
        + reopenAssignments(QStringLiteral("?1 > coalesce(last_message_id, 0)"))
        + QStringLiteral(" WHERE id = ?2 AND status IN ('resolved', 'snoozed')");
    auto statement = db.statement(sql);
    if (!statement)
        return statement.error();
    for (auto it = newestInboundIds.cbegin(); it != newestInboundIds.cend(); ++it) {
        if (!it.value())
            continue;
        (*statement)->bind(0, it.value());
        (*statement)->bind(1, it.key());
        if (auto s = (*statement)->run(); !s)
            return s;
    }
    return success();
}

// The tally of older messages followed by the tally of newer ones. The newer part's own
// `firstResponse` only counts replies to its own first inbound message; `newerFirstOutbound`
// (0: none) is its earliest reply to anyone, which answers an older customer message.
ConversationTally followedBy(const ConversationTally &older, const ConversationTally &newer,
                             qint64 newerFirstOutbound)
{
    ConversationTally t = newer;
    t.count = older.count + newer.count;
    t.lastActivity = std::max(older.lastActivity, newer.lastActivity);
    t.replied = older.replied || newer.replied;
    if (!newer.lastId) { // notes only after: the last message is the older part's
        t.lastId = older.lastId;
        t.lastDirection = older.lastDirection;
        t.lastBody = older.lastBody;
        t.lastBodyKnown = older.lastBodyKnown;
    }
    const bool newerReplied = newerFirstOutbound != 0;
    // Unread and waiting: what came after the last reply.
    if (!newerReplied) {
        t.unread = older.unread + newer.unread;
        t.waitingSince = older.waitingSince ? older.waitingSince : newer.waitingSince;
    }
    if (older.firstInbound) {
        t.firstInbound = older.firstInbound;
        t.firstResponse = older.firstResponse ? older.firstResponse : newerFirstOutbound;
    }
    return t;
}

} // namespace

Status InsertedMessages::apply(Database &db) const
{
    if (m_byConversation.isEmpty())
        return success();
    QHash<qint64, qint64> newestInbound;
    for (auto it = m_byConversation.cbegin(); it != m_byConversation.cend(); ++it) {
        for (const Message &m : *it) {
            if (m.direction == Direction::Inbound)
                newestInbound[it.key()] = std::max(newestInbound.value(it.key()), m.id);
        }
    }
    if (auto s = reopenOnInbound(db, newestInbound); !s)
        return s;

    // Where the new messages sit among the conversation's others: how many messages lie in
    // their id range (all of them new: no old one in between), and whether old ones come
    // before or after. Index-only lookups.
    auto where = db.statement(QStringLiteral(
        "SELECT c.message_count, c.unread_count, c.last_message_id, c.last_message_direction, "
        "c.waiting_since, c.first_inbound_at, c.first_response_at, c.last_activity_at, "
        "(SELECT count(*) FROM messages WHERE conversation_id = ?1 AND id BETWEEN ?2 AND ?3), "
        "EXISTS (SELECT 1 FROM messages WHERE conversation_id = ?1 AND id > ?3), "
        "EXISTS (SELECT 1 FROM messages WHERE conversation_id = ?1 AND id < ?2) "
        "FROM conversations c WHERE c.id = ?1"));
    if (!where)
        return where.error();
    auto firstReply = db.statement(
        QStringLiteral("SELECT created_at FROM messages WHERE conversation_id = ? AND id > ? "
                       "AND direction = 'outbound' ORDER BY id LIMIT 1"));
    if (!firstReply)
        return firstReply.error();

    QHash<qint64, ConversationTally> merged;
    QSet<qint64> interleaved;
    for (auto it = m_byConversation.cbegin(); it != m_byConversation.cend(); ++it) {
        QList<Message> messages = *it;
        std::sort(messages.begin(), messages.end(),
                  [](const Message &a, const Message &b) { return a.id < b.id; });
        ConversationTally added;
        for (const Message &m : std::as_const(messages))
            added.add(m.id, m.direction, m.createdAt, m.body);

        Statement &q = **where;
        q.bind(0, it.key());
        q.bind(1, messages.constFirst().id);
        q.bind(2, messages.constLast().id);
        const Statement::Step step = q.step();
        if (step == Statement::Step::Error)
            return q.error();
        if (step != Statement::Step::Row) { // no such conversation: nothing to keep current
            q.reset();
            continue;
        }
        // The row still describes the messages it had before this batch.
        ConversationTally before;
        before.count = q.int64(0);
        before.unread = q.int64(1);
        before.lastId = q.int64(2);
        before.lastDirection = directionFromString(q.text(3));
        before.waitingSince = q.int64(4);
        before.firstInbound = q.int64(5);
        before.firstResponse = q.int64(6);
        before.lastActivity = q.int64(7);
        const qint64 inRange = q.int64(8);
        const bool olderExist = q.int64(10) != 0;
        const bool newerExist = q.int64(9) != 0;
        q.reset();
        if (before.lastId == 0)
            before.lastDirection = Direction::Note; // none yet
        // Not waiting after a last message: it was ours, or only closings followed ours.
        before.replied = before.lastId != 0 && before.waitingSince == 0;

        if (inRange != messages.size() || (olderExist && newerExist)) {
            interleaved.insert(it.key());
        } else if (!newerExist) {
            // After everything it had: the new ones continue the tally.
            ConversationTally t = before;
            for (const Message &m : std::as_const(messages))
                t.add(m.id, m.direction, m.createdAt, m.body);
            merged.insert(it.key(), t);
        } else {
            // Before everything it had (newest first, as a first sync pulls).
            Statement &r = **firstReply;
            r.bind(0, it.key());
            r.bind(1, messages.constLast().id);
            const Statement::Step replyStep = r.step();
            if (replyStep == Statement::Step::Error)
                return r.error();
            const qint64 oldFirstOutbound = replyStep == Statement::Step::Row ? r.int64(0) : 0;
            r.reset();
            if (!oldFirstOutbound && before.waitingSince && added.closingMatters()) {
                // The clock the row started may have been a closing to a reply only now
                // known; only its messages tell.
                interleaved.insert(it.key());
                continue;
            }
            merged.insert(it.key(), followedBy(added, before, oldFirstOutbound));
        }
    }
    if (auto s = write(db, merged); !s)
        return s;
    return recompute(db, interleaved);
}

} // namespace ConversationSummaries
} // namespace textdesk
