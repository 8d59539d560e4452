#include "FaqStore.h"

#include "SqlHelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

namespace textdesk::FaqStore {

namespace {

QString faqListJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList faqListFrom(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

QString faqStateName(FaqHold::State state)
{
    switch (state) {
    case FaqHold::State::Holding:
        return QStringLiteral("holding");
    case FaqHold::State::HandedOff:
        return QStringLiteral("handed_off");
    case FaqHold::State::None:
        break;
    }
    return {};
}

} // namespace

Result<QList<FaqEntry>> entries(Database &db)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, position, language, topic, question, answer, "
                                     "keywords, phrases FROM faq_entries ORDER BY position, id"),
                      {});
    if (!q)
        return q.error();
    QList<FaqEntry> out;
    while ((*q)->next()) {
        FaqEntry e;
        e.id = (*q)->value(0).toLongLong();
        e.position = (*q)->value(1).toInt();
        e.language = (*q)->value(2).toString();
        e.topic = (*q)->value(3).toString();
        e.question = (*q)->value(4).toString();
        e.answer = (*q)->value(5).toString();
        e.keywords = faqListFrom((*q)->value(6).toString());
        e.phrases = faqListFrom((*q)->value(7).toString());
        out.append(e);
    }
    (*q)->finish();
    return out;
}

Status replaceAll(Database &db, const QList<FaqEntry> &list, qint64 nowMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (auto q = sql::run(db, QStringLiteral("DELETE FROM faq_entries"), {}); !q)
        return q.error();
    int position = 0;
    for (const FaqEntry &e : list) {
        auto q = sql::run(db,
                          QStringLiteral("INSERT INTO faq_entries (position, language, topic, "
                                         "question, answer, keywords, phrases, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          { position++, sql::notNull(e.language), sql::notNull(e.topic),
                            sql::notNull(e.question), sql::notNull(e.answer),
                            faqListJson(e.keywords), faqListJson(e.phrases), nowMs });
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<FaqHold> hold(Database &db, qint64 conversationId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT state, since FROM faq_conversations WHERE "
                                     "conversation_id = ?"),
                      { conversationId });
    if (!q)
        return q.error();
    FaqHold out;
    if ((*q)->next()) {
        const QString state = (*q)->value(0).toString();
        out.state = state == QLatin1String("holding") ? FaqHold::State::Holding
                                                      : FaqHold::State::HandedOff;
        out.since = (*q)->value(1).toLongLong();
    }
    (*q)->finish();
    return out;
}

Status setHold(Database &db, qint64 conversationId, FaqHold::State state, qint64 nowMs)
{
    if (state == FaqHold::State::None) {
        auto q = sql::run(db,
                          QStringLiteral("DELETE FROM faq_conversations WHERE conversation_id = ?"),
                          { conversationId });
        return q ? success() : Status(q.error());
    }
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO faq_conversations (conversation_id, state, "
                                     "since) VALUES (?, ?, ?) ON CONFLICT (conversation_id) DO "
                                     "UPDATE SET state = excluded.state, since = excluded.since"),
                      { conversationId, faqStateName(state), nowMs });
    return q ? success() : Status(q.error());
}

Result<QList<qint64>> holding(Database &db)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT conversation_id FROM faq_conversations WHERE state = "
                                     "'holding' ORDER BY conversation_id"),
                      {});
    if (!q)
        return q.error();
    QList<qint64> out;
    while ((*q)->next())
        out.append((*q)->value(0).toLongLong());
    (*q)->finish();
    return out;
}

Status audit(Database &db, qint64 nowMs, qint64 conversationId, const QString &details)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, "
                                     "subject_type, subject_id, details) VALUES (?, 'faq-bot', "
                                     "'faq', 'conversation', ?, ?)"),
                      { nowMs, conversationId, details });
    return q ? success() : Status(q.error());
}

Result<bool> ruleReplied(Database &db, qint64 conversationId, qint64 messageId)
{
    // rule_runs_by_conversation finds the conversation's few rows.
    auto q = sql::run(db,
                      QStringLiteral("SELECT 1 FROM rule_runs WHERE conversation_id = ? AND "
                                     "trigger_message_id = ? AND reply_message_id IS NOT NULL "
                                     "LIMIT 1"),
                      { conversationId, messageId });
    if (!q)
        return q.error();
    const bool found = (*q)->next();
    (*q)->finish();
    return found;
}

Result<int> inboundCount(Database &db, qint64 conversationId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = ? AND "
                                     "direction = 'inbound'"),
                      { conversationId });
    if (!q)
        return q.error();
    const int n = (*q)->next() ? (*q)->value(0).toInt() : 0;
    (*q)->finish();
    return n;
}

} // namespace textdesk::FaqStore
