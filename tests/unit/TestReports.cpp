// The reports' figures on fixtures worked out by hand: CSAT, NPS and CES from explicit answers
// only, percentiles with odd and even counts, buckets, empty periods, days across a DST change,
// the groupings and filters, and the drill-down behind a row.
#include "ReportFixture.h"
#include "TestWorkspace.h"
#include "reports/Periods.h"
#include "reports/Reports.h"
#include "storage/ConversationActions.h"
#include "storage/MessageStore.h"

#include <QTest>

#include <ctime>

using namespace textdesk;
using namespace textdesk::reports;

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void csatCountsExplicitAnswersOnly();
    void npsAndCes();
    void percentilesOddCount();
    void percentilesEvenCount();
    void emptyPeriodsAreListed();
    void daysAcrossDaylightSavingChanges();
    void weeksAndMonths();
    void byAgentNumberAndTagWithFilters();
    void messagesAndConversationsHandled();
    void groupsSortAsPeopleReadThem();
    void responseTimesByTag();
    void drillDownListsTheConversationsBehindARow();
    void customerReopeningTakesAConversationOutOfResolutions();

private:
    Query query(Kind kind, Grouping grouping = Grouping::None) const;
    Report run(const Query &q);

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ReportFixture> m_f;
    qint64 m_inbox = 0;
    qint64 m_agent = 0;
};

void TestReports::initTestCase()
{
    // The workspace's local time is the system's: Berlin here, whose 2026 DST days are
    // 29 March (23 h) and 25 October (25 h).
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCOMPARE(QTimeZone::systemTimeZone().id(), QByteArray("Europe/Berlin"));
}

void TestReports::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_db = m_cache->open();
    QVERIFY(m_db);
    m_f = std::make_unique<test::ReportFixture>(*m_db);
    m_inbox = m_f->number(QStringLiteral("+15550000001"));
    m_agent = m_f->agent(QStringLiteral("Ana"));
    QVERIFY(m_inbox && m_agent);
}

void TestReports::cleanup()
{
    m_f.reset();
    m_db.reset();
    m_cache.reset();
}

Query TestReports::query(Kind kind, Grouping grouping) const
{
    Query q;
    q.kind = kind;
    q.grouping = grouping;
    q.from = QDate(2026, 3, 1);
    q.to = QDate(2026, 3, 31);
    return q;
}

Report TestReports::run(const Query &q)
{
    auto report = Reports::run(*m_db, q);
    if (!report) {
        qWarning() << report.error().details();
        return {};
    }
    return *report;
}

void TestReports::csatCountsExplicitAnswersOnly()
{
    const qint64 c = m_f->conversation(m_inbox, m_agent);
    const qint64 t = m_f->at(QStringLiteral("2026-03-10T10:00"));
    for (int score : { 5, 4, 3, 1, 5 })
        m_f->response(c, QStringLiteral("csat"), t, score);
    m_f->response(c, QStringLiteral("csat"), t, 5, /*inferred*/ true, QStringLiteral("great"));
    m_f->response(c, QStringLiteral("csat"), t, test::ReportFixture::kNoAnswer);
    m_f->response(c, QStringLiteral("nps"), t, 10); // another kind
    m_f->response(c, QStringLiteral("csat"), m_f->at(QStringLiteral("2026-04-01T00:00")),
                  1); // after

    const Report r = run(query(Kind::Csat));
    QCOMPARE(r.rows.size(), 1);
    const Row &all = r.rows.first();
    QCOMPARE(all.sent, 7); // 5 explicit + 1 inferred + 1 unanswered
    QCOMPARE(all.answered, 6); // 5 explicit + 1 inferred
    QCOMPARE(all.scored, 5); // the inferred "great" is not an official score
    QCOMPARE(all.positive, 3); // 5, 4, 5
    QCOMPARE(all.csatPercent(), 60.0); // 3 / 5
    QCOMPARE(all.average(), 3.6); // (5 + 4 + 3 + 1 + 5) / 5 = 18 / 5
    QCOMPARE(qRound(all.responseRate() * 100), 8571); // 6 / 7 = 85.71 %
    QCOMPARE(r.total.scored, 5);
}

