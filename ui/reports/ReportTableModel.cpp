#include "ReportTableModel.h"

#include <QLocale>

namespace textdesk::ui {

using reports::Column;
using reports::Kind;

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setReport(const reports::Report &report)
{
    beginResetModel();
    m_report = report;
    m_columns = reports::ReportExport::columns(report.query.kind);
    endResetModel();
}

int ReportTableModel::mainColumn() const
{
    static const char *const names[]
        = { "csat_pct", "nps", "ces_average", "first_response_median_s" };
    const QLatin1String wanted(names[int(m_report.query.kind)]);
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name == wanted)
            return i + 1;
    }
    return 1;
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QString ReportTableModel::format(const Column &column, const QVariant &value, bool compact)
{
    if (value.isNull())
        return QStringLiteral("—");
    const QLocale locale;
    switch (column.format) {
    case Column::Count:
        return locale.toString(value.toLongLong());
    case Column::Percent:
        return tr("%1 %").arg(locale.toString(value.toDouble(), 'f', 1));
    case Column::Average:
        return locale.toString(value.toDouble(), 'f', 2);
    case Column::Duration: {
        const qint64 s = qRound64(value.toDouble());
        if (compact) {
            if (s < 3600)
                return tr("%1m").arg(s / 60);
            if (s < 86400)
                return tr("%1h%2m").arg(s / 3600).arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
            return tr("%1d%2h").arg(s / 86400).arg(s % 86400 / 3600);
        }
        if (s < 60)
            return tr("%1 s").arg(s);
        if (s < 3600)
            return tr("%1 min").arg(s / 60);
        if (s < 86400)
            return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
        return tr("%1 d %2 h").arg(s / 86400).arg(s % 86400 / 3600);
    }
    }
    return value.toString();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.rows.size())
        return {};
    const reports::Row &row = m_report.rows.at(index.row());
    if (role == KeyRole)
        return row.key;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.label;
        if (role == SortRole)
            return reports::isTimeGrouping(m_report.query.grouping) ? QVariant(row.key)
                                                                    : QVariant(row.label);
        return {};
    }
    const Column &column = m_columns.at(index.column() - 1);
    const QVariant value = column.value(row);
    switch (role) {
    case Qt::DisplayRole:
        return format(column, value);
    case SortRole:
        // No figure sorts below every figure.
        return value.isNull() ? QVariant(-1e18) : QVariant(value.toDouble());
    case ValueRole:
        return value.isNull() ? QVariant(0.0) : QVariant(value.toDouble());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return reports::isTimeGrouping(m_report.query.grouping) ? tr("Period") : tr("Group");
    if (section - 1 < m_columns.size())
        return m_columns.at(section - 1).title;
    return {};
}

DistributionModel::DistributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DistributionModel::setReport(const reports::Report &report)
{
    beginResetModel();
    const reports::Row &t = report.total;
    m_values.clear();
    switch (report.query.kind) {
    case Kind::Csat:
        m_series = { tr("Answers") };
        m_categories = { tr("Scores 4–5"), tr("Scores 1–3"), tr("No answer") };
        m_values = { { t.positive }, { t.scored - t.positive }, { t.sent - t.answered } };
        break;
    case Kind::Nps:
        m_series = { tr("Answers") };
        m_categories = { tr("Promoters"), tr("Passives"), tr("Detractors") };
        m_values = { { t.positive }, { t.passive() }, { t.negative } };
        break;
    case Kind::Ces:
        m_series = { tr("Surveys") };
        m_categories = { tr("Scored"), tr("No score"), tr("No answer") };
        m_values = { { t.scored }, { t.answered - t.scored }, { t.sent - t.answered } };
        break;
    case Kind::ResponseTimes:
        m_series = { tr("First response"), tr("Resolution") };
        m_categories = { tr("< 1 h"), tr("1–4 h"), tr("4–8 h"), tr("8–24 h"), tr("> 24 h") };
        for (int i = 0; i < reports::Durations::kBuckets; ++i)
            m_values.append(
                { t.firstResponse.buckets[size_t(i)], t.resolution.buckets[size_t(i)] });
        break;
    }
    endResetModel();
}

int DistributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

int DistributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

QVariant DistributionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return m_values.at(index.row()).at(index.column());
}

QVariant DistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_series.size() ? m_series.at(section) : QVariant();
    return section < m_categories.size() ? m_categories.at(section) : QVariant();
}

} // namespace textdesk::ui
