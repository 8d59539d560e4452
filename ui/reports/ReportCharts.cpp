#include "ReportCharts.h"

#include "ReportTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QIdentityProxyModel>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace textdesk::ui::ReportCharts {

namespace {
// The bar mappers read DisplayRole as a number: hand them the figures, not their words.
class Numbers : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() > 0)
            return QIdentityProxyModel::data(index, ReportTableModel::ValueRole);
        return QIdentityProxyModel::data(index, role);
    }
};

void addAxes(QChart *chart, QBarSeries *series, const QStringList &categories)
{
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    if (categories.size() > 8) // many periods or agents: slanted labels stay readable
        x->setLabelsAngle(-60);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // Nothing to scale to (no rows, or only zeros): a fixed range rather than a NaN one.
    if (categories.isEmpty() || !(y->max() > 0))
        y->setRange(0, 1);
    else
        y->applyNiceNumbers();
}

QChart *newChart(const QString &title, bool dark)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}
} // namespace

QChart *figureChart(ReportTableModel *model, int column, bool dark)
{
    QChart *chart = newChart(model->headerData(column, Qt::Horizontal).toString(), dark);
    auto *series = new QBarSeries(chart);
    // The mapper reads the numbers (ValueRole) of one column; each row is a category.
    auto *mapper = new QVBarModelMapper(chart);
    mapper->setFirstBarSetColumn(column);
    mapper->setLastBarSetColumn(column);
    mapper->setSeries(series);
    auto *numbers = new Numbers(chart);
    numbers->setSourceModel(model);
    mapper->setModel(numbers);
    chart->addSeries(series);
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row) {
        // A day or week under its bar without the year, which the period already says.
        const QString label = model->index(row, 0).data().toString();
        const bool isoDay = label.size() == 10 && label.at(4) == u'-' && label.at(7) == u'-';
        labels << (isoDay ? label.mid(5) : label);
    }
    addAxes(chart, series, labels);
    chart->legend()->hide();
    return chart;
}

QChart *distributionChart(DistributionModel *model, bool dark)
{
    QChart *chart
        = newChart(QCoreApplication::translate("textdesk::ui::ReportCharts", "Distribution"), dark);
    auto *series = new QBarSeries(chart);
    auto *mapper = new QVBarModelMapper(chart);
    mapper->setFirstBarSetColumn(0);
    mapper->setLastBarSetColumn(model->columnCount() - 1);
    mapper->setSeries(series);
    mapper->setModel(model);
    chart->addSeries(series);
    addAxes(chart, series, model->categories());
    chart->legend()->setVisible(model->columnCount() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace textdesk::ui::ReportCharts
