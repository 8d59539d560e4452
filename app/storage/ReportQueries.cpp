#include "ReportQueries.h"

#include "Records.h"
#include "reports/Periods.h"

namespace textdesk::ReportQueries {

using reports::Grouping;
using reports::Kind;
using reports::Query;
using reports::Row;

namespace {

constexpr qint64 kHourMs = 3600000;

// Where one kind of figure comes from: its table, the time it is counted at, and the columns
// each dimension groups and filters on.
struct Source
{
    QString from; // FROM … (alias included)
    QString time; // the time the period is judged by
    QString agent; // the agent column
    QString number; // our number (inbox) column
    QString tagJoin; // JOIN … t ON … (t.tag_id is the tag)
    QString tagOf; // SQL of "has tag %1"
    QString range; // the WHERE for the period (an index range where there is one)
    QString extra; // further WHERE conditions of this figure
};

Source surveySource(const Query &q, qint64 from, qint64 to)
{
    Source s;
    s.from = QStringLiteral("survey_responses r");
    s.time = QStringLiteral("r.sent_at");
    s.agent = QStringLiteral("r.agent_id");
    s.number = QStringLiteral("r.inbox_id");
    s.tagJoin = QStringLiteral(" JOIN survey_response_tags t ON t.response_id = r.id");
    s.tagOf = QStringLiteral(
        "EXISTS (SELECT 1 FROM survey_response_tags x WHERE x.response_id = r.id AND x.tag_id = "
        "%1)");
    s.range = QStringLiteral("r.sent_at >= %1 AND r.sent_at < %2").arg(from).arg(to);
    s.extra = QStringLiteral(" AND r.kind = '%1'").arg(reports::kindName(q.kind));
    return s;
}

Source conversationSource(const QString &time, qint64 from, qint64 to)
{
    Source s;
    s.from = QStringLiteral("conversations c");
    s.time = time;
    s.agent = QStringLiteral("c.assignee_id");
    s.number = QStringLiteral("c.inbox_id");
    s.tagJoin = QStringLiteral(" JOIN contact_tags t ON t.contact_id = c.contact_id");
    s.tagOf = QStringLiteral("EXISTS (SELECT 1 FROM contact_tags x WHERE x.contact_id = "
                             "c.contact_id AND x.tag_id = %1)");
    s.range = QStringLiteral("%1 >= %2 AND %1 < %3").arg(time).arg(from).arg(to);
    return s;
}

// Time-ordered ids (MessageId): the period is a range of the primary key.
Source messageSource(const Query &q, Grouping grouping)
{
    const bool needsConversation
        = grouping == Grouping::Number || grouping == Grouping::Tag || q.inboxId || q.tagId;
    Source s;
    s.from = needsConversation
        ? QStringLiteral("messages m JOIN conversations c ON c.id = m.conversation_id")
        : QStringLiteral("messages m");
    s.time = QStringLiteral("m.created_at");
    s.agent = QStringLiteral("m.author_id");
    s.number = QStringLiteral("c.inbox_id");
    s.tagJoin = QStringLiteral(" JOIN contact_tags t ON t.contact_id = c.contact_id");
    s.tagOf = QStringLiteral("EXISTS (SELECT 1 FROM contact_tags x WHERE x.contact_id = "
                             "c.contact_id AND x.tag_id = %1)");
    s.range = QStringLiteral("m.id >= %1 AND m.id < %2")
                  .arg(q.fromMs() * MessageId::kSlotsPerMs)
                  .arg(q.toMs() * MessageId::kSlotsPerMs);
    s.extra = QStringLiteral(" AND m.direction = 'outbound'");
    return s;
}

QString keySql(const Query &q, Grouping grouping, const Source &s)
{
    switch (grouping) {
    case Grouping::None:
        return QStringLiteral("0");
    case Grouping::Agent:
        return QStringLiteral("coalesce(%1, 0)").arg(s.agent);
    case Grouping::Number:
        return s.number;
    case Grouping::Tag:
        return QStringLiteral("t.tag_id");
    default: {
        Query grouped = q;
        grouped.grouping = grouping;
        return reports::Periods::keySql(grouped, s.time);
    }
    }
}

// "FROM … WHERE …" with the period, the filters and (grouped by tag) the tag join.
QString fromWhere(const Query &q, Grouping grouping, const Source &s)
{
    QString sql = QStringLiteral(" FROM ") + s.from;
    if (grouping == Grouping::Tag)
        sql += s.tagJoin;
    sql += QStringLiteral(" WHERE ") + s.range + s.extra;
    if (q.agentId)
        sql += QStringLiteral(" AND %1 = %2").arg(s.agent).arg(q.agentId);
    if (q.inboxId)
        sql += QStringLiteral(" AND %1 = %2").arg(s.number).arg(q.inboxId);
    if (q.tagId) {
        sql += grouping == Grouping::Tag ? QStringLiteral(" AND t.tag_id = %1").arg(q.tagId)
                                         : QStringLiteral(" AND ") + s.tagOf.arg(q.tagId);
    }
    return sql;
}

template<typename Read> Status each(Database &db, const QString &sql, Read read)
{
    auto query = db.prepareOwned(sql);
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    q.setForwardOnly(true);
    if (auto s = db.exec(q); !s)
        return s;
    while (q.next())
        read(q);
    q.finish();
    return success();
}

struct Scale
{
    int min;
    int max;
    int positiveFrom; // CSAT 4, NPS 9 (promoters)
    int negativeTo; // NPS 6 (detractors); below min when not used
};

Scale scaleOf(Kind kind)
{
    switch (kind) {
    case Kind::Csat:
        return { 1, 5, 4, 0 };
    case Kind::Nps:
        return { 0, 10, 9, 6 };
    case Kind::Ces:
        return { 1, 7, 8, 0 };
    default:
        return { 0, 0, 1, -1 };
    }
}

// Median, nearest-rank 90th percentile and buckets over `value` per key, with window functions.
QString durationSql(const QString &inner)
{
    return QStringLiteral("SELECT k, max(n),"
                          " avg(CASE WHEN rn IN ((n + 1) / 2, (n + 2) / 2) THEN v END),"
                          " max(CASE WHEN rn = (9 * n + 9) / 10 THEN v END),"
                          " sum(CASE WHEN v < %1 THEN 1 ELSE 0 END),"
                          " sum(CASE WHEN v >= %1 AND v < %2 THEN 1 ELSE 0 END),"
                          " sum(CASE WHEN v >= %2 AND v < %3 THEN 1 ELSE 0 END),"
                          " sum(CASE WHEN v >= %3 AND v < %4 THEN 1 ELSE 0 END),"
                          " sum(CASE WHEN v >= %4 THEN 1 ELSE 0 END)"
                          " FROM (SELECT k, v, row_number() OVER (PARTITION BY k ORDER BY v) AS rn,"
                          " count(*) OVER (PARTITION BY k) AS n FROM (")
               .arg(kHourMs)
               .arg(4 * kHourMs)
               .arg(8 * kHourMs)
               .arg(24 * kHourMs)
        + inner + QStringLiteral(")) GROUP BY k");
}

void readDurations(const QSqlQuery &q, reports::Durations &d)
{
    d.count = q.value(1).toInt();
    d.medianMs = q.value(2).toDouble();
    d.p90Ms = q.value(3).toLongLong();
    for (int i = 0; i < reports::Durations::kBuckets; ++i)
        d.buckets[size_t(i)] = q.value(4 + i).toInt();
}

Row *rowFor(QList<Row> &rows, qint64 key)
{
    for (Row &row : rows) {
        if (row.key == key)
            return &row;
    }
    rows.append(Row {});
    rows.last().key = key;
    return &rows.last();
}

} // namespace

Result<QList<Row>> surveys(Database &db, const Query &q, Grouping grouping)
{
    QList<Row> rows;
    if (q.kind == Kind::ResponseTimes)
        return rows;
    const Scale scale = scaleOf(q.kind);
    const Source s = surveySource(q, q.fromMs(), q.toMs());
    // Only explicit answers on the kind's scale count; inferred ones ("great") are shown in the
    // drill-down but never in official figures.
    const QString sql
        = QStringLiteral("SELECT k, count(*), sum(CASE WHEN state = 'answered' THEN 1 ELSE 0 END),"
                         " sum(ok), sum(CASE WHEN ok = 1 THEN score ELSE 0 END),"
                         " sum(CASE WHEN ok = 1 AND score >= %1 THEN 1 ELSE 0 END),"
                         " sum(CASE WHEN ok = 1 AND score <= %2 THEN 1 ELSE 0 END)"
                         " FROM (SELECT %3 AS k, r.state, r.score,"
                         " CASE WHEN r.state = 'answered' AND r.score_kind = 'explicit'"
                         " AND r.score BETWEEN %4 AND %5 THEN 1 ELSE 0 END AS ok")
              .arg(scale.positiveFrom)
              .arg(scale.negativeTo)
              .arg(keySql(q, grouping, s))
              .arg(scale.min)
              .arg(scale.max)
        + fromWhere(q, grouping, s) + QStringLiteral(") GROUP BY k");
    if (auto st = each(db, sql,
                       [&](const QSqlQuery &r) {
                           Row row;
                           row.key = r.value(0).toLongLong();
                           row.sent = r.value(1).toInt();
                           row.answered = r.value(2).toInt();
                           row.scored = r.value(3).toInt();
                           row.scoreSum = r.value(4).toLongLong();
                           row.positive = r.value(5).toInt();
                           row.negative = r.value(6).toInt();
                           rows.append(row);
                       });
        !st) {
        return st.error();
    }
    return rows;
}

Result<QList<Row>> durations(Database &db, const Query &q, Grouping grouping)
{
    QList<Row> rows;
    const struct
    {
        QString time;
        QString value;
        QString condition;
        reports::Durations Row::*field;
    } figures[] = {
        { QStringLiteral("c.first_response_at"),
          QStringLiteral("c.first_response_at - c.first_inbound_at"),
          QStringLiteral(" AND c.first_inbound_at IS NOT NULL"), &Row::firstResponse },
        { QStringLiteral("c.resolved_at"), QStringLiteral("c.resolution_ms"),
          QStringLiteral(" AND c.resolution_ms IS NOT NULL"), &Row::resolution },
    };
    for (const auto &figure : figures) {
        Source s = conversationSource(figure.time, q.fromMs(), q.toMs());
        s.extra = figure.condition;
        const QString inner
            = QStringLiteral("SELECT %1 AS k, %2 AS v").arg(keySql(q, grouping, s), figure.value)
            + fromWhere(q, grouping, s);
        if (auto st = each(db, durationSql(inner),
                           [&](const QSqlQuery &r) {
                               readDurations(r,
                                             rowFor(rows, r.value(0).toLongLong())->*figure.field);
                           });
            !st) {
            return st.error();
        }
    }
    return rows;
}

Result<QList<Row>> handled(Database &db, const Query &q, Grouping grouping)
{
    QList<Row> rows;
    const Source s = messageSource(q, grouping);
    const QString sql
        = QStringLiteral("SELECT %1 AS k, count(*), count(DISTINCT m.conversation_id)")
              .arg(keySql(q, grouping, s))
        + fromWhere(q, grouping, s) + QStringLiteral(" GROUP BY k");
    if (auto st = each(db, sql,
                       [&](const QSqlQuery &r) {
                           Row row;
                           row.key = r.value(0).toLongLong();
                           row.messages = r.value(1).toInt();
                           row.conversations = r.value(2).toInt();
                           rows.append(row);
                       });
        !st) {
        return st.error();
    }
    return rows;
}

Result<QList<reports::Item>> items(Database &db, const Query &q, qint64 key, int limit)
{
    QList<reports::Item> list;
    QString sql;
    if (q.kind != Kind::ResponseTimes) {
        const Source s = surveySource(q, q.fromMs(), q.toMs());
        sql = QStringLiteral("SELECT r.conversation_id, coalesce(r.answered_at, r.sent_at),"
                             " coalesce(r.score, -1), coalesce(r.score_kind, ''),"
                             " coalesce(r.comment, '')")
            + fromWhere(q, q.grouping, s)
            + QStringLiteral(" AND %1 = %2 ORDER BY 2 DESC, r.id DESC LIMIT %3")
                  .arg(keySql(q, q.grouping, s))
                  .arg(key)
                  .arg(limit);
    } else {
        // The conversations behind either duration: first answered or resolved in the period.
        QStringList parts;
        for (const QString &time :
             { QStringLiteral("c.first_response_at"), QStringLiteral("c.resolved_at") }) {
            const Source s = conversationSource(time, q.fromMs(), q.toMs());
            parts << QStringLiteral("SELECT c.id AS id, %1 AS at").arg(time)
                    + fromWhere(q, q.grouping, s)
                    + QStringLiteral(" AND %1 = %2").arg(keySql(q, q.grouping, s)).arg(key);
        }
        sql = QStringLiteral("SELECT id, max(at), -1, '', '' FROM (") + parts.join(u" UNION ALL ")
            + QStringLiteral(") GROUP BY id ORDER BY 2 DESC, id DESC LIMIT %1").arg(limit);
    }
    if (auto st = each(db, sql,
                       [&](const QSqlQuery &r) {
                           reports::Item item;
                           item.conversationId = r.value(0).toLongLong();
                           item.at = r.value(1).toLongLong();
                           item.score = r.value(2).toInt();
                           item.inferred = r.value(3).toString() == QLatin1String("inferred");
                           item.comment = r.value(4).toString();
                           list.append(item);
                       });
        !st) {
        return st.error();
    }
    return list;
}

} // namespace textdesk::ReportQueries
