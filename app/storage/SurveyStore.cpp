#include "SurveyStore.h"

#include "SqlHelpers.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace textdesk::SurveyStore {

using surveys::Survey;
using surveys::SurveyWording;

namespace {

const char *const kSurveyColumns
    = "id, kind, name, active, send_on_resolve, delay_minutes, cooldown_days, "
      "response_window_hours, followup_below, texts, company, default_language, "
      "default_time_zone";

// {"en": {"question", "followup", "thanks"}, …} (migration 8's comment).
QHash<QString, SurveyWording> textsFromJson(const QString &json)
{
    QHash<QString, SurveyWording> texts;
    const QJsonObject all = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        texts.insert(it.key(),
                     { o.value(QLatin1String("question")).toString(),
                       o.value(QLatin1String("followup")).toString(),
                       o.value(QLatin1String("thanks")).toString() });
    }
    return texts;
}

QString textsToJson(const QHash<QString, SurveyWording> &texts)
{
    QJsonObject all;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        all.insert(it.key(),
                   QJsonObject { { QStringLiteral("question"), it->question },
                                 { QStringLiteral("followup"), it->followup },
                                 { QStringLiteral("thanks"), it->thanks } });
    }
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

Survey surveyFrom(const QSqlQuery &q)
{
    Survey s;
    s.id = q.value(0).toLongLong();
    s.kind = surveys::kindFromString(q.value(1).toString()).value_or(surveys::SurveyKind::Csat);
    s.name = q.value(2).toString();
    s.active = q.value(3).toBool();
    s.sendOnResolve = q.value(4).toBool();
    s.delayMinutes = q.value(5).toInt();
    s.cooldownDays = q.value(6).toInt();
    s.responseWindowHours = q.value(7).toInt();
    if (!q.value(8).isNull())
        s.followupBelow = q.value(8).toInt();
    s.texts = textsFromJson(q.value(9).toString());
    s.company = q.value(10).toString();
    s.defaultLanguage = q.value(11).toString();
    s.defaultTimeZone = q.value(12).toString();
    return s;
}

Result<QList<Survey>> selectSurveys(Database &db, const QString &where, const QVariantList &bind)
{
    auto q = db.prepare(
        QStringLiteral("SELECT %1 FROM surveys %2").arg(QLatin1String(kSurveyColumns), where));
    if (!q)
        return q.error();
    for (int i = 0; i < bind.size(); ++i)
        (*q)->bindValue(i, bind.at(i));
    if (auto s = db.exec(**q); !s)
        return s.error();
    QList<Survey> list;
    while ((*q)->next())
        list << surveyFrom(**q);
    return list;
}

Result<std::optional<Survey>> firstOf(Result<QList<Survey>> list)
{
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Survey>();
    return std::optional<Survey>(list->first());
}

const char *const kResponseColumns
    = "id, survey_id, kind, conversation_id, contact_id, inbox_id, agent_id, language, "
      "trigger, state, skip_reason, due_at, sent_message_id, reply_message_id, score, "
      "score_kind, comment, asked_again, created_at, sent_at, answered_at";

SurveyResponseRecord responseFrom(const QSqlQuery &q)
{
    SurveyResponseRecord r;
    r.id = q.value(0).toLongLong();
    r.surveyId = q.value(1).toLongLong();
    r.kind = surveys::kindFromString(q.value(2).toString()).value_or(surveys::SurveyKind::Csat);
    r.conversationId = q.value(3).toLongLong();
    r.contactId = q.value(4).toLongLong();
    r.inboxId = q.value(5).toLongLong();
    r.agentId = q.value(6).toLongLong();
    r.language = q.value(7).toString();
    r.trigger = q.value(8).toString();
    r.state = q.value(9).toString();
    r.skipReason = q.value(10).toString();
    r.dueAt = q.value(11).toLongLong();
    r.sentMessageId = q.value(12).toLongLong();
    r.replyMessageId = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        r.score = q.value(14).toInt();
    r.scoreKind = q.value(15).toString();
    r.comment = q.value(16).toString();
    r.askedAgain = q.value(17).toBool();
    r.createdAt = q.value(18).toLongLong();
    r.sentAt = q.value(19).toLongLong();
    r.answeredAt = q.value(20).toLongLong();
    return r;
}

