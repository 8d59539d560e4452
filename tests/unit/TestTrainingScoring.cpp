#include "training/CustomerPlayer.h"
#include "training/ReplyAnalysis.h"
#include "training/Scoring.h"
#include "training/TrainingRun.h"

#include <QTest>

using namespace textdesk::training;

namespace {

Scenario scenario()
{
    QList<ScenarioError> errors;
    const auto s = ScenarioLoader::parse(R"({
      "id": "score", "title": "Scoring",
      "starts_at": "2026-03-03T20:30",
      "customer": {
        "name": "Anna Miller", "number": "+14155550101",
        "profile": { "order": "48213", "time_zone": "America/Los_Angeles" },
        "opening": [ "Where is my order?" ],
        "reactions": [
          { "when": { "contains": ["tomorrow"] }, "goal": true, "then": ["Great, thanks!"] },
          { "when": { "apologises": true }, "then": ["Thanks. When will it come?"] }
        ],
        "otherwise": [ "Hm?" ]
      },
      "goal": { "description": "Delivery date told", "reaction": true },
      "templates": { "late": "Hi {{first_name}}, your order {{order}} arrives {{day}}." },
      "checks": { "template": "late", "personal_fields": ["name", "order"],
                  "first_reply_minutes": 5, "resolution_minutes": 20, "max_segments": 1 },
      "survey": { "kind": "csat", "threshold": 4 },
      "model_answer": [ { "delay_minutes": 1, "text": "Hi Anna, your order 48213 arrives tomorrow." } ]
    })",
                                         &errors);
    Q_ASSERT(s);
    return *s;
}

TranscriptMessage customer(const QString &text, double at)
{
    return { 0, false, text, QString(), at };
}

TranscriptMessage agent(const QString &text, double at)
{
    return { 0, true, text, QString(), at };
}

const QString kGood = QStringLiteral("Hi Anna, your order 48213 arrives tomorrow.");

// A transcript where everything is right; each test changes one thing.
Transcript goodTranscript()
{
    return { customer(QStringLiteral("Where is my order?"), 0), agent(kGood, 2),
             customer(QStringLiteral("Great, thanks!"), 3.5) };
}

std::optional<Check> checkOf(const ScenarioScore &score, const QString &id)
{
    for (const Check &c : score.checks) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

ScenarioScore scored(const Transcript &t)
{
    return Scoring::score(scenario(), t, defaultJargon());
}

} // namespace

class TestTrainingScoring : public QObject
{
    Q_OBJECT
private slots:
    void goodTranscriptPassesEveryCheck()
    {
        const ScenarioScore s = scored(goodTranscript());
        for (const Check &c : s.checks)
            QVERIFY2(c.passed, qPrintable(c.id + QLatin1String(": ") + c.explanation));
        QCOMPARE(s.score, 100);
        QVERIFY(s.passed);
        QCOMPARE(*s.firstReplyMinutes, 2.0);
        QCOMPARE(*s.resolutionMinutes, 3.5);
        QCOMPARE(*s.surveyScore, 5);
        QCOMPARE(s.modelAnswer, QStringList { kGood });
    }

