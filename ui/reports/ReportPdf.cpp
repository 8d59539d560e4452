#include "ReportPdf.h"

#include "ReportCharts.h"
#include "ReportTableModel.h"
#include "reports/Reports.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace textdesk::ui {

using reports::Column;
using reports::Kind;

QPageSize::PageSizeId ReportPdf::defaultPaper()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QString ReportPdf::writeForCommandLine(const reports::Report &report, const QString &filters,
                                       const QString &paper, const QString &path)
{
    const QPageSize::PageSizeId id = paper == QLatin1String("letter") ? QPageSize::Letter
        : paper == QLatin1String("a4")                                ? QPageSize::A4
                                                                      : defaultPaper();
    return write(report, filters, path, id);
}

QString ReportPdf::period(const reports::Report &report)
{
    const QLocale locale;
    return tr("%1 – %2 (%3)")
        .arg(locale.toString(report.query.from, QLocale::LongFormat),
             locale.toString(report.query.to, QLocale::LongFormat),
             QString::fromUtf8(report.query.zone.id()));
}

QString ReportPdf::headline(const reports::Report &report)
{
    const reports::Row &t = report.total;
    const QList<Column> columns = reports::ReportExport::columns(report.query.kind);
    auto figure = [&](const char *name) {
        for (const Column &c : columns) {
            if (c.name == QLatin1String(name))
                return tr("%1: %2").arg(c.title, ReportTableModel::format(c, c.value(t)));
        }
        return QString();
    };
    QStringList parts;
    switch (report.query.kind) {
    case Kind::Csat:
        parts << figure("csat_pct") << figure("csat_average");
        break;
    case Kind::Nps:
        parts << figure("nps") << figure("promoters") << figure("passives") << figure("detractors");
        break;
    case Kind::Ces:
        parts << figure("ces_average");
        break;
    case Kind::ResponseTimes:
        parts << figure("first_response_median_s") << figure("first_response_p90_s")
              << figure("resolution_median_s") << figure("resolution_p90_s")
              << figure("messages_handled");
        break;
    }
    if (report.query.kind != Kind::ResponseTimes)
        parts << figure("surveys_sent") << figure("response_rate_pct");
    return parts.join(QStringLiteral(" · "));
}

