#include "ReportQueries.h"

#include "Records.h"
#include "Statement.h"
#include "reports/Periods.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <vector>

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

// Median, nearest-rank 90th percentile and buckets of one group's durations, sorted here: the
// SQL has filtered and keyed them by one range scan of a covering index, and sorting 100,000
// values in C++ costs a tenth of SQLite's sorter (window functions took 1.4 s for a year).
void summarise(std::vector<qint64> &values, reports::Durations &d)
{
    std::sort(values.begin(), values.end());
    const qint64 n = qint64(values.size());
    d.count = int(n);
    if (n == 0)
        return;
    d.medianMs = n % 2 ? double(values[size_t(n / 2)])
                       : (double(values[size_t(n / 2 - 1)]) + double(values[size_t(n / 2)])) / 2;
    d.p90Ms = values[size_t((9 * n + 9) / 10 - 1)]; // rank ⌈0.9·n⌉, 1-based
    const qint64 bounds[] = { kHourMs, 4 * kHourMs, 8 * kHourMs, 24 * kHourMs };
    for (qint64 v : values) {
        int bucket = 0;
        while (bucket < 4 && v >= bounds[bucket])
            ++bucket;
        ++d.buckets[size_t(bucket)];
    }
}

// Steps a statement natively (no QVariant per value) for the hot loops below.
template<typename Read> Status eachNative(Database &db, const QString &sql, Read read)
{
    Statement st(db, sql);
    if (!st.prepared())
        return st.prepared();
    Statement::Step step;
    while ((step = st.step()) == Statement::Step::Row)
        read(st);
    if (step == Statement::Step::Error)
        return st.error();
    return success();
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
        const QString sql
            = QStringLiteral("SELECT %1 AS k, %2 AS v").arg(keySql(q, grouping, s), figure.value)
            + fromWhere(q, grouping, s);
        std::map<qint64, std::vector<qint64>> values;
        if (auto st = eachNative(
                db, sql, [&](const Statement &r) { values[r.int64(0)].push_back(r.int64(1)); });
            !st) {
            return st.error();
        }
        for (auto &[key, list] : values)
            summarise(list, rowFor(rows, key)->*figure.field);
    }
    return rows;
}

