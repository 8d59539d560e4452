// Broadcasts on a real cache file and the engine's clock (a FakeClock): the plan's previews and
// skips (invalid, duplicate, opted out, missing variable) and quiet-hours holds, from a CSV and
// from a tag; the pacing of the token bucket; pause, resume, cancel; a STOP after the plan; a
// restart that neither skips nor repeats anyone.
#include "TestWorkspace.h"
#include "broadcasts/BroadcastPlan.h"
#include "broadcasts/BroadcastRunner.h"
#include "storage/Consent.h"
#include "storage/ContactProfiles.h"
#include "storage/ContactStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QTimeZone>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::broadcasts;

namespace {

const QString kFrom = QStringLiteral("+15550000001");
const QTimeZone kLa("America/Los_Angeles");

// 15 June 2026 in Los Angeles (415 numbers are filed there).
qint64 laTime(int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 6, 15), QTime(hour, minute, second), kLa).toMSecsSinceEpoch();
}

QString customer(int i)
{
    return QStringLiteral("+1415555%1").arg(i, 4, 10, QLatin1Char('0'));
}

PlanRequest csvRequest(const QByteArray &csv, const QString &body, double rate = 1.0)
{
    PlanRequest r;
    r.name = QStringLiteral("promo");
    r.body = body;
    r.from = kFrom;
    r.rate = rate;
    r.audience.csv = csv;
    r.audience.csvName = QStringLiteral("list.csv");
    r.region = QStringLiteral("US");
    r.ourCompany = QStringLiteral("Acme");
    return r;
}

// A CSV of n customers, each with a name.
QByteArray customers(int n, int first = 0)
{
    QByteArray csv = "phone,first name\n";
    for (int i = first; i < first + n; ++i)
        csv += customer(i).toUtf8() + ",Cust" + QByteArray::number(i) + "\n";
    return csv;
}

struct Fixture
{
    test::TestCache cache;
    std::unique_ptr<Database> db = cache.open();
    FakeClock clock { laTime(10) };

    QStringList rows(const QString &sql) { return test::rows(*db, sql); }
    int count(const QString &sql) { return rows(sql).value(0).toInt(); }

    void optOut(const QString &number)
    {
        const qint64 conversation = test::conversation(*db, number, kFrom, clock.nowMs());
        QVERIFY(conversation > 0);
        QVERIFY(Consent::record(*db, conversation, QStringLiteral("opted_out"),
                                QStringLiteral("STOP"), QStringLiteral("keyword"), 0,
                                clock.nowMs() - 1000));
    }
    qint64 create(const PlanRequest &request)
    {
        const Plan plan = Planner::plan(*db, request, clock.nowMs());
        if (!plan.ok())
            qWarning("%s", qPrintable(plan.error));
        auto id = Planner::create(*db, request, plan, clock.nowMs());
        if (!id)
            qWarning("%s", qPrintable(id.error().message()));
        return id ? *id : 0;
    }
    // Moves the fake clock in steps, so the runner's timers fire as they come due.
    void run(qint64 ms, qint64 step = 100)
    {
        for (qint64 done = 0; done < ms; done += step)
            clock.advance(step);
    }
};

} // namespace

class TestBroadcasts : public QObject
{
    Q_OBJECT
private slots:
    void planFromCsvPreviewsAndSkips();
    void planFromTag();
    void unreadableAudienceIsRefused();
    void quietHoursHoldNotSkip();
    void pacingHoldsTheRate();
    void pauseResumeCancel();
    void stopAfterThePlanSkips();
    void quietHoursCloseWhileSending();
    void restartNeitherSkipsNorRepeats();
};

