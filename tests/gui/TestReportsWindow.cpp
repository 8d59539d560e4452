// The reports window on a real cache: it opens on a period, regrouping refills the table and
// the charts, the table sorts by a figure, an empty period says so, a row and a bar drill down
// to the conversations and comments behind them (opening one asks the main window), and the
// exports write the figures (the PDF read back with pdftotext).
#include "ReportFixture.h"
#include "TestWorkspace.h"
#include "main/MainWindow.h"
#include "phone/PhoneNumbers.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportsWindow.h"
#include "thread/ConversationPane.h"
#include "workspace/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

using namespace textdesk;
using namespace textdesk::reports;

class TestReportsWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void groupingRefillsTableAndCharts();
    void tableSortsByAFigure();
    void emptyPeriodSaysSo();
    void rowAndBarDrillDownToTheirConversations();
    void exportsWriteTheFigures();
    void drillDownNamesTheCustomer();
    void answersExportShowsProgressAndCancelLeavesNoFile();
    void mainWindowOpensReportsAndTheDrillDownOpensTheConversation();
    void chartLabelsAreTextAndDurationsHaveAUnit();

private:
    QTableView *table() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("reportTable"));
    }
    QComboBox *combo(const char *name) const
    {
        return m_window->findChild<QComboBox *>(QLatin1String(name));
    }
    QStringList column(int c) const;

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<ui::ReportsWindow> m_window;
    qint64 m_ann = 0, m_bob = 0, m_cat = 0;
    qint64 m_annConversation = 0, m_bobConversation = 0;
};

void TestReportsWindow::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_writer = m_cache->open();
    QVERIFY(m_writer);
    test::ReportFixture f(*m_writer, QTimeZone::systemTimeZone());
    const qint64 inbox = f.number(QStringLiteral("+15550000001"));
    m_ann = f.agent(QStringLiteral("Ann"));
    m_bob = f.agent(QStringLiteral("Bob"));
    m_cat = f.agent(QStringLiteral("Cat"));
    m_annConversation = f.conversation(inbox, m_ann);
    m_bobConversation = f.conversation(inbox, m_bob);
    const qint64 cat = f.conversation(inbox, m_cat);
    const qint64 t = f.at(QStringLiteral("2026-03-10T12:00"));
    f.response(m_annConversation, QStringLiteral("csat"), t, 5); // Ann 100 %
    f.response(m_bobConversation, QStringLiteral("csat"), t, 1, false,
               QStringLiteral("<b>nobody</b> answered")); // Bob 0 %, with a comment
    f.response(cat, QStringLiteral("csat"), t, 5); // Cat 50 %
    f.response(cat, QStringLiteral("csat"), t + 60000, 3);
    m_reader = m_cache->open(Database::Role::Reader);
    QVERIFY(m_reader);
    m_window = std::make_unique<ui::ReportsWindow>(*m_reader);
    Query q;
    q.kind = Kind::Csat;
    q.grouping = Grouping::Agent;
    q.from = QDate(2026, 3, 1);
    q.to = QDate(2026, 3, 31);
    m_window->setQuery(q);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The figures are read after the first paint.
    QTRY_VERIFY(m_window->isLoaded());
}

void TestReportsWindow::cleanup()
{
    m_window.reset();
    m_reader.reset();
    m_writer.reset();
    m_cache.reset();
}

QStringList TestReportsWindow::column(int c) const
{
    QStringList values;
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        values << table()->model()->index(row, c).data().toString();
    return values;
}

void TestReportsWindow::groupingRefillsTableAndCharts()
{
    // By agent, best CSAT first.
    QCOMPARE(column(0),
             (QStringList { QStringLiteral("Ann"), QStringLiteral("Cat"), QStringLiteral("Bob") }));
    auto *chart = m_window->findChild<QChartView *>(QStringLiteral("trendChart"))->chart();
    auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 1);
    QCOMPARE(bars->barSets().first()->count(), 3);

    // By day over March: 31 rows, in time order, the chart one bar per day.
    QComboBox *grouping = combo("reportGrouping");
    grouping->setCurrentIndex(grouping->findData(int(Grouping::Day)));
    QTRY_COMPARE(table()->model()->rowCount(), 31);
    QCOMPARE(table()->model()->index(0, 0).data().toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(table()->model()->index(9, 0).data().toString(), QStringLiteral("2026-03-10"));
    chart = m_window->findChild<QChartView *>(QStringLiteral("trendChart"))->chart();
    bars = qobject_cast<QBarSeries *>(chart->series().value(0));
    QCOMPARE(bars->barSets().first()->count(), 31);
    QCOMPARE(bars->barSets().first()->at(9), 50.0); // 10 March: 5, 1, 5, 3: 2 of 4 satisfied

    // A filter on another dimension.
    QComboBox *agent = combo("filterAgent");
    agent->setCurrentIndex(agent->findData(m_bob));
    QTRY_COMPARE(m_window->report().total.scored, 1);
}

