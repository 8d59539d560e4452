#include "ConversationSummaries.h"

#include "Statement.h"

#include <QHash>

namespace textdesk::ConversationSummaries {

namespace {
struct Summary
{
    qint64 count = 0;
    qint64 unread = 0;
    qint64 lastActivity = 0;
    qint64 lastId = 0;
    int lastDirection = 0; // 1 inbound, 2 outbound
    qint64 waitingSince = 0;
    qint64 firstInbound = 0;
    qint64 firstResponse = 0;
};

void add(Summary &s, qint64 id, QStringView direction, qint64 createdAt)
{
    ++s.count;
    if (createdAt > s.lastActivity)
        s.lastActivity = createdAt;
    if (direction == u"inbound") {
        s.lastId = id;
        s.lastDirection = 1;
        ++s.unread;
        if (!s.waitingSince)
            s.waitingSince = createdAt;
        if (!s.firstInbound)
            s.firstInbound = createdAt;
    } else if (direction == u"outbound") {
        s.lastId = id;
        s.lastDirection = 2;
        s.unread = 0;
        s.waitingSince = 0;
        if (s.firstInbound && !s.firstResponse)
            s.firstResponse = createdAt;
    }
}
} // namespace

Status recompute(Database &db, const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return success();
    QHash<qint64, Summary> summaries;
    summaries.reserve(ids.size());
    for (qint64 id : ids)
        summaries.insert(id, Summary {});

    // A few conversations: walk each one's index range. Many: one sequential scan of the table
    // (in id, that is time, order) beats a random lookup per message.
    const bool scanAll = ids.size() > 2000;
    if (scanAll) {
        Statement scan(db, QStringLiteral("SELECT conversation_id, id, direction, created_at FROM messages ORDER BY id"));
        if (!scan.prepared())
            return scan.prepared();
        Statement::Step step;
        while ((step = scan.step()) == Statement::Step::Row) {
            auto it = summaries.find(scan.int64(0));
            if (it != summaries.end())
                add(*it, scan.int64(1), scan.text(2), scan.int64(3));
        }
        if (step == Statement::Step::Error)
            return scan.error();
    } else {
        Statement walk(db, QStringLiteral("SELECT id, direction, created_at FROM messages WHERE conversation_id = ? ORDER BY id"));
        if (!walk.prepared())
            return walk.prepared();
        for (auto it = summaries.begin(); it != summaries.end(); ++it) {
            walk.bind(0, it.key());
            Statement::Step step;
            while ((step = walk.step()) == Statement::Step::Row)
                add(*it, walk.int64(0), walk.text(1), walk.int64(2));
            if (step == Statement::Step::Error)
                return walk.error();
            walk.reset();
        }
    }

    Statement preview(db, QStringLiteral("SELECT substr(body, 1, 140) FROM messages WHERE id = ?"));
    Statement update(db, QStringLiteral(
        "UPDATE conversations SET message_count = ?, unread_count = ?, "
        "last_activity_at = CASE WHEN ? > last_activity_at THEN ? ELSE last_activity_at END, "
        "last_message_id = ?, last_message_preview = ?, last_message_direction = ?, "
        "waiting_since = ?, first_inbound_at = ?, first_response_at = ? WHERE id = ?"));
    if (!preview.prepared())
        return preview.prepared();
    if (!update.prepared())
        return update.prepared();
    for (auto it = summaries.cbegin(); it != summaries.cend(); ++it) {
        const Summary &s = *it;
        QString text;
        if (s.lastId) {
            preview.bind(0, s.lastId);
            if (preview.step() == Statement::Step::Row)
                text = preview.text(0).simplified();
            preview.reset();
        }
        update.bind(0, s.count);
        update.bind(1, s.unread);
        update.bind(2, s.lastActivity);
        update.bind(3, s.lastActivity);
        auto orNull = [&update](int i, qint64 v) { v ? update.bind(i, v) : update.bindNull(i); };
        orNull(4, s.lastId);
        s.lastId ? update.bind(5, text) : update.bindNull(5);
        if (s.lastDirection)
            update.bind(6, s.lastDirection == 1 ? QStringLiteral("inbound") : QStringLiteral("outbound"));
        else
            update.bindNull(6);
        orNull(7, s.waitingSince);
        orNull(8, s.firstInbound);
        orNull(9, s.firstResponse);
        update.bind(10, it.key());
        if (auto st = update.run(); !st)
            return st;
    }
    return success();
}

} // namespace textdesk::ConversationSummaries
