#pragma once

#include "reports/Report.h"

#include <QWidget>

#include <functional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace textdesk {
class Database;
}

namespace textdesk::ui {

class DistributionModel;
class ReportTableModel;

// The team lead's reports: a period, a report (CSAT, NPS, CES, response times), a grouping and
// filters; a chart of the headline figure per row, a chart of the distribution, a sortable
// table, CSV/PDF export, and the drill-down: a row or bar lists the conversations and comments
// behind it, and opening one asks the main window to show that conversation.
class ReportsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsWindow(Database &reader, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    void setQuery(const reports::Query &query);
    reports::Query query() const;
    const reports::Report &report() const;

    // Test seam: where an export goes (instead of asking with a file dialog); empty cancels.
    using FileChooser = std::function<QString(const QString &suggested, const QString &filter)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Whether the figures of the current query are shown (the first fill follows the first
    // paint, so the window appears before its queries run).
    bool isLoaded() const { return m_loaded; }

signals:
    // The agent opened a conversation from the drill-down.
    void conversationRequested(qint64 conversationId);
    // The conversations behind the row or bar just chosen, newest first.
    void drilledDown(const QList<qint64> &conversationIds);
    // The figures were read and shown.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    void reloadFilters();
    void refresh();
    void rebuildCharts();
    void drillDown(int row);
    void exportCsv();
    void exportPdf();
    void exportAnswers();
    QString filterText() const;

    Database &m_db;
    ReportTableModel *m_model = nullptr;
    DistributionModel *m_distribution = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_number = nullptr;
    QComboBox *m_tag = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_figureChart = nullptr;
    QChartView *m_distributionChart = nullptr;
    QListWidget *m_drill = nullptr;
    QLabel *m_drillTitle = nullptr;
    FileChooser m_chooseFile;
    bool m_updating = false;
    bool m_loaded = false;
    bool m_painted = false; // the window has been painted once
    bool m_fillQueued = false;
};

} // namespace textdesk::ui
