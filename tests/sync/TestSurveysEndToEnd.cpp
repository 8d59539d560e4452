// Surveys end to end against the simulator over real HTTP: conversations are resolved, the
// engine's (fake) clock passes the survey's delay, the surveys go out through the outbox, the
// simulator's scripted customers answer as real ones do, and the answers land in
// survey_responses with their score and attribution.
#include "SimHarness.h"
#include "TestWorkspace.h"
#include "engine/Snooze.h"
#include "engine/SyncEngine.h"
#include "reports/Reports.h"
#include "storage/SurveyStore.h"
#include "surveys/SurveyReplyParser.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimeZone>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace textdesk;
using textdesk::FakeClock;
using textdesk::test::SimHarness;

namespace {

bool pass(engine::SyncEngine &engine)
{
    QSignalSpy finished(&engine, &engine::SyncEngine::passFinished);
    engine.syncNow();
    return finished.wait(30'000);
}

} // namespace

class TestSurveysEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void resolvedConversationsAreSurveyedAndAnswered()
    {
        SimHarness sim(QStringLiteral("demo"), 11, 50);
        QVERIFY2(sim.isRunning(), qPrintable(sim.startError()));
        test::TestCache cache;
        engine::EngineSettings settings;
        settings.cachePath = cache.path();
        settings.account = sim.config();
        settings.pullOnTimer = false;
        // The engine's clock starts two hours back, so that after the hour's delay our survey
        // is older than the customers' answers, which the simulator stamps with the real time.
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 2 * 3600'000;
        FakeClock clock(start);
        engine::SyncEngine engine(settings, clock);
        QVERIFY(engine.open());
        Database &db = engine.database();
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.pull()->isRunning(), 30'000);
        QVERIFY(test::rows(db, QStringLiteral("SELECT count(*) FROM messages")).value(0).toInt()
                > 0);

        surveys::Survey survey
            = surveys::SurveyTexts::makeDefault(surveys::SurveyKind::Csat, QStringLiteral("CSAT"));
        survey.company = QStringLiteral("Homeware Co");
        QVERIFY(SurveyStore::save(db, survey, clock.nowMs()));
        QVERIFY(db.execOnce(QStringLiteral("INSERT INTO agents (id, name, created_at) VALUES (5, "
                                           "'Sam', 0)")));
        // Daytime for every customer, whatever the hour of the test run: their profile's zone.
        const int utcHour
            = QDateTime::fromMSecsSinceEpoch(start + 3600'000, QTimeZone::utc()).time().hour();
        const int offset = ((12 - utcHour + 36) % 24) - 12; // -12..+11
        const QString zone = QStringLiteral("UTC%1%2:00")
                                 .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                 .arg(std::abs(offset), 2, 10, QLatin1Char('0'));
        QVERIFY2(QTimeZone(zone.toUtf8()).isValid(), qPrintable(zone));
        QVERIFY(db.execOnce(QStringLiteral("UPDATE contacts SET custom_fields = "
                                           "'{\"time_zone\":\"%1\"}'")
                                .arg(zone)));

        // Conversations an agent answered, one per customer (a second would be skipped as
        // surveyed in the last days), customers who can still be texted.
        const QStringList picked = test::rows(
            db,
            QStringLiteral("SELECT min(c.id) FROM conversations c JOIN contacts k ON k.id = "
                           "c.contact_id WHERE k.consent_state <> 'opted_out' AND EXISTS "
                           "(SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND "
                           "m.direction = 'outbound') GROUP BY c.contact_id ORDER BY 1 "
                           "LIMIT 12"));
        QVERIFY(picked.size() >= 8);
        for (const QString &id : picked) {
            QVERIFY(engine::Snooze::setStatus(db, id.toLongLong(), QStringLiteral("resolved"), 0,
                                              clock.nowMs(), 5));
        }
        engine.scheduler()->rearm();
        QCOMPARE(test::rows(db,
                            QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                           "state = 'scheduled'")),
                 QStringList { QString::number(picked.size()) });

        clock.advance(3600'000); // the survey's delay: they go out through the outbox
        QCOMPARE(test::rows(db,
                            QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                           "state = 'sent'")),
                 QStringList { QString::number(picked.size()) });
        // Each reached the provider once. The engine's clock moves on with the real one, so the
        // outbox's pace per number (on that clock) lets the next one go.
        const auto unsent = [&db] {
            return test::rows(db,
                              QStringLiteral("SELECT count(*) FROM survey_responses r JOIN "
                                             "messages m ON m.id = r.sent_message_id WHERE "
                                             "m.sid IS NULL"))
                .value(0);
        };
        QElapsedTimer sending;
        sending.start();
        while (unsent() != QLatin1String("0") && sending.elapsed() < 60'000) {
            clock.advance(1000);
            QTest::qWait(250);
        }
        QCOMPARE(unsent(), QStringLiteral("0"));

