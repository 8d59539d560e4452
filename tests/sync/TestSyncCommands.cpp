// `textdesk configure` and `textdesk sync` as a script runs them: the shipped binary, the
// simulator over real loopback HTTP, the secret only ever in the environment or stdin.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "TextdeskRun.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using textdesk::test::Run;
using textdesk::test::SimHarness;

namespace {

// Runs textdesk while this process's event loop keeps the in-process simulator answering.
test::Run runTextdesk(const QStringList &arguments, const QByteArray &stdinText = {},
                      const QByteArray &tokenEnv = {})
{
    return test::runTextdesk(QStringLiteral(TEXTDESK_BINARY), arguments, stdinText, tokenEnv);
}

} // namespace

class TestSyncCommands : public QObject
{
    Q_OBJECT

private slots:
    void configureThenSync()
    {
        SimHarness sim;
        QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
        for (int i = 0; i < 30; ++i)
            sim.injectInbound(QStringLiteral("+1415555%1").arg(2700 + i % 6),
                              QStringLiteral("hello %1").arg(i));
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("ws"));
        const QStringList configure = { QStringLiteral("configure"),
                                        QStringLiteral("--workspace"),
                                        workspace,
                                        QStringLiteral("--account-sid"),
                                        QLatin1String(SimHarness::kAccountSid),
                                        QStringLiteral("--base-url"),
                                        sim.baseUrl().toString() };