void TestReportsWindow::tableSortsByAFigure()
{
    QTableView *view = table();
    const int csat = 6; // the group, 4 survey columns, satisfied, then CSAT %
    QCOMPARE(view->model()->headerData(csat, Qt::Horizontal).toString(), QStringLiteral("CSAT"));
    view->sortByColumn(csat, Qt::AscendingOrder);
    QCOMPARE(column(0),
             (QStringList { QStringLiteral("Bob"), QStringLiteral("Cat"), QStringLiteral("Ann") }));
    QCOMPARE(column(csat),
             (QStringList { QStringLiteral("0.0 %"), QStringLiteral("50.0 %"),
                            QStringLiteral("100.0 %") }));
    // By name, by clicking the header.
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(view->horizontalHeader()->sectionViewportPosition(0) + 5, 5));
    const QStringList names = column(0);
    QVERIFY(
        names
            == (QStringList { QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cat") })
        || names
            == (QStringList { QStringLiteral("Cat"), QStringLiteral("Bob"),
                              QStringLiteral("Ann") }));
}

void TestReportsWindow::emptyPeriodSaysSo()
{
    auto *empty = m_window->findChild<QLabel *>(QStringLiteral("reportEmpty"));
    QVERIFY(!empty->isVisible());
    m_window->findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(QDate(2025, 1, 1));
    m_window->findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(QDate(2025, 1, 31));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("No figures for this period")));
    QCOMPARE(table()->model()->rowCount(), 0);
}

void TestReportsWindow::rowAndBarDrillDownToTheirConversations()
{
    QSignalSpy drilled(m_window.get(), &ui::ReportsWindow::drilledDown);
    QSignalSpy opened(m_window.get(), &ui::ReportsWindow::conversationRequested);
    QTableView *view = table();
    // Bob's row (the last: sorted by CSAT, best first).
    const QModelIndex bob = view->model()->index(2, 0);
    QCOMPARE(bob.data().toString(), QStringLiteral("Bob"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(bob).center());
    QTRY_COMPARE(drilled.size(), 1);
    QCOMPARE(drilled.first().first().value<QList<qint64>>(), QList<qint64> { m_bobConversation });
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("drillDownList"));
    QCOMPARE(list->count(), 1);
    // The customer's comment is shown as the text it is, markup and all.
    QVERIFY(list->item(0)->text().contains(QStringLiteral("<b>nobody</b> answered")));

    // Opening it asks the main window for that conversation.
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_bobConversation);

    // A bar: Ann's (the chart's bars follow the model's rows: agents by name).
    auto *chart = m_window->findChild<QChartView *>(QStringLiteral("trendChart"))->chart();
    auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
    int annIndex = -1;
    for (int i = 0; i < m_window->report().rows.size(); ++i) {
        if (m_window->report().rows.at(i).key == m_ann)
            annIndex = i;
    }
    QVERIFY(annIndex >= 0);
    emit bars->clicked(annIndex, bars->barSets().first());
    QTRY_COMPARE(drilled.size(), 2);
    QCOMPARE(drilled.last().first().value<QList<qint64>>(), QList<qint64> { m_annConversation });
}

void TestReportsWindow::exportsWriteTheFigures()
{
    QTemporaryDir dir;
    QString next;
    m_window->setFileChooser([&](const QString &suggested, const QString &) {
        next = dir.filePath(suggested);
        return next;
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("exportCsv")),
                      Qt::LeftButton);
    QVERIFY(next.endsWith(QStringLiteral("csat-2026-03-01-2026-03-31.csv")));
    QFile csv(next);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    // Cat: 2 sent, 2 scores, 1 satisfied, 50 %, (5 + 3) / 2 = 4
    QVERIFY2(bytes.contains(",2,2,100.00,2,1,50.00,4.00\r\n"), bytes.constData());

    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("exportPdf")),
                      Qt::LeftButton);
    QVERIFY(next.endsWith(QStringLiteral(".pdf")));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
    QProcess p;
    p.start(pdftotext, { QStringLiteral("-layout"), next, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Customer satisfaction (CSAT)")), qPrintable(text));
    // The total: 2 of 4 satisfied = 50 %, average (5 + 1 + 5 + 3) / 4 = 3.50
    QVERIFY2(text.contains(QStringLiteral("50.0 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3.50")), qPrintable(text));
    for (const char *name : { "Ann", "Bob", "Cat", "Total" })
        QVERIFY2(text.contains(QLatin1String(name)), name);
}

void TestReportsWindow::drillDownNamesTheCustomer()
{
    // Bob's customer has a name; Ann's has only a number.
    QVERIFY(m_writer->execOnce(
        QStringLiteral("UPDATE contacts SET display_name = 'Bea Bauer' WHERE id = (SELECT "
                       "contact_id FROM conversations WHERE id = %1)")
            .arg(m_bobConversation)));
    QString annNumber;
    {
        auto q = m_writer->prepareOwned(
            QStringLiteral("SELECT ct.e164 FROM contacts ct JOIN conversations c ON c.contact_id "
                           "= ct.id WHERE c.id = %1")
                .arg(m_annConversation));
        QVERIFY(q && m_writer->exec(**q) && (*q)->next());
        annNumber = (*q)->value(0).toString();
    }
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("drillDownList"));
    QTableView *view = table();
    auto openRow = [&](const QString &agent) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data().toString() == agent)
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                                  view->visualRect(view->model()->index(row, 0)).center());
        }
    };
    openRow(QStringLiteral("Bob"));
    QTRY_COMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Bea Bauer")),
             qPrintable(list->item(0)->text()));
    QVERIFY(!list->item(0)->text().contains(QStringLiteral("Conversation")));
    openRow(QStringLiteral("Ann"));
    QTRY_VERIFY(list->count() == 1 && !list->item(0)->text().contains(QStringLiteral("Bea")));
    // No name: the number as the agent's region writes it.
    const QString shown = PhoneNumbers::display(annNumber, PhoneNumbers::systemRegion());
    QVERIFY(!shown.isEmpty());
    QVERIFY2(list->item(0)->text().startsWith(shown), qPrintable(list->item(0)->text()));
}

