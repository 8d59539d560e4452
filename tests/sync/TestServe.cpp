// `textdesk serve` end to end: the shipped binary as a daemon against the simulator over real
// loopback HTTP. A message injected at the provider arrives in the cache, a reply queued with
// `textdesk send` goes out once, SIGTERM in the middle of a pass stops it cleanly and a restart
// converges with nothing lost or doubled, and a snooze ends under it. Also `sync --history-days`
// and `status --json`'s history_from, and `sync --once`'s progress lines in a log.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "TextdeskRun.h"
#include "engine/Snooze.h"
#include "storage/SqlHelpers.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>

using namespace textdesk;
using textdesk::test::Run;
using textdesk::test::SimHarness;

namespace {

const QString kBinary = QStringLiteral(TEXTDESK_BINARY);

Run runTextdesk(const QStringList &arguments, const QByteArray &stdinText = {},
                const QByteArray &token = SimHarness::kAuthToken)
{
    return test::runTextdesk(kBinary, arguments, stdinText, token);
}

// A workspace connected to the simulator, as a user sets it up.
bool configure(SimHarness &sim, const QString &workspace)
{
    const Run run
        = runTextdesk({ QStringLiteral("configure"), QStringLiteral("--workspace"), workspace,
                        QStringLiteral("--account-sid"), QLatin1String(SimHarness::kAccountSid),
                        QStringLiteral("--base-url"), sim.baseUrl().toString() },
                      QByteArray(SimHarness::kAuthToken) + '\n', {});
    if (run.exitCode != 0)
        qWarning().noquote() << run.describe();
    return run.exitCode == 0;
}

QStringList query(const QString &workspace, const QString &sql)
{
    auto db = Database::open(workspace + QStringLiteral("/cache.sqlite"), Database::Role::Reader);
    if (!db)
        return { QStringLiteral("error: ") + db.error().details() };
    return test::rows(**db, sql);
}

qint64 count(const QString &workspace, const QString &sql)
{
    return query(workspace, sql).value(0).toLongLong();
}

// `textdesk serve` as a child; its log read as it comes.
class Daemon
{
public:
    explicit Daemon(const QString &workspace)
    {
        m_process.setProcessEnvironment(test::textdeskEnvironment(SimHarness::kAuthToken));
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_log += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(kBinary,
                        { QStringLiteral("serve"), QStringLiteral("--workspace"), workspace });
    }
    ~Daemon()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    const QString &log() const { return m_log; }
    bool logged(const QString &text) const { return m_log.contains(text); }
    void terminate() { ::kill(pid_t(m_process.processId()), SIGTERM); }
    // Waits for the exit (the event loop runs, so the simulator keeps answering).
    int waitForExit()
    {
        if (m_process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&m_process, &QProcess::finished);
            if (!finished.wait(30'000))
                return -1;
        }
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }

private:
    QProcess m_process;
    QString m_log;
};

} // namespace

class TestServe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void messagesArriveAndRepliesGoOut();
    void sigtermMidPassThenRestartConverges();
    void snoozeWakesUnderServeAndCommands();
    void historyDaysAllCachesEverything();
    void onceProgressIsNotALinePerAttachment();
};