        // A wrong secret: refused in words, nothing configured.
        Run wrong = runTextdesk(configure, "not-the-token\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("did not accept")), qPrintable(wrong.describe()));
        QFile before(workspace + QStringLiteral("/workspace.ini"));
        if (before.open(QIODevice::ReadOnly))
            QVERIFY(!before.readAll().contains("account_sid"));

        // The secret on standard input.
        Run ok = runTextdesk(configure, QByteArray(SimHarness::kAuthToken) + '\n');
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        QVERIFY(ok.out.contains(sim.ourNumber()));
        QFile ini(workspace + QStringLiteral("/workspace.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains(SimHarness::kAccountSid));
        QVERIFY2(!settings.contains(SimHarness::kAuthToken),
                 "the secret must never be written to settings");

        // Without the secret in the environment, sync says what to do.
        Run noSecret = runTextdesk({ QStringLiteral("sync"), QStringLiteral("--workspace"),
                                     workspace, QStringLiteral("--once") });
        QCOMPARE(noSecret.exitCode, 2);
        QVERIFY(noSecret.err.contains(QLatin1String("TEXTDESK_AUTH_TOKEN")));

        Run synced = runTextdesk({ QStringLiteral("sync"), QStringLiteral("--workspace"), workspace,
                                   QStringLiteral("--once"), QStringLiteral("--page-size"),
                                   QStringLiteral("8") },
                                 {}, SimHarness::kAuthToken);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
        QVERIFY(synced.err.contains(QLatin1String("page 4")));
        QVERIFY2(synced.out.contains(QLatin1String("30 new messages")),
                 qPrintable(synced.describe()));

        auto db
            = Database::open(workspace + QStringLiteral("/cache.sqlite"), Database::Role::Reader);
        QVERIFY(db);
        QCOMPARE(test::rows(**db, QStringLiteral("SELECT count(*) FROM messages")),
                 QStringList { QStringLiteral("30") });
        QCOMPARE(test::rows(**db, QStringLiteral("SELECT count(*) FROM conversations")),
                 QStringList { QStringLiteral("6") });

        // Sending: through the outbox, once; refusals in words, with the right exit code.
        const QStringList send = { QStringLiteral("send"), QStringLiteral("--workspace"), workspace,
                                   QStringLiteral("--to"), QStringLiteral("+14155552700") };
        Run sent = runTextdesk(send
                                   + QStringList { QStringLiteral("--body"),
                                                   QStringLiteral("Your refund is on its way") },
                               {}, SimHarness::kAuthToken);
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        QVERIFY(sent.out.contains(QLatin1String("+14155552700")));
        QCOMPARE(sim.stats()
                     .value(QStringLiteral("direction"))
                     .toObject()
                     .value(QStringLiteral("outbound-api"))
                     .toInt(),
                 1);
        QCOMPARE(test::rows(**db, QStringLiteral("SELECT state FROM outbox")),
                 QStringList { QStringLiteral("accepted") });

        sim.injectInbound(QStringLiteral("+14155552701"), QStringLiteral("STOP"));
        Run optedOut
            = runTextdesk({ QStringLiteral("send"), QStringLiteral("--workspace"), workspace,
                            QStringLiteral("--to"), QStringLiteral("+14155552701"),
                            QStringLiteral("--body"), QStringLiteral("One more thing") },
                          {}, SimHarness::kAuthToken);
        QCOMPARE(optedOut.exitCode, 1);
        QVERIFY2(optedOut.err.contains(QLatin1String("STOP")), qPrintable(optedOut.describe()));

        // Now the cache knows (the provider's 21610): refused before anything is queued, with
        // the reason, by the rules the new-conversation dialog follows too.
        Run optedOutAgain
            = runTextdesk({ QStringLiteral("send"), QStringLiteral("--workspace"), workspace,
                            QStringLiteral("--to"), QStringLiteral("(415) 555-2701"),
                            QStringLiteral("--body"), QStringLiteral("Still there?") },
                          {}, SimHarness::kAuthToken);
        QCOMPARE(optedOutAgain.exitCode, 1);
        QVERIFY2(optedOutAgain.err.contains(QLatin1String("opted out of text messages")),
                 qPrintable(optedOutAgain.describe()));

        // A variable without a value is never sent as braces: refused with its name...
        Run unfilled = runTextdesk(
            send
                + QStringList { QStringLiteral("--body"),
                                QStringLiteral("Hi {{first_name|there}}, order {{order_id}}") },
            {}, SimHarness::kAuthToken);
        QCOMPARE(unfilled.exitCode, 2);
        QVERIFY2(unfilled.err.contains(QLatin1String("{{order_id}}"))
                     && !unfilled.err.contains(QLatin1String("first_name")),
                 qPrintable(unfilled.describe()));
        // ...and sent once it has one, the default standing in for the unknown name.
        Run filled = runTextdesk(
            send
                + QStringList { QStringLiteral("--body"),
                                QStringLiteral("Hi {{first_name|there}}, order {{order_id}}"),
                                QStringLiteral("--var"), QStringLiteral("order_id=A-7") },
            {}, SimHarness::kAuthToken);
        QVERIFY2(filled.exitCode == 0, qPrintable(filled.describe()));
        QCOMPARE(
            test::rows(**db, QStringLiteral("SELECT body FROM outbox ORDER BY id DESC LIMIT 1")),
            QStringList { QStringLiteral("Hi there, order A-7") });

        Run badNumber
            = runTextdesk(send.mid(0, 3)
                              + QStringList { QStringLiteral("--to"), QStringLiteral("12"),
                                              QStringLiteral("--body"), QStringLiteral("hi") },
                          {}, SimHarness::kAuthToken);
        QCOMPARE(badNumber.exitCode, 2);
        QVERIFY(badNumber.err.contains(QLatin1String("\"12\"")));

        // The provider down: exit code 1 and a sentence, the cache untouched.
        sim.admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), true } });
        Run down = runTextdesk({ QStringLiteral("sync"), QStringLiteral("--workspace"), workspace,
                                 QStringLiteral("--once") },
                               {}, SimHarness::kAuthToken);
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QLatin1String("Textdesk will")), qPrintable(down.describe()));
        // 30 pulled, two sent, one refused by the provider (kept, failed, for edit and
        // resend); the ones refused before queuing left nothing.
        QCOMPARE(test::rows(**db, QStringLiteral("SELECT count(*) FROM messages")),
                 QStringList { QStringLiteral("33") });
    }

    void syncOnceDownloadsTheAttachments()
    {
        // A script preparing a workspace for a laptop that goes offline: after `sync --once`
        // the customers' pictures are on disk, not only their messages.
        SimHarness sim;
        QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
        sim.injectInbound(QStringLiteral("+14155552760"), QStringLiteral("the damage"),
                          { QStringLiteral("photo"), QStringLiteral("pdf") });
        sim.injectInbound(QStringLiteral("+14155552761"), QStringLiteral("no picture"));
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("ws"));
        Run configured
            = runTextdesk({ QStringLiteral("configure"), QStringLiteral("--workspace"), workspace,
                            QStringLiteral("--account-sid"), QLatin1String(SimHarness::kAccountSid),
                            QStringLiteral("--base-url"), sim.baseUrl().toString() },
                          QByteArray(SimHarness::kAuthToken) + '\n');
        QVERIFY2(configured.exitCode == 0, qPrintable(configured.describe()));
        const QStringList syncOnce = { QStringLiteral("sync"), QStringLiteral("--workspace"),
                                       workspace, QStringLiteral("--once") };

        // Every download fails for now: the messages are in, and the pass says what is missing.
        sim.fault({ { QStringLiteral("endpoint"), QStringLiteral("media.content") },
                    { QStringLiteral("kind"), QStringLiteral("error") },
                    { QStringLiteral("count"), 1000 } });
        // It waits (--wait) through the pauses before each new try, then gives up.
        Run partial
            = runTextdesk(syncOnce + QStringList { QStringLiteral("--wait"), QStringLiteral("3") },
                          {}, SimHarness::kAuthToken);
        QVERIFY2(partial.exitCode == 1, qPrintable(partial.describe()));
        QVERIFY2(partial.out.contains(QLatin1String("2 new messages")),
                 qPrintable(partial.describe()));
        QVERIFY2(partial.err.contains(QLatin1String("2 attachments not downloaded yet")),
                 qPrintable(partial.describe()));

        // The provider answers again after a few more failures (each download's tries fail
        // once more): the next pass waits through the pause before trying again, and brings
        // them.
        sim.admin("DELETE", QStringLiteral("/sim/faults"));
        sim.fault({ { QStringLiteral("endpoint"), QStringLiteral("media.content") },
                    { QStringLiteral("kind"), QStringLiteral("error") },
                    { QStringLiteral("count"), 6 } });
        Run synced = runTextdesk(syncOnce, {}, SimHarness::kAuthToken);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
        QVERIFY2(synced.err.contains(QLatin1String("attachments: 2 of 2")),
                 qPrintable(synced.describe()));
        QCOMPARE(sim.admin("GET", QStringLiteral("/sim/faults"))
                     .value(QLatin1String("faults"))
                     .toArray()
                     .size(),
                 0); // every failure was met, and waited out
        auto db
            = Database::open(workspace + QStringLiteral("/cache.sqlite"), Database::Role::Reader);
        QVERIFY(db);
        QCOMPARE(test::rows(**db,
                            QStringLiteral("SELECT download_state, content_type FROM media "
                                           "ORDER BY id")),
                 (QStringList { QStringLiteral("done|image/jpeg"),
                                QStringLiteral("done|application/pdf") }));
        for (const QString &path :
             test::rows(**db, QStringLiteral("SELECT local_path FROM media ORDER BY id"))) {
            QFileInfo file(workspace + QStringLiteral("/media/") + path);
            QVERIFY2(file.isFile() && file.size() > 0, qPrintable(file.filePath()));
        }
    }

    void syncWithoutProviderIsAUsageError()
    {
        QTemporaryDir dir;
        Run run = runTextdesk({ QStringLiteral("sync"), QStringLiteral("--workspace"), dir.path(),
                                QStringLiteral("--once") },
                              {}, "x");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("configure")));
    }

    void configureRefusesAMalformedSid()
    {
        QTemporaryDir dir;
        Run run
            = runTextdesk({ QStringLiteral("configure"), QStringLiteral("--workspace"), dir.path(),
                            QStringLiteral("--account-sid"), QStringLiteral("AC123") },
                          "secret\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("AC123")));
    }
};

QTEST_GUILESS_MAIN(TestSyncCommands)
#include "TestSyncCommands.moc"
