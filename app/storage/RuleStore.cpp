#include "RuleStore.h"

#include "SqlHelpers.h"

namespace textdesk::RuleStore {

namespace {

// The one value of a one-row query (0 / empty when there is no row).
Result<QVariant> scalar(Database &db, const QString &statement,
                        std::initializer_list<QVariant> values)
{
    auto q = sql::run(db, statement, values);
    if (!q)
        return q.error();
    QVariant value = (*q)->next() ? (*q)->value(0) : QVariant();
    (*q)->finish();
    return value;
}

RuleRow rowFrom(QSqlQuery &q)
{
    return { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
             q.value(3).toBool(), q.value(4).toString() };
}

const QString kSelectRule
    = QStringLiteral("SELECT id, position, name, enabled, definition FROM rules");

} // namespace

Result<QList<RuleRow>> rules(Database &db)
{
    auto q = sql::run(db, kSelectRule + QStringLiteral(" ORDER BY position, id"), {});
    if (!q)
        return q.error();
    QList<RuleRow> out;
    while ((*q)->next())
        out.append(rowFrom(**q));
    (*q)->finish();
    return out;
}

Result<std::optional<RuleRow>> rule(Database &db, qint64 id)
{
    auto q = sql::run(db, kSelectRule + QStringLiteral(" WHERE id = ?"), { id });
    if (!q)
        return q.error();
    std::optional<RuleRow> out;
    if ((*q)->next())
        out = rowFrom(**q);
    (*q)->finish();
    return out;
}

Result<qint64> save(Database &db, const RuleRow &row, qint64 nowMs)
{
    if (row.id) {
        auto q = sql::run(
            db,
            QStringLiteral("UPDATE rules SET position = ?, name = ?, enabled = ?, "
                           "definition = ?, updated_at = ? WHERE id = ?"),
            { row.position, row.name, row.enabled ? 1 : 0, row.definition, nowMs, row.id });
        if (!q)
            return q.error();
        return row.id;
    }
    auto q
        = sql::run(db,
                   QStringLiteral("INSERT INTO rules (position, name, enabled, definition, "
                                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                   { row.position, row.name, row.enabled ? 1 : 0, row.definition, nowMs, nowMs });
    if (!q)
        return q.error();
    return (*q)->lastInsertId().toLongLong();
}

Result<bool> remove(Database &db, qint64 id)
{
    auto q = sql::run(db, QStringLiteral("DELETE FROM rules WHERE id = ?"), { id });
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

Status replaceAll(Database &db, const QList<RuleRow> &rows, qint64 nowMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (auto q = sql::run(db, QStringLiteral("DELETE FROM rules"), {}); !q)
        return q.error();
    for (RuleRow row : rows) {
        row.id = 0;
        if (auto id = save(db, row, nowMs); !id)
            return id.error();
    }
    return tx.commit();
}

Result<QHash<QString, QString>> businessHours(Database &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT our_number, definition FROM business_hours"), {});
    if (!q)
        return q.error();
    QHash<QString, QString> out;
    while ((*q)->next())
        out.insert((*q)->value(0).toString(), (*q)->value(1).toString());
    (*q)->finish();
    return out;
}

Status setBusinessHours(Database &db, const QString &ourNumber, const QString &definition,
                        qint64 nowMs)
{
    if (definition.isEmpty()) {
        auto q = sql::run(db, QStringLiteral("DELETE FROM business_hours WHERE our_number = ?"),
                          { ourNumber });
        return q ? success() : Status(q.error());
    }
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO business_hours (our_number, definition, "
                                     "updated_at) VALUES (?, ?, ?) ON CONFLICT (our_number) DO "
                                     "UPDATE SET definition = excluded.definition, updated_at = "
                                     "excluded.updated_at"),
                      { ourNumber, definition, nowMs });
    return q ? success() : Status(q.error());
}

Status recordRun(Database &db, const RuleRun &run)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO rule_runs (rule_id, rule_name, conversation_id, "
                                     "trigger_message_id, reply_message_id, away, occurred_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      { sql::orNull(run.ruleId), run.ruleName, run.conversationId,
                        sql::orNull(run.triggerMessageId), sql::orNull(run.replyMessageId),
                        run.away ? 1 : 0, run.occurredAt });
    return q ? success() : Status(q.error());
}

Status audit(Database &db, qint64 nowMs, qint64 ruleId, qint64 conversationId,
             const QString &details)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, "
                                     "subject_type, subject_id, details) VALUES (?, ?, 'rule', "
                                     "'conversation', ?, ?)"),
                      { nowMs, QStringLiteral("rule:%1").arg(ruleId), conversationId, details });
    return q ? success() : Status(q.error());
}

