// `textdesk report` run as the shipped executable on a real workspace: CSV, JSON and PDF hold
// the report's figures, and wrong input is refused with words saying what is wrong.
#include "ReportFixture.h"
#include "TestWorkspace.h"
#include "TextdeskRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace textdesk;

class TestReportCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void csvByAgent();
    void jsonByWeek();
    void pdfHoldsTheFigures();
    void answersWithProgressOnlyOnATerminal();
    void wrongInputIsExplained_data();
    void wrongInputIsExplained();

private:
    test::Run report(const QStringList &more);
    std::unique_ptr<test::TestCache> m_cache;
    QTemporaryDir m_out;
};

void TestReportCommand::initTestCase()
{
    m_cache = std::make_unique<test::TestCache>();
    auto db = m_cache->open();
    QVERIFY(db);
    test::ReportFixture f(*db, QTimeZone::systemTimeZone());
    const qint64 inbox = f.number(QStringLiteral("+15550000001"));
    const qint64 ann = f.agent(QStringLiteral("Ann"));
    const qint64 bob = f.agent(QStringLiteral("Bob"));
    const qint64 a = f.conversation(inbox, ann);
    const qint64 b = f.conversation(inbox, bob);
    const qint64 t = f.at(QStringLiteral("2026-03-10T12:00"));
    for (int score : { 5, 4, 2 }) // Ann: 2 of 3 satisfied = 66.67 %, average 11 / 3 = 3.67
        f.response(a, QStringLiteral("csat"), t, score);
    f.response(b, QStringLiteral("csat"), t, 1); // Bob: 0 %, average 1
    f.response(b, QStringLiteral("csat"), f.at(QStringLiteral("2026-03-17T12:00")), 5);
}

void TestReportCommand::cleanupTestCase()
{
    m_cache.reset();
}

test::Run TestReportCommand::report(const QStringList &more)
{
    return test::runTextdesk(QStringLiteral(TEXTDESK_BINARY),
                             QStringList { QStringLiteral("report") } + more);
}

