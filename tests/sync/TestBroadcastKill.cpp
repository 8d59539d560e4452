// A broadcast from the shipped `textdesk broadcast`, against the simulator over real loopback
// HTTP, SIGKILLed ten times midway and resumed each time (`--resume`): afterwards the provider
// received every eligible recipient's message exactly once, nobody who opted out, nobody whose
// quiet hours it is (held for the window, not skipped), and no second in which more went out
// than the pacing allows. (The 10,000-recipient figure is bench_broadcast's.)
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "storage/Consent.h"
#include "templates/TemplateStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using textdesk::test::SimHarness;

namespace {

constexpr int kRecipients = 480;
constexpr int kRate = 20; // messages per second
constexpr int kKills = 10;

QString customer(int i)
{
    return QStringLiteral("+1415555%1").arg(1000 + i, 4, 10, QLatin1Char('0'));
}

struct Run
{
    bool killed = false;
    int exitCode = -1;
    QString out, err;
    QString describe() const
    {
        return QStringLiteral("killed %1, exit %2\nstdout: %3\nstderr: %4")
            .arg(killed)
            .arg(exitCode)
            .arg(out, err);
    }
};

// Starts textdesk and SIGKILLs it after killAfterMs (if >= 0) unless it has exited.
Run runTextdesk(const QStringList &arguments, int killAfterMs = -1)
{
    QProcess process;
    QProcessEnvironment env = test::childEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("TEXTDESK_AUTH_TOKEN"), QLatin1String(SimHarness::kAuthToken));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TEXTDESK_BINARY), arguments);
    process.closeWriteChannel();
    Run run;
    const bool exited = finished.wait(killAfterMs >= 0 ? std::max(1, killAfterMs) : 120'000);
    if (!exited) {
        process.kill(); // SIGKILL
        finished.wait(10'000);
        run.killed = killAfterMs >= 0;
    } else {
        run.exitCode = process.exitCode();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// A zone where it is the middle of the night now (quiet hours), and one where it is the middle
// of the day, for a few hours either way.
QByteArray zoneAtLocalHour(int from, int to)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (!id.contains('/') || id.startsWith("Etc/"))
            continue;
        const int hour = QDateTime::fromMSecsSinceEpoch(now, QTimeZone(id)).time().hour();
        if (hour >= from && hour < to)
            return id;
    }
    return {};
}

} // namespace

class TestBroadcastKill : public QObject
{
    Q_OBJECT
private slots:
    void killedTenTimesSendsEachOnce();
};