Result<QList<Row>> handled(Database &db, const Query &q, Grouping grouping)
{
    // The agents' messages of the period, one range scan of their partial index (id, author,
    // conversation), keyed in SQL by agent or period. Counting the distinct conversations is
    // done here: SQLite's count(DISTINCT) and GROUP BY put every message through a temporary
    // B-tree (1–2 s for a year of 500,000 messages); a hash of (key, conversation) does not.
    // Number and tag come from the conversation, read once per conversation below, not joined
    // per message.
    const bool byConversation
        = grouping == Grouping::Number || grouping == Grouping::Tag || q.inboxId || q.tagId;
    QString key = QStringLiteral("0");
    if (grouping == Grouping::Agent) {
        key = QStringLiteral("coalesce(m.author_id, 0)");
    } else if (reports::isTimeGrouping(grouping)) {
        Query grouped = q;
        grouped.grouping = grouping;
        key = reports::Periods::keySql(grouped,
                                       QStringLiteral("(m.id / %1)").arg(MessageId::kSlotsPerMs));
    }
    QString sql = QStringLiteral("SELECT %1, m.conversation_id FROM messages m"
                                 " WHERE m.direction = 'outbound' AND m.id >= %2 AND m.id < %3")
                      .arg(key)
                      .arg(q.fromMs() * MessageId::kSlotsPerMs)
                      .arg(q.toMs() * MessageId::kSlotsPerMs);
    if (q.agentId)
        sql += QStringLiteral(" AND m.author_id = %1").arg(q.agentId);

    struct PairHash
    {
        size_t operator()(const std::pair<qint64, qint64> &p) const
        {
            return std::hash<qint64>()(p.first * 1000003 ^ p.second);
        }
    };
    std::unordered_map<std::pair<qint64, qint64>, int, PairHash> perConversation;
    if (auto st = eachNative(db, sql,
                             [&](const Statement &r) {
                                 ++perConversation[{ r.int64(0), r.int64(1) }];
                             });
        !st) {
        return st.error();
    }

    // Conversation → our number and customer, customer → tags: only when grouped or filtered
    // by them.
    std::unordered_map<qint64, std::pair<qint64, qint64>> conversations;
    std::unordered_map<qint64, std::vector<qint64>> tagsOf;
    if (byConversation) {
        QString c = QStringLiteral("SELECT id, inbox_id, contact_id FROM conversations");
        if (q.inboxId)
            c += QStringLiteral(" WHERE inbox_id = %1").arg(q.inboxId);
        if (auto st = eachNative(db, c,
                                 [&](const Statement &r) {
                                     conversations[r.int64(0)] = { r.int64(1), r.int64(2) };
                                 });
            !st) {
            return st.error();
        }
    }
    if (grouping == Grouping::Tag || q.tagId) {
        QString t = QStringLiteral("SELECT contact_id, tag_id FROM contact_tags");
        if (q.tagId)
            t += QStringLiteral(" WHERE tag_id = %1").arg(q.tagId);
        if (auto st = eachNative(
                db, t, [&](const Statement &r) { tagsOf[r.int64(0)].push_back(r.int64(1)); });
            !st) {
            return st.error();
        }
    }

    std::map<qint64, Row> byKey;
    auto add = [&](qint64 k, int messages) {
        Row &row = byKey[k];
        row.key = k;
        row.messages += messages;
        ++row.conversations; // each (key, conversation) pair once
    };
    for (const auto &[pair, messages] : perConversation) {
        if (!byConversation) {
            add(pair.first, messages);
            continue;
        }
        const auto conversation = conversations.find(pair.second);
        if (conversation == conversations.end())
            continue; // not of the chosen number
        const auto [inbox, contact] = conversation->second;
        const auto tags = tagsOf.find(contact);
        if (q.tagId && tags == tagsOf.end())
            continue;
        if (grouping == Grouping::Number) {
            add(inbox, messages);
        } else if (grouping == Grouping::Tag) {
            if (tags != tagsOf.end()) {
                for (qint64 tag : tags->second)
                    add(tag, messages);
            }
        } else {
            add(pair.first, messages);
        }
    }
    QList<Row> rows;
    for (const auto &[k, row] : byKey)
        rows.append(row);
    return rows;
}

Result<QList<reports::Item>> items(Database &db, const Query &q, qint64 key, int limit)
{
    QList<reports::Item> list;
    QString inner;
    if (q.kind != Kind::ResponseTimes) {
        const Source s = surveySource(q, q.fromMs(), q.toMs());
        inner = QStringLiteral("SELECT r.conversation_id AS cid, coalesce(r.answered_at, r.sent_at)"
                               " AS at, coalesce(r.score, -1) AS score, coalesce(r.score_kind, '')"
                               " AS sk, coalesce(r.comment, '') AS comment, r.id AS ord")
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
        inner = QStringLiteral("SELECT id AS cid, max(at) AS at, -1 AS score, '' AS sk, '' AS "
                               "comment, id AS ord FROM (")
            + parts.join(u" UNION ALL ")
            + QStringLiteral(") GROUP BY id ORDER BY 2 DESC, id DESC LIMIT %1").arg(limit);
    }
    // The customer each row is about, by name (or their number, which the window formats).
    const QString sql
        = QStringLiteral("SELECT x.cid, x.at, x.score, x.sk, x.comment,"
                         " coalesce(nullif(trim(ct.display_name), ''), nullif(trim("
                         "coalesce(ct.given_name, '') || ' ' || coalesce(ct.family_name, '')),"
                         " ''), ''), ct.e164 FROM (")
        + inner
        + QStringLiteral(
              ") x JOIN conversations cv ON cv.id = x.cid"
              " JOIN contacts ct ON ct.id = cv.contact_id ORDER BY x.at DESC, x.ord DESC");
    if (auto st = each(db, sql,
                       [&](const QSqlQuery &r) {
                           reports::Item item;
                           item.conversationId = r.value(0).toLongLong();
                           item.at = r.value(1).toLongLong();
                           item.score = r.value(2).toInt();
                           item.inferred = r.value(3).toString() == QLatin1String("inferred");
                           item.comment = r.value(4).toString();
                           item.customerName = r.value(5).toString();
                           item.customerE164 = r.value(6).toString();
                           list.append(item);
                       });
        !st) {
        return st.error();
    }
    return list;
}

} // namespace textdesk::ReportQueries