void TestServe::messagesArriveAndRepliesGoOut()
{
    SimHarness sim;
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws"));
    QVERIFY(configure(sim, ws));
    Daemon serve(ws);
    QTRY_VERIFY_WITH_TIMEOUT(serve.logged(QStringLiteral("pull: 0 new messages")), 30'000);

    sim.injectInbound(QStringLiteral("+14155552801"), QStringLiteral("is my order late?"));
    QTRY_COMPARE_WITH_TIMEOUT(
        query(ws, QStringLiteral("SELECT body FROM messages WHERE direction = 'inbound'")),
        QStringList { QStringLiteral("is my order late?") }, 30'000);

    const QString reply = QStringLiteral("It ships today");
    const Run sent = runTextdesk({ QStringLiteral("send"), QStringLiteral("--workspace"), ws,
                                   QStringLiteral("--to"), QStringLiteral("+14155552801"),
                                   QStringLiteral("--body"), reply });
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    // Out once at the provider, and once in the cache after serve's next passes.
    QCOMPARE(sim.stats()
                 .value(QLatin1String("direction"))
                 .toObject()
                 .value(QLatin1String("outbound-api"))
                 .toInt(),
             1);
    sim.injectInbound(QStringLiteral("+14155552801"), QStringLiteral("thanks"));
    QTRY_COMPARE_WITH_TIMEOUT(count(ws, QStringLiteral("SELECT count(*) FROM messages")), 3,
                              60'000);
    QCOMPARE(count(ws,
                   QStringLiteral("SELECT count(*) FROM messages WHERE body = 'It ships "
                                  "today'")),
             1);

    serve.terminate();
    QCOMPARE(serve.waitForExit(), 0);
    QVERIFY2(serve.logged(QStringLiteral("stopped")), qPrintable(serve.log()));
}

void TestServe::sigtermMidPassThenRestartConverges()
{
    SimHarness sim(QStringLiteral("empty"), 7, 50, 20'000);
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    const qint64 total = sim.stats().value(QLatin1String("total")).toInteger();
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws"));
    QVERIFY(configure(sim, ws));
    {
        QSettings ini(ws + QStringLiteral("/workspace.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("sync/history_days"), QStringLiteral("all"));
    }
    {
        Daemon serve(ws);
        QTRY_VERIFY_WITH_TIMEOUT(serve.logged(QStringLiteral("pull: page 1,")), 30'000);
        serve.terminate(); // more pages to go
        QCOMPARE(serve.waitForExit(), 0);
        QVERIFY2(serve.logged(QStringLiteral("stopped")), qPrintable(serve.log()));
    }
    const qint64 before = count(ws, QStringLiteral("SELECT count(*) FROM messages"));
    QVERIFY2(before > 0 && before < total, qPrintable(QString::number(before)));
    // The pass resumes where it stopped.
    Daemon again(ws);
    QTRY_VERIFY_WITH_TIMEOUT(again.logged(QStringLiteral("new messages")), 60'000);
    again.terminate();
    QCOMPARE(again.waitForExit(), 0);
    QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM messages")), total);
    QCOMPARE(count(ws, QStringLiteral("SELECT count(DISTINCT sid) FROM messages")), total);
    QCOMPARE(query(ws, QStringLiteral("PRAGMA quick_check")), QStringList { QStringLiteral("ok") });
}

void TestServe::snoozeWakesUnderServeAndCommands()
{
    SimHarness sim;
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws"));
    QVERIFY(configure(sim, ws));
    qint64 later = 0;
    qint64 ended = 0;
    {
        auto db = Database::open(ws + QStringLiteral("/cache.sqlite"), Database::Role::Writer);
        QVERIFY(db);
        later = test::conversation(**db, QStringLiteral("+14155552811"));
        ended = test::conversation(**db, QStringLiteral("+14155552812"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(
            engine::Snooze::setStatus(**db, later, QStringLiteral("snoozed"), now + 3000, now, 0));
        QVERIFY(engine::Snooze::setStatus(**db, ended, QStringLiteral("snoozed"), now + 1, now, 0));
    }
    const auto status = [&](qint64 id) {
        return query(ws, QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(id))
            .value(0);
    };
    // A snooze that ended while nothing ran wakes under any command, even `status`.
    Run run = runTextdesk({ QStringLiteral("status"), QStringLiteral("--workspace"), ws });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(status(ended), QStringLiteral("open"));
    QCOMPARE(status(later), QStringLiteral("snoozed"));
    // The other ends while serve runs: its timer, armed at start, wakes it.
    Daemon serve(ws);
    QTRY_COMPARE_WITH_TIMEOUT(status(later), QStringLiteral("open"), 30'000);
    QTRY_VERIFY2_WITH_TIMEOUT(serve.logged(QStringLiteral("timer: snooze %1").arg(later)),
                              qPrintable(serve.log()), 10'000);
    serve.terminate();
    QCOMPARE(serve.waitForExit(), 0);
}

void TestServe::historyDaysAllCachesEverything()
{
    SimHarness sim(QStringLiteral("empty"), 7, 50, 400);
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    const qint64 total = sim.stats().value(QLatin1String("total")).toInteger();
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws"));
    QVERIFY(configure(sim, ws));
    const QStringList once
        = { QStringLiteral("sync"),   QStringLiteral("--workspace"), ws,
            QStringLiteral("--once"), QStringLiteral("--page-size"), QStringLiteral("20") };

    // The default: 90 days of the simulator's six months, and it says from when.
    Run first = runTextdesk(once);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const qint64 recent = count(ws, QStringLiteral("SELECT count(*) FROM messages"));
    QVERIFY2(recent > 0 && recent < total, qPrintable(first.describe()));
    const QString ninetyDaysAgo
        = QDateTime::currentDateTimeUtc().addDays(-90).date().toString(Qt::ISODate);
    QVERIFY2(first.out.contains(ninetyDaysAgo), qPrintable(first.describe()));
    Run status = runTextdesk(
        { QStringLiteral("status"), QStringLiteral("--workspace"), ws, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8())
                 .object()
                 .value(QLatin1String("history_from"))
                 .toString(),
             ninetyDaysAgo);

    Run bad
        = runTextdesk(once + QStringList { QStringLiteral("--history-days"), QStringLiteral("x") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QLatin1String("--history-days")), qPrintable(bad.describe()));

    // All of it: the older stretch is fetched once, nothing doubled.
    Run all = runTextdesk(
        once + QStringList { QStringLiteral("--history-days"), QStringLiteral("all") });
    QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
    QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM messages")), total);
    QCOMPARE(count(ws, QStringLiteral("SELECT count(DISTINCT sid) FROM messages")), total);
    status = runTextdesk(
        { QStringLiteral("status"), QStringLiteral("--workspace"), ws, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8())
                 .object()
                 .value(QLatin1String("history_from"))
                 .toString(),
             QStringLiteral("all"));
    // The next plain sync (90 days in workspace.ini) does not walk the old stretch again.
    Run next = runTextdesk(once);
    QVERIFY2(next.exitCode == 0, qPrintable(next.describe()));
    QVERIFY2(next.out.contains(QLatin1String("0 new messages")), qPrintable(next.describe()));
    QVERIFY2(!next.err.contains(QLatin1String("page 2")), qPrintable(next.describe()));
}

void TestServe::onceProgressIsNotALinePerAttachment()
{
    SimHarness sim;
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    const int pictures = 40;
    for (int i = 0; i < pictures / 2; ++i)
        sim.injectInbound(QStringLiteral("+1415555%1").arg(2900 + i),
                          QStringLiteral("pictures %1").arg(i),
                          { QStringLiteral("photo"), QStringLiteral("photo") });
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws"));
    QVERIFY(configure(sim, ws));
    // Into a pipe (a log): a line every few seconds and the summary, not one per attachment.
    Run run = runTextdesk(
        { QStringLiteral("sync"), QStringLiteral("--workspace"), ws, QStringLiteral("--once") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const qsizetype lines = run.err.count(QLatin1String("attachments:"));
    QVERIFY2(lines >= 1 && lines < pictures / 2, qPrintable(run.describe()));
    QVERIFY2(run.err.trimmed().endsWith(QStringLiteral("attachments: %1 of %1").arg(pictures)),
             qPrintable(run.describe()));
    QCOMPARE(count(ws, QStringLiteral("SELECT count(*) FROM media WHERE download_state = 'done'")),
             pictures);
}

QTEST_GUILESS_MAIN(TestServe)
#include "TestServe.moc"