void TestReports::npsAndCes()
{
    const qint64 c = m_f->conversation(m_inbox, m_agent);
    const qint64 t = m_f->at(QStringLiteral("2026-03-10T10:00"));
    for (int score : { 10, 10, 9, 8, 6, 0, 7 })
        m_f->response(c, QStringLiteral("nps"), t, score);
    m_f->response(c, QStringLiteral("nps"), t, 10, /*inferred*/ true);
    for (int score : { 7, 5, 2 })
        m_f->response(c, QStringLiteral("ces"), t, score);

    const Row nps = run(query(Kind::Nps)).total;
    QCOMPARE(nps.scored, 7);
    QCOMPARE(nps.positive, 3); // 10, 10, 9
    QCOMPARE(nps.passive(), 2); // 8, 7
    QCOMPARE(nps.negative, 2); // 6, 0
    // (3 − 2) / 7 = 14.29
    QCOMPARE(qRound(nps.nps() * 100), 1429);

    const Row ces = run(query(Kind::Ces)).total;
    QCOMPARE(ces.scored, 3);
    QCOMPARE(qRound(ces.average() * 1000), 4667); // (7 + 5 + 2) / 3 = 4.667
}

void TestReports::percentilesOddCount()
{
    // First responses after 10, 30, 90, 300 and 1,500 minutes (sorted).
    const double minutes[] = { 300, 10, 1500, 90, 30 };
    const double resolutions[] = { 60, 120, 240 };
    int i = 0;
    for (double m : minutes) {
        const qint64 c = m_f->conversation(m_inbox, m_agent);
        m_f->times(c, m_f->at(QStringLiteral("2026-03-05T09:00")), m, i < 3 ? resolutions[i] : -1);
        ++i;
    }
    const Row all = run(query(Kind::ResponseTimes)).total;
    QCOMPARE(all.firstResponse.count, 5);
    QCOMPARE(all.firstResponse.medianMs, 90 * 60000.0); // the 3rd of 5
    QCOMPARE(all.firstResponse.p90Ms, 1500 * 60000LL); // rank ⌈0.9 × 5⌉ = ⌈4.5⌉ = 5
    // < 1 h: 10, 30; 1–4 h: 90; 4–8 h: 300 (5 h); 8–24 h: none; > 24 h: 1,500 (25 h)
    QCOMPARE(all.firstResponse.buckets, (std::array<int, 5> { 2, 1, 1, 0, 1 }));
    QCOMPARE(all.resolution.count, 3);
    QCOMPARE(all.resolution.medianMs, 120 * 60000.0); // 60, 120, 240: the 2nd
    QCOMPARE(all.resolution.p90Ms, 240 * 60000LL); // rank ⌈2.7⌉ = 3
    // 60 min is one hour, so in 1–4 h (buckets are [lower, upper)).
    QCOMPARE(all.resolution.buckets, (std::array<int, 5> { 0, 2, 1, 0, 0 }));
}

void TestReports::percentilesEvenCount()
{
    // Ten first responses of 1 … 10 hours, and four of 10, 30, 90, 300 minutes by another agent.
    const qint64 other = m_f->agent(QStringLiteral("Ben"));
    for (int h = 1; h <= 10; ++h)
        m_f->times(m_f->conversation(m_inbox, m_agent), m_f->at(QStringLiteral("2026-03-05T09:00")),
                   h * 60.0);
    for (double m : { 90.0, 10.0, 300.0, 30.0 })
        m_f->times(m_f->conversation(m_inbox, other), m_f->at(QStringLiteral("2026-03-06T09:00")),
                   m);

    const Report r = run(query(Kind::ResponseTimes, Grouping::Agent));
    QCOMPARE(r.rows.size(), 2);
    const Row &ana = r.rows.at(0);
    const Row &ben = r.rows.at(1);
    QCOMPARE(ana.label, QStringLiteral("Ana"));
    QCOMPARE(ana.firstResponse.medianMs, 5.5 * 3600000); // (5 h + 6 h) / 2
    QCOMPARE(ana.firstResponse.p90Ms, 9 * 3600000LL); // rank ⌈0.9 × 10⌉ = 9
    QCOMPARE(ben.firstResponse.medianMs, 60 * 60000.0); // (30 + 90) / 2 minutes
    QCOMPARE(ben.firstResponse.p90Ms, 300 * 60000LL); // rank ⌈3.6⌉ = 4
    // All 14: sorted 10 m, 30 m, 1 h, 1.5 h, 2 h … ; the 7th and 8th are 4 h and 5 h.
    QCOMPARE(r.total.firstResponse.count, 14);
    QCOMPARE(r.total.firstResponse.medianMs, 4.5 * 3600000);
    QCOMPARE(r.total.firstResponse.p90Ms, 9 * 3600000LL); // rank ⌈12.6⌉ = 13: 9 h (10 h is 14th)
}