void TestReportsWindow::answersExportShowsProgressAndCancelLeavesNoFile()
{
    QTemporaryDir dir;
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("exportAnswers"));
    QVERIFY(button);

    // Cancelled while it writes: nothing at a new path, an older file untouched.
    const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
    const QString older = dir.filePath(QStringLiteral("older.csv"));
    {
        QFile f(older);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the report of last month\n");
    }
    for (const QString &path : { fresh, older }) {
        m_window->setFileChooser([&](const QString &, const QString &) { return path; });
        bool sawProgress = false;
        // Cancel as soon as the progress dialog exists (the export asks it between lines).
        QTimer canceller;
        connect(&canceller, &QTimer::timeout, this, [&] {
            if (auto *progress
                = m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress"))) {
                sawProgress = true;
                progress->cancel();
            }
        });
        canceller.start(0);
        QTest::mouseClick(button, Qt::LeftButton);
        canceller.stop();
        QVERIFY(sawProgress);
        QVERIFY(m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress"))
                == nullptr);
        const QStringList left = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(left, QStringList { QStringLiteral("older.csv") }); // no temporary file either
    }
    QFile f(older);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("the report of last month\n"));

    // Not cancelled: every answer of March, a header and one line each.
    m_window->setFileChooser([&](const QString &, const QString &) { return fresh; });
    QTest::mouseClick(button, Qt::LeftButton);
    QFile written(fresh);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = written.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 4 + 1); // header, four answers, the empty rest after the last CRLF
    QVERIFY(lines.at(0).contains("response_id,sent_at,answered_at"));
}

void TestReportsWindow::mainWindowOpensReportsAndTheDrillDownOpensTheConversation()
{
    m_window.reset();
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.path());
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().details()));
    test::ReportFixture f((*workspace)->database(), QTimeZone::systemTimeZone());
    const qint64 inbox = f.number(QStringLiteral("+15550000001"));
    const qint64 dee = f.agent(QStringLiteral("Dee"));
    const qint64 conversation = f.conversation(inbox, dee);
    f.response(conversation, QStringLiteral("csat"), f.at(QStringLiteral("2026-03-10T12:00")), 2,
               false, QStringLiteral("too slow"));

    MainWindow main(**workspace);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QTest::keyClick(&main, Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    ui::ReportsWindow *reports = nullptr;
    QTRY_VERIFY((reports = main.findChild<ui::ReportsWindow *>()) && reports->isVisible());
    Query q;
    q.kind = Kind::Csat;
    q.grouping = Grouping::Agent;
    q.from = QDate(2026, 3, 1);
    q.to = QDate(2026, 3, 31);
    reports->setQuery(q);
    auto *view = reports->findChild<QTableView *>(QStringLiteral("reportTable"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 0)).center());
    auto *list = reports->findChild<QListWidget *>(QStringLiteral("drillDownList"));
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("too slow")));
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(main.conversation()->conversationId(), conversation);
}

// Qt Charts reads axis labels as HTML: an agent's or a tag's name shows as written (and "< 1 h"
// is not swallowed as the start of a tag); a duration's axis says its unit.
void TestReportsWindow::chartLabelsAreTextAndDurationsHaveAUnit()
{
    Report report;
    report.query.kind = Kind::ResponseTimes;
    report.query.grouping = Grouping::Agent;
    Row row;
    row.label = QStringLiteral("<b>Cat</b> & co");
    report.rows << row;
    ui::ReportTableModel model;
    model.setReport(report);
    std::unique_ptr<QChart> chart(ui::ReportCharts::figureChart(&model, model.mainColumn()));
    auto *x = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QCOMPARE(x->categories(), QStringList { QStringLiteral("&lt;b&gt;Cat&lt;/b&gt; &amp; co") });
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(y);
    QCOMPARE(y->titleText(), QStringLiteral("Minutes"));

    ui::DistributionModel distribution;
    distribution.setReport(report);
    std::unique_ptr<QChart> spread(ui::ReportCharts::distributionChart(&distribution));
    x = qobject_cast<QBarCategoryAxis *>(spread->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    QCOMPARE(x->categories().value(0), QStringLiteral("&lt; 1 h"));
}

QTEST_MAIN(TestReportsWindow)
#include "TestReportsWindow.moc"
