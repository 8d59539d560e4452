#pragma once

#include "reports/Report.h"

#include <QCoreApplication>
#include <QPageSize>

namespace textdesk::ui {

// A report as a printable PDF (landscape A4 or Letter): title, period, grouping and filters, the
// headline figures, both charts and the table (continued on further pages with its header).
// Needs a QApplication (the charts are graphics widgets); the command line makes one offscreen.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::ui::ReportPdf)
public:
    // Empty on success, otherwise why not, in words.
    static QString write(const reports::Report &report, const QString &filters, const QString &path,
                         QPageSize::PageSizeId paper);
    // CommandLine::PdfWriter: `textdesk report --format pdf`.
    static QString writeForCommandLine(const reports::Report &report, const QString &filters,
                                       const QString &paper, const QString &path);
    // Letter where it is the custom (the United States, Canada, Mexico…), A4 elsewhere.
    static QPageSize::PageSizeId defaultPaper();
    // The headline figures of the total in one line ("CSAT 60.0 % · average 3.60 · …").
    static QString headline(const reports::Report &report);
    static QString period(const reports::Report &report);
};

} // namespace textdesk::ui
