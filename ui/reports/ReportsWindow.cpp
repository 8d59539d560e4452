#include "ReportsWindow.h"

#include "ReportCharts.h"
#include "ReportPdf.h"
#include "ReportTableModel.h"
#include "phone/PhoneNumbers.h"
#include "reports/ReportExport.h"
#include "reports/Reports.h"
#include "storage/Directory.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace textdesk::ui {

using reports::Grouping;
using reports::Kind;

namespace {
QComboBox *combo(QWidget *parent, const char *name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

QLabel *label(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(text, buddy->parentWidget());
    l->setBuddy(buddy);
    return l;
}
} // namespace

ReportsWindow::ReportsWindow(Database &reader, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(reader)
    , m_model(new ReportTableModel(this))
    , m_distribution(new DistributionModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
    m_chooseFile = [this](const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(this, tr("Export the report"), suggested, filter);
    };
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReportTableModel::SortRole);
    buildControls();
    reloadFilters();
    resize(1200, 780);

    // The last 30 days until the caller asks for another period; read when first shown.
    m_updating = true;
    m_to->setDate(QDate::currentDate());
    m_from->setDate(QDate::currentDate().addDays(-29));
    m_updating = false;
}

void ReportsWindow::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        refresh();
    QWidget::showEvent(event);
}

void ReportsWindow::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // First paint, then fill: the queries run once the window is on screen.
    if (!m_painted) {
        m_painted = true;
        if (!m_loaded && !m_fillQueued) {
            m_fillQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_fillQueued = false;
                refresh();
            });
        }
    }
}

ReportsWindow::~ReportsWindow() = default;

void ReportsWindow::buildControls()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    layout->addLayout(bar);

    m_kind = combo(this, "reportKind");
    for (Kind k : { Kind::Csat, Kind::Nps, Kind::Ces, Kind::ResponseTimes })
        m_kind->addItem(reports::Reports::title(k), int(k));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_grouping = combo(this, "reportGrouping");
    for (Grouping g : { Grouping::None, Grouping::Agent, Grouping::Number, Grouping::Tag,
                        Grouping::Day, Grouping::Week, Grouping::Month })
        m_grouping->addItem(reports::Reports::groupingTitle(g), int(g));
    m_agent = combo(this, "filterAgent");
    m_number = combo(this, "filterNumber");
    m_tag = combo(this, "filterTag");

    bar->addWidget(m_kind);
    bar->addWidget(label(tr("&From"), m_from));
    bar->addWidget(m_from);
    bar->addWidget(label(tr("&to"), m_to));
    bar->addWidget(m_to);
    bar->addWidget(m_grouping);
    bar->addWidget(m_agent);
    bar->addWidget(m_number);
    bar->addWidget(m_tag);
    bar->addStretch();
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    auto *answers = new QPushButton(tr("Export answers…"), this);
    answers->setObjectName(QStringLiteral("exportAnswers"));
    answers->setToolTip(tr("Every survey sent in the period, with its answer, as CSV"));
    bar->addWidget(csv);
    bar->addWidget(pdf);
    bar->addWidget(answers);
    connect(csv, &QPushButton::clicked, this, &ReportsWindow::exportCsv);
    connect(pdf, &QPushButton::clicked, this, &ReportsWindow::exportPdf);
    connect(answers, &QPushButton::clicked, this, &ReportsWindow::exportAnswers);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    QFont strong = m_summary->font();
    strong.setBold(true);
    m_summary->setFont(strong);
    layout->addWidget(m_summary);
    m_empty = new QLabel(tr("No figures for this period: nothing was sent, answered or resolved "
                            "between these dates with these filters."),
                         this);
    m_empty->setObjectName(QStringLiteral("reportEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *charts = new QWidget(split);
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    m_figureChart = new QChartView(charts);
    m_figureChart->setObjectName(QStringLiteral("trendChart"));
    m_distributionChart = new QChartView(charts);
    m_distributionChart->setObjectName(QStringLiteral("distributionChart"));
    for (QChartView *view : { m_figureChart, m_distributionChart }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
    }
    chartRow->addWidget(m_figureChart, 3);
    chartRow->addWidget(m_distributionChart, 2);

    auto *bottom = new QSplitter(Qt::Horizontal, split);
    m_table = new QTableView(bottom);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *drill = new QWidget(bottom);
    auto *drillLayout = new QVBoxLayout(drill);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    m_drillTitle
        = new QLabel(tr("Choose a row or a bar to see the conversations behind it."), drill);
    m_drillTitle->setObjectName(QStringLiteral("drillDownTitle"));
    m_drillTitle->setTextFormat(Qt::PlainText);
    m_drillTitle->setWordWrap(true);
    m_drill = new QListWidget(drill);
    m_drill->setObjectName(QStringLiteral("drillDownList"));
    m_drill->setWordWrap(true);
    drillLayout->addWidget(m_drillTitle);
    drillLayout->addWidget(m_drill);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { drillDown(m_sorted->mapToSource(index).row()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { drillDown(m_sorted->mapToSource(index).row()); });
    connect(m_drill, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit conversationRequested(item->data(Qt::UserRole).toLongLong());
    });
    for (QComboBox *box : { m_kind, m_grouping, m_agent, m_number, m_tag })
        connect(box, &QComboBox::currentIndexChanged, this, &ReportsWindow::refresh);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, &ReportsWindow::refresh);
}