    // Each row: one change to the good transcript, the check it must miss, and which message
    // the check must point at (-1: none).
    void eachCheckMisses_data()
    {
        QTest::addColumn<Transcript>("transcript");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("message");
        Transcript t = goodTranscript();
        t[1].atMinutes = 9;
        t[2].atMinutes = 10;
        QTest::newRow("late first reply") << t << QStringLiteral("first_reply") << 1;
        QTest::newRow("no reply") << Transcript { t.first() } << QStringLiteral("first_reply")
                                  << -1;
        t = goodTranscript();
        t[1].text = QStringLiteral("Hi Anna, your order 48213 is on its way.");
        t[2].text = QStringLiteral("Hm?");
        QTest::newRow("goal missed") << t << QStringLiteral("goal") << -1;
        t = goodTranscript();
        t << agent(QStringLiteral("Anything else, Anna?"), 4)
          << customer(QStringLiteral("Great, thanks!"), 40);
        t.remove(2);
        QTest::newRow("slow resolution") << t << QStringLiteral("resolution") << 3;
        t = goodTranscript();
        t[1].text = kGood + QStringLiteral(" ") + QString(140, QLatin1Char('x'));
        QTest::newRow("two segments") << t << QStringLiteral("reply_length") << 1;
        t = goodTranscript();
        t[1].text = QStringLiteral("Hi Anna, your order 48213 arrives tomorrow \u2013 promise.");
        QTest::newRow("en dash forces UCS-2") << t << QStringLiteral("look_alikes") << 1;
        t = goodTranscript();
        t[1].text = QStringLiteral("Hi, your order 48213 arrives tomorrow.");
        QTest::newRow("no name") << t << QStringLiteral("personal_name") << -1;
        t = goodTranscript();
        t[1].text = QStringLiteral("Hi Anna, your order arrives tomorrow.");
        QTest::newRow("no order") << t << QStringLiteral("personal_order") << -1;
        t = goodTranscript();
        t[1].text = QStringLiteral("Hi Anna, your order 48213 arrives TOMORROW FOR SURE.");
        QTest::newRow("shouting") << t << QStringLiteral("all_caps") << 1;
        t = goodTranscript();
        t[1].text
            = QStringLiteral("Hi Anna, order 48213 had a carrier exception, arrives tomorrow.");
        QTest::newRow("jargon") << t << QStringLiteral("jargon") << 1;
        t = goodTranscript();
        t << customer(QStringLiteral("Can you leave it at the door?"), 5);
        QTest::newRow("question left open") << t << QStringLiteral("questions_answered") << 3;
        t = goodTranscript();
        t[1].text = QStringLiteral("Anna, 48213 comes tomorrow.");
        QTest::newRow("no template") << t << QStringLiteral("template") << -1;
        t = goodTranscript();
        t << customer(QStringLiteral("STOP"), 5)
          << agent(QStringLiteral("Sorry to see you go!"), 6);
        QTest::newRow("send after STOP") << t << QStringLiteral("no_send_after_stop") << 4;
        t = goodTranscript();
        t << customer(QStringLiteral("HELP"), 5);
        QTest::newRow("HELP unanswered") << t << QStringLiteral("help_answered") << 3;
        t = goodTranscript();
        // 20:30 + 3.5 h = midnight at the customer's: a follow-up nobody asked for.
        t << agent(QStringLiteral("Anna, did it arrive?"), 210);
        QTest::newRow("proactive at midnight") << t << QStringLiteral("quiet_hours") << 3;
        t = goodTranscript();
        t[1].text = QStringLiteral("YOUR PARCEL 48213 HAD A CARRIER EXCEPTION.");
        t[2].text = QStringLiteral("Hm?");
        QTest::newRow("unhappy customer") << t << QStringLiteral("survey") << -1;
    }

    void eachCheckMisses()
    {
        QFETCH(Transcript, transcript);
        QFETCH(QString, check);
        QFETCH(int, message);
        const ScenarioScore good = scored(goodTranscript());
        const ScenarioScore s = scored(transcript);
        const auto c = checkOf(s, check);
        QVERIFY2(c, "the check is missing");
        QVERIFY2(!c->passed, qPrintable(c->explanation));
        QVERIFY(!c->explanation.isEmpty());
        QCOMPARE(c->messageIndex, message);
        if (message >= 0)
            QCOMPARE(c->message, transcript.at(message).text);
        QVERIFY(s.score < good.score);
    }

    void complianceMissFailsTheScenario()
    {
        Transcript t = goodTranscript();
        t << customer(QStringLiteral("STOP"), 5) << agent(QStringLiteral("Bye Anna"), 6);
        const ScenarioScore s = scored(t);
        QVERIFY(s.score >= 80);
        QVERIFY(!s.passed);
    }

    void checksOnlyWhenTheyApply()
    {
        const ScenarioScore s = scored(goodTranscript());
        QVERIFY(!checkOf(s, QStringLiteral("no_send_after_stop")));
        QVERIFY(!checkOf(s, QStringLiteral("help_answered")));
        Transcript t = goodTranscript();
        t << customer(QStringLiteral("STOP"), 5);
        QVERIFY(checkOf(scored(t), QStringLiteral("no_send_after_stop"))->passed);
    }

