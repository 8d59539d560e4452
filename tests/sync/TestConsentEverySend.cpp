// A STOP blocks the next send of every kind (issue 17, compliance.md: 47 CFR 64.1200(a)(10)):
// against the simulator over real HTTP, once the customer's STOP is synced, a reply from the
// composer's path, `textdesk send`, a scheduled message (new, and one scheduled before the
// STOP) and a survey are all refused before anything is queued, with the reason in words, and
// nothing reaches the provider.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "TextdeskRun.h"
#include "engine/SyncEngine.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/SurveyStore.h"
#include "surveys/SurveySender.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using textdesk::test::Run;
using textdesk::test::SimHarness;

namespace {

const QString kCustomer = QStringLiteral("+14155552701");

bool pass(engine::SyncEngine &engine)
{
    QSignalSpy finished(&engine, &engine::SyncEngine::passFinished);
    engine.syncNow();
    return finished.wait(30'000);
}

int providerSends(SimHarness &sim)
{
    return sim.stats()
        .value(QStringLiteral("direction"))
        .toObject()
        .value(QStringLiteral("outbound-api"))
        .toInt();
}

} // namespace

class TestConsentEverySend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void stopBlocksEverySendPath();
};

void TestConsentEverySend::stopBlocksEverySendPath()
{
    SimHarness sim;
    QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
    sim.injectInbound(kCustomer, QStringLiteral("Hi, where is my order?"));
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("ws"));
    const Run configured = test::runTextdesk(
        QStringLiteral(TEXTDESK_BINARY),
        { QStringLiteral("configure"), QStringLiteral("--workspace"), workspace,
          QStringLiteral("--account-sid"), QLatin1String(SimHarness::kAccountSid),
          QStringLiteral("--base-url"), sim.baseUrl().toString() },
        QByteArray(SimHarness::kAuthToken) + '\n');
    QVERIFY2(configured.exitCode == 0, qPrintable(configured.describe()));

    {
        engine::EngineSettings settings;
        settings.cachePath = workspace + QStringLiteral("/cache.sqlite");
        settings.account = sim.config();
        settings.pullOnTimer = false;
        FakeClock clock(QDateTime::currentMSecsSinceEpoch());
        engine::SyncEngine engine(settings, clock);
        QVERIFY(engine.open());
        Database &db = engine.database();
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.pull()->isRunning(), 30'000);
        const qint64 conversation
            = test::rows(db,
                         QStringLiteral("SELECT c.id FROM conversations c JOIN contacts k ON "
                                        "k.id = c.contact_id WHERE k.e164 = '%1'")
                             .arg(kCustomer))
                  .value(0)
                  .toLongLong();
        QVERIFY(conversation);
        // Daytime for the customer whatever the hour of the run, so quiet hours hold nothing.
        const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
        QVERIFY(db.execOnce(QStringLiteral("UPDATE contacts SET custom_fields = '{\"time_zone\": "
                                           "\"Etc/GMT%1%2\"}'")
                                .arg(utcHour >= 12 ? QLatin1Char('+') : QLatin1Char('-'))
                                .arg(std::abs(utcHour - 12))));
        // Scheduled before the STOP, not to be cancelled by a reply: the consent check stops it.
        auto early = scheduled::schedule(db,
                                         { conversation,
                                           QStringLiteral("Following up on your "
                                                          "order"),
                                           clock.nowMs() + 3600'000,
                                           {},
                                           false,
                                           0 },
                                         clock.nowMs());
        QVERIFY(early);
        engine.scheduler()->rearm();
        surveys::Survey survey
            = surveys::SurveyTexts::makeDefault(surveys::SurveyKind::Csat, QStringLiteral("CSAT"));
        survey.company = QStringLiteral("Homeware Co");
        QVERIFY(SurveyStore::save(db, survey, clock.nowMs()));

        sim.injectInbound(kCustomer, QStringLiteral("STOP"));
        QVERIFY(pass(engine));
        QCOMPARE(test::rows(db,
                            QStringLiteral("SELECT consent_state FROM contacts WHERE e164 = "
                                           "'%1'")
                                .arg(kCustomer)),
                 QStringList { QStringLiteral("opted_out") });

        // The composer's path (SyncWorker::send → OutboxSender::enqueue).
        const sync::EnqueueResult reply = engine.outbox()->enqueue(
            { kCustomer, sim.ourNumber(), QStringLiteral("Your order ships today"), 0, {} });
        QCOMPARE(reply.error, sync::EnqueueResult::Error::OptedOut);
        QVERIFY2(reply.errorMessage.contains(QStringLiteral("opted out"))
                     && reply.errorMessage.contains(QStringLiteral("STOP")),
                 qPrintable(reply.errorMessage));

        // A new scheduled message is refused; the earlier one is not sent at its time.
        auto later = scheduled::schedule(
            db, { conversation, QStringLiteral("Later"), clock.nowMs() + 60'000, {}, false, 0 },
            clock.nowMs());
        QVERIFY(!later);
        QVERIFY2(later.error().message().contains(QStringLiteral("STOP")),
                 qPrintable(later.error().message()));
        clock.advance(3600'000);
        QCOMPARE(test::rows(db, QStringLiteral("SELECT state, reason FROM scheduled_messages")),
                 QStringList { QStringLiteral("cancelled|opted_out") });
        QCOMPARE(scheduled::reasonText(QStringLiteral("opted_out")).isEmpty(), false);

        // A survey by hand: refused at once with the reason, so the agent is told (nothing is
        // queued to be skipped later).
        auto response = surveys::SurveySender::sendNow(db, conversation, 0,
                                                       QStringLiteral("manual"), 0, clock.nowMs());
        QVERIFY(!response);
        QVERIFY2(response.error().message().contains(QStringLiteral("opted out")),
                 qPrintable(response.error().message()));
        engine.scheduler()->rearm();
        clock.advance(1);
        QCOMPARE(test::rows(db,
                            QStringLiteral("SELECT count(*) FROM survey_responses WHERE state "
                                           "NOT IN ('skipped')")),
                 QStringList { QStringLiteral("0") });
        QCOMPARE(test::rows(db, QStringLiteral("SELECT count(*) FROM outbox")),
                 QStringList { QStringLiteral("0") });
        engine.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.pull()->isRunning(), 20'000);
    }

    // `textdesk send`: refused before the provider is asked, exit 1, the reason in words.
    const Run cli = test::runTextdesk(
        QStringLiteral(TEXTDESK_BINARY),
        { QStringLiteral("send"), QStringLiteral("--workspace"), workspace, QStringLiteral("--to"),
          kCustomer, QStringLiteral("--body"), QStringLiteral("One more thing") },
        {}, SimHarness::kAuthToken);
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("STOP")), qPrintable(cli.describe()));
    QCOMPARE(providerSends(sim), 0);
}

QTEST_GUILESS_MAIN(TestConsentEverySend)
#include "TestConsentEverySend.moc"
