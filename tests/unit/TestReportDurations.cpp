// First response and resolution times (ReportQueries::durations) against a straightforward
// recomputation: on a randomised workspace (times around midnights, DST days and months' ends,
// conversations with no agent, no first inbound time, no resolution time), every grouping and
// filter, in zones whose days do not begin at midnight UTC, over a year, a month, a DST day and
// a range with empty periods. The expected figures sort every group's durations in full and
// group by Qt's own local dates; the report keys its periods with integer arithmetic and takes
// its ranks with nth_element.
#include "TestWorkspace.h"
#include "reports/Reports.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <optional>
#include <random>

using namespace textdesk;
using namespace textdesk::reports;

namespace {

constexpr qint64 kHour = 3600000;

struct Conversation
{
    qint64 id;
    qint64 assignee; // 0: none
    qint64 inbox;
    std::vector<qint64> tags;
    std::optional<qint64> firstInbound;
    std::optional<qint64> firstResponse;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> resolutionMs;
};

// Median, nearest-rank 90th percentile and buckets by the book: a full sort.
Durations byTheBook(std::vector<qint64> values)
{
    Durations d;
    d.count = int(values.size());
    if (values.empty())
        return d;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    d.medianMs
        = n % 2 ? double(values[n / 2]) : (double(values[n / 2 - 1]) + double(values[n / 2])) / 2;
    d.p90Ms = values[size_t(std::ceil(0.9 * double(n))) - 1];
    for (qint64 v : values) {
        const int bucket = v < kHour ? 0
            : v < 4 * kHour          ? 1
            : v < 8 * kHour          ? 2
            : v < 24 * kHour         ? 3
                                     : 4;
        ++d.buckets[size_t(bucket)];
    }
    return d;
}

QString text(const Durations &d)
{
    return QStringLiteral("n=%1 median=%2 p90=%3 buckets=%4/%5/%6/%7/%8")
        .arg(d.count)
        .arg(d.medianMs, 0, 'f', 1)
        .arg(d.p90Ms)
        .arg(d.buckets[0])
        .arg(d.buckets[1])
        .arg(d.buckets[2])
        .arg(d.buckets[3])
        .arg(d.buckets[4]);
}

// group → "first response | resolution" (groups with either), the total under key -1.
using Figures = std::map<qint64, QString>;

Figures expected(const std::vector<Conversation> &conversations, const Query &q)
{
    const QDate epoch(1970, 1, 1);
    auto keysOf = [&](const Conversation &c, qint64 at) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(at, q.zone).date();
        switch (q.grouping) {
        case Grouping::None:
            return std::vector<qint64> { 0 };
        case Grouping::Agent:
            return std::vector<qint64> { c.assignee };
        case Grouping::Number:
            return std::vector<qint64> { c.inbox };
        case Grouping::Tag: {
            std::vector<qint64> keys;
            for (qint64 t : c.tags) {
                if (!q.tagId || t == q.tagId)
                    keys.push_back(t);
            }
            return keys;
        }
        case Grouping::Day:
            return std::vector<qint64> { epoch.daysTo(day) };
        case Grouping::Week:
            return std::vector<qint64> { (epoch.daysTo(day) + 3) / 7 };
        case Grouping::Month:
            return std::vector<qint64> { (day.year() - 1970) * 12LL + day.month() - 1 };
        }
        return std::vector<qint64> {};
    };
    std::map<qint64, std::pair<std::vector<qint64>, std::vector<qint64>>> groups;
    std::pair<std::vector<qint64>, std::vector<qint64>> total;
    for (const Conversation &c : conversations) {
        const bool tagged = std::find(c.tags.begin(), c.tags.end(), q.tagId) != c.tags.end();
        if ((q.agentId && c.assignee != q.agentId) || (q.inboxId && c.inbox != q.inboxId)
            || (q.tagId && !tagged))
            continue;
        auto inPeriod = [&](qint64 at) { return at >= q.fromMs() && at < q.toMs(); };
        if (c.firstResponse && c.firstInbound && inPeriod(*c.firstResponse)) {
            const qint64 v = *c.firstResponse - *c.firstInbound;
            total.first.push_back(v);
            for (qint64 key : keysOf(c, *c.firstResponse))
                groups[key].first.push_back(v);
        }
        if (c.resolvedAt && c.resolutionMs && inPeriod(*c.resolvedAt)) {
            total.second.push_back(*c.resolutionMs);
            for (qint64 key : keysOf(c, *c.resolvedAt))
                groups[key].second.push_back(*c.resolutionMs);
        }
    }
    Figures out;
    for (const auto &[key, values] : groups)
        out[key] = text(byTheBook(values.first)) + QStringLiteral(" | ")
            + text(byTheBook(values.second));
    out[-1] = text(byTheBook(total.first)) + QStringLiteral(" | ") + text(byTheBook(total.second));
    return out;
}

