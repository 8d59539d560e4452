#include "training/TrainingReport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtCore/QFile>

using namespace textdesk::training;

class TestTrainingReport : public QObject
{
    Q_OBJECT

    static ScenarioScore score(const QString &id, int value, const QStringList &missed,
                               double firstReply)
    {
        ScenarioScore s;
        s.scenarioId = id;
        s.score = value;
        s.passed = value >= 80;
        s.firstReplyMinutes = firstReply;
        for (const QString &m : missed)
            s.checks << Check { m, m, false, -1, {}, {} };
        s.checks << Check { QStringLiteral("goal"), QStringLiteral("goal"), true, -1, {}, {} };
        return s;
    }

private slots:
    void perAgentFromTheResultsFile()
    {
        QTemporaryDir dir;
        const QString path = TrainingReport::resultsPath(dir.path());
        QString error;
        const QString ana = QStringLiteral("Ana");
        const QString eve = QStringLiteral("=Eve, \"the new one\"");
        QVERIFY(TrainingReport::append(
            path,
            TrainingReport::result(
                score(QStringLiteral("a"), 40,
                      { QStringLiteral("jargon"), QStringLiteral("first_reply") }, 9),
                ana, 1000),
            &error));
        QVERIFY(TrainingReport::append(
            path,
            TrainingReport::result(score(QStringLiteral("b"), 60, { QStringLiteral("jargon") }, 4),
                                   ana, 2000),
            &error));
        QVERIFY(TrainingReport::append(
            path, TrainingReport::result(score(QStringLiteral("c"), 90, {}, 2), ana, 3000),
            &error));
        QVERIFY(TrainingReport::append(
            path,
            TrainingReport::result(score(QStringLiteral("d"), 100, { QStringLiteral("jargon") }, 1),
                                   ana, 4000),
            &error));
        QVERIFY(TrainingReport::append(
            path, TrainingReport::result(score(QStringLiteral("a"), 85, {}, 3), eve, 1500),
            &error));
        { // a crash half-way through a line loses that line only
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"agent\": \"Ana\", \"sco");
        }
        int skipped = 0;
        const auto results = TrainingReport::read(path, &error, &skipped);
        QVERIFY2(results, qPrintable(error));
        QCOMPARE(results->size(), 5);
        QCOMPARE(skipped, 1);
        const QList<AgentSummary> agents = TrainingReport::summarise(*results);
        QCOMPARE(agents.size(), 2);
        const AgentSummary &a = agents.at(0).agent == ana ? agents.at(0) : agents.at(1);
        QCOMPARE(a.scenarios, 4);
        QCOMPARE(a.passed, 2);
        QCOMPARE(a.meanScore, 72.5);
        QCOMPARE(a.trend, 45.0); // (90 + 100) / 2 − (40 + 60) / 2
        QCOMPARE(*a.medianFirstReplyMinutes, 3.0);
        QCOMPARE(a.weakest.first(), QStringLiteral("jargon"));
        QCOMPARE(a.weakest.size(), 2);
        const QByteArray csv = TrainingReport::csv(agents);
        QVERIFY(csv.startsWith("agent,scenarios,passed,mean_score,trend,"));
        QVERIFY2(csv.contains("Ana,4,2,72.5,45.0,3.0,jargon first_reply\n"), csv.constData());
        // A name that looks like a formula is neutralised and quoted.
        QVERIFY2(csv.contains("\"'=Eve, \"\"the new one\"\"\",1,1,85.0,0.0,3.0,\n"),
                 csv.constData());
    }

    void unreadableFile()
    {
        QString error;
        QVERIFY(!TrainingReport::read(QStringLiteral("/nonexistent/results.jsonl"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/results.jsonl")));
    }
};

QTEST_GUILESS_MAIN(TestTrainingReport)
#include "TestTrainingReport.moc"