void TestBroadcasts::planFromCsvPreviewsAndSkips()
{
    Fixture f;
    f.optOut(customer(3));
    const QByteArray csv = "Phone,First Name,Order ID\n"
                           "(415) 555-0001,Ana,A-1\n" // line 2: fine
                           "12,Bo,B-2\n" // 3: invalid
                           "+14155550001,Ana again,A-3\n" // 4: duplicate of line 2
                           "+14155550003,Cy,C-4\n" // 5: opted out
                           "+14155550005,Di,\n"; // 6: no order id
    const Plan plan = Planner::plan(
        *f.db,
        csvRequest(csv, QStringLiteral("Hi {{first_name}}, order {{order_id}} from {{company}}")),
        f.clock.nowMs());
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.recipients.size(), 5);
    QCOMPARE(plan.eligible, 1);
    QCOMPARE(plan.held, 0);
    const PlannedRecipient &ok = plan.recipients.at(0);
    QCOMPARE(ok.line, 2);
    QCOMPARE(ok.number, customer(1));
    QVERIFY(!ok.skipped);
    QCOMPARE(ok.text, QStringLiteral("Hi Ana, order A-1 from Acme"));
    const QStringList expected = { Reason::invalidNumber(), Reason::duplicate(), Reason::optedOut(),
                                   Reason::missingVariable() };
    for (int i = 0; i < expected.size(); ++i) {
        const PlannedRecipient &p = plan.recipients.at(i + 1);
        QVERIFY(p.skipped);
        QCOMPARE(p.line, i + 3);
        QCOMPARE(p.reason, expected.at(i));
        QVERIFY2(!p.detail.isEmpty(), qPrintable(p.reason));
        QCOMPARE(plan.skipped.value(expected.at(i)), 1);
    }
    QVERIFY(plan.recipients.at(4).detail.contains(QStringLiteral("{{order_id}}")));

    // Stored: the skipped ones stay, with their reasons, for the report.
    auto id = Planner::create(*f.db, csvRequest(csv, QStringLiteral("Hi {{first_name|there}}")),
                              plan, f.clock.nowMs());
    QVERIFY(id);
    auto counts = BroadcastStore::counts(*f.db, *id);
    QVERIFY(counts);
    QCOMPARE(counts->total, 5);
    QCOMPARE(counts->waiting, 1);
    QCOMPARE(counts->skipped, 4);
}

void TestBroadcasts::planFromTag()
{
    Fixture f;
    for (int i = 0; i < 3; ++i) {
        ContactStore contacts(*f.db);
        auto id = contacts.ensureContact(customer(i), f.clock.nowMs());
        QVERIFY(id);
        auto profile = ContactProfiles::load(*f.db, *id);
        QVERIFY(profile);
        profile->givenName = QStringLiteral("Name%1").arg(i);
        profile->tags = { i < 2 ? QStringLiteral("VIP") : QStringLiteral("other") };
        QVERIFY(ContactProfiles::save(*f.db, *profile, f.clock.nowMs()));
    }
    PlanRequest request = csvRequest({}, QStringLiteral("Hello {{first_name}}"));
    request.audience.tag = QStringLiteral("vip"); // any case
    const Plan plan = Planner::plan(*f.db, request, f.clock.nowMs());
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.eligible, 2);
    QCOMPARE(plan.recipients.at(0).text, QStringLiteral("Hello Name0"));
    QCOMPARE(plan.recipients.at(1).text, QStringLiteral("Hello Name1"));

    request.audience.tag = QStringLiteral("nobody");
    QVERIFY(Planner::plan(*f.db, request, f.clock.nowMs()).error.contains(u"nobody"));
}

void TestBroadcasts::unreadableAudienceIsRefused()
{
    Fixture f;
    const Plan noNumber = Planner::plan(
        *f.db, csvRequest("name,city\nAna,Rome\n", QStringLiteral("Hi")), f.clock.nowMs());
    QVERIFY(!noNumber.ok());
    QVERIFY(noNumber.error.contains(u"phone"));
    const Plan broken
        = Planner::plan(*f.db, csvRequest("phone,name\n+14155550001,\"Ana\n", QStringLiteral("Hi")),
                        f.clock.nowMs());
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error.contains(u'2'), qPrintable(broken.error)); // names the line
    // Nobody to send to: nothing is stored.
    const PlanRequest allBad = csvRequest("phone\n12\n", QStringLiteral("Hi"));
    const Plan plan = Planner::plan(*f.db, allBad, f.clock.nowMs());
    QVERIFY(plan.ok());
    QVERIFY(!Planner::create(*f.db, allBad, plan, f.clock.nowMs()));
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM broadcasts")), 0);
}