Figures reported(Database &db, const Query &q)
{
    Figures out;
    auto report = Reports::run(db, q);
    if (!report) {
        qWarning() << report.error().details();
        return out;
    }
    for (const Row &row : report->rows) {
        if (row.firstResponse.count || row.resolution.count)
            out[row.key] = text(row.firstResponse) + QStringLiteral(" | ") + text(row.resolution);
    }
    out[-1] = text(report->total.firstResponse) + QStringLiteral(" | ")
        + text(report->total.resolution);
    return out;
}

QString describe(const Figures &figures)
{
    QStringList parts;
    for (const auto &[key, f] : figures)
        parts << QStringLiteral("%1: %2").arg(key).arg(f);
    return parts.join(QStringLiteral("\n  "));
}

} // namespace

class TestReportDurations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameAsByTheBookInEveryZone();

private:
    // Conversations with first inbound, first response and resolution times near the days'
    // edges, on DST days and anywhere in 2026; some without agent, inbound or resolution time,
    // and equal durations (ties) on purpose.
    std::vector<Conversation> fill(Database &db, int count, quint64 seed);

    QList<qint64> m_agents;
    QList<qint64> m_inboxes;
    QList<qint64> m_tags;
};

void TestReportDurations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

std::vector<Conversation> TestReportDurations::fill(Database &db, int count, quint64 seed)
{
    std::vector<Conversation> list;
    auto run = [&](const QString &sql) {
        const auto s = db.execOnce(sql);
        if (!s)
            qWarning() << s.error().details();
        return bool(s);
    };
    for (int i = 1; i <= 3; ++i) {
        if (!run(QStringLiteral("INSERT INTO agents (id, name, created_at) VALUES (%1, 'A%1', 0)")
                     .arg(i))
            || !run(QStringLiteral("INSERT INTO inboxes (id, e164, created_at) VALUES (%1, "
                                   "'+1555000000%1', 0)")
                        .arg(i))
            || !run(QStringLiteral("INSERT INTO tags (id, name) VALUES (%1, 't%1')").arg(i)))
            return list;
        m_agents << i;
        m_inboxes << i;
        m_tags << i;
    }
    std::mt19937_64 rng(seed);
    const QDate days[]
        = { QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 10, 25), QDate(2026, 3, 8),
            QDate(2026, 11, 1), QDate(2026, 2, 28), QDate(2026, 3, 31),  QDate(2026, 12, 31) };
    const qint64 edges[] = { 0, -1, 1, 23 * kHour, 22 * kHour, 5 * kHour, 4 * kHour, 12 * kHour };
    const qint64 yearStart = QDate(2026, 1, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    // Durations on the buckets' bounds, and a few the same, besides random ones.
    const qint64 fixed[] = { 0, kHour - 1, kHour, 4 * kHour, 8 * kHour, 24 * kHour, 90000 };
    auto duration
        = [&] { return rng() % 3 == 0 ? fixed[rng() % 7] : qint64(rng() % quint64(30 * kHour)); };
    auto nullable = [](const std::optional<qint64> &v) {
        return v ? QString::number(*v) : QStringLiteral("NULL");
    };
    for (int i = 0; i < count; ++i) {
        Conversation c;
        c.id = 1000 + i;
        c.assignee = rng() % 5 == 0 ? 0 : m_agents.at(int(rng() % 3));
        c.inbox = m_inboxes.at(int(rng() % 3));
        for (qint64 t : std::as_const(m_tags)) {
            if (rng() % 3 == 0)
                c.tags.push_back(t);
        }
        const qint64 inbound = rng() % 2
            ? days[rng() % 8].startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() + edges[rng() % 8]
                - 6 * kHour + qint64(rng() % quint64(12 * kHour))
            : yearStart + qint64(rng() % (365 * 24)) * kHour;
        if (rng() % 10)
            c.firstInbound = inbound;
        if (rng() % 6) {
            c.firstResponse = inbound + duration();
        }
        if (rng() % 4) {
            const qint64 ms = duration() + (c.firstResponse ? *c.firstResponse - inbound : 0);
            c.resolvedAt = inbound + ms;
            if (rng() % 12)
                c.resolutionMs = ms;
        }
        if (!run(QStringLiteral("INSERT INTO contacts (id, e164, created_at, updated_at) VALUES "
                                "(%1, '+1416%1', 0, 0)")
                     .arg(c.id)))
            return list;
        for (qint64 t : c.tags) {
            if (!run(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (%1, "
                                    "%2)")
                         .arg(c.id)
                         .arg(t)))
                return list;
        }
        if (!run(QStringLiteral("INSERT INTO conversations (id, contact_id, inbox_id, "
                                "assignee_id, last_activity_at, created_at, first_inbound_at, "
                                "first_response_at, resolved_at, resolution_ms) VALUES (%1, %1, "
                                "%2, %3, 0, 0, %4, %5, %6, %7)")
                     .arg(c.id)
                     .arg(c.inbox)
                     .arg(c.assignee ? QString::number(c.assignee) : QStringLiteral("NULL"))
                     .arg(nullable(c.firstInbound), nullable(c.firstResponse),
                          nullable(c.resolvedAt), nullable(c.resolutionMs))))
            return list;
        list.push_back(c);
    }
    return list;
}

