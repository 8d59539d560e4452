#include "SimHarness.h"
#include "Simulator.h"
#include "training/ReplyAnalysis.h"
#include "training/TrainingRun.h"

#include <QTest>
#include <QtCore/QElapsedTimer>

using namespace textdesk;
using namespace textdesk::training;

namespace {

// A scenario minute lasts this long here, so a half-hour scenario plays in seconds.
constexpr int kMinuteMs = 120;
constexpr quint32 kSeed = 5;
const QString kScenario = QStringLiteral("late-order-en");

QList<ScriptedReply> goodScript()
{
    return { { 1,
               QStringLiteral("Hi Anna, sorry your order 48213 is late. It is on its way and "
                              "arrives tomorrow before noon."),
               0 } };
}

QList<ScriptedReply> poorScript()
{
    return { { 14,
               QStringLiteral("PLEASE NOTE your parcel has a carrier exception, we opened a "
                              "ticket with L2."),
               0 },
             { 1, QStringLiteral("The 3PL will update the SLA."), 0 } };
}

} // namespace

// A training scenario played against the real simulator over loopback HTTP: the customer's
// reactions come from the simulator's scenario driver, the agent's replies go through the
// provider client, and the transcript the provider lists is scored.
class TestTrainingSim : public QObject
{
    Q_OBJECT

    struct Played
    {
        Transcript transcript;
        ScenarioScore score;
    };