void TestBroadcasts::quietHoursHoldNotSkip()
{
    Fixture f;
    f.clock.setNow(laTime(22)); // 10 p.m. in Los Angeles
    QByteArray csv = customers(2);
    csv += "+14155550009,Tokyo\n";
    PlanRequest request = csvRequest(csv, QStringLiteral("Hi {{first_name}}"));
    const Plan plan = Planner::plan(*f.db, request, f.clock.nowMs());
    QCOMPARE(plan.eligible, 3);
    QCOMPARE(plan.held, 3);
    const qint64 nextMorning = QDateTime(QDate(2026, 6, 16), QTime(8, 0), kLa).toMSecsSinceEpoch();
    for (const PlannedRecipient &p : plan.recipients) {
        QVERIFY(!p.skipped);
        QCOMPARE(p.reason, Reason::quietHours());
        QCOMPARE(p.notBefore, nextMorning);
    }
    // A time zone column overrides the number's: 2 p.m. in Tokyo is inside the window.
    QByteArray zoned = "phone,first name,time zone\n+14155550001,Ana,Asia/Tokyo\n";
    const Plan tokyo
        = Planner::plan(*f.db, csvRequest(zoned, QStringLiteral("Hi")), f.clock.nowMs());
    QCOMPARE(tokyo.held, 0);

    // Sending: nothing goes before 8:00, then all of them.
    const qint64 id = f.create(request);
    QVERIFY(id);
    BroadcastRunner runner(*f.db, f.clock, QStringLiteral("US"));
    runner.start();
    f.clock.setNow(nextMorning - 1000);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    f.run(5000);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM outbox")), 3);
}