QString ReportPdf::write(const reports::Report &report, const QString &filters, const QString &path,
                         QPageSize::PageSizeId paper)
{
    QPdfWriter writer(path);
    writer.setTitle(reports::Reports::title(report.query.kind));
    writer.setCreator(QStringLiteral("Textdesk"));
    writer.setResolution(144);
    writer.setPageLayout(QPageLayout(QPageSize(paper), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("cannot write %1 (is the folder writable?)")
            .arg(QFileInfo(path).absoluteFilePath());

    const QRect page = painter.viewport();
    const int w = page.width();
    const int h = page.height();
    QFont base = painter.font();
    base.setPointSizeF(9);
    QFont title = base;
    title.setPointSizeF(16);
    title.setBold(true);
    QFont bold = base;
    bold.setBold(true);

    int y = 0;
    auto line = [&](const QFont &font, const QString &text) {
        painter.setFont(font);
        const QFontMetrics fm(font, &writer);
        painter.drawText(QRect(0, y, w, fm.height()), Qt::AlignLeft | Qt::TextSingleLine, text);
        y += fm.height() + fm.height() / 4;
    };
    line(title, reports::Reports::title(report.query.kind));
    line(base, tr("Period: %1").arg(period(report)));
    line(base, tr("Grouping: %1").arg(reports::Reports::groupingTitle(report.query.grouping)));
    line(base, tr("Filters: %1").arg(filters.isEmpty() ? tr("none") : filters));
    {
        // The headline figures may need two lines.
        painter.setFont(bold);
        const QFontMetrics fm(bold, &writer);
        const QRect box = painter.boundingRect(
            QRect(0, y, w, fm.height() * 3), Qt::TextWordWrap,
            report.total.hasData() ? headline(report) : tr("No figures for this period."));
        painter.drawText(box, Qt::TextWordWrap,
                         report.total.hasData() ? headline(report)
                                                : tr("No figures for this period."));
        y += box.height() + fm.height() / 2;
    }

    // Charts, side by side, drawn from the same table models as the window's.
    ReportTableModel model;
    model.setReport(report);
    DistributionModel distribution;
    distribution.setReport(report);
    const int gap = w / 60;
    {
        // Drawn at a size where the charts' own fonts read well, then scaled to the page.
        QGraphicsScene scene;
        QChart *figure = ReportCharts::figureChart(&model, model.mainColumn());
        QChart *spread = ReportCharts::distributionChart(&distribution);
        const QSizeF size(560, 300);
        for (QChart *chart : { figure, spread }) {
            scene.addItem(chart);
            chart->resize(size);
        }
        spread->setPos(size.width() + 20, 0);
        scene.setSceneRect(0, 0, size.width() * 2 + 20, size.height());
        const int chartHeight = int(w * size.height() / scene.sceneRect().width());
        scene.render(&painter, QRectF(0, y, w, chartHeight), scene.sceneRect());
        y += chartHeight + gap;
    }

    // The table: the label column wider, figures right-aligned, header repeated on each page.
    const QList<Column> &columns = model.figureColumns();
    const bool many = columns.size() > 8;
    const int labelWidth = many ? w / 10 : w / 6;
    const int cellWidth = (w - labelWidth) / int(std::max<qsizetype>(1, columns.size()));
    QFont small = base;
    small.setPointSizeF(many ? 6 : 8);
    QFont smallBold = small;
    smallBold.setBold(true);
    const QFontMetrics fm(small, &writer);
    const int rowHeight = fm.height() + fm.height() / 3;
    // Header words are never broken ("First resp onse"): the header's font shrinks until the
    // longest word fits its column, and the header is as tall as its tallest title.
    QFont headerFont = smallBold;
    const auto longestWord = [&](const QFont &font) {
        const QFontMetrics metrics(font, &writer);
        int widest = 0;
        for (const Column &column : columns) {
            for (const QString &word : column.title.split(u' ', Qt::SkipEmptyParts))
                widest = std::max(widest, metrics.horizontalAdvance(word));
        }
        return widest;
    };
    while (longestWord(headerFont) > cellWidth - 4 && headerFont.pointSizeF() > 4.5)
        headerFont.setPointSizeF(headerFont.pointSizeF() - 0.5);
    int headerHeight = rowHeight;
    {
        const QFontMetrics metrics(headerFont, &writer);
        for (const Column &column : columns) {
            const QRect needed = metrics.boundingRect(QRect(0, 0, cellWidth - 4, 10'000),
                                                      Qt::TextWordWrap, column.title);
            headerHeight = std::max(headerHeight, needed.height() + rowHeight / 3);
        }
    }
    auto header = [&] {
        painter.setFont(headerFont);
        painter.drawText(QRect(0, y, labelWidth, headerHeight), Qt::AlignLeft | Qt::AlignBottom,
                         model.headerData(0, Qt::Horizontal).toString());
        for (int c = 0; c < columns.size(); ++c)
            painter.drawText(QRect(labelWidth + c * cellWidth, y, cellWidth - 4, headerHeight),
                             Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap,
                             columns.at(c).title);
        y += headerHeight;
        painter.drawLine(0, y, w, y);
    };
    auto row = [&](const reports::Row &r, bool strong) {
        if (y + rowHeight > h) {
            writer.newPage();
            y = 0;
            header();
        }
        painter.setFont(strong ? smallBold : small);
        painter.drawText(QRect(0, y, labelWidth - 4, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(r.label, Qt::ElideRight, labelWidth - 4));
        for (int c = 0; c < columns.size(); ++c)
            painter.drawText(QRect(labelWidth + c * cellWidth, y, cellWidth - 4, rowHeight),
                             Qt::AlignRight | Qt::AlignVCenter,
                             ReportTableModel::format(columns.at(c), columns.at(c).value(r), many));
        y += rowHeight;
    };
    header();
    for (const reports::Row &r : report.rows)
        row(r, false);
    painter.drawLine(0, y, w, y);
    row(report.total, true);
    if (!painter.end())
        return tr("cannot finish %1").arg(QFileInfo(path).absoluteFilePath());
    return {};
}

} // namespace textdesk::ui
