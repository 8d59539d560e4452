// Report files: the CSV opens in Python's csv module to the same figures as the report (BOM,
// RFC 4180 quoting, formulas neutralised, the documented header), the JSON carries the same
// numbers, and the every-answer export keeps customers' comments intact but harmless.
#include "ReportFixture.h"
#include "TestWorkspace.h"
#include "reports/ReportExport.h"
#include "reports/Reports.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace textdesk;
using namespace textdesk::reports;

class TestReportExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cellsAreQuotedAndFormulasNeutralised_data();
    void cellsAreQuotedAndFormulasNeutralised();
    void csvReadsBackInPythonToTheSameFigures();
    void headerIsTheDocumentedOne_data();
    void headerIsTheDocumentedOne();
    void jsonCarriesTheFigures();
    void answersExportKeepsCommentsHarmless();

private:
    // Runs python3 on `script` with `file` as argv[1]; its stdout.
    QByteArray python(const QString &script, const QString &file);
    Report npsByAgent();

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ReportFixture> m_f;
};

void TestReportExport::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_db = m_cache->open();
    QVERIFY(m_db);
    m_f = std::make_unique<test::ReportFixture>(*m_db);
}

void TestReportExport::cleanup()
{
    m_f.reset();
    m_db.reset();
    m_cache.reset();
}

QByteArray TestReportExport::python(const QString &script, const QString &file)
{
    const QString python3 = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python3.isEmpty()) {
        qWarning("python3 is not on PATH");
        return {};
    }
    QProcess p;
    p.start(python3, { QStringLiteral("-c"), script, file });
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << "python3 failed:" << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

Report TestReportExport::npsByAgent()
{
    const qint64 inbox = m_f->number(QStringLiteral("+15550000001"));
    // Names that a spreadsheet would run as formulas, and one needing quotes.
    const qint64 eve = m_f->agent(QStringLiteral("=cmd|'/c calc'!A1"));
    const qint64 ann = m_f->agent(QStringLiteral("Ann \"Lead\", Team 2"));
    const qint64 t = m_f->at(QStringLiteral("2026-03-10T10:00"));
    const qint64 a = m_f->conversation(inbox, ann);
    const qint64 e = m_f->conversation(inbox, eve);
    for (int score : { 10, 9, 3 }) // Ann: 2 promoters, 1 detractor → (2 − 1) / 3 = 33.33
        m_f->response(a, QStringLiteral("nps"), t, score);
    for (int score : { 0, 5, 8, 7 }) // Eve: 0 promoters, 2 detractors → −2 / 4 = −50
        m_f->response(e, QStringLiteral("nps"), t, score);
    m_f->response(e, QStringLiteral("nps"), t, test::ReportFixture::kNoAnswer);
    Query q;
    q.kind = Kind::Nps;
    q.grouping = Grouping::Agent;
    q.from = QDate(2026, 3, 1);
    q.to = QDate(2026, 3, 31);
    auto report = Reports::run(*m_db, q);
    if (!report)
        return {};
    return *report;
}

void TestReportExport::cellsAreQuotedAndFormulasNeutralised_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("plain") << QStringLiteral("Ann") << QByteArray("Ann");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QByteArray("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QByteArray("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("cr") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("formula and comma") << QStringLiteral("=A1,B1") << QByteArray("\"'=A1,B1\"");
    QTest::newRow("unicode") << QStringLiteral("Zoë 😀") << QStringLiteral("Zoë 😀").toUtf8();
}

void TestReportExport::cellsAreQuotedAndFormulasNeutralised()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, cell);
    QCOMPARE(ReportExport::cell(value), cell);
}

void TestReportExport::csvReadsBackInPythonToTheSameFigures()
{
    const Report report = npsByAgent();
    QCOMPARE(report.rows.size(), 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nps.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ReportExport::csv(report));
    file.close();

    // utf-8-sig drops the BOM, which must be there; newline='' as the csv module asks.
    const QByteArray out = python(QStringLiteral(R"(
import csv, json, sys
raw = open(sys.argv[1], 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf'), 'no BOM'
assert b'\r\n' in raw, 'lines must end in CRLF'
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.DictReader(f))))
)"),
                                  path);
    QVERIFY(!out.isEmpty());
    const QJsonArray rows = QJsonDocument::fromJson(out).array();
    QCOMPARE(rows.size(), 3); // two agents and the total
    // The agent whose name is a formula: neutralised, not lost.
    const bool eveFirst = rows.at(0).toObject().value(u"group").toString().startsWith(u'\'');
    const QJsonObject eve = rows.at(eveFirst ? 0 : 1).toObject();
    const QJsonObject ann = rows.at(eveFirst ? 1 : 0).toObject();
    const QJsonObject total = rows.at(2).toObject();
    QCOMPARE(eve.value(u"group").toString(), QStringLiteral("'=cmd|'/c calc'!A1"));
    QCOMPARE(ann.value(u"group").toString(), QStringLiteral("Ann \"Lead\", Team 2"));
    QCOMPARE(ann.value(u"promoters").toString(), QStringLiteral("2"));
    QCOMPARE(ann.value(u"detractors").toString(), QStringLiteral("1"));
    QCOMPARE(ann.value(u"nps").toString(), QStringLiteral("33.33")); // (2 − 1) / 3
    QCOMPARE(eve.value(u"nps").toString(), QStringLiteral("-50.00")); // a number stays a number
    QCOMPARE(eve.value(u"passives").toString(), QStringLiteral("2")); // 8, 7
    QCOMPARE(eve.value(u"surveys_sent").toString(), QStringLiteral("5"));
    QCOMPARE(eve.value(u"response_rate_pct").toString(), QStringLiteral("80.00")); // 4 / 5
    QCOMPARE(total.value(u"group").toString(), QStringLiteral("Total"));
    QCOMPARE(total.value(u"scores").toString(), QStringLiteral("7"));
    // 2 promoters, 3 detractors of 7: −1 / 7 = −14.29
    QCOMPARE(total.value(u"nps").toString(), QStringLiteral("-14.29"));
    QCOMPARE(total.value(u"from").toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(total.value(u"to").toString(), QStringLiteral("2026-03-31"));
}