    Played play(const QList<ScriptedReply> &script)
    {
        Played result;
        QList<ScenarioError> errors;
        const auto scenario = ScenarioLoader::load(kScenario, &errors);
        if (!scenario) {
            qWarning() << "cannot load" << kScenario;
            return result;
        }
        sim::SimulatorOptions options;
        options.accountSid = QLatin1String(test::SimHarness::kAccountSid);
        options.authToken = QLatin1String(test::SimHarness::kAuthToken);
        options.scenario = QStringLiteral("training:") + kScenario;
        options.seed = kSeed;
        options.statusStepMs = 10;
        options.failureRate = 0;
        options.tickMs = 10;
        options.trainingMinuteMs = kMinuteMs;
        sim::Simulator simulator(options);
        QString error;
        if (!simulator.start(&error)) {
            qWarning() << error;
            return result;
        }
        QNetworkAccessManager network;
        provider::ProviderConfig config;
        config.baseUrl = simulator.baseUrl();
        config.credentials.accountSid = options.accountSid;
        config.credentials.secret = options.authToken.toUtf8();
        config.retry = test::SimHarness::fastRetry();
        provider::TwilioClient client(&network, config);

        // What the headless runner expects the customer to have said before each reply: the
        // simulator plays the same rules, so it must say the same.
        const RunResult expected = playScript(*scenario, script, kSeed, defaultJargon());
        QElapsedTimer clock;
        qint64 startMs = -1;
        auto minutesNow = [&] { return double(clock.elapsed() - startMs) / kMinuteMs; };
        // Records the customer's new messages as they arrive (first one: minute 0).
        auto observe = [&] {
            const auto all = test::listAll(&client);
            QList<provider::ProviderMessage> inbound;
            for (const auto &m : all) {
                if (m.isInbound())
                    inbound.prepend(m); // the list is newest first
            }
            int known = 0;
            for (const TranscriptMessage &m : std::as_const(result.transcript))
                known += m.fromAgent ? 0 : 1;
            for (qsizetype i = known; i < inbound.size(); ++i) {
                if (startMs < 0)
                    startMs = clock.elapsed();
                const double at = minutesNow();
                result.transcript << TranscriptMessage { 0, false, inbound.at(i).body, QString(),
                                                         at };
            }
            return int(inbound.size());
        };
        // The agent replies when the headless runner's agent did (the same turn rule).
        QList<double> replyAt;
        int expectedTotal = 0;
        for (const TranscriptMessage &m : expected.transcript) {
            if (m.fromAgent)
                replyAt << m.atMinutes;
            else
                ++expectedTotal;
        }
        clock.start();
        if (!QTest::qWaitFor([&] { return observe() >= 1; }, 20'000)) {
            m_problems << QStringLiteral("the customer never wrote");
            return result;
        }
        for (qsizetype r = 0; r < script.size(); ++r) {
            if (!QTest::qWaitFor(
                    [&] {
                        observe();
                        return minutesNow() >= replyAt.value(r);
                    },
                    60'000))
                m_problems << QStringLiteral("reply %1 was never due").arg(r);
            provider::OutgoingMessage message;
            message.to = scenario->customers.first().number;
            message.from = scenario->ourNumber;
            message.body = script.at(r).text;
            result.transcript << TranscriptMessage { 0, true, message.body, QString(),
                                                     minutesNow() };
            if (!test::waitFor(client.send(message)))
                m_problems << QStringLiteral("send %1 did not finish").arg(r);
        }
        // The customer's last reactions (and escalation while ignored, within the epilogue).
        if (!QTest::qWaitFor([&] { return observe() >= expectedTotal; }, 30'000))
            m_problems << QStringLiteral("the customer wrote less than the runner's");
        // The simulator played the same customer as the headless runner: the same words.
        QStringList simSaid;
        QStringList runnerSaid;
        for (const TranscriptMessage &m : std::as_const(result.transcript)) {
            if (!m.fromAgent)
                simSaid << m.text;
        }
        for (const TranscriptMessage &m : expected.transcript) {
            if (!m.fromAgent)
                runnerSaid << m.text;
        }
        if (simSaid != runnerSaid)
            m_problems << QStringLiteral("simulator: %1 / runner: %2")
                              .arg(simSaid.join(QLatin1String(" | ")),
                                   runnerSaid.join(QLatin1String(" | ")));
        std::stable_sort(result.transcript.begin(), result.transcript.end(),
                         [](const TranscriptMessage &a, const TranscriptMessage &b) {
                             return a.atMinutes < b.atMinutes;
                         });
        result.score = Scoring::score(*scenario, result.transcript, defaultJargon());
        return result;
    }

    QStringList m_problems;

private slots:
    // A scenario's photo arrives as an MMS with real bytes, as the simulator's other customers'.
    void openingWithAPhotoIsAnMms()
    {
        sim::SimulatorOptions options;
        options.accountSid = QLatin1String(test::SimHarness::kAccountSid);
        options.authToken = QLatin1String(test::SimHarness::kAuthToken);
        options.scenario = QStringLiteral("training:wrong-item-photo-en");
        options.tickMs = 10;
        options.trainingMinuteMs = kMinuteMs;
        sim::Simulator simulator(options);
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        provider::ProviderConfig config;
        config.baseUrl = simulator.baseUrl();
        config.credentials.accountSid = options.accountSid;
        config.credentials.secret = options.authToken.toUtf8();
        config.retry = test::SimHarness::fastRetry();
        provider::TwilioClient client(&network, config);
        QList<provider::ProviderMessage> listed;
        QTRY_VERIFY_WITH_TIMEOUT(!(listed = test::listAll(&client)).isEmpty(), 10'000);
        QCOMPARE(listed.first().from, QStringLiteral("+13125550147"));
        QCOMPARE(listed.first().numMedia, 1);
        QVERIFY(listed.first().body.contains(QStringLiteral("71502")));
    }

    void unknownScenarioIsRefusedInWords()
    {
        sim::SimulatorOptions options;
        options.accountSid = QLatin1String(test::SimHarness::kAccountSid);
        options.authToken = QLatin1String(test::SimHarness::kAuthToken);
        options.scenario = QStringLiteral("training:/nonexistent/scenario.json");
        sim::Simulator simulator(options);
        QString error;
        QVERIFY(!simulator.start(&error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/scenario.json")), qPrintable(error));
    }

    void goodAndPoorRepliesScoreApart()
    {
        const Played good = play(goodScript());
        const Played poor = play(poorScript());
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        QVERIFY(!good.transcript.isEmpty());
        QVERIFY(!poor.transcript.isEmpty());
        // The customer reacted to the words: thanks to the good reply, confusion at the jargon.
        QVERIFY(std::any_of(
            good.transcript.begin(), good.transcript.end(), [](const TranscriptMessage &m) {
                return !m.fromAgent
                    && (m.text.contains(QStringLiteral("thanks"), Qt::CaseInsensitive));
            }));
        QVERIFY(std::any_of(poor.transcript.begin(), poor.transcript.end(),
                            [](const TranscriptMessage &m) {
                                return !m.fromAgent
                                    && (m.text.contains(QStringLiteral("mean"))
                                        || m.text.contains(QStringLiteral("understand")));
                            }));
        // …and escalated while the poor agent kept them waiting.
        QVERIFY(std::any_of(poor.transcript.begin(), poor.transcript.end(),
                            [](const TranscriptMessage &m) {
                                return !m.fromAgent && m.text.startsWith(QStringLiteral("Hello?"));
                            }));
        QVERIFY2(good.score.passed, qPrintable(Scoring::toText(good.score)));
        QVERIFY2(!poor.score.passed, qPrintable(Scoring::toText(poor.score)));
        QVERIFY(good.score.score >= 90);
        QVERIFY(poor.score.score <= 30);
        auto passed = [](const Played &p, const QString &id) {
            for (const Check &c : p.score.checks) {
                if (c.id == id)
                    return c.passed;
            }
            return false;
        };
        for (const QString &id :
             { QStringLiteral("first_reply"), QStringLiteral("goal"), QStringLiteral("jargon"),
               QStringLiteral("all_caps"), QStringLiteral("personal_order") }) {
            QVERIFY2(passed(good, id), qPrintable(id));
            QVERIFY2(!passed(poor, id), qPrintable(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainingSim)
#include "TestTrainingSim.moc"