void ReportsWindow::reloadFilters()
{
    m_updating = true;
    m_agent->addItem(tr("All agents"), 0);
    if (auto agents = Directory::agentNames(m_db)) {
        QList<std::pair<QString, qint64>> sorted;
        for (auto it = agents->cbegin(); it != agents->cend(); ++it)
            sorted.append({ it.value(), it.key() });
        std::sort(sorted.begin(), sorted.end());
        for (const auto &[name, id] : sorted)
            m_agent->addItem(name, id);
    }
    m_number->addItem(tr("All our numbers"), 0);
    if (auto inboxes = Directory::inboxes(m_db)) {
        for (const auto &inbox : *inboxes)
            m_number->addItem(inbox.friendlyName.isEmpty()
                                  ? inbox.e164
                                  : QStringLiteral("%1 (%2)").arg(inbox.friendlyName, inbox.e164),
                              inbox.id);
    }
    m_tag->addItem(tr("All tags"), 0);
    if (auto tags = Directory::tags(m_db)) {
        for (const auto &tag : *tags)
            m_tag->addItem(tag.name, tag.id);
    }
    m_updating = false;
}

void ReportsWindow::setQuery(const reports::Query &q)
{
    m_updating = true;
    m_kind->setCurrentIndex(m_kind->findData(int(q.kind)));
    m_grouping->setCurrentIndex(m_grouping->findData(int(q.grouping)));
    m_from->setDate(q.from);
    m_to->setDate(q.to);
    m_agent->setCurrentIndex(std::max(0, m_agent->findData(q.agentId)));
    m_number->setCurrentIndex(std::max(0, m_number->findData(q.inboxId)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(q.tagId)));
    m_updating = false;
    refresh();
}

reports::Query ReportsWindow::query() const
{
    reports::Query q;
    q.kind = Kind(m_kind->currentData().toInt());
    q.grouping = Grouping(m_grouping->currentData().toInt());
    q.from = m_from->date();
    q.to = m_to->date();
    q.agentId = m_agent->currentData().toLongLong();
    q.inboxId = m_number->currentData().toLongLong();
    q.tagId = m_tag->currentData().toLongLong();
    return q;
}

const reports::Report &ReportsWindow::report() const
{
    return m_model->report();
}

void ReportsWindow::refresh()
{
    if (m_updating)
        return;
    reports::Query q = query();
    if (q.to < q.from) {
        m_summary->setText(tr("The period ends before it starts: choose a later end date."));
        return;
    }
    if (!m_painted) {
        // Not on screen yet: paintEvent() fills it after the first paint.
        m_loaded = false;
        m_summary->setText(tr("Reading the figures…"));
        return;
    }
    m_loaded = true;
    auto report = reports::Reports::run(m_db, q);
    if (!report) {
        m_summary->setText(tr("The report could not be read: %1").arg(report.error().message()));
        return;
    }
    m_model->setReport(*report);
    m_distribution->setReport(*report);
    // A time grouping reads in time order; others by the headline figure, best first.
    if (reports::isTimeGrouping(q.grouping))
        m_table->sortByColumn(0, Qt::AscendingOrder);
    else
        m_table->sortByColumn(m_model->mainColumn(), Qt::DescendingOrder);

    const bool empty = !report->total.hasData();
    m_empty->setVisible(empty);
    m_summary->setText(empty ? QString() : ReportPdf::headline(*report));

    rebuildCharts();
    m_drill->clear();
    m_drillTitle->setText(tr("Choose a row or a bar to see the conversations behind it."));
    emit loaded();
}

void ReportsWindow::rebuildCharts()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *figure = ReportCharts::figureChart(m_model, m_model->mainColumn(), dark);
    for (QAbstractSeries *series : figure->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            connect(bars, &QBarSeries::clicked, this,
                    [this](int index, QBarSet *) { drillDown(index); });
        }
    }
    QChart *old = m_figureChart->chart();
    m_figureChart->setChart(figure);
    delete old;
    old = m_distributionChart->chart();
    m_distributionChart->setChart(ReportCharts::distributionChart(m_distribution, dark));
    delete old;
}

void ReportsWindow::changeEvent(QEvent *event)
{
    // A theme chosen in the settings: the charts follow the palette.
    if (event->type() == QEvent::PaletteChange && m_loaded)
        rebuildCharts();
    QWidget::changeEvent(event);
}