void TestReportExport::headerIsTheDocumentedOne_data()
{
    // docs/reports.md lists these; changing one breaks every spreadsheet built on the files.
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("header");
    const QByteArray common = "group,group_key,from,to,";
    const QByteArray surveys = common + "surveys_sent,surveys_answered,response_rate_pct,scores,";
    QTest::newRow("csat") << int(Kind::Csat) << surveys + "satisfied,csat_pct,csat_average";
    QTest::newRow("nps") << int(Kind::Nps) << surveys + "promoters,passives,detractors,nps";
    QTest::newRow("ces") << int(Kind::Ces) << surveys + "ces_average";
    QByteArray times = common;
    for (const char *p : { "first_response", "resolution" }) {
        for (const char *c : { "_count", "_median_s", "_p90_s", "_under_1h", "_1h_4h", "_4h_8h",
                               "_8h_24h", "_over_24h" })
            times += QByteArray(p) + c + ',';
    }
    QTest::newRow("response-times")
        << int(Kind::ResponseTimes) << times + "conversations_handled,messages_handled";
}

void TestReportExport::headerIsTheDocumentedOne()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, header);
    Report report;
    report.query.kind = Kind(kind);
    report.query.from = report.query.to = QDate(2026, 1, 1);
    const QByteArray csv = ReportExport::csv(report);
    QCOMPARE(csv.mid(3, csv.indexOf("\r\n") - 3), header);
}

void TestReportExport::jsonCarriesTheFigures()
{
    const Report report = npsByAgent();
    const QJsonObject root = QJsonDocument::fromJson(ReportExport::json(report)).object();
    QCOMPARE(root.value(u"report").toString(), QStringLiteral("nps"));
    QCOMPARE(root.value(u"by").toString(), QStringLiteral("agent"));
    const QJsonArray rows = root.value(u"rows").toArray();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &row : rows) {
        const bool ann = row.toObject().value(u"group").toString().startsWith(u"Ann");
        QCOMPARE(row.toObject().value(u"nps").toDouble(), ann ? 33.33 : -50.0);
    }
    QCOMPARE(root.value(u"total").toObject().value(u"detractors").toInt(), 3);
}

void TestReportExport::answersExportKeepsCommentsHarmless()
{
    const qint64 inbox = m_f->number(QStringLiteral("+15550000001"));
    const qint64 agent = m_f->agent(QStringLiteral("Ann"));
    const qint64 c = m_f->conversation(inbox, agent);
    const qint64 t = m_f->at(QStringLiteral("2026-03-10T10:00"));
    const QString evil = QStringLiteral("=HYPERLINK(\"http://x\",\"click\")");
    const QString lines = QStringLiteral("slow, but \"fine\"\nthanks");
    m_f->response(c, QStringLiteral("csat"), t, 2, false, evil);
    m_f->response(c, QStringLiteral("csat"), t + 1000, 5, true, lines);
    m_f->response(c, QStringLiteral("csat"), t + 2000, test::ReportFixture::kNoAnswer);
    Query q;
    q.kind = Kind::Csat;
    q.zone = QTimeZone("Europe/Berlin"); // the fixture's
    q.from = QDate(2026, 3, 1);
    q.to = QDate(2026, 3, 31);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answers.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(ReportExport::responsesCsv(*m_db, q, file));
    file.close();
    const QByteArray out = python(QStringLiteral(R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.DictReader(f))))
)"),
                                  path);
    const QJsonArray rows = QJsonDocument::fromJson(out).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toObject().value(u"comment").toString(), u'\'' + evil);
    QCOMPARE(rows.at(0).toObject().value(u"score").toString(), QStringLiteral("2"));
    QCOMPARE(rows.at(0).toObject().value(u"sent_at").toString(),
             QStringLiteral("2026-03-10T10:00:00+01:00"));
    QCOMPARE(rows.at(1).toObject().value(u"comment").toString(), lines);
    QCOMPARE(rows.at(1).toObject().value(u"score_kind").toString(), QStringLiteral("inferred"));
    QCOMPARE(rows.at(2).toObject().value(u"state").toString(), QStringLiteral("sent"));
    QCOMPARE(rows.at(2).toObject().value(u"score").toString(), QString());
}

QTEST_GUILESS_MAIN(TestReportExport)
#include "TestReportExport.moc"