void TestReportDurations::sameAsByTheBookInEveryZone()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    const std::vector<Conversation> conversations = fill(*db, 400, 2026);
    QCOMPARE(int(conversations.size()), 400);
    const std::pair<QDate, QDate> ranges[] = {
        { QDate(2026, 1, 1), QDate(2026, 12, 31) },
        { QDate(2026, 3, 1), QDate(2026, 3, 31) }, // crosses Berlin's and New York's DST change
        { QDate(2026, 3, 29), QDate(2026, 3, 29) }, // Berlin's 23-hour day
        { QDate(2026, 12, 20), QDate(2027, 2, 10) }, // empty weeks, days and a month at the end
    };
    int compared = 0;
    for (const char *zone : { "Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC" }) {
        for (const auto &[from, to] : ranges) {
            for (Grouping g : { Grouping::None, Grouping::Agent, Grouping::Number, Grouping::Tag,
                                Grouping::Day, Grouping::Week, Grouping::Month }) {
                for (int filter = 0; filter < 4; ++filter) {
                    Query q;
                    q.kind = Kind::ResponseTimes;
                    q.grouping = g;
                    q.from = from;
                    q.to = to;
                    q.zone = QTimeZone(zone);
                    q.agentId = filter == 1 ? m_agents.value(1) : 0;
                    q.inboxId = filter == 2 ? m_inboxes.value(0) : 0;
                    q.tagId = filter == 3 ? m_tags.value(0) : 0;
                    const Figures want = expected(conversations, q);
                    const Figures got = reported(*db, q);
                    QVERIFY2(got == want,
                             qPrintable(QStringLiteral("%1 %2..%3 by %4, filter %5:\nwant  "
                                                       "%6\ngot   %7")
                                            .arg(QLatin1String(zone), from.toString(Qt::ISODate),
                                                 to.toString(Qt::ISODate), groupingName(g))
                                            .arg(filter)
                                            .arg(describe(want), describe(got))));
                    compared += int(want.size());
                }
            }
        }
    }
    // The fixture is not degenerate: many groups with figures were compared.
    QVERIFY(compared > 2000);
}

QTEST_GUILESS_MAIN(TestReportDurations)
#include "TestReportDurations.moc"