void TestReports::emptyPeriodsAreListed()
{
    const qint64 c = m_f->conversation(m_inbox, m_agent);
    m_f->response(c, QStringLiteral("csat"), m_f->at(QStringLiteral("2026-03-02T12:00")), 5);
    m_f->response(c, QStringLiteral("csat"), m_f->at(QStringLiteral("2026-03-04T12:00")), 2);
    Query q = query(Kind::Csat, Grouping::Day);
    q.from = QDate(2026, 3, 2);
    q.to = QDate(2026, 3, 5);
    const Report r = run(q);
    QCOMPARE(r.rows.size(), 4); // 2, 3, 4 and 5 March
    QCOMPARE(r.rows.at(0).label, QStringLiteral("2026-03-02"));
    QCOMPARE(r.rows.at(0).scored, 1);
    QCOMPARE(r.rows.at(1).label, QStringLiteral("2026-03-03"));
    QVERIFY(!r.rows.at(1).hasData());
    QCOMPARE(r.rows.at(2).csatPercent(), 0.0); // a 2 is not satisfied
    QVERIFY(!r.rows.at(3).hasData());

    // A period with nothing at all: every row is empty, the total too.
    q.from = QDate(2025, 1, 1);
    q.to = QDate(2025, 1, 3);
    const Report none = run(q);
    QCOMPARE(none.rows.size(), 3);
    QVERIFY(!none.total.hasData());
}

void TestReports::daysAcrossDaylightSavingChanges()
{
    const qint64 c = m_f->conversation(m_inbox, m_agent);
    // Local times around the change of 29 March 2026 (02:00 CET → 03:00 CEST).
    for (const char *local : { "2026-03-28T23:30", "2026-03-29T00:30", "2026-03-29T23:30",
                               "2026-03-30T00:30", "2026-03-29T03:30" })
        m_f->response(c, QStringLiteral("csat"), m_f->at(QString::fromLatin1(local)), 5);
    // …and of 25 October (03:00 CEST → 02:00 CET): 23:30 local is 22:30 UTC that day.
    for (const char *local : { "2026-10-25T00:30", "2026-10-25T23:30", "2026-10-26T00:10" })
        m_f->response(c, QStringLiteral("csat"), m_f->at(QString::fromLatin1(local)), 4);

    Query q = query(Kind::Csat, Grouping::Day);
    q.from = QDate(2026, 3, 28);
    q.to = QDate(2026, 3, 30);
    Report r = run(q);
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows.at(0).sent, 1); // 28th: 23:30
    QCOMPARE(r.rows.at(1).sent, 3); // 29th: 00:30, 03:30, 23:30 (a UTC day would split these)
    QCOMPARE(r.rows.at(2).sent, 1); // 30th: 00:30
    QCOMPARE(r.rows.at(1).periodEndMs - r.rows.at(1).periodStartMs, 23 * 3600000LL);

    q.from = QDate(2026, 10, 24);
    q.to = QDate(2026, 10, 26);
    r = run(q);
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows.at(0).sent, 0);
    QCOMPARE(r.rows.at(1).sent, 2); // 25th: 00:30 and 23:30
    QCOMPARE(r.rows.at(2).sent, 1);
    QCOMPARE(r.rows.at(1).periodEndMs - r.rows.at(1).periodStartMs, 25 * 3600000LL);
}

