// Appointment reminders from a CSV on a real cache and a FakeClock: errors reported by line,
// one message each at its offset before the appointment through the durable timers, quiet
// hours, a STOP before the time, and an import run twice that adds nothing.
#include "TestWorkspace.h"
#include "broadcasts/Reminders.h"
#include "engine/Scheduler.h"
#include "engine/Timers.h"
#include "storage/Consent.h"

#include <QtCore/QDateTime>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace textdesk;
using namespace textdesk::broadcasts;

namespace {

const QString kFrom = QStringLiteral("+15550000001");
const QTimeZone kLa("America/Los_Angeles");
constexpr qint64 kHour = 3600'000;

qint64 la(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), kLa).toMSecsSinceEpoch();
}

Reminders::Request request(const QByteArray &csv)
{
    Reminders::Request r;
    r.csv = csv;
    r.body = QStringLiteral("Hi {{first_name}}, see you at {{time}} for your {{service}}.");
    r.from = kFrom;
    r.offsetMs = 24 * kHour;
    r.region = QStringLiteral("US");
    return r;
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT
private slots:
    void errorsByLine();
    void sentOnceAtTheOffset();
    void quietHoursAndStop();
    void dateFormats();
};

void TestReminders::errorsByLine()
{
    test::TestCache cache;
    auto db = cache.open();
    const qint64 now = la(15, 10);
    const QByteArray csv = "phone,first name,date,time,service\n"
                           "+14155550001,Ana,2026-06-17,14:30,cleaning\n" // 2: fine
                           "12,Bo,2026-06-17,15:00,cleaning\n" // 3: invalid number
                           "+14155550003,Cy,next tuesday,,cleaning\n" // 4: no date
                           "+14155550004,Di,2026-06-01,09:00,cleaning\n" // 5: passed
                           "+14155550005,Ed,2026-06-17,16:00,\n"; // 6: no service
    const Reminders::Plan plan = Reminders::plan(*db, request(csv), now);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QCOMPARE(plan.reminders.size(), 1);
    QCOMPARE(plan.reminders.first().line, 2);
    QCOMPARE(plan.reminders.first().body,
             QStringLiteral("Hi Ana, see you at 14:30 for your cleaning."));
    QCOMPARE(plan.reminders.first().appointmentAt, la(17, 14, 30));
    QCOMPARE(plan.reminders.first().dueAt, la(16, 14, 30));
    QCOMPARE(plan.errors.size(), 4);
    QList<int> lines;
    for (const Reminders::LineError &e : plan.errors) {
        lines << e.line;
        QVERIFY(!e.message.isEmpty());
    }
    QCOMPARE(lines, (QList<int> { 3, 4, 5, 6 }));
    QVERIFY(plan.errors.at(1).message.contains(u"next tuesday"));
    QVERIFY(plan.errors.at(3).message.contains(u"{{service}}"));

    const Reminders::Plan noDate
        = Reminders::plan(*db, request("phone,name\n+14155550001,A\n"), now);
    QVERIFY(!noDate.ok());
}

void TestReminders::sentOnceAtTheOffset()
{
    test::TestCache cache;
    auto db = cache.open();
    FakeClock clock(la(15, 10));
    const QByteArray csv = "phone,first name,appointment,service\n"
                           "+14155550001,Ana,2026-06-17 14:30,cleaning\n"
                           "+14155550002,Bo,2026-06-18 09:15,check-up\n";
    Reminders::Request twoDays = request(csv);
    twoDays.body = QStringLiteral("Hi {{first_name}}, your {{service}} is tomorrow.");
    const Reminders::Plan plan = Reminders::plan(*db, twoDays, clock.nowMs());
    QCOMPARE(plan.reminders.size(), 2);
    auto added = Reminders::store(*db, plan, clock.nowMs());
    QVERIFY(added);
    QCOMPARE(*added, 2);
    // The same file again: nothing twice.
    added = Reminders::store(*db, Reminders::plan(*db, twoDays, clock.nowMs()), clock.nowMs());
    QVERIFY(added);
    QCOMPARE(*added, 0);

    engine::Scheduler scheduler(*db, clock);
    engine::registerStandardTimers(scheduler);
    scheduler.start();
    clock.setNow(la(16, 14, 29));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM outbox")),
             QStringList { QStringLiteral("0") });
    clock.setNow(la(16, 14, 31));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT to_e164 || ' ' || body FROM outbox")),
             QStringList { QStringLiteral("+14155550001 Hi Ana, your cleaning is tomorrow.") });
    clock.setNow(la(17, 9, 16));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM outbox")),
             QStringList { QStringLiteral("2") });
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT state FROM reminders ORDER BY id")),
             (QStringList { QStringLiteral("sent"), QStringLiteral("sent") }));
}

void TestReminders::quietHoursAndStop()
{
    test::TestCache cache;
    auto db = cache.open();
    FakeClock clock(la(15, 10));
    // Due at 6:00 (quiet): waits until 8:00. The second customer texts STOP before their time.
    const QByteArray csv = "phone,first name,date,time,service\n"
                           "+14155550001,Ana,2026-06-17,06:00,cleaning\n"
                           "+14155550002,Bo,2026-06-17,12:00,cleaning\n";
    QVERIFY(
        Reminders::store(*db, Reminders::plan(*db, request(csv), clock.nowMs()), clock.nowMs()));
    engine::Scheduler scheduler(*db, clock);
    engine::registerStandardTimers(scheduler);
    scheduler.start();
    const qint64 conversation = test::conversation(*db, QStringLiteral("+14155550002"), kFrom, 1);
    QVERIFY(Consent::record(*db, conversation, QStringLiteral("opted_out"), QStringLiteral("STOP"),
                            QStringLiteral("keyword"), 0, clock.nowMs()));
    clock.setNow(la(16, 7, 59));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM outbox")),
             QStringList { QStringLiteral("0") });
    clock.setNow(la(16, 8, 1));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT to_e164 FROM outbox")),
             QStringList { QStringLiteral("+14155550001") });
    clock.setNow(la(16, 12, 1));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM outbox")),
             QStringList { QStringLiteral("1") });
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT state || ' ' || coalesce(reason, '') FROM "
                                       "reminders ORDER BY id")),
             (QStringList { QStringLiteral("sent "), QStringLiteral("skipped opted_out") }));
}

void TestReminders::dateFormats()
{
    const qint64 expected = la(17, 14, 30);
    QCOMPARE(Reminders::parseDateTime(QStringLiteral("2026-06-17 14:30"), kLa), expected);
    QCOMPARE(Reminders::parseDateTime(QStringLiteral("2026-06-17T14:30:00"), kLa), expected);
    QCOMPARE(Reminders::parseDateTime(QStringLiteral("17.06.2026 14:30"), kLa), expected);
    QCOMPARE(Reminders::parseDateTime(QStringLiteral("2026-06-17T21:30:00Z"), kLa), expected);
    QCOMPARE(Reminders::parseDateTime(QStringLiteral("2026-06-17T17:30:00-04:00"), kLa), expected);
    QCOMPARE(Reminders::parseDateTime(QStringLiteral("tomorrow"), kLa), 0);
}

QTEST_GUILESS_MAIN(TestReminders)
#include "TestReminders.moc"