void TestReportCommand::csvByAgent()
{
    const QString out = m_out.filePath(QStringLiteral("csat.csv"));
    const test::Run run = report(
        { QStringLiteral("csat"), QStringLiteral("--workspace"), m_cache->dir(),
          QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
          QStringLiteral("2026-03-31"), QStringLiteral("--by"), QStringLiteral("agent"),
          QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.at(0).left(3), QByteArray("\xEF\xBB\xBF"));
    // Ann: 3 sent, 3 scores, 2 satisfied, 66.67 %, (5 + 4 + 2) / 3 = 3.67
    QVERIFY2(lines.at(1).startsWith("Ann,"), lines.at(1).constData());
    QVERIFY2(lines.at(1).endsWith(",3,3,100.00,3,2,66.67,3.67\r"), lines.at(1).constData());
    // Bob: 2 sent, scores 1 and 5: 1 of 2 satisfied, average 3
    QVERIFY2(lines.at(2).endsWith(",2,2,100.00,2,1,50.00,3.00\r"), lines.at(2).constData());
    // Total: 5 scores, 3 satisfied (5, 4, 5) = 60 %, average 17 / 5 = 3.4
    QVERIFY2(lines.at(3).startsWith("Total,,2026-03-01,2026-03-31,5,5,100.00,5,3,60.00,3.40"),
             lines.at(3).constData());
}

void TestReportCommand::jsonByWeek()
{
    const QString out = m_out.filePath(QStringLiteral("csat.json"));
    const test::Run run = report(
        { QStringLiteral("csat"), QStringLiteral("--workspace"), m_cache->dir(),
          QStringLiteral("--from"), QStringLiteral("2026-03-09"), QStringLiteral("--to"),
          QStringLiteral("2026-03-29"), QStringLiteral("--by"), QStringLiteral("week"),
          QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray rows = root.value(u"rows").toArray();
    QCOMPARE(rows.size(), 3); // weeks of 9, 16 and 23 March
    QCOMPARE(rows.at(0).toObject().value(u"group").toString(), QStringLiteral("2026-03-09"));
    QCOMPARE(rows.at(0).toObject().value(u"scores").toInt(), 4);
    QCOMPARE(rows.at(1).toObject().value(u"csat_pct").toDouble(), 100.0);
    QCOMPARE(rows.at(2).toObject().value(u"scores").toInt(), 0);
    QVERIFY(rows.at(2).toObject().value(u"csat_pct").isNull()); // an empty week has no CSAT
}

void TestReportCommand::pdfHoldsTheFigures()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(),
             "pdftotext (poppler-utils) is needed: ./dev.sh test installs it");
    const QString out = m_out.filePath(QStringLiteral("csat.pdf"));
    const test::Run run
        = report({ QStringLiteral("csat"), QStringLiteral("--workspace"), m_cache->dir(),
                   QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                   QStringLiteral("2026-03-31"), QStringLiteral("--by"), QStringLiteral("agent"),
                   QStringLiteral("--agent"), QStringLiteral("Ann"), QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--paper"), QStringLiteral("letter"),
                   QStringLiteral("--output"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QProcess p;
    p.start(pdftotext, { QStringLiteral("-layout"), out, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Customer satisfaction (CSAT)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Agent: Ann")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("66.7 %")), qPrintable(text)); // Ann's CSAT
    QVERIFY2(text.contains(QStringLiteral("3.67")), qPrintable(text)); // and average
    QVERIFY2(!text.contains(QStringLiteral("Bob")), qPrintable(text)); // filtered out
    QProcess info;
    info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), { out });
    QVERIFY(info.waitForFinished(30000));
    QVERIFY2(info.readAllStandardOutput().contains("792 x 612 pts (letter)"), "landscape Letter");
}

void TestReportCommand::answersWithProgressOnlyOnATerminal()
{
    const QString out = m_out.filePath(QStringLiteral("answers.csv"));
    const QStringList arguments = { QStringLiteral("report"),
                                    QStringLiteral("csat"),
                                    QStringLiteral("--workspace"),
                                    m_cache->dir(),
                                    QStringLiteral("--from"),
                                    QStringLiteral("2026-03-01"),
                                    QStringLiteral("--to"),
                                    QStringLiteral("2026-03-31"),
                                    QStringLiteral("--format"),
                                    QStringLiteral("csv"),
                                    QStringLiteral("--answers"),
                                    QStringLiteral("--output"),
                                    out };
    // Into a pipe: the file, and nothing on stderr.
    const test::Run run = test::runTextdesk(QStringLiteral(TEXTDESK_BINARY), arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 5 + 1); // header, Ann's 3 and Bob's 2 answers, after the last CRLF
    QVERIFY(lines.at(0).contains("response_id,sent_at,answered_at,kind,state,score"));
    file.close();
    QFile::remove(out);

    // On a terminal (a pseudo-terminal from script(1)): the progress line.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script (util-linux) is needed for a terminal");
    QStringList quoted;
    for (const QString &a : QStringList { QStringLiteral(TEXTDESK_BINARY) } + arguments)
        quoted << u'\'' + a + u'\'';
    QProcess p;
    p.setProcessEnvironment(test::textdeskEnvironment());
    p.start(script, { QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null") });
    QVERIFY(p.waitForFinished(60000));
    const QString terminal = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(terminal));
    QVERIFY2(terminal.contains(QStringLiteral("answers: 5 of 5")), qPrintable(terminal));
    QVERIFY(QFile::exists(out));
}

void TestReportCommand::wrongInputIsExplained_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QStringList good
        = { QStringLiteral("--from"),     QStringLiteral("2026-03-01"), QStringLiteral("--to"),
            QStringLiteral("2026-03-31"), QStringLiteral("--format"),   QStringLiteral("csv"),
            QStringLiteral("--output"),   QStringLiteral("x.csv") };
    QTest::newRow("kind") << (QStringList { QStringLiteral("happiness") } + good) << 2
                          << QStringLiteral("csat, nps, ces or response-times");
    QStringList date = QStringList { QStringLiteral("nps") } + good;
    date[2] = QStringLiteral("1/3/2026");
    QTest::newRow("date") << date << 2 << QStringLiteral("YYYY-MM-DD");
    QStringList backwards = QStringList { QStringLiteral("nps") } + good;
    backwards[2] = QStringLiteral("2026-04-01");
    QTest::newRow("backwards") << backwards << 2 << QStringLiteral("is before --from");
    QTest::newRow("by") << (QStringList { QStringLiteral("nps"), QStringLiteral("--by"),
                                          QStringLiteral("year") }
                            + good)
                        << 2 << QStringLiteral("agent, number, tag, day, week or month");
    QTest::newRow("agent") << (QStringList { QStringLiteral("nps"), QStringLiteral("--agent"),
                                             QStringLiteral("Zed") }
                               + good)
                           << 2 << QStringLiteral("no agent is called \"Zed\"");
}

void TestReportCommand::wrongInputIsExplained()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    arguments << QStringLiteral("--workspace") << m_cache->dir();
    const test::Run run = report(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(says), qPrintable(run.describe()));

    // No workspace there: nothing is created.
    QTemporaryDir empty;
    const test::Run none
        = report({ QStringLiteral("csat"), QStringLiteral("--workspace"), empty.path(),
                   QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                   QStringLiteral("2026-03-02"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--output"), empty.filePath(QStringLiteral("x.csv")) });
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(QStringLiteral("there is no workspace")),
             qPrintable(none.describe()));
    QVERIFY(!QFile::exists(empty.filePath(QStringLiteral("cache.sqlite"))));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