void TestReports::weeksAndMonths()
{
    const qint64 c = m_f->conversation(m_inbox, m_agent);
    // Sunday 1 March ends the week of Monday 23 February; Monday 2 March starts the next.
    m_f->response(c, QStringLiteral("csat"), m_f->at(QStringLiteral("2026-03-01T23:59")), 5);
    m_f->response(c, QStringLiteral("csat"), m_f->at(QStringLiteral("2026-03-02T00:01")), 5);
    m_f->response(c, QStringLiteral("csat"), m_f->at(QStringLiteral("2026-03-31T23:00")), 5);
    m_f->response(c, QStringLiteral("csat"), m_f->at(QStringLiteral("2026-04-01T00:30")), 1);

    Query q = query(Kind::Csat, Grouping::Week);
    Report r = run(q); // 1–31 March: weeks of 23 Feb, 2, 9, 16, 23 and 30 March
    QCOMPARE(r.rows.size(), 6);
    QCOMPARE(r.rows.at(0).label, QStringLiteral("2026-02-23"));
    QCOMPARE(r.rows.at(0).sent, 1);
    QCOMPARE(r.rows.at(1).label, QStringLiteral("2026-03-02"));
    QCOMPARE(r.rows.at(1).sent, 1);
    QCOMPARE(r.rows.at(5).sent, 1); // 31 March; 1 April is outside the range

    q.grouping = Grouping::Month;
    q.from = QDate(2026, 2, 1);
    q.to = QDate(2026, 4, 30);
    r = run(q);
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows.at(0).sent, 0);
    QCOMPARE(r.rows.at(1).label, QStringLiteral("2026-03"));
    QCOMPARE(r.rows.at(1).sent, 3);
    QCOMPARE(r.rows.at(2).sent, 1); // 00:30 on 1 April local is still 31 March in UTC
    QCOMPARE(r.rows.at(2).scored, 1);
}

void TestReports::groupsSortAsPeopleReadThem()
{
    // Numbered agents in the order a lead counts them, not character by character.
    const qint64 t = m_f->at(QStringLiteral("2026-03-10T10:00"));
    for (const QString &name :
         { QStringLiteral("Agent 10"), QStringLiteral("agent 2"), QStringLiteral("Agent 1") }) {
        const qint64 conversation = m_f->conversation(m_inbox, m_f->agent(name));
        m_f->response(conversation, QStringLiteral("csat"), t, 4);
    }
    const Report r = run(query(Kind::Csat, Grouping::Agent));
    QStringList labels;
    for (const Row &row : r.rows)
        labels << row.label;
    QCOMPARE(labels,
             (QStringList { QStringLiteral("Agent 1"), QStringLiteral("agent 2"),
                            QStringLiteral("Agent 10") }));
}

void TestReports::byAgentNumberAndTagWithFilters()
{
    const qint64 ben = m_f->agent(QStringLiteral("Ben"));
    const qint64 second = m_f->number(QStringLiteral("+15550000002"), QStringLiteral("Sales"));
    const qint64 vip = m_f->tag(QStringLiteral("vip"));
    const qint64 late = m_f->tag(QStringLiteral("late"));
    const qint64 t = m_f->at(QStringLiteral("2026-03-10T10:00"));
    const qint64 a = m_f->conversation(m_inbox, m_agent);
    const qint64 b = m_f->conversation(second, ben);
    const qint64 u = m_f->conversation(m_inbox, 0);
    m_f->response(a, QStringLiteral("csat"), t, 5, false, {}, { vip });
    m_f->response(a, QStringLiteral("csat"), t, 2, false, {}, { vip, late });
    m_f->response(b, QStringLiteral("csat"), t, 4, false, {}, { late });
    m_f->response(u, QStringLiteral("csat"), t, 3);

    Report r = run(query(Kind::Csat, Grouping::Agent));
    QCOMPARE(r.rows.size(), 3); // Ana, Ben, no agent (sorted by name)
    QCOMPARE(r.rows.at(0).label, QStringLiteral("Ana"));
    QCOMPARE(r.rows.at(0).csatPercent(), 50.0); // 5 and 2
    QCOMPARE(r.rows.at(1).label, QStringLiteral("Ben"));
    QCOMPARE(r.rows.at(1).csatPercent(), 100.0);
    QCOMPARE(r.rows.at(2).key, 0);
    QCOMPARE(r.total.scored, 4);

    r = run(query(Kind::Csat, Grouping::Number));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).label, QStringLiteral("+15550000001"));
    QCOMPARE(r.rows.at(0).scored, 3);
    QCOMPARE(r.rows.at(1).label, QStringLiteral("Sales (+15550000002)"));

    // By tag: an answer counts under each of its tags; an untagged one under none.
    r = run(query(Kind::Csat, Grouping::Tag));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).label, QStringLiteral("late"));
    QCOMPARE(r.rows.at(0).average(), 3.0); // (2 + 4) / 2
    QCOMPARE(r.rows.at(1).label, QStringLiteral("vip"));
    QCOMPARE(r.rows.at(1).average(), 3.5); // (5 + 2) / 2
    // The total of the same pass: every answer once, the untagged one too (5, 2, 4, 3).
    QCOMPARE(r.total.scored, 4);
    QCOMPARE(r.total.scoreSum, 14);

    // Filters on the other dimensions.
    Query q = query(Kind::Csat, Grouping::Agent);
    q.tagId = late;
    r = run(q);
    QCOMPARE(r.rows.size(), 2); // Ana's 2 and Ben's 4
    QCOMPARE(r.total.average(), 3.0);
    q = query(Kind::Csat, Grouping::Tag);
    q.agentId = m_agent;
    q.inboxId = m_inbox;
    r = run(q);
    QCOMPARE(r.rows.at(0).scored, 1); // late: Ana's 2
    QCOMPARE(r.rows.at(1).scored, 2); // vip: Ana's 5 and 2
    QCOMPARE(r.total.scored, 2); // each answer once in the total
}

