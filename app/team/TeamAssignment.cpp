#include "TeamAssignment.h"

#include "TeamSql.h"

namespace textdesk::team::TeamAssignment {

namespace {

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

TeamStatus audit(const QSqlDatabase &db, const char *action, qint64 conversationId, qint64 from,
                 qint64 to)
{
    auto done = teamExec(db,
                         QStringLiteral("INSERT INTO audit_log (action, subject, detail) VALUES "
                                        "(?, ?, jsonb_build_object('from', ?::bigint, 'to', "
                                        "?::bigint))"),
                         { QString::fromLatin1(action), QString::number(conversationId),
                           idOrNull(from), idOrNull(to) });
    if (!done)
        return done.error();
    return TeamDone {};
}

// Who holds it now, after a compare-and-set found it changed.
TeamResult<Outcome> heldNow(const QSqlDatabase &db, qint64 conversationId)
{
    auto row = teamExec(db,
                        QStringLiteral("SELECT a.name FROM conversations c LEFT JOIN agents a ON "
                                       "a.id = c.assignee_id WHERE c.id = ?"),
                        { conversationId });
    if (!row)
        return row.error();
    if (!row->next())
        return TeamError(TeamError::Kind::InvalidInput,
                         TeamError::tr("This conversation is not in the team database."));
    Outcome outcome;
    outcome.conversationId = conversationId;
    outcome.heldBy = row->value(0).toString();
    return outcome;
}

} // namespace

TeamResult<Outcome> claim(const QSqlDatabase &db, qint64 conversationId)
{
    return inTransaction(db, [&]() -> TeamResult<Outcome> {
        auto row = teamExec(db, QStringLiteral(R"(
            UPDATE conversations SET assignee_id = textdesk_agent_id(), status = 'open',
                   updated_at = now()
            WHERE id = ? AND assignee_id IS NULL AND textdesk_agent_id() IS NOT NULL
            RETURNING assignee_id)"),
                            { conversationId });
        if (!row)
            return row.error();
        if (!row->next()) {
            auto held = heldNow(db, conversationId);
            if (held && held->heldBy.isEmpty()) // unassigned, so the login is no agent
                return TeamError(TeamError::Kind::NotAllowed,
                                 TeamError::tr("this login is not an active agent of the team"));
            return held;
        }
        const qint64 me = row->value(0).toLongLong();
        if (auto logged = audit(db, "claim", conversationId, 0, me); !logged)
            return logged.error();
        return Outcome { conversationId, true, {} };
    });
}

TeamResult<Outcome> takeNext(const QSqlDatabase &db)
{
    return inTransaction(db, [&]() -> TeamResult<Outcome> {
        auto row = teamExec(db, QStringLiteral(R"(
            UPDATE conversations SET assignee_id = textdesk_agent_id(), status = 'open',
                   updated_at = now()
            WHERE id = (SELECT id FROM conversations
                        WHERE assignee_id IS NULL AND status = 'waiting'
                        ORDER BY waiting_since, id LIMIT 1 FOR UPDATE SKIP LOCKED)
              AND textdesk_agent_id() IS NOT NULL
            RETURNING id, assignee_id)"));
        if (!row)
            return row.error();
        if (!row->next())
            return Outcome {};
        const qint64 id = row->value(0).toLongLong();
        if (auto logged = audit(db, "take-next", id, 0, row->value(1).toLongLong()); !logged)
            return logged.error();
        return Outcome { id, true, {} };
    });
}

TeamResult<Outcome> assign(const QSqlDatabase &db, qint64 conversationId, qint64 agentId,
                           qint64 expectedAssigneeId)
{
    return inTransaction(db, [&]() -> TeamResult<Outcome> {
        auto row = teamExec(
            db, QStringLiteral(R"(
            UPDATE conversations SET assignee_id = ?,
                   status = CASE WHEN ?::bigint IS NULL AND status = 'open' THEN 'waiting'
                                 ELSE status END,
                   updated_at = now()
            WHERE id = ? AND assignee_id IS NOT DISTINCT FROM ?
            RETURNING id)"),
            { idOrNull(agentId), idOrNull(agentId), conversationId, idOrNull(expectedAssigneeId) });
        if (!row)
            return row.error();
        if (!row->next())
            return heldNow(db, conversationId);
        if (auto logged = audit(db, "assign", conversationId, expectedAssigneeId, agentId); !logged)
            return logged.error();
        return Outcome { conversationId, true, {} };
    });
}

} // namespace textdesk::team::TeamAssignment
