#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 both ways, shared by every CSV Textdesk reads or writes (reports, contacts, history).
namespace textdesk::csv {

// One record of a file, with the line it starts on (1-based, counting the header), so that an
// error can name the line a person sees in an editor.
struct Record
{
    int line = 0;
    QStringList fields;
};

struct Table
{
    QChar delimiter = u',';
    QList<Record> records; // the header first
    QString error; // why the file cannot be read, with its line, translated; empty when read
    bool ok() const { return error.isEmpty(); }
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::csv::Reader)
public:
    // UTF-8 (a BOM is skipped); fields quoted with "" may hold the delimiter, doubled quotes and
    // line breaks. The delimiter is ',' or ';', whichever the header line has more of outside
    // quotes (a spreadsheet in a comma-decimal locale writes ';'). Blank lines are skipped.
    // A stray quote inside an unquoted field, text after a closing quote, or a quote left open
    // at the end refuses the file with the line.
    static Table read(const QByteArray &bytes);
};

// One cell as a file writes it: quoted when it holds the delimiter, a quote or a line break.
// When `text`, a cell beginning with = + - @ tab or CR gets a leading ' so that a spreadsheet
// never runs it as a formula (numbers and validated values are written with text = false).
QByteArray cell(const QString &value, bool text = true);
// The reverse of that neutralisation, for files we wrote: "'=x" reads as "=x".
QString unneutralised(const QString &value);
// A line of cells, ending in CRLF.
QByteArray line(const QList<QByteArray> &cells);

inline constexpr char kBom[] = "\xEF\xBB\xBF";

} // namespace textdesk::csv