Result<QList<SurveyResponseRecord>> selectResponses(Database &db, const QString &rest,
                                                    const QVariantList &bind)
{
    auto q = db.prepare(QStringLiteral("SELECT %1 FROM survey_responses %2")
                            .arg(QLatin1String(kResponseColumns), rest));
    if (!q)
        return q.error();
    for (int i = 0; i < bind.size(); ++i)
        (*q)->bindValue(i, bind.at(i));
    if (auto s = db.exec(**q); !s)
        return s.error();
    QList<SurveyResponseRecord> list;
    while ((*q)->next())
        list << responseFrom(**q);
    return list;
}

Result<std::optional<SurveyResponseRecord>> firstResponse(Result<QList<SurveyResponseRecord>> l)
{
    if (!l)
        return l.error();
    if (l->isEmpty())
        return std::optional<SurveyResponseRecord>();
    return std::optional<SurveyResponseRecord>(l->first());
}

// One statement with positional values; how many rows it changed.
Result<int> run(Database &db, const QString &sql, const QVariantList &bind)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    for (int i = 0; i < bind.size(); ++i)
        (*q)->bindValue(i, bind.at(i));
    if (auto s = db.exec(**q); !s)
        return s.error();
    return (*q)->numRowsAffected();
}

Status runStatus(Database &db, const QString &sql, const QVariantList &bind)
{
    auto n = run(db, sql, bind);
    if (!n)
        return n.error();
    return success();
}

QVariant nullIfZero(qint64 v)
{
    return sql::orNull(v);
}

} // namespace

Result<QList<Survey>> list(Database &db)
{
    return selectSurveys(db, QStringLiteral("ORDER BY id"), {});
}

Result<std::optional<Survey>> get(Database &db, qint64 id)
{
    return firstOf(selectSurveys(db, QStringLiteral("WHERE id = ?"), { id }));
}

