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

#include <algorithm>

namespace textdesk::ui::ReportCharts {

namespace {
// The bar mappers read DisplayRole as a number: hand them the figures, not their words
// (durations in the unit the axis names: seconds are divided by `divisor`).
class Numbers : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    double divisor = 1;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() > 0)
            return QIdentityProxyModel::data(index, ReportTableModel::ValueRole).toDouble()
                / divisor;
        return QIdentityProxyModel::data(index, role);
    }
};

void addAxes(QChart *chart, QBarSeries *series, const QStringList &categories,
             const QString &unit = {})
{
    auto *x = new QBarCategoryAxis(chart);
    // Qt Charts reads axis labels as HTML: an agent's or a tag's name (a CRM's too) is text,
    // and "< 1 h" is not the start of a tag.
    QStringList escaped;
    for (const QString &category : categories)
        escaped << category.toHtmlEscaped();
    x->append(escaped);
    if (categories.size() > 8) {
        // Many periods or agents: upright, smaller labels (slanted ones were cut to "0…").
        x->setLabelsAngle(-90);
        QFont font = x->labelsFont();
        font.setPointSizeF(std::max(6.0, font.pointSizeF() - 1));
        x->setLabelsFont(font);
        x->setTruncateLabels(false); // the plot gives way to them instead
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    if (!unit.isEmpty())
        y->setTitleText(unit);
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
    // Durations are seconds: shown in minutes, or in hours when the longest is over 3 hours.
    QString unit;
    const int figure = column - 1;
    if (figure >= 0 && figure < model->figureColumns().size()
        && model->figureColumns().at(figure).format == reports::Column::Duration) {
        double longest = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            longest = std::max(
                longest, model->index(row, column).data(ReportTableModel::ValueRole).toDouble());
        const bool hours = longest > 3 * 3600;
        numbers->divisor = hours ? 3600 : 60;
        unit = hours ? QCoreApplication::translate("textdesk::ui::ReportCharts", "Hours")
                     : QCoreApplication::translate("textdesk::ui::ReportCharts", "Minutes");
    }
    mapper->setModel(numbers);
    chart->addSeries(series);
    QStringList labels;
    for (int row = 0; row < model->rowCount(); ++row) {
        // A day or week under its bar without the year, which the period already says.
        const QString label = model->index(row, 0).data().toString();
        const bool isoDay = label.size() == 10 && label.at(4) == u'-' && label.at(7) == u'-';
        labels << (isoDay ? label.mid(5) : label);
    }
    addAxes(chart, series, labels, unit);
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
