#include "ColleagueReplies.h"

#include "SqlHelpers.h"

namespace textdesk::ColleagueReplies {

Result<qint64> newestMessageId(Database &db, qint64 conversationId)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT coalesce(max(id), 0) FROM messages WHERE "
                                         "conversation_id = ?"),
                          { conversationId });
    if (!query)
        return query.error();
    const qint64 id = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    return id;
}

Result<std::optional<Reply>> since(Database &db, qint64 conversationId, qint64 afterMessageId,
                                   qint64 agentId)
{
    auto query = sql::run(
        db,
        QStringLiteral("SELECT m.id, a.name, m.body, m.created_at FROM messages m JOIN agents a "
                       "ON a.id = m.author_id WHERE m.conversation_id = ? AND m.id > ? AND "
                       "m.direction = 'outbound' AND m.author_id <> ? ORDER BY m.id DESC "
                       "LIMIT 1"),
        { conversationId, afterMessageId, agentId });
    if (!query)
        return query.error();
    std::optional<Reply> reply;
    if ((*query)->next()) {
        reply = Reply { (*query)->value(0).toLongLong(), (*query)->value(1).toString(),
                        (*query)->value(2).toString(), (*query)->value(3).toLongLong() };
    }
    (*query)->finish();
    return reply;
}

} // namespace textdesk::ColleagueReplies
