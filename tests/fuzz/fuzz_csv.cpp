// The RFC 4180 reader (app/core/Csv), which reads every CSV a person hands Textdesk (contacts,
// history). Any bytes: a table or an error with its line, never a crash; and what it read, written
// back with the shared writer, reads again to the same fields (so export → import loses nothing).
#include "FuzzTarget.h"
#include "core/Csv.h"

TEXTDESK_FUZZ_TARGET(csv)
{
    using namespace textdesk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const csv::Table table = csv::Reader::read(bytes);
    if (!table.ok()) {
        TEXTDESK_FUZZ_CHECK(table.records.isEmpty() || !table.error.isEmpty());
        return 0;
    }
    int previousLine = 0;
    for (const csv::Record &record : table.records) {
        TEXTDESK_FUZZ_CHECK(record.line > previousLine);
        TEXTDESK_FUZZ_CHECK(!record.fields.isEmpty());
        previousLine = record.line;
    }

    // Written with ',' and a BOM (the reader takes exactly one away), as every export does.
    QByteArray written(csv::kBom);
    for (const csv::Record &record : table.records) {
        QList<QByteArray> cells;
        for (const QString &field : record.fields)
            cells.append(csv::cell(field, false));
        written += csv::line(cells);
    }
    const csv::Table again = csv::Reader::read(written);
    TEXTDESK_FUZZ_CHECK(again.ok());
    // A record of one empty field is a blank line, which the reader skips.
    QList<QStringList> expected;
    for (const csv::Record &record : table.records) {
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            expected.append(record.fields);
    }
    TEXTDESK_FUZZ_CHECK(again.records.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        TEXTDESK_FUZZ_CHECK(again.records[i].fields == expected[i]);
    return 0;
}