void TestReports::messagesAndConversationsHandled()
{
    const qint64 ben = m_f->agent(QStringLiteral("Ben"));
    const qint64 a = m_f->conversation(m_inbox, m_agent);
    const qint64 b = m_f->conversation(m_inbox, ben);
    m_f->sent(a, m_agent, m_f->at(QStringLiteral("2026-03-03T10:00")));
    m_f->sent(a, m_agent, m_f->at(QStringLiteral("2026-03-03T10:05")));
    m_f->sent(b, m_agent, m_f->at(QStringLiteral("2026-03-04T10:00"))); // Ana helps in Ben's
    m_f->sent(b, ben, m_f->at(QStringLiteral("2026-03-04T11:00")));
    m_f->sent(b, ben, m_f->at(QStringLiteral("2026-04-04T11:00"))); // outside

    Report r = run(query(Kind::ResponseTimes, Grouping::Agent));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).messages, 3);
    QCOMPARE(r.rows.at(0).conversations, 2);
    QCOMPARE(r.rows.at(1).messages, 1);
    QCOMPARE(r.rows.at(1).conversations, 1);
    QCOMPARE(r.total.messages, 4);
    QCOMPARE(r.total.conversations, 2);

    r = run(query(Kind::ResponseTimes, Grouping::Day));
    QCOMPARE(r.rows.size(), 31);
    QCOMPARE(r.rows.at(2).messages, 2); // 3 March
    QCOMPARE(r.rows.at(3).messages, 2);
}

void TestReports::responseTimesByTag()
{
    const qint64 vip = m_f->tag(QStringLiteral("vip"));
    const qint64 late = m_f->tag(QStringLiteral("late"));
    const qint64 a = m_f->conversation(m_inbox, m_agent, { vip, late });
    const qint64 b = m_f->conversation(m_inbox, m_agent, { late });
    const qint64 u = m_f->conversation(m_inbox, m_agent); // no tag
    m_f->times(a, m_f->at(QStringLiteral("2026-03-03T10:00")), 30);
    m_f->times(b, m_f->at(QStringLiteral("2026-03-04T10:00")), 90);
    m_f->times(u, m_f->at(QStringLiteral("2026-03-05T10:00")), 300);

    Report r = run(query(Kind::ResponseTimes, Grouping::Tag));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).label, QStringLiteral("late"));
    QCOMPARE(r.rows.at(0).firstResponse.count, 2);
    QCOMPARE(r.rows.at(0).firstResponse.medianMs, 60.0 * 60000); // (30 + 90) / 2 min
    QCOMPARE(r.rows.at(0).firstResponse.p90Ms, 90 * 60000LL); // rank ⌈1.8⌉ = 2
    QCOMPARE(r.rows.at(1).label, QStringLiteral("vip"));
    QCOMPARE(r.rows.at(1).firstResponse.count, 1);
    QCOMPARE(r.rows.at(1).firstResponse.medianMs, 30.0 * 60000);
    // The total: each conversation once, the untagged one too: 30, 90, 300 min.
    QCOMPARE(r.total.firstResponse.count, 3);
    QCOMPARE(r.total.firstResponse.medianMs, 90.0 * 60000);
    QCOMPARE(r.total.firstResponse.buckets[Durations::UnderOneHour], 1);
    QCOMPARE(r.total.firstResponse.buckets[Durations::OneToFourHours], 1);
    QCOMPARE(r.total.firstResponse.buckets[Durations::FourToEightHours], 1);

    // Filtered to one tag: its row only, and a total of its conversations.
    Query q = query(Kind::ResponseTimes, Grouping::Tag);
    q.tagId = vip;
    r = run(q);
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows.at(0).label, QStringLiteral("vip"));
    QCOMPARE(r.total.firstResponse.count, 1);
}