void TestBroadcastKill::killedTenTimesSendsEachOnce()
{
    SimHarness sim;
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws"));
    Run configured
        = runTextdesk({ QStringLiteral("configure"), QStringLiteral("--workspace"), ws,
                        QStringLiteral("--account-sid"), QLatin1String(SimHarness::kAccountSid),
                        QStringLiteral("--base-url"), sim.baseUrl().toString() });
    QVERIFY2(configured.exitCode == 0, qPrintable(configured.describe()));

    const QByteArray day = zoneAtLocalHour(11, 17);
    const QByteArray night = zoneAtLocalHour(1, 5);
    QVERIFY(!day.isEmpty() && !night.isEmpty());
    // The template, and customers who opted out (every 20th).
    QSet<QString> optedOut;
    {
        auto db = Database::open(ws + QStringLiteral("/cache.sqlite"), Database::Role::Writer);
        QVERIFY(db);
        QVERIFY(TemplateStore(**db).save({ 0,
                                           QStringLiteral("promo"),
                                           QStringLiteral("Promo"),
                                           QStringLiteral("Hi {{first_name}}, {{offer}}"),
                                           {},
                                           {},
                                           {} }));
        for (int i = 0; i < kRecipients; i += 20) {
            const qint64 c = test::conversation(**db, customer(i), sim.ourNumber());
            QVERIFY(Consent::record(**db, c, QStringLiteral("opted_out"), QStringLiteral("STOP"),
                                    QStringLiteral("keyword"), 0, 1000));
            optedOut.insert(customer(i));
        }
    }
    // The list: every 25th in quiet hours; a few invalid numbers and duplicates.
    QByteArray csv = "phone,first name,offer,time zone\n";
    QSet<QString> eligible, held;
    for (int i = 0; i < kRecipients; ++i) {
        const bool quiet = i % 25 == 7;
        csv += customer(i).toUtf8() + ",C" + QByteArray::number(i) + ",10% off today,"
            + (quiet ? night : day) + "\n";
        if (optedOut.contains(customer(i)))
            continue;
        (quiet ? held : eligible).insert(customer(i));
    }
    csv += "12345,Bad,x," + day + "\n" + customer(1).toUtf8() + ",Dup,x," + day + "\n";
    const QString list = dir.filePath(QStringLiteral("list.csv"));
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }

    const QStringList create = { QStringLiteral("broadcast"),
                                 QStringLiteral("--workspace"),
                                 ws,
                                 QStringLiteral("--template"),
                                 QStringLiteral("promo"),
                                 QStringLiteral("--csv"),
                                 list,
                                 QStringLiteral("--from"),
                                 sim.ourNumber(),
                                 QStringLiteral("--rate"),
                                 QString::number(kRate) };
    const QStringList resume
        = { QStringLiteral("broadcast"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--resume"),  QStringLiteral("--rate"),      QString::number(kRate) };
    const QString cache = ws + QStringLiteral("/cache.sqlite");
    const auto broadcastStored = [&] {
        auto db = Database::open(cache, Database::Role::Reader);
        return db
            && test::rows(**db, QStringLiteral("SELECT count(*) FROM broadcasts"))
            == QStringList { QStringLiteral("1") };
    };

    QRandomGenerator random(20261207);
    QElapsedTimer clock;
    clock.start();
    int kills = 0, runs = 0;
    while (kills < kKills && runs < 40) {
        ++runs;
        const Run run
            = runTextdesk(broadcastStored() ? resume : create, 150 + int(random.bounded(900)));
        if (run.killed) {
            ++kills;
            continue;
        }
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        break; // it finished before the tenth kill
    }
    const Run last = runTextdesk(resume);
    QVERIFY2(last.exitCode == 0, qPrintable(last.describe()));
    QVERIFY2(last.out.contains(u"quiet hours"), qPrintable(last.describe()));
    qInfo("%d kills in %d runs, %lld ms", kills, runs, clock.elapsed());
    QVERIFY(kills >= 5);

    // Exactly once at the provider, and only the eligible.
    QHash<QString, int> received;
    for (const provider::ProviderMessage &m : test::listAll(sim.client())) {
        if (!m.isInbound())
            ++received[m.to];
    }
    for (const QString &number : std::as_const(eligible))
        QVERIFY2(
            received.value(number) == 1,
            qPrintable(QStringLiteral("%1 received %2").arg(number).arg(received.value(number))));
    QCOMPARE(received.size(), eligible.size());

    auto db = Database::open(cache, Database::Role::Reader);
    QVERIFY(db);
    QCOMPARE(
        test::rows(**db,
                   QStringLiteral("SELECT state || ' ' || coalesce(reason, '') || ' ' "
                                  "|| count(*) FROM broadcast_recipients GROUP BY state, reason "
                                  "ORDER BY 1")),
        (QStringList { QStringLiteral("queued  %1").arg(eligible.size()),
                       QStringLiteral("skipped duplicate 1"),
                       QStringLiteral("skipped invalid_number 1"),
                       QStringLiteral("skipped opted_out %1").arg(optedOut.size()),
                       QStringLiteral("waiting quiet_hours %1").arg(held.size()) }));
    // The pacing, across kills and restarts: a new process starts with a full bucket (one
    // second's worth), so no second holds more than two seconds' worth.
    const QStringList busiest = test::rows(
        **db,
        QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM broadcast_recipients "
                       "WHERE state = 'queued' GROUP BY queued_at / 1000)"));
    QVERIFY2(busiest.value(0).toInt() <= 2 * kRate, qPrintable(busiest.value(0)));
}

QTEST_GUILESS_MAIN(TestBroadcastKill)
#include "TestBroadcastKill.moc"
