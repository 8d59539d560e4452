#include "TestWorkspace.h"
#include "core/Version.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/BulkImporter.h"
#include "storage/Migrations.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace textdesk;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the shipped binary the way a script on a headless server would: no display at all.
Run runTextdesk(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = test::childEnvironment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TEXTDESK_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help_data();
    void help();
    void unknownCommand_data();
    void unknownCommand();
    void windowWithoutDisplay_data();
    void windowWithoutDisplay();
    void statusJson();
    void statusText();
    void statusScheduled();
    void statusOnNotADatabase();
    void statusOnNewerCache();
    void statusOnDamagedCache();
};

void TestCommandLine::version()
{
    for (const char *flag : { "--version", "-v", "version" }) {
        const Run run = runTextdesk({ QLatin1String(flag) });
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out, QStringLiteral("textdesk " TEXTDESK_VERSION "\n"));
        QCOMPARE(run.err, QString());
    }
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QString>("flag");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
    QTest::newRow("help") << QStringLiteral("help");
}

void TestCommandLine::help()
{
    QFETCH(QString, flag);
    const Run run = runTextdesk({ flag });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.startsWith(QStringLiteral("Usage: textdesk")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("status --workspace DIR")));
    QVERIFY(run.out.contains(QStringLiteral("--version")));
    QCOMPARE(run.err, QString());
}

namespace {
// A workspace holding three conversations: 4 inbound, 3 outbound delivered, 1 failed, 1 note.
bool makeWorkspace(const QString &dir)
{
    auto ws = Workspace::open(dir);
    if (!ws)
        return false;
    BulkImporter importer((*ws)->database());
    if (!importer.begin())
        return false;
    struct Row
    {
        const char *contact;
        Direction direction;
        const char *status;
    };
    const Row rows[] = {
        { "+14155550100", Direction::Inbound, "received" },
        { "+14155550100", Direction::Outbound, "delivered" },
        { "+14155550101", Direction::Inbound, "received" },
        { "+14155550101", Direction::Outbound, "failed" },
        { "+14155550101", Direction::Inbound, "received" },
        { "+4930123456", Direction::Inbound, "received" },
        { "+4930123456", Direction::Outbound, "delivered" },
        { "+4930123456", Direction::Note, "saved" },
        { "+4930123456", Direction::Outbound, "delivered" },
    };
    int i = 0;
    for (const Row &r : rows) {
        ImportMessage row;
        row.contactE164 = QLatin1String(r.contact);
        row.inboxE164 = QStringLiteral("+15550000001");
        row.message.sid = QStringLiteral("SM%1").arg(i);
        row.message.body = QStringLiteral("message %1").arg(i);
        row.message.direction = r.direction;
        row.message.status = QLatin1String(r.status);
        row.message.createdAt = 1'700'000'000'000 + 1000 * i++;
        if (!importer.add(row))
            return false;
    }
    return importer.finish().ok();
}
} // namespace

void TestCommandLine::unknownCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("a word") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("after the workspace option")
        << QStringList { QStringLiteral("--workspace"), QDir::tempPath(),
                         QStringLiteral("frobnicate") };
}

void TestCommandLine::unknownCommand()
{
    // Not the window (which, without a display, aborted with a core dump): the word named, the
    // commands listed, exit 2.
    QFETCH(QStringList, arguments);
    const Run run = runTextdesk(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.startsWith(QStringLiteral("textdesk: unknown command \"frobnicate\".\n")),
             qPrintable(describe(run)));
    for (const char *command : { "status", "configure", "sync", "send", "self-check" })
        QVERIFY2(run.err.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))),
                 qPrintable(describe(run)));
}

void TestCommandLine::windowWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no arguments") << QStringList();
    QTest::newRow("a workspace") << QStringList { QStringLiteral("--workspace"), QDir::tempPath() };
}

void TestCommandLine::windowWithoutDisplay()
{
    // One line saying what is missing, and a plain failure, not Qt's abort.
    QFETCH(QStringList, arguments);
    const Run run = runTextdesk(arguments);
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.count(QLatin1Char('\n')) == 1 && run.err.endsWith(QLatin1Char('\n')),
             qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("no display"))
                 && run.err.contains(QStringLiteral("DISPLAY")),
             qPrintable(describe(run)));
}

void TestCommandLine::statusJson()
{
    QTemporaryDir dir;
    QVERIFY(makeWorkspace(dir.path()));
    const Run run = runTextdesk({ QStringLiteral("status"), QStringLiteral("--workspace"),
                                  dir.path(), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.err, QString());

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString() + QStringLiteral(": ") + run.out));
    const QJsonObject json = doc.object();
    QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(), Migrations::latestVersion());
    QCOMPARE(json.value(QStringLiteral("workspace")).toString(), QDir::cleanPath(dir.path()));
    QCOMPARE(json.value(QStringLiteral("contacts")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("conversations")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("outbox_pending")).toInt(), 0);
    QVERIFY(json.value(QStringLiteral("cache_bytes")).toInteger() > 0);

    const QJsonObject messages = json.value(QStringLiteral("messages")).toObject();
    QCOMPARE(messages.value(QStringLiteral("total")).toInt(), 9);
    const QJsonObject byDirection = messages.value(QStringLiteral("by_direction")).toObject();
    QCOMPARE(byDirection.keys(),
             (QStringList { QStringLiteral("inbound"), QStringLiteral("note"),
                            QStringLiteral("outbound") }));
    auto count = [&byDirection](const char *direction, const char *status) {
        return byDirection.value(QLatin1String(direction))
            .toObject()
            .value(QStringLiteral("by_status"))
            .toObject()
            .value(QLatin1String(status))
            .toInt(-1);
    };
    auto total = [&byDirection](const char *direction) {
        return byDirection.value(QLatin1String(direction))
            .toObject()
            .value(QStringLiteral("total"))
            .toInt(-1);
    };
    QCOMPARE(total("inbound"), 4);
    QCOMPARE(count("inbound", "received"), 4);
    QCOMPARE(total("outbound"), 4);
    QCOMPARE(count("outbound", "delivered"), 3);
    QCOMPARE(count("outbound", "failed"), 1);
    QCOMPARE(total("note"), 1);
    QCOMPARE(count("note", "saved"), 1);
}

