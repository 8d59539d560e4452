// The training workspace as a new user gets it: the simulator in-process, the sync thread
// pulling from it through the real client, and a clean stop.
#include "SimHarness.h"
#include "provider/TwilioSignature.h"
#include "session/ProviderSession.h"
#include "storage/CacheStatistics.h"
#include "workspace/EnvironmentSecret.h"
#include "workspace/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;

namespace {

// A provider workspace on the simulator; webhookPort > 0 turns the receiver on.
std::unique_ptr<Workspace> providerWorkspace(const QString &dir, const test::SimHarness &sim,
                                             const QString &apiKeySid, int webhookPort = 0)
{
    ProviderSettings settings;
    settings.baseUrl = sim.baseUrl();
    settings.accountSid = QLatin1String(test::SimHarness::kAccountSid);
    settings.apiKeySid = apiKeySid;
    auto opened = Workspace::open(dir);
    if (!opened)
        return {};
    std::unique_ptr<Workspace> workspace = std::move(*opened);
    if (!settings.save(workspace->settingsPath(), nullptr))
        return {};
    if (webhookPort > 0) {
        QSettings ini(workspace->settingsPath(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("webhook/port"), webhookPort);
    }
    workspace->releaseWriter();
    return workspace;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestProviderSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        qunsetenv("TEXTDESK_AUTH_TOKEN");
        qunsetenv("TEXTDESK_WEBHOOK_AUTH_TOKEN");
        EnvironmentSecret::forget();
    }

    // With an API key, the provider still signs webhooks with the account's Auth Token: the
    // receiver must check them with that, not with the API key's secret.
    void webhooksWithAnApiKeyAreCheckedWithTheAuthToken()
    {
        test::SimHarness sim;
        QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
        QTemporaryDir dir;
        const int port = freePort();
        auto workspace
            = providerWorkspace(dir.filePath(QStringLiteral("desk")), sim,
                                QStringLiteral("SK0123456789abcdef0123456789abcdef"), port);
        QVERIFY(workspace);
        ProviderSession session(*workspace);
        // The simulator takes any SK key whose secret is the auth token; the point here is
        // only that the two secrets differ.
        session.setSecret(test::SimHarness::kAuthToken);
        const QByteArray authToken = "the-accounts-auth-token";
        session.setWebhookToken(authToken);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));

        QUrl url(QStringLiteral("http://127.0.0.1/twilio/status"));
        url.setPort(port);
        const provider::FormFields fields
            = { { QStringLiteral("MessageSid"),
                  QStringLiteral("SM0123456789abcdef0123456789abcdef") },
                { QStringLiteral("MessageStatus"), QStringLiteral("delivered") } };
        const auto post = [&](const QByteArray &token) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader("X-Twilio-Signature",
                                 provider::twilioSignature(token, url.toString(), fields));
            QByteArray body;
            for (const auto &[name, value] : fields)
                body += (body.isEmpty() ? "" : "&") + name.toUtf8() + '=' + value.toUtf8();
            QNetworkReply *reply = sim.network().post(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10'000);
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(post(authToken), 204);
        QCOMPARE(post(test::SimHarness::kAuthToken), 403); // the API key's secret signs nothing
        session.stop();
    }

    // TEXTDESK_AUTH_TOKEN is taken out of the environment once read: a program the app starts
    // afterwards (a viewer, a browser) does not inherit the account's secret.
    void theSecretIsNotPassedToChildPrograms()
    {
        test::SimHarness sim;
        QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
        QTemporaryDir dir;
        auto workspace = providerWorkspace(dir.filePath(QStringLiteral("desk")), sim, {});
        QVERIFY(workspace);
        qputenv("TEXTDESK_AUTH_TOKEN", test::SimHarness::kAuthToken);
        ProviderSession session(*workspace);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error)); // it did get the secret
        QSignalSpy synced(session.worker(), &engine::SyncWorker::synced);
        QVERIFY(synced.wait(30'000)); // and it works

        QProcess child;
        child.start(QStringLiteral("/usr/bin/env"), {});
        QVERIFY(child.waitForFinished(10'000));
        const QByteArray environment = child.readAllStandardOutput();
        QVERIFY(environment.contains("PATH=")); // it is the child's environment
        QVERIFY(!environment.contains("TEXTDESK_AUTH_TOKEN"));
        QVERIFY(!environment.contains(test::SimHarness::kAuthToken));
        session.stop();
    }

    void trainingWorkspaceFillsFromTheSimulator()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("training")));
        QVERIFY(workspace);
        QCOMPARE((*workspace)->kind(), Workspace::Kind::Training);
        (*workspace)->releaseWriter();

        ProviderSession session(**workspace);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QVERIFY(session.isTraining());
        QCOMPARE(session.providerUrl().host(), QStringLiteral("127.0.0.1"));
        QSignalSpy synced(session.worker(), &engine::SyncWorker::synced);
        QVERIFY(synced.wait(30'000));
        QVERIFY(synced.first().at(0).toLongLong() > 100); // the demo history

        auto reader = (*workspace)->openReader();
        QVERIFY(reader);
        auto stats = CacheStatistics::readSummary(**reader);
        QVERIFY(stats);
        QVERIFY(stats->conversations >= 30);
        QVERIFY(stats->messages > 100);

        QPointer<QThread> syncThread = session.worker()->thread();
        session.stop();
        QVERIFY(!syncThread || syncThread->isFinished()); // nothing still writing
        QVERIFY(!session.worker());
    }

    void trainingTurnedOffByTheAdministratorSaysSo()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(QStringLiteral("training")));
        QVERIFY(workspace);
        (*workspace)->releaseWriter();
        ProviderSession session(**workspace);
        session.setTrainingAllowed(false);
        QString error;
        QVERIFY(!session.start(&error));
        QVERIFY(error.contains(QStringLiteral("administrator")));
        // What to do is said apart, so that the status bar says it once.
        QVERIFY2(session.advice().contains(QStringLiteral("Settings (Ctrl+,)")),
                 qPrintable(session.advice()));
        QVERIFY(!error.contains(QStringLiteral("Settings")));
        QVERIFY(!session.worker()); // nothing started
    }
};

QTEST_MAIN(TestProviderSession)
#include "TestProviderSession.moc"
