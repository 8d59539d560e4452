#include "ReportQueries.h"

#include "ReportSql.h"
#include "reports/Periods.h"

#include <algorithm>
#include <map>
#include <span>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace textdesk::ReportQueries {

using reports::Grouping;
using reports::Kind;
using reports::Query;
using reports::Row;

using detail::customerTags;
using detail::eachNative;
using detail::TagsOf;

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
    // LEFT JOIN … t ON … (t.tag_id is the tag): an item comes once per tag, one after another,
    // and once with NULL when it has none, so that one pass gives the rows and the total.
    QString tagJoin;
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
    s.tagJoin = QStringLiteral(" LEFT JOIN survey_response_tags t ON t.response_id = r.id");
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
    s.tagJoin = QStringLiteral(" LEFT JOIN contact_tags t ON t.contact_id = c.contact_id");
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
void summarise(std::span<qint64> values, reports::Durations &d)
{
    const size_t n = values.size();
    d.count = int(n);
    if (n == 0)
        return;
    const qint64 bounds[] = { kHourMs, 4 * kHourMs, 8 * kHourMs, 24 * kHourMs };
    for (qint64 v : values) {
        int bucket = 0;
        while (bucket < 4 && v >= bounds[bucket])
            ++bucket;
        ++d.buckets[size_t(bucket)];
    }
    // The ranks needed, not a sort: nth_element puts the middle value in place with the smaller
    // ones before it (the other middle value of an even count is their largest), then the
    // 90th percentile among the larger ones (its rank ⌈0.9·n⌉ is never below the middle).
    const size_t mid = n / 2;
    const auto begin = values.begin();
    std::nth_element(begin, begin + qsizetype(mid), values.end());
    const qint64 upper = values[mid];
    d.medianMs = n % 2
        ? double(upper)
        : (double(*std::max_element(begin, begin + qsizetype(mid))) + double(upper)) / 2;
    const size_t p90 = (9 * n + 9) / 10 - 1; // rank ⌈0.9·n⌉, 1-based
    if (p90 > mid)
        std::nth_element(begin + qsizetype(mid) + 1, begin + qsizetype(p90), values.end());
    d.p90Ms = values[p90];
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

Result<QList<Row>> surveys(Database &db, const Query &q, Grouping grouping, Row *total)
{
    QList<Row> rows;
    if (q.kind == Kind::ResponseTimes)
        return rows;
    const Scale scale = scaleOf(q.kind);
    const Source s = surveySource(q, q.fromMs(), q.toMs());
    // Only explicit answers on the kind's scale count; inferred ones ("great") are shown in the
    // drill-down but never in official figures. Summed here rather than by GROUP BY, whose
    // sort cost five times the scan of the covering index.
    const QString sql
        = QStringLiteral("SELECT %1, r.id, r.state = 'answered', r.state = 'answered' AND"
                         " r.score_kind = 'explicit' AND r.score BETWEEN %2 AND %3, r.score")
              .arg(keySql(q, grouping, s))
              .arg(scale.min)
              .arg(scale.max)
        + fromWhere(q, grouping, s);
    std::map<qint64, Row> byKey;
    qint64 last = -1;
    auto add = [&](Row &row, bool answered, bool ok, qint64 score) {
        ++row.sent;
        row.answered += answered ? 1 : 0;
        if (!ok)
            return;
        ++row.scored;
        row.scoreSum += score;
        row.positive += score >= scale.positiveFrom ? 1 : 0;
        row.negative += score <= scale.negativeTo ? 1 : 0;
    };
    if (auto st = eachNative(db, sql,
                             [&](const Statement &r) {
                                 const bool answered = r.int64(2) != 0;
                                 const bool ok = r.int64(3) != 0;
                                 const qint64 score = r.int64(4);
                                 if (!r.isNull(0)) {
                                     Row &row = byKey[r.int64(0)];
                                     row.key = r.int64(0);
                                     add(row, answered, ok, score);
                                 }
                                 if (total && r.int64(1) != last)
                                     add(*total, answered, ok, score);
                                 last = r.int64(1);
                             });
        !st) {
        return st.error();
    }
    for (const auto &[k, row] : byKey)
        rows.append(row);
    return rows;
}

SharedTags::SharedTags() = default;
SharedTags::~SharedTags() = default;

Result<const TagsOf *> SharedTags::get(Database &db)
{
    if (!m_tags) {
        auto tags = std::make_unique<TagsOf>();
        if (Status st = customerTags(db, 0, *tags); !st)
            return st.error();
        m_tags = std::move(tags);
    }
    return m_tags.get();
}

Result<QList<Row>> durations(Database &db, const Query &q, Grouping grouping, Row *total,
                             SharedTags *shared)
{
    QList<Row> rows;
    // Each figure: the time it is counted at, and its duration as `end - start` of two columns
    // (the conversation is left out when `start` is NULL).
    const struct
    {
        QString time;
        QString end;
        QString start;
        reports::Durations Row::*field;
    } figures[] = {
        { QStringLiteral("c.first_response_at"), QStringLiteral("c.first_response_at"),
          QStringLiteral("c.first_inbound_at"), &Row::firstResponse },
        { QStringLiteral("c.resolved_at"), QStringLiteral("c.resolution_ms"), QStringLiteral("0"),
          &Row::resolution },
    };
    // By tag: the customer comes with each conversation and their tags from one read (a join
    // per conversation cost more than the rest of the figure).
    const bool byTag = grouping == Grouping::Tag;
    SharedTags own;
    const TagsOf *tagsOf = nullptr;
    if (byTag) {
        auto tags = (shared ? shared : &own)->get(db);
        if (!tags)
            return tags.error();
        tagsOf = *tags;
    }
    // The SQL returns plain columns of the covering index, nothing computed: a period's key is
    // worked out here (the same arithmetic as Periods::keySql), NULLs are skipped here. An
    // expression per row cost SQLite as much as the scan itself. Without a join each
    // conversation comes once, so the total needs no de-duplication.
    const bool byTime = reports::isTimeGrouping(grouping);
    Query grouped = q;
    grouped.grouping = grouping;
    const reports::Periods::KeyOf keyOf(grouped);
    QString dimension = QStringLiteral("0");
    if (grouping == Grouping::Agent)
        dimension = QStringLiteral("c.assignee_id");
    else if (grouping == Grouping::Number)
        dimension = QStringLiteral("c.inbox_id");
    else if (byTag)
        dimension = QStringLiteral("c.contact_id");
    // The rows, at most: the highest conversation id (one look-up, where count(*) reads a whole
    // index), capped since it only sizes the arrays (they grow past it if need be).
    qint64 bound = 0;
    if (auto st = eachNative(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM conversations"),
                             [&](const Statement &r) { bound = r.int64(0); });
        !st) {
        return st.error();
    }
    bound = std::clamp<qint64>(bound, 0, 1 << 21);
    // Groups get slots 0, 1, …: an array finds a small key's slot (agents', numbers', tags' ids,
    // days since 1970), a map any other.
    constexpr qint64 kDenseKeys = 1 << 20;
    std::vector<int> denseSlot; // key → slot + 1 (0: none yet)
    std::map<qint64, int> sparseSlot;
    std::vector<qint64> keys; // slot → key
    auto slotOf = [&](qint64 key) {
        if (key >= 0 && key < kDenseKeys) {
            if (size_t(key) >= denseSlot.size())
                denseSlot.resize(size_t(key) + 1, 0);
            int &slot = denseSlot[size_t(key)];
            if (!slot) {
                keys.push_back(key);
                slot = int(keys.size());
            }
            return slot - 1;
        }
        const auto [it, added] = sparseSlot.try_emplace(key, int(keys.size()));
        if (added)
            keys.push_back(key);
        return it->second;
    };
    for (const auto &figure : figures) {
        const Source s = conversationSource(figure.time, q.fromMs(), q.toMs());
        const QString sql = QStringLiteral("SELECT %1, %2, %3, %4")
                                .arg(figure.time, figure.end, figure.start, dimension)
            + fromWhere(q, Grouping::None, s);
        // Ungrouped, the one row is the total: its values are kept and summarised once.
        const bool onlyTotal = grouping == Grouping::None;
        // Each conversation comes at most once: the number of conversations bounds the rows, so
        // the values go into arrays sized once (growing them, page by fresh page, cost a third
        // of the figure). Grouped, each value is kept with its group's slot, then the values are
        // laid out group by group (a counting sort) and each group summarised in place.
        std::vector<qint64> all;
        if (onlyTotal || total)
            all.reserve(size_t(bound));
        std::vector<std::pair<int, qint64>> keyed; // (slot, value)
        if (!onlyTotal)
            keyed.reserve(size_t(bound));
        if (auto st
            = eachNative(db, sql,
                         [&](const Statement &r) {
                             if (r.isNull(1) || r.isNull(2))
                                 return;
                             const qint64 v = r.int64(1) - r.int64(2);
                             if (onlyTotal || total)
                                 all.push_back(v);
                             if (onlyTotal)
                                 return;
                             if (byTag) {
                                 for (qint64 tag : tagsOf->of(r.int64(3))) {
                                     if (!q.tagId || tag == q.tagId)
                                         keyed.emplace_back(slotOf(tag), v);
                                 }
                                 return;
                             }
                             // Agent: NULL (none) reads as 0, as coalesce() did.
                             keyed.emplace_back(slotOf(byTime ? keyOf(r.int64(0)) : r.int64(3)), v);
                         });
            !st) {
            return st.error();
        }
        if (!keyed.empty()) {
            std::vector<size_t> begin(keys.size() + 1, 0);
            for (const auto &[slot, v] : keyed)
                ++begin[size_t(slot) + 1];
            for (size_t i = 1; i < begin.size(); ++i)
                begin[i] += begin[i - 1];
            std::vector<qint64> values(keyed.size());
            std::vector<size_t> next(begin.begin(), begin.end() - 1);
            for (const auto &[slot, v] : keyed)
                values[next[size_t(slot)]++] = v;
            for (size_t slot = 0; slot < keys.size(); ++slot) {
                const std::span<qint64> group(values.data() + begin[slot],
                                              begin[slot + 1] - begin[slot]);
                if (!group.empty())
                    summarise(group, rowFor(rows, keys[slot])->*figure.field);
            }
        }
        if (onlyTotal && !all.empty()) {
            Row *row = rowFor(rows, 0);
            summarise(all, row->*figure.field);
            if (total)
                total->*figure.field = row->*figure.field;
        } else if (total) {
            summarise(all, total->*figure.field);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.key < b.key; });
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