        // The simulated customers answer within seconds (some never do): pull until the
        // answers are in.
        QElapsedTimer waited;
        waited.start();
        int answered = 0;
        while (waited.elapsed() < 45'000) {
            QVERIFY(pass(engine));
            answered = test::rows(db,
                                  QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                                 "state = 'answered'"))
                           .value(0)
                           .toInt();
            if (answered >= picked.size() / 3 && waited.elapsed() > 25'000)
                break;
            clock.advance(1000);
            QTest::qWait(1000);
        }
        QVERIFY2(answered >= 2, qPrintable(QString::number(answered)));

        // Every answered row holds what the customer's reply says, read by the parser, and the
        // attribution of the conversation.
        const QStringList rows = test::rows(
            db,
            QStringLiteral("SELECT r.score, r.score_kind, coalesce(r.comment, ''), m.body, "
                           "r.agent_id, r.inbox_id = c.inbox_id, r.contact_id = "
                           "c.contact_id, r.answered_at >= r.sent_at, m.conversation_id = "
                           "r.conversation_id, coalesce((SELECT n.body FROM messages n WHERE "
                           "n.conversation_id = "
                           "r.conversation_id AND n.direction = 'inbound' AND n.id > "
                           "r.reply_message_id ORDER BY n.id LIMIT 1), '') "
                           "FROM survey_responses r JOIN messages m ON m.id "
                           "= r.reply_message_id JOIN conversations c ON c.id = "
                           "r.conversation_id WHERE r.state = 'answered'"));
        QCOMPARE(rows.size(), answered);
        for (const QString &row : rows) {
            const QStringList f = row.split(QLatin1Char('|'));
            const surveys::ParsedReply expected = surveys::SurveyReplyParser::parse(
                surveys::SurveyKind::Csat, QStringLiteral("en"), f.at(3));
            QVERIFY2(expected.score && *expected.score == f.at(0).toInt(), qPrintable(row));
            QVERIFY2(f.at(0).toInt() >= 1 && f.at(0).toInt() <= 5, qPrintable(row));
            QCOMPARE(f.at(1), surveys::scoreKindToString(expected.scoreKind));
            // The comment is the rest of the reply, or, after a low score without one, the
            // answer to the follow-up question (the customer's next message).
            if (expected.comment.isEmpty() && !f.at(2).isEmpty())
                QCOMPARE(f.at(2), f.at(9));
            else
                QCOMPARE(f.at(2), expected.comment);
            QCOMPARE(f.at(4), QStringLiteral("5"));
            QCOMPARE(f.mid(5, 4),
                     (QStringList { QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                                    QStringLiteral("1") }));
        }
        // Each answer was thanked, or followed up after a low score.
        QVERIFY(test::rows(db,
                           QStringLiteral("SELECT count(*) FROM messages WHERE body IN "
                                          "('Thank you for your feedback!', 'What could we "
                                          "have done better?')"))
                    .value(0)
                    .toInt()
                >= answered);

        // The lead's report over these days holds the same figures, worked out here from the
        // customers' own replies: sent, answered, explicit scores, satisfied (4–5), all under
        // the agent who resolved the conversations.
        int scored = 0, satisfied = 0;
        qint64 scoreSum = 0;
        for (const QString &body :
             test::rows(db,
                        QStringLiteral("SELECT m.body FROM survey_responses r JOIN messages m ON "
                                       "m.id = r.reply_message_id WHERE r.state = 'answered'"))) {
            const surveys::ParsedReply parsed = surveys::SurveyReplyParser::parse(
                surveys::SurveyKind::Csat, QStringLiteral("en"), body);
            if (parsed.score && parsed.scoreKind == surveys::ScoreKind::Explicit) {
                ++scored;
                scoreSum += *parsed.score;
                satisfied += *parsed.score >= 4 ? 1 : 0;
            }
        }
        reports::Query query;
        query.kind = reports::Kind::Csat;
        query.grouping = reports::Grouping::Agent;
        query.zone = QTimeZone::utc();
        query.from = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc()).date();
        query.to = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::utc()).date();
        auto report = reports::Reports::run(db, query);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().details()));
        QCOMPARE(report->total.sent, int(picked.size()));
        QCOMPARE(report->total.answered, answered);
        QCOMPARE(report->total.scored, scored);
        QCOMPARE(report->total.scoreSum, scoreSum);
        QCOMPARE(report->total.positive, satisfied);
        QCOMPARE(report->rows.size(), 1);
        QCOMPARE(report->rows.first().key, 5);
        QCOMPARE(report->rows.first().label, QStringLiteral("Sam"));
        QCOMPARE(report->rows.first().sent, int(picked.size()));
        QCOMPARE(report->rows.first().positive, satisfied);
        engine.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.pull()->isRunning(), 20'000);
    }
};

QTEST_GUILESS_MAIN(TestSurveysEndToEnd)
#include "TestSurveysEndToEnd.moc"
