#include "TeamPushStore.h"

#include "SqlHelpers.h"

#include <QJsonDocument>

namespace textdesk::TeamPushStore {

namespace {

Result<QVariant> pushValue(Database &db, const QString &statement,
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

} // namespace

Status add(Database &db, const QString &kind, qint64 conversationId, qint64 contactId,
           const QJsonObject &payload, qint64 nowMs)
{
    auto query = sql::run(
        db,
        QStringLiteral("INSERT INTO team_pushes (kind, conversation_id, contact_id, payload, "
                       "created_at) VALUES (?, ?, ?, ?, ?)"),
        { kind, sql::orNull(conversationId), sql::orNull(contactId),
          QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), nowMs });
    if (!query)
        return query.error();
    return success();
}

Result<QList<Push>> pending(Database &db, int limit)
{
    auto query = sql::run(db,
                          QStringLiteral("SELECT id, kind, conversation_id, contact_id, payload, "
                                         "created_at, attempts FROM team_pushes ORDER BY id "
                                         "LIMIT ?"),
                          { limit });
    if (!query)
        return query.error();
    QList<Push> pushes;
    while ((*query)->next()) {
        Push push;
        push.id = (*query)->value(0).toLongLong();
        push.kind = (*query)->value(1).toString();
        push.conversationId = (*query)->value(2).toLongLong();
        push.contactId = (*query)->value(3).toLongLong();
        push.payload = QJsonDocument::fromJson((*query)->value(4).toString().toUtf8()).object();
        push.createdAt = (*query)->value(5).toLongLong();
        push.attempts = (*query)->value(6).toInt();
        pushes << push;
    }
    (*query)->finish();
    return pushes;
}

Result<int> pendingCount(Database &db)
{
    auto value = pushValue(db, QStringLiteral("SELECT count(*) FROM team_pushes"), {});
    if (!value)
        return value.error();
    return value->toInt();
}

Status remove(Database &db, qint64 id)
{
    auto query = sql::run(db, QStringLiteral("DELETE FROM team_pushes WHERE id = ?"), { id });
    if (!query)
        return query.error();
    return success();
}

Status recordAttempt(Database &db, qint64 id, const QString &error)
{
    auto query = sql::run(
        db,
        QStringLiteral(
            "UPDATE team_pushes SET attempts = attempts + 1, last_error = ? WHERE id = ?"),
        { error, id });
    if (!query)
        return query.error();
    return success();
}

Result<qint64> teamIdOf(Database &db, const QString &teamTable, qint64 localId)
{
    auto value = pushValue(
        db,
        QStringLiteral(
            "SELECT team_id FROM replica_ids WHERE team_table = ? AND local_id = ? LIMIT 1"),
        { teamTable, localId });
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<qint64> assigneeOf(Database &db, qint64 conversationId)
{
    auto value = pushValue(db, QStringLiteral("SELECT assignee_id FROM conversations WHERE id = ?"),
                           { conversationId });
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<qint64> agentNamed(Database &db, const QString &name)
{
    auto value = pushValue(db, QStringLiteral("SELECT id FROM agents WHERE name = ?"), { name });
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace textdesk::TeamPushStore
