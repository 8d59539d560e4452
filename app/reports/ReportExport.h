#pragma once

#include "Report.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QVariant>

#include <functional>

class QIODevice;

namespace textdesk::reports {

// A figure column of a report: its stable name (CSV header, JSON key; docs/reports.md), the
// words of the table's header, and its value for a row (a number, or null when there is none:
// no median without durations).
struct Column
{
    enum Format { Count, Percent, Average, Duration };
    QString name;
    QString title;
    Format format = Count;
    std::function<QVariant(const Row &)> value;
};

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::reports::ReportExport)
public:
    // The figure columns of a kind, in the order of the CSV (after group, group_key, from, to).
    static QList<Column> columns(Kind kind);

    // CSV: UTF-8 with a BOM, RFC 4180 (CRLF, quotes doubled), a header line, one line per row
    // and a last line "Total". Text cells beginning with = + - @ tab or CR get a leading ' so
    // that a spreadsheet never runs them as a formula; numbers are written as numbers.
    static QByteArray csv(const Report &report);
    static QByteArray json(const Report &report);

    // Told the lines written so far and the total, now and then; returning false stops the
    // export, which then returns cancelled().
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Every survey attempt sent in the query's period (of its kind, or of every kind with
    // `allKinds`; filters applied), one line each, streamed to `out`.
    static Status responsesCsv(Database &db, const Query &query, QIODevice &out,
                               bool allKinds = false, const Progress &progress = {});
    static StorageError cancelled();

    // One CSV cell: quoted when needed, formulas neutralised when `text`.
    static QByteArray cell(const QString &value, bool text = true);
    static QByteArray cellUtf8(QByteArray value, bool text = true);
    // A value as the files write it: integers plain, others with two decimals, null empty.
    static QString number(const QVariant &value);
};

} // namespace textdesk::reports
