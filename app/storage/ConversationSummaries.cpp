#include "ConversationSummaries.h"

#include "Statement.h"

namespace textdesk {

void ConversationTally::add(qint64 id, Direction direction, qint64 createdAt)
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
        if (!waitingSince)
            waitingSince = createdAt;
        if (!firstInbound)
            firstInbound = createdAt;
    } else {
        // An agent's reply: the customer is no longer waiting and the agent has read it all.
        unread = 0;
        waitingSince = 0;
        if (firstInbound && !firstResponse)
            firstResponse = createdAt;
    }
}

void ConversationTally::add(qint64 id, Direction direction, qint64 createdAt, const QString &body)
{
    add(id, direction, createdAt);
    if (direction != Direction::Note) {
        lastBody = body;
        lastBodyKnown = true;
    }
}

void ConversationTally::bindTo(Statement &statement, int first, const QString &lastBodyText) const
{
    auto orNull
        = [&statement](int i, qint64 v) { v ? statement.bind(i, v) : statement.bindNull(i); };
    statement.bind(first, count);
    statement.bind(first + 1, unread);
    orNull(first + 2, lastId);
    if (lastId) {
        statement.bind(first + 3, messagePreview(lastBodyText));
        statement.bind(first + 4, directionToString(lastDirection));
    } else {
        statement.bindNull(first + 3);
        statement.bindNull(first + 4);
    }
    orNull(first + 5, waitingSince);
    orNull(first + 6, firstInbound);
    orNull(first + 7, firstResponse);
}

namespace ConversationSummaries {

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
        Statement scan(
            db,
            QStringLiteral(
                "SELECT conversation_id, id, direction, created_at FROM messages ORDER BY id"));
        if (!scan.prepared())
            return scan.prepared();
        Statement::Step step;
        while ((step = scan.step()) == Statement::Step::Row) {
            auto it = tallies.find(scan.int64(0));
            if (it != tallies.end())
                it->add(scan.int64(1), directionFromString(scan.text(2)), scan.int64(3));
        }
        if (step == Statement::Step::Error)
            return scan.error();
    } else {
        Statement walk(db,
                       QStringLiteral("SELECT id, direction, created_at FROM messages WHERE "
                                      "conversation_id = ? ORDER BY id"));
        if (!walk.prepared())
            return walk.prepared();
        for (auto it = tallies.begin(); it != tallies.end(); ++it) {
            walk.bind(0, it.key());
            Statement::Step step;
            while ((step = walk.step()) == Statement::Step::Row)
                it->add(walk.int64(0), directionFromString(walk.text(1)), walk.int64(2));
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
            "first_inbound_at = ?, first_response_at = ?, "
            "last_activity_at = CASE WHEN ? > last_activity_at THEN ? ELSE last_activity_at END "
            "WHERE id = ?"));
    if (!body.prepared())
        return body.prepared();
    if (!update.prepared())
        return update.prepared();
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
        update.bind(next, t.lastActivity);
        update.bind(next + 1, t.lastActivity);
        update.bind(next + 2, it.key());
        if (auto s = update.run(); !s)
            return s;
    }
    return success();
}

} // namespace ConversationSummaries
} // namespace textdesk