void TestReports::drillDownListsTheConversationsBehindARow()
{
    const qint64 ben = m_f->agent(QStringLiteral("Ben"));
    const qint64 a = m_f->conversation(m_inbox, m_agent);
    const qint64 b = m_f->conversation(m_inbox, ben);
    m_f->response(a, QStringLiteral("csat"), m_f->at(QStringLiteral("2026-03-10T10:00")), 2, false,
                  QStringLiteral("too slow"));
    m_f->response(b, QStringLiteral("csat"), m_f->at(QStringLiteral("2026-03-11T10:00")), 5, true,
                  QStringLiteral("great"));
    auto items = Reports::items(*m_db, query(Kind::Csat, Grouping::Agent), ben);
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().conversationId, b);
    QVERIFY(items->first().inferred);
    QCOMPARE(items->first().comment, QStringLiteral("great"));

    // A day of the time grouping: its period's index.
    Query q = query(Kind::Csat, Grouping::Day);
    const Report r = run(q);
    items = Reports::items(*m_db, q, r.rows.at(9).key); // 10 March
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().conversationId, a);
    QCOMPARE(items->first().comment, QStringLiteral("too slow"));

    m_f->times(a, m_f->at(QStringLiteral("2026-03-12T09:00")), 30, 90);
    q = query(Kind::ResponseTimes, Grouping::Agent);
    items = Reports::items(*m_db, q, m_agent);
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().conversationId, a);
}

void TestReports::customerReopeningTakesAConversationOutOfResolutions()
{
    // Through the writers the sync and the agent use, not fixture SQL.
    const qint64 c = test::conversation(*m_db, QStringLiteral("+14155550123"));
    QVERIFY(c);
    MessageStore store(*m_db);
    const auto write = [&](const char *sid, Direction direction, const char *local) {
        MessageRecord m = test::message(c, QString::fromLatin1(sid), QStringLiteral("text"),
                                        direction, m_f->at(QString::fromLatin1(local)));
        return bool(store.upsert(m));
    };
    QVERIFY(write("SM1", Direction::Inbound, "2026-03-10T09:00"));
    QVERIFY(write("SM2", Direction::Outbound, "2026-03-10T09:20"));
    QVERIFY(ConversationActions::setStatus(*m_db, c, QStringLiteral("resolved"), 0,
                                           m_f->at(QStringLiteral("2026-03-10T11:00"))));
    Row all = run(query(Kind::ResponseTimes)).total;
    QCOMPARE(all.firstResponse.count, 1);
    QCOMPARE(all.firstResponse.medianMs, 20 * 60000.0);
    QCOMPARE(all.resolution.count, 1);
    QCOMPARE(all.resolution.medianMs, 2 * 3600000.0); // 09:00 → 11:00

    // The customer writes again: the conversation is open, so it is not a resolution (as when
    // an agent reopens it) until it is resolved again.
    QVERIFY(write("SM3", Direction::Inbound, "2026-03-11T08:00"));
    all = run(query(Kind::ResponseTimes)).total;
    QCOMPARE(all.resolution.count, 0);
    QVERIFY(ConversationActions::setStatus(*m_db, c, QStringLiteral("resolved"), 0,
                                           m_f->at(QStringLiteral("2026-03-11T09:00"))));
    all = run(query(Kind::ResponseTimes)).total;
    QCOMPARE(all.resolution.count, 1);
    QCOMPARE(all.resolution.medianMs, 24 * 3600000.0); // from the first message, 10th 09:00
}

QTEST_GUILESS_MAIN(TestReports)
#include "TestReports.moc"
