#include "TextdeskRun.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using textdesk::test::runTextdesk;

// `textdesk training run`, the shipped binary: scores, JSON, and bad files named with their
// JSON path.
class TestTrainingCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

private slots:
    void goodAndPoorScripts()
    {
        const auto good
            = runTextdesk(QStringLiteral(TEXTDESK_BINARY),
                          { QStringLiteral("training"), QStringLiteral("run"),
                            QStringLiteral("--scenario"), QStringLiteral("refund-request-de"),
                            QStringLiteral("--model-answer"), QStringLiteral("--json") });
        QCOMPARE(good.exitCode, 0);
        const QJsonObject g = QJsonDocument::fromJson(good.out.toUtf8()).object();
        QCOMPARE(g.value(QStringLiteral("score")).toInt(), 100);
        QVERIFY(g.value(QStringLiteral("transcript")).toArray().size() >= 3);

        const QString replies
            = write(QStringLiteral("poor.json"),
                    R"([{"delay_minutes": 20, "text": "Ihr Gutschriftbeleg ist im Ticket."}])");
        const auto poor = runTextdesk(
            QStringLiteral(TEXTDESK_BINARY),
            { QStringLiteral("training"), QStringLiteral("run"), QStringLiteral("--scenario"),
              QStringLiteral("refund-request-de"), QStringLiteral("--replies"), replies });
        QCOMPARE(poor.exitCode, 0);
        QVERIFY2(poor.out.contains(QStringLiteral("(not passed)")), qPrintable(poor.describe()));
        QVERIFY2(poor.out.contains(QStringLiteral("[ ] No internal jargon")),
                 qPrintable(poor.describe()));
    }

    void everyBuiltinScenarioOverall()
    {
        const auto run = runTextdesk(
            QStringLiteral(TEXTDESK_BINARY),
            { QStringLiteral("training"), QStringLiteral("run"), QStringLiteral("--scenario"),
              QStringLiteral("all"), QStringLiteral("--model-answer"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject overall = o.value(QStringLiteral("overall")).toObject();
        QVERIFY2(overall.value(QStringLiteral("scenarios")).toInt() >= 12,
                 qPrintable(run.describe()));
        QCOMPARE(overall.value(QStringLiteral("passed")).toInt(),
                 overall.value(QStringLiteral("scenarios")).toInt());
        QCOMPARE(o.value(QStringLiteral("scenarios")).toArray().size(),
                 overall.value(QStringLiteral("scenarios")).toInt());
    }

    void schemaErrorsWithTheirPath()
    {
        const QString scenario = write(QStringLiteral("bad.json"), R"({"id": "x", "title": "X",
            "customer": {"name": "A", "number": "+14155550101", "opening": ["hi"],
                         "reactions": [{"when": {"segments_over": "two"}, "then": ["ok"]}]},
            "goal": {"description": "d", "phrases": ["ok"]}, "model_answer": []})");
        const auto run = runTextdesk(QStringLiteral(TEXTDESK_BINARY),
                                     { QStringLiteral("training"), QStringLiteral("run"),
                                       QStringLiteral("--scenario"), scenario,
                                       QStringLiteral("--model-answer") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(
                scenario
                + QStringLiteral(": /customer/reactions/0/when/segments_over: expected a number")),
            qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestTrainingCli)
#include "TestTrainingCli.moc"