void TestBroadcasts::pacingHoldsTheRate()
{
    // Two minutes here; ten minutes of simulated time (within 2 %) is bench_broadcast's.
    for (const double rate : { 1.0, 5.0 }) {
        Fixture f;
        const qint64 id = f.create(
            csvRequest(customers(int(200 * rate)), QStringLiteral("Hi {{first_name}}"), rate));
        QVERIFY(id);
        BroadcastRunner runner(*f.db, f.clock, QStringLiteral("US"));
        QSignalSpy progressed(&runner, &BroadcastRunner::progressed);
        runner.start();
        f.run(120'000, 50);
        // A second's worth at once (the bucket starts full), then the rate.
        const int queued = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
        const int expected = int(rate) + int(120 * rate);
        QVERIFY2(std::abs(queued - expected) <= 1,
                 qPrintable(QStringLiteral("rate %1: %2 in 2 minutes").arg(rate).arg(queued)));
        QVERIFY(!progressed.isEmpty());
        // Never more than the bucket allows in any second.
        const QStringList perSecond = f.rows(QStringLiteral(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM broadcast_recipients WHERE state = "
            "'queued' GROUP BY queued_at / 1000)"));
        QVERIFY2(perSecond.value(0).toInt() <= int(2 * rate), qPrintable(perSecond.value(0)));
    }
}

void TestBroadcasts::pauseResumeCancel()
{
    Fixture f;
    const qint64 id = f.create(csvRequest(customers(50), QStringLiteral("Hi {{first_name}}")));
    BroadcastRunner runner(*f.db, f.clock, QStringLiteral("US"));
    QSignalSpy finished(&runner, &BroadcastRunner::finished);
    runner.start();
    f.run(10'000);
    const int before = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(before >= 10 && before <= 11);
    QVERIFY(runner.pause(id));
    QVERIFY(!runner.pause(id)); // refused in words: it is not running
    f.run(10'000);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM outbox")), before);
    QVERIFY(runner.resume(id));
    f.run(5'000);
    const int after = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY(after > before);
    QVERIFY(runner.cancel(id));
    f.run(10'000);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM outbox")), after);
    auto counts = BroadcastStore::counts(*f.db, id);
    QVERIFY(counts);
    QCOMPARE(counts->queued, after);
    QCOMPARE(counts->cancelled, 50 - after);
    QCOMPARE(counts->waiting, 0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(f.rows(QStringLiteral("SELECT state FROM broadcasts")),
             QStringList { QStringLiteral("cancelled") });
}

void TestBroadcasts::stopAfterThePlanSkips()
{
    Fixture f;
    const qint64 id = f.create(csvRequest(customers(3), QStringLiteral("Hi {{first_name}}")));
    f.optOut(customer(1)); // texted STOP after the broadcast was planned
    BroadcastRunner runner(*f.db, f.clock, QStringLiteral("US"));
    runner.start();
    f.run(5'000);
    QCOMPARE(f.rows(QStringLiteral("SELECT number || ' ' || state || ' ' || coalesce(reason, '') "
                                   "FROM broadcast_recipients ORDER BY id")),
             (QStringList { customer(0) + QStringLiteral(" queued "),
                            customer(1) + QStringLiteral(" skipped opted_out"),
                            customer(2) + QStringLiteral(" queued ") }));
    QCOMPARE(f.rows(QStringLiteral("SELECT to_e164 FROM outbox ORDER BY id")),
             (QStringList { customer(0), customer(2) }));
    QCOMPARE(f.rows(QStringLiteral("SELECT state FROM broadcasts")),
             QStringList { QStringLiteral("done") });
    QVERIFY(id);
}

void TestBroadcasts::quietHoursCloseWhileSending()
{
    Fixture f;
    f.clock.setNow(laTime(20, 59, 55)); // five seconds before 9 p.m.
    const qint64 id = f.create(csvRequest(customers(20), QStringLiteral("Hi {{first_name}}")));
    BroadcastRunner runner(*f.db, f.clock, QStringLiteral("US"));
    QSignalSpy held(&runner, &BroadcastRunner::held);
    runner.start();
    f.run(60'000);
    const int tonight = f.count(QStringLiteral("SELECT count(*) FROM outbox"));
    QVERIFY2(tonight >= 5 && tonight <= 6, qPrintable(QString::number(tonight)));
    QVERIFY(!held.isEmpty());
    auto counts = BroadcastStore::counts(*f.db, id);
    QCOMPARE(counts->held, 20 - tonight);
    // The next morning, the rest.
    f.clock.setNow(QDateTime(QDate(2026, 6, 16), QTime(8, 0), kLa).toMSecsSinceEpoch());
    f.run(30'000);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM outbox")), 20);
    QCOMPARE(f.count(QStringLiteral("SELECT count(DISTINCT to_e164) FROM outbox")), 20);
}

void TestBroadcasts::restartNeitherSkipsNorRepeats()
{
    Fixture f;
    const qint64 id = f.create(csvRequest(customers(60), QStringLiteral("Hi {{first_name}}"), 4.0));
    QVERIFY(id);
    for (int round = 0; round < 4; ++round) {
        // A run of a few seconds, then everything goes away (a new connection and runner).
        BroadcastRunner runner(*f.db, f.clock, QStringLiteral("US"));
        runner.start();
        f.run(3'000);
        runner.stop();
        f.db.reset();
        f.db = f.cache.open();
    }
    BroadcastRunner runner(*f.db, f.clock, QStringLiteral("US"));
    runner.start();
    f.run(30'000);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM outbox")), 60);
    QCOMPARE(f.count(QStringLiteral("SELECT count(DISTINCT to_e164) FROM outbox")), 60);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM broadcast_recipients WHERE state = "
                                    "'queued' AND outbox_client_id IN (SELECT client_id FROM "
                                    "outbox)")),
             60);
}

QTEST_GUILESS_MAIN(TestBroadcasts)
#include "TestBroadcasts.moc"