Result<std::optional<RuleContext>> context(Database &db, qint64 conversationId, qint64 nowMs,
                                           qint64 quickWithinMs)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT c.contact_id, k.e164, i.e164, c.status FROM "
                                     "conversations c JOIN contacts k ON k.id = c.contact_id "
                                     "JOIN inboxes i ON i.id = c.inbox_id WHERE c.id = ?"),
                      { conversationId });
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return std::optional<RuleContext>();
    }
    RuleContext c;
    c.conversationId = conversationId;
    c.contactId = (*q)->value(0).toLongLong();
    c.customerNumber = (*q)->value(1).toString();
    c.ourNumber = (*q)->value(2).toString();
    c.status = (*q)->value(3).toString();
    (*q)->finish();

    const qint64 hourAgo = nowMs - 3600'000;
    auto inbound = scalar(db,
                          QStringLiteral("SELECT count(*) FROM messages m JOIN conversations c "
                                         "ON c.id = m.conversation_id WHERE c.contact_id = ? "
                                         "AND m.direction = 'inbound'"),
                          { c.contactId });
    if (!inbound)
        return inbound.error();
    c.inboundFromCustomer = inbound->toInt();
    auto replies = scalar(db,
                          QStringLiteral("SELECT count(*) FROM rule_runs WHERE conversation_id = "
                                         "? AND reply_message_id IS NOT NULL AND occurred_at > ?"),
                          { conversationId, hourAgo });
    if (!replies)
        return replies.error();
    c.automatedRepliesLastHour = replies->toInt();
    // A customer's message that came within seconds of one of our automated replies (and was
    // not what it answered); the provider's dates have whole seconds, hence the second before.
    auto quick = scalar(
        db,
        QStringLiteral("SELECT count(DISTINCT m.id) FROM messages m JOIN rule_runs r ON "
                       "r.conversation_id = m.conversation_id AND r.reply_message_id IS NOT "
                       "NULL AND r.occurred_at > ? JOIN messages rm ON rm.id = "
                       "r.reply_message_id WHERE m.conversation_id = ? AND m.direction = "
                       "'inbound' AND m.created_at > ? AND m.id IS NOT r.trigger_message_id "
                       "AND m.created_at >= rm.created_at - 1000 AND m.created_at <= "
                       "rm.created_at + ?"),
        { hourAgo - quickWithinMs, conversationId, hourAgo, quickWithinMs });
    if (!quick)
        return quick.error();
    c.quickAnswersToAutomation = quick->toInt();
    auto agent = scalar(db,
                        QStringLiteral("SELECT max(created_at) FROM messages WHERE "
                                       "conversation_id = ? AND direction = 'outbound' AND id NOT "
                                       "IN (SELECT reply_message_id FROM rule_runs WHERE "
                                       "conversation_id = ? AND reply_message_id IS NOT NULL)"),
                        { conversationId, conversationId });
    if (!agent)
        return agent.error();
    c.lastAgentReplyAt = agent->toLongLong();
    auto away = scalar(db,
                       QStringLiteral("SELECT max(occurred_at) FROM rule_runs WHERE "
                                      "conversation_id = ? AND away = 1 AND reply_message_id IS "
                                      "NOT NULL"),
                       { conversationId });
    if (!away)
        return away.error();
    c.lastAwayReplyAt = away->toLongLong();
    auto last = sql::run(db,
                         QStringLiteral("SELECT id, body, created_at FROM messages WHERE "
                                        "conversation_id = ? AND direction = 'inbound' ORDER BY "
                                        "id DESC LIMIT 1"),
                         { conversationId });
    if (!last)
        return last.error();
    if ((*last)->next()) {
        c.lastInboundId = (*last)->value(0).toLongLong();
        c.lastInboundBody = (*last)->value(1).toString();
        c.lastInboundAt = (*last)->value(2).toLongLong();
    }
    (*last)->finish();
    return std::optional<RuleContext>(c);
}

Result<std::optional<qint64>> conversationFor(Database &db, const QString &customerNumber,
                                              const QString &ourNumber)
{
    auto id = scalar(db,
                     QStringLiteral("SELECT c.id FROM conversations c JOIN contacts k ON k.id = "
                                    "c.contact_id JOIN inboxes i ON i.id = c.inbox_id WHERE "
                                    "k.e164 = ? AND (i.e164 = ? OR ? = '') ORDER BY "
                                    "c.last_activity_at DESC LIMIT 1"),
                     { customerNumber, ourNumber, ourNumber });
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

} // namespace textdesk::RuleStore
