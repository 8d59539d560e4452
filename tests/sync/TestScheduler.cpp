// The engine's durable timers on a fake clock: due ones fire (once, in order), late ones fire at
// start, a kill in the middle of a timer's work neither loses nor repeats it, and a snooze ends
// on time while the provider cannot be reached.
#include "TestWorkspace.h"
#include "engine/Scheduler.h"
#include "engine/Snooze.h"
#include "engine/SyncEngine.h"
#include "engine/Timers.h"
#include "storage/ConversationActions.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <cstdio>

using namespace textdesk;
using textdesk::FakeClock;
using textdesk::engine::Scheduler;

namespace {

const QString kKind = QStringLiteral("test.log");

// A handler whose work is a row in fired_log, in the timer's transaction.
Scheduler::Handler logHandler()
{
    return [](Database &db, const TimerRecord &timer, qint64 nowMs) -> Status {
        auto query = db.prepare(
            QStringLiteral("INSERT INTO fired_log (timer_key, fired_at) VALUES (?, ?)"));
        if (!query)
            return query.error();
        sql::bind(**query, { timer.key, nowMs });
        return db.exec(**query);
    };
}

Status createLog(Database &db)
{
    return db.execOnce(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS fired_log (timer_key TEXT NOT NULL, fired_at INTEGER)"));
}

TimerRecord timer(const QString &key, qint64 dueAt)
{
    return { 0, kKind, 0, dueAt, {}, key };
}

// The child of onceAcrossKill: fires the due timers of the cache at argv[2]; the work of the
// timer named by argv[3] hangs (after its row is written, before the commit) until killed.
int childMain(int argc, char **argv)
{
    auto db = Database::open(QString::fromLocal8Bit(argv[2]), Database::Role::Writer);
    if (!db)
        return 3;
    const QString hangOn = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    FakeClock clock(10'000);
    Scheduler scheduler(**db, clock);
    const Scheduler::Handler log = logHandler();
    scheduler.registerHandler(kKind, [&](Database &d, const TimerRecord &t, qint64 now) {
        Status s = log(d, t, now);
        if (t.key == hangOn) {
            std::puts("hanging");
            std::fflush(stdout);
            for (;;)
                std::getchar(); // until SIGKILL; stdin stays open
        }
        return s;
    });
    auto fired = scheduler.fireDue();
    return fired ? 0 : 4;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void dueWithFakeClock();
    void lateAtStart();
    void failedWorkIsTriedAgain();
    void onceAcrossKill();
    void snoozeWakesWhileProviderUnreachable();
    void snoozesFromBeforeTheSchedulerWake();
};

void TestScheduler::dueWithFakeClock()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(createLog(*db));
    FakeClock clock(1'000'000);
    Scheduler scheduler(*db, clock);
    scheduler.registerHandler(kKind, logHandler());
    QSignalSpy fired(&scheduler, &Scheduler::fired);
    scheduler.start();
    QVERIFY(scheduler.schedule(timer(QStringLiteral("b"), 1'002'000)));
    QVERIFY(scheduler.schedule(timer(QStringLiteral("a"), 1'001'000)));
    // Set again with the same key: moved, not doubled.
    QVERIFY(scheduler.schedule(timer(QStringLiteral("c"), 1'000'500)));
    QVERIFY(scheduler.schedule(timer(QStringLiteral("c"), 1'003'000)));

    clock.advance(999);
    QCOMPARE(fired.size(), 0);
    clock.advance(1);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT timer_key, fired_at FROM fired_log")),
             QStringList { QStringLiteral("a|1001000") });
    clock.advance(5'000); // b and c come due in one jump: fired in due order
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT timer_key FROM fired_log ORDER BY rowid")),
             (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    clock.advance(100'000); // nothing fires twice
    QCOMPARE(fired.size(), 3);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM timers WHERE fired_at IS NULL")),
             QStringList { QStringLiteral("0") });
}

void TestScheduler::lateAtStart()
{
    test::TestCache cache;
    {
        auto db = cache.open();
        QVERIFY(createLog(*db));
        // Stored by an earlier run that ended before they were due.
        QVERIFY(TimerStore::put(*db, timer(QStringLiteral("late1"), 5'000), 1'000));
        QVERIFY(TimerStore::put(*db, timer(QStringLiteral("late2"), 6'000), 1'000));
        QVERIFY(TimerStore::put(*db, timer(QStringLiteral("future"), 90'000), 1'000));
    }
    auto db = cache.open();
    FakeClock clock(50'000);
    Scheduler scheduler(*db, clock);
    scheduler.registerHandler(kKind, logHandler());
    scheduler.start(); // no advance: late ones fire at start
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT timer_key, fired_at FROM fired_log ORDER BY "
                                       "rowid")),
             (QStringList { QStringLiteral("late1|50000"), QStringLiteral("late2|50000") }));
    clock.advance(40'000);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM fired_log")),
             QStringList { QStringLiteral("3") });
}

void TestScheduler::failedWorkIsTriedAgain()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(createLog(*db));
    FakeClock clock(0);
    Scheduler scheduler(*db, clock);
    int calls = 0;
    const Scheduler::Handler log = logHandler();
    scheduler.registerHandler(kKind, [&](Database &d, const TimerRecord &t, qint64 now) -> Status {
        // Its row is written, then the work fails: both are undone.
        Status s = log(d, t, now);
        if (++calls == 1)
            return StorageError(StorageError::Kind::Io, d.path(), QStringLiteral("test"));
        return s;
    });
    QSignalSpy failed(&scheduler, &Scheduler::failed);
    scheduler.start();
    QVERIFY(scheduler.schedule(timer(QStringLiteral("x"), 100)));
    clock.advance(100);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM fired_log")),
             QStringList { QStringLiteral("0") });
    clock.advance(Scheduler::kRetryMs);
    QCOMPARE(calls, 2);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM fired_log")),
             QStringList { QStringLiteral("1") });
}

void TestScheduler::onceAcrossKill()
{
    test::TestCache cache;
    {
        auto db = cache.open();
        QVERIFY(createLog(*db));
        for (int i = 1; i <= 5; ++i)
            QVERIFY(TimerStore::put(*db, timer(QStringLiteral("t%1").arg(i), i * 100), 0));
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--child"), cache.path(), QStringLiteral("t3") });
    QVERIFY(child.waitForStarted());
    // t1 and t2 have committed; t3's row is written but not committed when it is killed.
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("hanging"), 20'000);
    child.kill();
    QVERIFY(child.waitForFinished());
    {
        auto db = cache.open();
        QCOMPARE(test::rows(*db, QStringLiteral("SELECT timer_key FROM fired_log ORDER BY rowid")),
                 (QStringList { QStringLiteral("t1"), QStringLiteral("t2") }));
    }
    // Restarted: the rest fire, t3 included, and nothing fires a second time.
    QProcess again;
    again.start(QCoreApplication::applicationFilePath(),
                { QStringLiteral("--child"), cache.path() });
    QVERIFY(again.waitForFinished(20'000));
    QCOMPARE(again.exitCode(), 0);
    auto db = cache.open();
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT timer_key, count(*) FROM fired_log GROUP BY "
                                       "timer_key ORDER BY timer_key")),
             (QStringList { QStringLiteral("t1|1"), QStringLiteral("t2|1"), QStringLiteral("t3|1"),
                            QStringLiteral("t4|1"), QStringLiteral("t5|1") }));
}

void TestScheduler::snoozeWakesWhileProviderUnreachable()
{
    test::TestCache cache;
    qint64 conversation = 0;
    FakeClock clock(1'700'000'000'000);
    {
        auto db = cache.open();
        conversation = test::conversation(*db, QStringLiteral("+14155550123"));
        QVERIFY(conversation);
        QVERIFY(engine::Snooze::setStatus(*db, conversation, QStringLiteral("snoozed"),
                                          clock.nowMs() + 3'600'000, clock.nowMs(), 0));
    }
    engine::EngineSettings settings;
    settings.cachePath = cache.path();
    // A closed port: every pull fails, as with no network.
    settings.account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    settings.account.credentials.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    settings.account.credentials.secret = "unused";
    settings.account.retry.maxAttempts = 1;
    engine::SyncEngine engine(settings, clock);
    QVERIFY(engine.open());
    QSignalSpy states(&engine, &engine::SyncEngine::stateChanged);
    QSignalSpy fired(&engine, &engine::SyncEngine::timerFired);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.pull()->isRunning(), 20'000);
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.last().at(0).value<engine::SyncEngine::State>(),
             engine::SyncEngine::State::Offline);
    const QString status
        = QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(conversation);
    QCOMPARE(test::rows(engine.database(), status), QStringList { QStringLiteral("snoozed") });
    clock.advance(3'600'000 - 1);
    QCOMPARE(test::rows(engine.database(), status), QStringList { QStringLiteral("snoozed") });
    clock.advance(1);
    QCOMPARE(test::rows(engine.database(), status), QStringList { QStringLiteral("open") });
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().at(1).toLongLong(), conversation);
    engine.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!engine.pull()->isRunning(), 20'000);
}

void TestScheduler::snoozesFromBeforeTheSchedulerWake()
{
    // A cache of version 6 with a snoozed conversation: migration 7 gives it its timer.
    test::TestCache cache;
    {
        auto old = Database::openUnmigratedForTesting(cache.path());
        QVERIFY(old);
        QVERIFY(Migrations::applyUpTo(**old, 0, 6));
        const qint64 id = test::conversation(**old, QStringLiteral("+14155550123"));
        QVERIFY(id);
        QVERIFY((*old)->execOnce(QStringLiteral("UPDATE conversations SET status = 'snoozed', "
                                                "snoozed_until = 5000 WHERE id = %1")
                                     .arg(id)));
    }
    auto db = cache.open();
    FakeClock clock(4'000);
    Scheduler scheduler(*db, clock);
    engine::registerStandardTimers(scheduler);
    scheduler.start();
    const QString status = QStringLiteral("SELECT status FROM conversations");
    QCOMPARE(test::rows(*db, status), QStringList { QStringLiteral("snoozed") });
    clock.advance(1'000);
    QCOMPARE(test::rows(*db, status), QStringList { QStringLiteral("open") });
}

int main(int argc, char **argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return childMain(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestScheduler test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestScheduler.moc"