void TestCommandLine::statusText()
{
    QTemporaryDir dir;
    QVERIFY(makeWorkspace(dir.path()));
    const Run run
        = runTextdesk({ QStringLiteral("status"), QStringLiteral("--workspace"), dir.path() });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(
        run.out.contains(QStringLiteral("Cache version:  %1").arg(Migrations::latestVersion())),
        qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Messages:       9")));
    QVERIFY(run.out.contains(QStringLiteral("outbound / failed: 1")));
    QVERIFY(run.out.contains(QStringLiteral("inbound / received: 4")));
}

void TestCommandLine::statusScheduled()
{
    QTemporaryDir dir;
    QVERIFY(makeWorkspace(dir.path()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        auto ws = Workspace::open(dir.path());
        QVERIFY(ws);
        Database &db = (*ws)->database();
        // The customer's zone is one where it is midday now, so quiet hours never hold it.
        const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
        const QString zone = QStringLiteral("Etc/GMT%1%2")
                                 .arg(utcHour >= 12 ? QStringLiteral("+") : QStringLiteral("-"))
                                 .arg(std::abs(utcHour - 12));
        QVERIFY(db.execOnce(QStringLiteral("UPDATE contacts SET custom_fields = "
                                           "'{\"time_zone\": \"%1\"}'")
                                .arg(zone)));
        const QVariant conversation
            = db.scalar(QStringLiteral("SELECT min(id) FROM conversations")).value();
        // Two waiting, one of which becomes held; one that came due five minutes ago.
        for (int i = 0; i < 2; ++i) {
            QVERIFY(scheduled::schedule(db,
                                        { conversation.toLongLong(),
                                          QStringLiteral("later"),
                                          now + 3'600'000,
                                          {},
                                          true,
                                          0 },
                                        now));
        }
        QVERIFY(db.execOnce(QStringLiteral("UPDATE scheduled_messages SET state = 'held' WHERE "
                                           "id = 2")));
        QVERIFY(scheduled::schedule(
            db, { conversation.toLongLong(), QStringLiteral("due"), now - 300'000, {}, true, 0 },
            now - 600'000));
    }
    const Run run = runTextdesk({ QStringLiteral("status"), QStringLiteral("--workspace"),
                                  dir.path(), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // The due one was queued by `status` itself (it fires timers like every command).
    QCOMPARE(json.value(QStringLiteral("outbox_pending")).toInt(), 1);
    const QJsonObject counts = json.value(QStringLiteral("scheduled")).toObject();
    QCOMPARE(counts.value(QStringLiteral("pending")).toInt(-1), 1);
    QCOMPARE(counts.value(QStringLiteral("held")).toInt(-1), 1);

    const Run text
        = runTextdesk({ QStringLiteral("status"), QStringLiteral("--workspace"), dir.path() });
    QVERIFY2(text.out.contains(
                 QStringLiteral("Scheduled:      1 waiting, 1 held for an agent to confirm")),
             qPrintable(text.out));
}

void TestCommandLine::statusOnNotADatabase()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        QFile file(cache);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
    }
    const QByteArray hash = test::fileHash(cache);
    const Run run = runTextdesk({ QStringLiteral("status"), QStringLiteral("--workspace"),
                                  dir.path(), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(cache)), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("not a Textdesk cache")));
    QCOMPARE(test::fileHash(cache), hash);
    QVERIFY(!QFile::exists(cache + QStringLiteral("-wal")));
}

void TestCommandLine::statusOnNewerCache()
{
    QTemporaryDir dir;
    QVERIFY(makeWorkspace(dir.path()));
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        auto db = Database::open(cache, Database::Role::Writer);
        QVERIFY(db);
        QVERIFY((*db)->execOnce(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    }
    const QByteArray hash = test::fileHash(cache);
    const Run run
        = runTextdesk({ QStringLiteral("status"), QStringLiteral("--workspace"), dir.path() });
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(cache)), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("newer version of Textdesk")));
    QCOMPARE(test::fileHash(cache), hash);
}

void TestCommandLine::statusOnDamagedCache()
{
    QTemporaryDir dir;
    QVERIFY(makeWorkspace(dir.path()));
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        QFile file(cache);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        file.write(QByteArray(1000, '\x5a'));
    }
    const Run run = runTextdesk({ QStringLiteral("status"), QStringLiteral("--workspace"),
                                  dir.path(), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
    const QStringList moved
        = QDir(dir.path()).entryList({ QStringLiteral("cache.sqlite.damaged-*") }, QDir::Files);
    QCOMPARE(moved.size(), 1);
    QVERIFY(run.err.contains(moved.first()));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(
        json.value(QStringLiteral("messages")).toObject().value(QStringLiteral("total")).toInt(-1),
        0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
