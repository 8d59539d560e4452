#include "ReplicaStore.h"

#include "ContactStore.h"
#include "SqlHelpers.h"

namespace textdesk::ReplicaStore {

namespace {

// The first column of the first row, or a null QVariant; the cached statement is finished.
Result<QVariant> replicaValue(Database &db, const QString &statement,
                              std::initializer_list<QVariant> values)
{
    auto query = sql::run(db, statement, values);
    if (!query)
        return query.error();
    QVariant value;
    if ((*query)->next())
        value = (*query)->value(0);
    (*query)->finish();
    return value;
}

Status replicaRun(Database &db, const QString &statement, std::initializer_list<QVariant> values)
{
    auto query = sql::run(db, statement, values);
    if (!query)
        return query.error();
    return success();
}

QVariant replicaOrNull(qint64 value)
{
    return sql::orNull(value);
}

} // namespace

Result<qint64> localId(Database &db, const QString &teamTable, qint64 teamId)
{
    auto value = replicaValue(
        db, QStringLiteral("SELECT local_id FROM replica_ids WHERE team_table = ? AND team_id = ?"),
        { teamTable, teamId });
    if (!value)
        return value.error();
    return value->toLongLong();
}

Status setLocalId(Database &db, const QString &teamTable, qint64 teamId, qint64 localId)
{
    return replicaRun(db,
                      QStringLiteral("INSERT INTO replica_ids (team_table, team_id, local_id) "
                                     "VALUES (?, ?, ?) ON CONFLICT (team_table, team_id) DO "
                                     "UPDATE SET local_id = excluded.local_id WHERE local_id <> "
                                     "excluded.local_id"),
                      { teamTable, teamId, localId });
}

Status forgetLocalId(Database &db, const QString &teamTable, qint64 teamId)
{
    return replicaRun(
        db, QStringLiteral("DELETE FROM replica_ids WHERE team_table = ? AND team_id = ?"),
        { teamTable, teamId });
}

Status upsertAgent(Database &db, qint64 id, const QString &name, qint64 createdAtMs)
{
    return replicaRun(db,
                      QStringLiteral("INSERT INTO agents (id, name, created_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                     "created_at = excluded.created_at WHERE name <> "
                                     "excluded.name OR created_at <> excluded.created_at"),
                      { id, sql::notNull(name), createdAtMs });
}

Status ensureAgent(Database &db, qint64 id, qint64 nowMs)
{
    if (id == 0)
        return success();
    return replicaRun(db,
                      QStringLiteral("INSERT INTO agents (id, name, created_at) VALUES (?, '', ?) "
                                     "ON CONFLICT (id) DO NOTHING"),
                      { id, nowMs });
}

Status removeAgent(Database &db, qint64 id)
{
    return replicaRun(db, QStringLiteral("DELETE FROM agents WHERE id = ?"), { id });
}

Status updateContact(Database &db, qint64 contactId, const ContactFields &fields, qint64 nowMs)
{
    auto same = replicaValue(
        db,
        QStringLiteral("SELECT count(*) FROM contacts WHERE id = ? AND coalesce(display_name, '') "
                       "= ? AND coalesce(email, '') = ? AND coalesce(company, '') = ? AND "
                       "coalesce(notes, '') = ?"),
        { contactId, sql::notNull(fields.displayName), sql::notNull(fields.email),
          sql::notNull(fields.company), sql::notNull(fields.notes) });
    if (!same)
        return same.error();
    if (same->toInt() > 0)
        return success();
    ContactStore contacts(db);
    // External-content FTS forgets a row by being told its old text, so drop it first.
    if (auto s = contacts.reindex(contactId, true); !s)
        return s;
    if (auto s
        = replicaRun(db,
                     QStringLiteral("UPDATE contacts SET display_name = ?, email = ?, "
                                    "company = ?, notes = ?, updated_at = ? WHERE id = ?"),
                     { sql::orNull(fields.displayName), sql::orNull(fields.email),
                       sql::orNull(fields.company), sql::orNull(fields.notes), nowMs, contactId });
        !s) {
        return s;
    }
    return contacts.reindex(contactId, false);
}

Status setConversationState(Database &db, qint64 conversationId, const ConversationState &state)
{
    // Resolving records when and how long it took (as ConversationActions::setStatus does);
    // a conversation already resolved keeps its time.
    const QVariant assignee = replicaOrNull(state.assigneeId);
    const QVariant snoozed = replicaOrNull(state.snoozedUntil);
    return replicaRun(
        db,
        QStringLiteral(
            "UPDATE conversations SET status = ?, assignee_id = ?, snoozed_until = ?, "
            "resolved_at = CASE WHEN ? <> 'resolved' THEN NULL WHEN status = 'resolved' THEN "
            "resolved_at ELSE ? END, "
            "resolution_ms = CASE WHEN ? = 'resolved' AND status <> 'resolved' THEN ? - "
            "coalesce(first_inbound_at, created_at) ELSE resolution_ms END "
            "WHERE id = ? AND (status <> ? OR assignee_id IS NOT ? OR snoozed_until IS NOT ?)"),
        { state.status, assignee, snoozed, state.status, state.changedAt, state.status,
          state.changedAt, conversationId, state.status, assignee, snoozed });
}

Result<QHash<qint64, SavedStatus>> saveStatuses(Database &db, const QList<qint64> &ids)
{
    // Only a resolved or snoozed conversation can be reopened: one statement for them all.
    QHash<qint64, SavedStatus> saved;
    if (ids.isEmpty())
        return saved;
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list << QString::number(id);
    auto query = sql::run(
        db,
        QStringLiteral("SELECT id, status, snoozed_until, resolved_at, resolution_ms FROM "
                       "conversations WHERE id IN (SELECT value FROM json_each(?)) AND status IN "
                       "('resolved', 'snoozed')"),
        { QStringLiteral("[%1]").arg(list.join(QLatin1Char(','))) });
    if (!query)
        return query.error();
    while ((*query)->next()) {
        saved.insert((*query)->value(0).toLongLong(),
                     SavedStatus { (*query)->value(1), (*query)->value(2), (*query)->value(3),
                                   (*query)->value(4) });
    }
    (*query)->finish();
    return saved;
}

Status restoreStatuses(Database &db, const QHash<qint64, SavedStatus> &saved)
{
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        if (auto s
            = replicaRun(db,
                         QStringLiteral("UPDATE conversations SET status = ?, "
                                        "snoozed_until = ?, resolved_at = ?, "
                                        "resolution_ms = ? WHERE id = ? AND (status <> ? "
                                        "OR snoozed_until IS NOT ? OR resolved_at IS NOT ? "
                                        "OR resolution_ms IS NOT ?)"),
                         { it->status, it->snoozedUntil, it->resolvedAt, it->resolutionMs, it.key(),
                           it->status, it->snoozedUntil, it->resolvedAt, it->resolutionMs });
            !s) {
            return s;
        }
    }
    return success();
}

