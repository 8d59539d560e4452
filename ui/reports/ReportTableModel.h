#pragma once

#include "reports/Report.h"
#include "reports/ReportExport.h"

#include <QAbstractTableModel>

namespace textdesk::ui {

// A report as a table: the group's label, then the figure columns of its kind (the CSV's, in
// the same order). Display text is formatted for a person; SortRole holds the raw number so
// that sorting is numeric; KeyRole the row's key for the drill-down. The total is not a row.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, KeyRole, ValueRole };
    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const reports::Report &report);
    const reports::Report &report() const { return m_report; }
    // The column of the kind's headline figure (CSAT %, NPS, CES average, median first response).
    int mainColumn() const;
    const QList<reports::Column> &figureColumns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A figure as a person reads it: 85.7 %, 3.60, 1 h 30 min, "—" when there is none.
    // `compact` for narrow printed columns: 1h30m.
    static QString format(const reports::Column &column, const QVariant &value,
                          bool compact = false);

private:
    reports::Report m_report;
    QList<reports::Column> m_columns;
};

// The distribution behind the report's total, as a table for a bar chart: one row per category
// (CSAT satisfied / neutral / unhappy, NPS promoters / passives / detractors, CES answers, or the
// duration buckets), one column per series (response times: first response and resolution).
class DistributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DistributionModel(QObject *parent = nullptr);
    void setReport(const reports::Report &report);
    QStringList categories() const { return m_categories; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_categories;
    QStringList m_series;
    QList<QList<int>> m_values; // [row][series]
};

} // namespace textdesk::ui