void ReportsWindow::drillDown(int row)
{
    const reports::Report &r = m_model->report();
    if (row < 0 || row >= r.rows.size())
        return;
    const reports::Row &chosen = r.rows.at(row);
    auto items = reports::Reports::items(m_db, r.query, chosen.key);
    m_drill->clear();
    if (!items) {
        m_drillTitle->setText(
            tr("The conversations could not be read: %1").arg(items.error().message()));
        return;
    }
    // The list stops at the newest kDrillLimit; the title says so rather than miscounting.
    const int shown = int(items->size());
    if (items->isEmpty())
        m_drillTitle->setText(tr("%1: nothing behind this row.").arg(chosen.label));
    else if (shown >= reports::Reports::kDrillLimit)
        m_drillTitle->setText(
            tr("%1: the newest %n — open one to see it in the main window.", nullptr, shown)
                .arg(chosen.label));
    else
        m_drillTitle->setText(
            tr("%1: %n conversation(s) — open one to see it in the main window.", nullptr, shown)
                .arg(chosen.label));
    const QLocale locale;
    const QString region = PhoneNumbers::systemRegion();
    QList<qint64> ids;
    for (const reports::Item &item : *items) {
        // The customer as the inbox names them: their name, else their number.
        const QString number = PhoneNumbers::display(item.customerE164, region);
        const QString who = item.customerName.isEmpty()
            ? number
            : tr("%1 (%2)", "customer's name (number)").arg(item.customerName, number);
        QString text = tr("%1 · %2").arg(
            who,
            locale.toString(QDateTime::fromMSecsSinceEpoch(item.at, r.query.zone),
                            QLocale::ShortFormat));
        if (item.score >= 0)
            text += item.inferred ? tr(" · score %1 (read from words, not counted)").arg(item.score)
                                  : tr(" · score %1").arg(item.score);
        if (!item.comment.isEmpty())
            text += QStringLiteral("\n“%1”").arg(item.comment); // a list item is plain text
        auto *entry = new QListWidgetItem(text, m_drill);
        entry->setData(Qt::UserRole, item.conversationId);
        ids << item.conversationId;
    }
    emit drilledDown(ids);
}

QString ReportsWindow::filterText() const
{
    QStringList parts;
    for (QComboBox *box : { m_agent, m_number, m_tag }) {
        if (box->currentIndex() > 0)
            parts << box->currentText();
    }
    return parts.join(QStringLiteral("; "));
}

void ReportsWindow::exportCsv()
{
    const reports::Report &r = m_model->report();
    const QString path
        = m_chooseFile(QStringLiteral("%1-%2-%3.csv")
                           .arg(reports::kindName(r.query.kind), r.query.from.toString(Qt::ISODate),
                                r.query.to.toString(Qt::ISODate)),
                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = reports::ReportExport::csv(r);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        QMessageBox::warning(
            this, tr("Export the report"),
            tr("The report could not be written to %1: %2").arg(path, file.errorString()));
}

void ReportsWindow::exportPdf()
{
    const reports::Report &r = m_model->report();
    const QString path
        = m_chooseFile(QStringLiteral("%1-%2-%3.pdf")
                           .arg(reports::kindName(r.query.kind), r.query.from.toString(Qt::ISODate),
                                r.query.to.toString(Qt::ISODate)),
                       tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = ReportPdf::write(r, filterText(), path, ReportPdf::defaultPaper());
        !error.isEmpty())
        QMessageBox::warning(this, tr("Export the report"), error);
}

void ReportsWindow::exportAnswers()
{
    const reports::Query q = query();
    if (q.to < q.from)
        return;
    const QString path
        = m_chooseFile(QStringLiteral("%1-answers-%2-%3.csv")
                           .arg(reports::kindName(q.kind), q.from.toString(Qt::ISODate),
                                q.to.toString(Qt::ISODate)),
                       tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Written to a temporary file beside the target and put in its place only when complete:
    // a cancelled or failed export leaves nothing behind (and an older file as it was).
    QSaveFile file(path);
    QProgressDialog progress(tr("Exporting the answers…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export answers"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    bool cancelled = false;
    const QLocale locale;
    Status written = success();
    if (!file.open(QIODevice::WriteOnly)) {
        written = StorageError(StorageError::Kind::Io, path, file.errorString());
    } else {
        written = reports::ReportExport::responsesCsv(
            m_db, q, file, q.kind == Kind::ResponseTimes, [&](qint64 done, qint64 total) {
                progress.setMaximum(int(std::max<qint64>(total, 1)));
                progress.setValue(int(std::min(done, total)));
                progress.setLabelText(tr("Exporting the answers: %1 of %2")
                                          .arg(locale.toString(done), locale.toString(total)));
                QCoreApplication::processEvents(); // the Cancel button
                cancelled = progress.wasCanceled();
                return !cancelled;
            });
    }
    progress.close();
    if (cancelled) {
        file.cancelWriting();
        return;
    }
    if (!written || !file.commit()) {
        file.cancelWriting();
        QMessageBox::warning(
            this, tr("Export answers"),
            tr("The answers could not be written to %1: %2")
                .arg(path, written ? file.errorString() : written.error().message()));
    }
}

} // namespace textdesk::ui