    void apologiesInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("apology");
        QTest::newRow("en") << "en"
                            << "So sorry about that!" << true;
        QTest::newRow("de") << "de"
                            << "Entschuldigung, das war unser Fehler." << true;
        QTest::newRow("es") << "es"
                            << "Lo siento mucho." << true;
        QTest::newRow("fr") << "fr"
                            << "Désolé pour le retard." << true;
        QTest::newRow("de none") << "de"
                                 << "Ihre Bestellung kommt morgen." << false;
        QTest::newRow("fr none") << "fr"
                                 << "Votre commande arrive demain." << false;
    }

    void apologiesInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(bool, apology);
        QCOMPARE(containsApology(text, language), apology);
    }

    void customerReactsToTheWords()
    {
        const Scenario s = scenario();
        CustomerPlayer player(s, 3, defaultJargon());
        QCOMPARE(player.openings().first().text, QStringLiteral("Where is my order?"));
        const auto apology = player.react(0, QStringLiteral("Sorry Anna!"), 1);
        QCOMPARE(apology.size(), 1);
        QCOMPARE(apology.first().text, QStringLiteral("Thanks. When will it come?"));
        QVERIFY(apology.first().atMinutes > 1);
        const auto goal = player.react(0, QStringLiteral("It arrives tomorrow."), 4);
        QCOMPARE(goal.first().text, QStringLiteral("Great, thanks!"));
        QCOMPARE(player.react(0, QStringLiteral("ok"), 6).first().text, QStringLiteral("Hm?"));
    }

    // Each kind of condition, alone: the customer answers "yes" when it holds, "no" otherwise.
    void reactionRules_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<double>("minute");
        QTest::addColumn<bool>("holds");
        QTest::newRow("mentions order") << R"({"mentions": ["order"]})"
                                        << "Order #48213 ships today" << 1.0 << true;
        QTest::newRow("mentions order, miss") << R"({"mentions": ["order"]})"
                                              << "It ships today" << 1.0 << false;
        QTest::newRow("mentions name") << R"({"mentions": ["name"]})"
                                       << "Hi anna!" << 1.0 << true;
        QTest::newRow("omits name") << R"({"omits": ["name"]})"
                                    << "Hi Anna!" << 1.0 << false;
        QTest::newRow("contains") << R"({"contains": ["refund"]})"
                                  << "Your REFUND is on its way" << 1.0 << true;
        QTest::newRow("apologises") << R"({"apologises": true})"
                                    << "We apologise for the delay" << 1.0 << true;
        QTest::newRow("apologises, miss") << R"({"apologises": true})"
                                          << "It is delayed" << 1.0 << false;
        QTest::newRow("asks a question") << R"({"asks_question": true})"
                                         << "Which order?" << 1.0 << true;
        QTest::newRow("all caps") << R"({"all_caps": true})"
                                  << "PLEASE WAIT for news" << 1.0 << true;
        QTest::newRow("no caps") << R"({"all_caps": true})"
                                 << "Please wait, ID 48213 is fine" << 1.0 << false;
        QTest::newRow("jargon") << R"({"jargon": true})"
                                << "We raised an RMA" << 1.0 << true;
        QTest::newRow("over one segment")
            << R"({"segments_over": 1})" << QString(161, QLatin1Char('a')) << 1.0 << true;
        QTest::newRow("one segment")
            << R"({"segments_over": 1})" << QString(160, QLatin1Char('a')) << 1.0 << false;
        QTest::newRow("late") << R"({"after_minutes": 10})"
                              << "Sorry" << 12.0 << true;
        QTest::newRow("in time") << R"({"after_minutes": 10})"
                                 << "Sorry" << 8.0 << false;
        QTest::newRow("template") << R"({"uses_template": "late"})"
                                  << "Hi Anna, your order 48213 arrives Friday." << 1.0 << true;
        QTest::newRow("no template") << R"({"uses_template": true})"
                                     << "Anna, Friday." << 1.0 << false;
        QTest::newRow("all must hold") << R"({"apologises": true, "mentions": ["order"]})"
                                       << "Sorry!" << 1.0 << false;
    }

    void reactionRules()
    {
        QFETCH(QString, when);
        QFETCH(QString, reply);
        QFETCH(double, minute);
        QFETCH(bool, holds);
        const QString json = QStringLiteral(R"({"id": "r", "title": "R",
          "customer": {"name": "Anna Miller", "number": "+14155550101",
            "profile": {"order": "48213"}, "opening": ["Where is my order?"],
            "reactions": [{"when": %1, "then": ["yes"]}], "otherwise": ["no"]},
          "templates": {"late": "Hi {{first_name}}, your order {{order}} arrives {{day}}."},
          "goal": {"description": "d", "phrases": ["x"]},
          "model_answer": [{"text": "x"}]})")
                                 .arg(when);
        QList<ScenarioError> errors;
        const auto s = ScenarioLoader::parse(json.toUtf8(), &errors);
        QVERIFY2(s, qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
        CustomerPlayer player(*s, 1, defaultJargon());
        QCOMPARE(player.openings().size(), 1);
        const auto answer = player.react(0, reply, minute);
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer.first().text, holds ? QStringLiteral("yes") : QStringLiteral("no"));
    }

    void ignoredCustomerEscalatesToStop()
    {
        QList<ScenarioError> errors;
        const auto s = ScenarioLoader::parse(R"({"id": "i", "title": "I",
          "customer": {"name": "Anna", "number": "+14155550101", "opening": ["Hello?"],
            "ignored": [{"after_minutes": 5, "then": ["Anyone?"]},
                        {"after_minutes": 15, "then": ["Forget it."], "stop": true}]},
          "goal": {"description": "d", "phrases": ["x"]}, "model_answer": [{"text": "x"}]})",
                                             &errors);
        QVERIFY(s);
        CustomerPlayer player(*s, 1, defaultJargon());
        player.openings();
        QVERIFY(player.ignoredUntil(4.9).isEmpty());
        const auto nudge = player.ignoredUntil(5);
        QCOMPARE(nudge.size(), 1);
        QCOMPARE(nudge.first().text, QStringLiteral("Anyone?"));
        const auto stop = player.ignoredUntil(30);
        QCOMPARE(stop.size(), 2);
        QCOMPARE(stop.last().text, QStringLiteral("STOP"));
        QVERIFY(player.stopped(0));
        QVERIFY(player.react(0, QStringLiteral("Sorry!"), 31).isEmpty());
    }

    // Two conversations at once: the goal is both customers' goals, not the first one's.
    void goalOfTwoCustomersNeedsBoth()
    {
        QList<ScenarioError> errors;
        const auto s = ScenarioLoader::load(QStringLiteral("two-at-once-de"), &errors);
        QVERIFY(s);
        Transcript t { { 0,
                         false,
                         QStringLiteral("Hallo, ist meine Bestellung 30420 schon unterwegs?"),
                         {},
                         0 },
                       { 1,
                         false,
                         QStringLiteral("Kann ich die Lieferadresse für 30488 noch ändern?"),
                         {},
                         1 },
                       { 0, true, QStringLiteral("Hallo Jonas, 30420 kommt morgen."), {}, 2 },
                       { 0, false, QStringLiteral("Danke, perfekt!"), {}, 3 } };
        auto goal = [&] {
            for (const Check &c : Scoring::score(*s, t, defaultJargon()).checks) {
                if (c.id == QLatin1String("goal"))
                    return c.passed;
            }
            return false;
        };
        QVERIFY(!goal());
        t << TranscriptMessage {
            1, true, QStringLiteral("Hallo Lena, die Adresse ist geändert."), {}, 4
        } << TranscriptMessage { 1, false, QStringLiteral("Super, danke!"), {}, 5 };
        QVERIFY(goal());
    }

    void sameRepliesSameScore()
    {
        const Scenario s = scenario();
        const QList<ScriptedReply> replies { { 3, QStringLiteral("Sorry Anna!"), 0 },
                                             { 2, kGood, 0 } };
        const RunResult a = playScript(s, replies, 11, defaultJargon());
        const RunResult b = playScript(s, replies, 11, defaultJargon());
        QCOMPARE(a.transcript.size(), b.transcript.size());
        for (qsizetype i = 0; i < a.transcript.size(); ++i) {
            QCOMPARE(a.transcript.at(i).text, b.transcript.at(i).text);
            QCOMPARE(a.transcript.at(i).atMinutes, b.transcript.at(i).atMinutes);
        }
        QCOMPARE(a.score.score, b.score.score);
        QCOMPARE(Scoring::toJson(a.score), Scoring::toJson(b.score));
    }

    void overall()
    {
        const ScenarioScore good = scored(goodTranscript());
        Transcript t = goodTranscript();
        t[1].atMinutes = 9;
        t[2].atMinutes = 10;
        const ScenarioScore late = scored(t);
        const OverallScore o = Scoring::overall({ good, late });
        QCOMPARE(o.scenarios, 2);
        QCOMPARE(o.passed, int(good.passed) + int(late.passed));
        QCOMPARE(o.meanScore, (good.score + late.score) / 2.0);
        QCOMPARE(*o.medianFirstReplyMinutes, 5.5);
        QCOMPARE(o.missed.value(QStringLiteral("first_reply")), 1);
    }
};

QTEST_GUILESS_MAIN(TestTrainingScoring)
#include "TestTrainingScoring.moc"
