#pragma once

#include <QString>

class QAbstractItemModel;
class QChart;

namespace textdesk::ui {

class ReportTableModel;
class DistributionModel;

// The report's two charts, fed by its table models through model mappers (no figure is
// computed here): the headline figure per row (a trend over time for a time grouping) and the
// distribution behind the total. Both are used by the window and by the PDF.
namespace ReportCharts {

// Bars of `model`'s column `column` per row, labelled by column 0. Owned by the caller. `dark`:
// colours for a dark palette (the window's); paper is always light.
QChart *figureChart(ReportTableModel *model, int column, bool dark = false);
QChart *distributionChart(DistributionModel *model, bool dark = false);

} // namespace ReportCharts
} // namespace textdesk::ui
