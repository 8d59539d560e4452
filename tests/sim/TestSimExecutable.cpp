// The shipped textdesk-sim binary: arguments, the "listening on" line, a real request, errors.
#include "SimTestClient.h"

#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace textdesk::simtest;

namespace {

QStringList baseArguments()
{
    return { QStringLiteral("--account-sid"), kAccount,
             QStringLiteral("--auth-token"),  kToken,
             QStringLiteral("--scenario"),    QStringLiteral("empty") };
}

// Runs the binary to completion and returns its exit code; output in *out / *err.
int runToEnd(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(TEXTDESK_SIM_BINARY), arguments);
    if (!process.waitForFinished(15'000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

} // namespace

class TestSimExecutable : public QObject
{
    Q_OBJECT

private slots:
    void listensAndAnswers()
    {
        QTemporaryDir data;
        QProcess process;
        process.start(QStringLiteral(TEXTDESK_SIM_BINARY),
                      baseArguments()
                          + QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                          QStringLiteral("--history"), QStringLiteral("25"),
                                          QStringLiteral("--seed"), QStringLiteral("3"),
                                          QStringLiteral("--data"), data.path() });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15'000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const auto match
            = QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"))
                  .match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const QString base = QStringLiteral("http://127.0.0.1:") + match.captured(1);

        auto options = SimTestClient::defaultOptions();
        SimTestClient client(options); // only for its HTTP helpers
        const HttpResult list = client.get(base + QStringLiteral("/2010-04-01/Accounts/") + kAccount
                                           + QStringLiteral("/Messages.json"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QLatin1String("messages")).toArray().size(), 25);
        QCOMPARE(client.request("GET", base + QStringLiteral("/sim/stats"), {}, {}, {})
                     .json()
                     .value(QLatin1String("total"))
                     .toInt(),
                 25);

        // SIGTERM ends it cleanly, with the state saved.
        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("sim-state.bin"))));
    }

    // The token can stay out of the process list: from a file or the environment.
    void tokenFromAFileOrTheEnvironment_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("file") << true;
        QTest::newRow("environment") << false;
    }

    void tokenFromAFileOrTheEnvironment()
    {
        QFETCH(bool, fromFile);
        const QString token = QStringLiteral("token-kept-out-of-ps");
        QTemporaryDir dir;
        QStringList arguments { QStringLiteral("--account-sid"), kAccount,
                                QStringLiteral("--scenario"),    QStringLiteral("empty"),
                                QStringLiteral("--port"),        QStringLiteral("0") };
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (fromFile) {
            QFile file(dir.filePath(QStringLiteral("token")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(token.toUtf8() + "\n");
            file.close();
            arguments << QStringLiteral("--auth-token-file") << file.fileName();
        } else {
            env.insert(QStringLiteral("TEXTDESK_SIM_AUTH_TOKEN"), token);
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TEXTDESK_SIM_BINARY), arguments);
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() != QProcess::Running,
                                 15'000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const auto match
            = QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"))
                  .match(line);
        QVERIFY2(match.hasMatch(),
                 qPrintable(line + QString::fromUtf8(process.readAllStandardError())));
        SimTestClient client(SimTestClient::defaultOptions()); // only for its HTTP helpers
        const QString messages = match.captured(1) + QStringLiteral("/2010-04-01/Accounts/")
            + kAccount + QStringLiteral("/Messages.json");
        QCOMPARE(client.request("GET", messages, {}, {}, SimTestClient::basicAuth(kAccount, token))
                     .status,
                 200);
        QCOMPARE(client
                     .request("GET", messages, {}, {},
                              SimTestClient::basicAuth(kAccount, QStringLiteral("wrong")))
                     .status,
                 401);
        process.terminate();
        QVERIFY(process.waitForFinished(10'000));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList base = baseArguments();
        QTest::newRow("no port") << base << QStringLiteral("--port");
        QTest::newRow("port text")
            << base + QStringList { QStringLiteral("--port"), QStringLiteral("http") }
            << QStringLiteral("--port");
        QTest::newRow("port too big")
            << base + QStringList { QStringLiteral("--port"), QStringLiteral("70000") }
            << QStringLiteral("--port");
        QTest::newRow("bad sid") << QStringList {
            QStringLiteral("--port"),        QStringLiteral("0"),
            QStringLiteral("--account-sid"), QStringLiteral("AC12"),
            QStringLiteral("--auth-token"),  QStringLiteral("t")
        } << QStringLiteral("--account-sid");
        QTest::newRow("no token") << QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                                   QStringLiteral("--account-sid"), kAccount }
                                  << QStringLiteral("--auth-token");
        QTest::newRow("scenario") << base
                + QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--scenario"), QStringLiteral("zoo") }
                                  << QStringLiteral("zoo");
        QTest::newRow("history") << base
                + QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--history"), QStringLiteral("-5") }
                                 << QStringLiteral("--history");
        QTest::newRow("failure rate") << base
                + QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--failure-rate"), QStringLiteral("2") }
                                      << QStringLiteral("--failure-rate");
        QTest::newRow("webhook") << base
                + QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--webhook-url"), QStringLiteral("ftp://x") }
                                 << QStringLiteral("--webhook-url");
        QTest::newRow("token file missing") << QStringList { QStringLiteral("--port"),
                                                             QStringLiteral("0"),
                                                             QStringLiteral("--account-sid"),
                                                             kAccount,
                                                             QStringLiteral("--auth-token-file"),
                                                             QStringLiteral("/nonexistent/t") }
                                            << QStringLiteral("/nonexistent/t");
        QTest::newRow("host") << base
                + QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--host"), QStringLiteral("nowhere") }
                              << QStringLiteral("--host");
        QTest::newRow("unknown option") << base
                + QStringList { QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--colour") }
                                        << QStringLiteral("colour");
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QString err;
        QCOMPARE(runToEnd(arguments, nullptr, &err), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void portInUse()
    {
        SimTestClient running;
        QString err;
        QCOMPARE(runToEnd(baseArguments()
                              + QStringList { QStringLiteral("--port"),
                                              QString::number(running.sim().port()) },
                          nullptr, &err),
                 1);
        QVERIFY2(err.contains(QString::number(running.sim().port())), qPrintable(err));
    }

    void helpAndVersion()
    {
        QString out;
        QCOMPARE(runToEnd({ QStringLiteral("--help") }, &out), 0);
        for (const char *option :
             { "--port", "--account-sid", "--auth-token", "--seed", "--scenario", "--history",
               "--data", "--webhook-url", "--status-step-ms", "--failure-rate" })
            QVERIFY2(out.contains(QLatin1String(option)), option);
        QCOMPARE(runToEnd({ QStringLiteral("--version") }, &out), 0);
        QVERIFY(out.startsWith(QLatin1String("textdesk-sim ")));
    }
};

QTEST_GUILESS_MAIN(TestSimExecutable)
#include "TestSimExecutable.moc"