Result<qint64> save(Database &db, const Survey &s, qint64 nowMs)
{
    const QVariant followup
        = s.followupBelow ? QVariant(*s.followupBelow) : QVariant(QMetaType(QMetaType::Int));
    const QVariantList values = { surveys::kindToString(s.kind),
                                  s.name,
                                  s.active ? 1 : 0,
                                  s.sendOnResolve ? 1 : 0,
                                  s.delayMinutes,
                                  s.cooldownDays,
                                  s.responseWindowHours,
                                  followup,
                                  textsToJson(s.texts),
                                  sql::notNull(s.company),
                                  surveys::surveyLanguage(s.defaultLanguage),
                                  sql::notNull(s.defaultTimeZone),
                                  nowMs };
    if (s.id == 0) {
        auto n = run(db,
                     QStringLiteral("INSERT INTO surveys (kind, name, active, send_on_resolve, "
                                    "delay_minutes, cooldown_days, response_window_hours, "
                                    "followup_below, texts, company, default_language, "
                                    "default_time_zone, updated_at, created_at) VALUES (?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     values + QVariantList { nowMs });
        if (!n)
            return n.error();
        auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
        if (!id)
            return id.error();
        return id->toLongLong();
    }
    auto n = run(db,
                 QStringLiteral("UPDATE surveys SET kind = ?, name = ?, active = ?, "
                                "send_on_resolve = ?, delay_minutes = ?, cooldown_days = ?, "
                                "response_window_hours = ?, followup_below = ?, texts = ?, "
                                "company = ?, default_language = ?, default_time_zone = ?, "
                                "updated_at = ? WHERE id = ?"),
                 values + QVariantList { s.id });
    if (!n)
        return n.error();
    return s.id;
}

Status setActive(Database &db, qint64 id, bool active, qint64 nowMs)
{
    return runStatus(db,
                     QStringLiteral("UPDATE surveys SET active = ?, updated_at = ? WHERE id = ?"),
                     { active ? 1 : 0, nowMs, id });
}

Status remove(Database &db, qint64 id)
{
    return runStatus(db, QStringLiteral("DELETE FROM surveys WHERE id = ?"), { id });
}

Result<std::optional<Survey>> forResolve(Database &db)
{
    return firstOf(selectSurveys(
        db, QStringLiteral("WHERE active = 1 AND send_on_resolve = 1 ORDER BY id LIMIT 1"), {}));
}

Result<std::optional<Survey>> firstActive(Database &db)
{
    return firstOf(selectSurveys(db, QStringLiteral("WHERE active = 1 ORDER BY id LIMIT 1"), {}));
}

Result<qint64> insertResponse(Database &db, const SurveyResponseRecord &r)
{
    auto n = run(db,
                 QStringLiteral("INSERT INTO survey_responses (survey_id, kind, conversation_id, "
                                "contact_id, inbox_id, agent_id, language, trigger, state, "
                                "skip_reason, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                "?, ?, ?, ?)"),
                 { r.surveyId, surveys::kindToString(r.kind), r.conversationId, r.contactId,
                   r.inboxId, nullIfZero(r.agentId), r.language, r.trigger, r.state,
                   sql::orNull(r.skipReason), nullIfZero(r.dueAt), r.createdAt });
    if (!n)
        return n.error();
    auto id = db.scalar(QStringLiteral("SELECT last_insert_rowid()"));
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<std::optional<SurveyResponseRecord>> response(Database &db, qint64 id)
{
    return firstResponse(selectResponses(db, QStringLiteral("WHERE id = ?"), { id }));
}

Result<QList<SurveyResponseRecord>> responsesIn(Database &db, qint64 conversationId)
{
    return selectResponses(db, QStringLiteral("WHERE conversation_id = ? ORDER BY id"),
                           { conversationId });
}

Result<bool> setState(Database &db, qint64 id, const QString &fromState, const QString &state,
                      const QString &skipReason)
{
    auto n
        = run(db,
              QStringLiteral("UPDATE survey_responses SET state = ?, skip_reason = ? WHERE id = ? "
                             "AND state = ?"),
              { state, sql::orNull(skipReason), id, fromState });
    if (!n)
        return n.error();
    return *n > 0;
}

Status postpone(Database &db, qint64 id, qint64 dueAt)
{
    return runStatus(db, QStringLiteral("UPDATE survey_responses SET due_at = ? WHERE id = ?"),
                     { dueAt, id });
}

Status markSent(Database &db, const SurveyResponseRecord &r, qint64 messageId, qint64 nowMs)
{
    if (Status s = runStatus(
            db,
            QStringLiteral("UPDATE survey_responses SET state = 'sent', sent_message_id = ?, "
                           "sent_at = ?, language = ?, agent_id = ?, inbox_id = ? WHERE id = ?"),
            { messageId, nowMs, r.language, nullIfZero(r.agentId), r.inboxId, r.id });
        !s) {
        return s;
    }
    // The customer's tags as they were when asked, for reports by tag.
    return runStatus(db,
                     QStringLiteral("INSERT OR IGNORE INTO survey_response_tags (response_id, "
                                    "tag_id) SELECT ?, tag_id FROM contact_tags WHERE "
                                    "contact_id = ?"),
                     { r.id, r.contactId });
}

Status markAnswered(Database &db, qint64 id, int score, const QString &scoreKind,
                    const QString &comment, qint64 replyMessageId, qint64 answeredAt)
{
    return runStatus(
        db,
        QStringLiteral("UPDATE survey_responses SET state = 'answered', score = ?, "
                       "score_kind = ?, comment = ?, reply_message_id = ?, "
                       "answered_at = ? WHERE id = ?"),
        { score, scoreKind, sql::orNull(comment), nullIfZero(replyMessageId), answeredAt, id });
}

Status setComment(Database &db, qint64 id, const QString &comment)
{
    return runStatus(db, QStringLiteral("UPDATE survey_responses SET comment = ? WHERE id = ?"),
                     { sql::notNull(comment), id });
}

Status markAskedAgain(Database &db, qint64 id)
{
    return runStatus(db, QStringLiteral("UPDATE survey_responses SET asked_again = 1 WHERE id = ?"),
                     { id });
}

Result<int> cancelScheduled(Database &db, qint64 conversationId, const QString &trigger)
{
    return run(db,
               QStringLiteral("UPDATE survey_responses SET state = 'cancelled', skip_reason = "
                              "'reopened' WHERE conversation_id = ? AND state = 'scheduled' AND "
                              "(? = '' OR trigger = ?)"),
               { conversationId, sql::notNull(trigger), sql::notNull(trigger) });
}

Result<bool> surveyedSince(Database &db, qint64 contactId, qint64 sinceMs, qint64 except)
{
    auto v = db.scalar(QStringLiteral("SELECT count(*) FROM survey_responses WHERE contact_id = ? "
                                      "AND sent_at >= ? AND id <> ?"),
                       { contactId, sinceMs, except });
    if (!v)
        return v.error();
    return v->toLongLong() > 0;
}

Result<std::optional<SurveyResponseRecord>> openIn(Database &db, qint64 conversationId, qint64 atMs,
                                                   qint64 except)
{
    return firstResponse(selectResponses(
        db,
        QStringLiteral("WHERE conversation_id = ? AND state = 'sent' AND id <> ? AND sent_at <= ? "
                       "AND sent_at + (SELECT response_window_hours FROM surveys s WHERE s.id = "
                       "survey_id) * 3600000 >= ? ORDER BY sent_at DESC LIMIT 1"),
        { conversationId, except, atMs, atMs }));
}

Result<std::optional<SurveyResponseRecord>> lastAnswered(Database &db, qint64 conversationId)
{
    return firstResponse(selectResponses(
        db,
        QStringLiteral("WHERE conversation_id = ? AND state = 'answered' ORDER BY answered_at "
                       "DESC, id DESC LIMIT 1"),
        { conversationId }));
}

Result<std::optional<SurveyRecipient>> recipient(Database &db, qint64 conversationId)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT c.id, c.status, k.id, k.e164, k.consent_state, k.custom_fields, i.id, i.e164, "
        "(SELECT m.author_id FROM messages m WHERE m.conversation_id = c.id AND m.direction = "
        "'outbound' AND m.author_id IS NOT NULL ORDER BY m.id DESC LIMIT 1), "
        "(SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND m.direction = "
        "'outbound' AND m.id NOT IN (SELECT sent_message_id FROM survey_responses r WHERE "
        "r.conversation_id = c.id AND sent_message_id IS NOT NULL)) "
        "FROM conversations c JOIN contacts k ON k.id = c.contact_id JOIN inboxes i ON i.id = "
        "c.inbox_id WHERE c.id = ?"));
    if (!q)
        return q.error();
    sql::bind(**q, { conversationId });
    if (auto s = db.exec(**q); !s)
        return s.error();
    if (!(*q)->next())
        return std::optional<SurveyRecipient>();
    SurveyRecipient r;
    r.conversationId = (*q)->value(0).toLongLong();
    r.status = (*q)->value(1).toString();
    r.contactId = (*q)->value(2).toLongLong();
    r.contactE164 = (*q)->value(3).toString();
    r.consentState = (*q)->value(4).toString();
    r.customFields = (*q)->value(5).toString();
    r.inboxId = (*q)->value(6).toLongLong();
    r.inboxE164 = (*q)->value(7).toString();
    r.lastReplyAgentId = (*q)->value(8).toLongLong();
    r.agentReplies = (*q)->value(9).toInt();
    return std::optional<SurveyRecipient>(r);
}

Result<QHash<qint64, ReplyScore>> scoresForReplies(Database &db, qint64 conversationId)
{
    auto q
        = db.prepare(QStringLiteral("SELECT reply_message_id, score, score_kind, kind FROM "
                                    "survey_responses WHERE conversation_id "
                                    "= ? AND state = 'answered' AND reply_message_id IS NOT NULL"));
    if (!q)
        return q.error();
    sql::bind(**q, { conversationId });
    if (auto s = db.exec(**q); !s)
        return s.error();
    QHash<qint64, ReplyScore> scores;
    while ((*q)->next()) {
        scores.insert((*q)->value(0).toLongLong(),
                      { (*q)->value(1).toInt(), (*q)->value(2).toString(),
                        surveys::kindFromString((*q)->value(3).toString())
                            .value_or(surveys::SurveyKind::Csat) });
    }
    return scores;
}

} // namespace textdesk::SurveyStore