Result<QPair<QString, QString>> numbersOf(Database &db, qint64 conversationId)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT c.e164, i.e164 FROM conversations v JOIN contacts "
                                         "c ON c.id = v.contact_id JOIN inboxes i ON i.id = "
                                         "v.inbox_id WHERE v.id = ?"),
                          { conversationId });
    if (!query)
        return query.error();
    QPair<QString, QString> numbers;
    if ((*query)->next())
        numbers = { (*query)->value(0).toString(), (*query)->value(1).toString() };
    (*query)->finish();
    return numbers;
}

Status setAuthor(Database &db, qint64 messageId, qint64 authorId)
{
    return replicaRun(
        db, QStringLiteral("UPDATE messages SET author_id = ? WHERE id = ? AND author_id IS NOT ?"),
        { replicaOrNull(authorId), messageId, replicaOrNull(authorId) });
}

Result<qint64> upsertTemplate(Database &db, qint64 localId, const QString &name,
                              const QString &body, qint64 nowMs)
{
    qint64 id = localId;
    if (id == 0) {
        auto found = replicaValue(db, QStringLiteral("SELECT id FROM templates WHERE shortcut = ?"),
                                  { name });
        if (!found)
            return found.error();
        id = found->toLongLong();
    }
    if (id == 0) {
        auto inserted = replicaValue(
            db,
            QStringLiteral("INSERT INTO templates (shortcut, title, body, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"),
            { name, name, sql::notNull(body), nowMs, nowMs });
        if (!inserted)
            return inserted.error();
        return inserted->toLongLong();
    }
    if (auto s
        = replicaRun(db,
                     QStringLiteral("UPDATE templates SET shortcut = ?, title = ?, body = ?, "
                                    "updated_at = ? WHERE id = ? AND (shortcut <> ? OR "
                                    "title <> ? OR body <> ?)"),
                     { name, name, sql::notNull(body), nowMs, id, name, name, sql::notNull(body) });
        !s) {
        return s.error();
    }
    return id;
}

Status removeTemplate(Database &db, qint64 localId)
{
    return replicaRun(db, QStringLiteral("DELETE FROM templates WHERE id = ?"), { localId });
}

Status park(Database &db, const QString &teamTable, qint64 teamId, qint64 conversationTeamId,
            const QString &json)
{
    return replicaRun(db,
                      QStringLiteral("INSERT INTO replica_waiting (team_table, team_id, "
                                     "conversation_team_id, row) VALUES (?, ?, ?, ?) ON CONFLICT "
                                     "(team_table, team_id) DO UPDATE SET conversation_team_id "
                                     "= excluded.conversation_team_id, row = excluded.row"),
                      { teamTable, teamId, conversationTeamId, json });
}

Result<QList<QPair<QString, QString>>> takeWaiting(Database &db, qint64 conversationTeamId)
{
    QList<QPair<QString, QString>> rows;
    auto query = sql::run(db,
                          QStringLiteral("SELECT team_table, row FROM replica_waiting WHERE "
                                         "conversation_team_id = ? ORDER BY team_id"),
                          { conversationTeamId });
    if (!query)
        return query.error();
    while ((*query)->next())
        rows.append({ (*query)->value(0).toString(), (*query)->value(1).toString() });
    (*query)->finish();
    if (rows.isEmpty())
        return rows;
    if (auto s = replicaRun(
            db, QStringLiteral("DELETE FROM replica_waiting WHERE conversation_team_id = ?"),
            { conversationTeamId });
        !s) {
        return s.error();
    }
    return rows;
}

Status dropWaiting(Database &db, const QString &teamTable, qint64 teamId)
{
    return replicaRun(
        db, QStringLiteral("DELETE FROM replica_waiting WHERE team_table = ? AND team_id = ?"),
        { teamTable, teamId });
}

Result<qint64> waitingCount(Database &db)
{
    auto value = replicaValue(db, QStringLiteral("SELECT count(*) FROM replica_waiting"), {});
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace textdesk::ReplicaStore
