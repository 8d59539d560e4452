#include "Csv.h"

#include "core/Utf8.h"

namespace textdesk::csv {

namespace {
bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// ',' unless the first line has more ';' than ',' outside quotes.
QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}
} // namespace

Table Reader::read(const QByteArray &bytes)
{
    Table table;
    // Exactly one BOM is taken away: a second one at the start belongs to the first field.
    QString text = utf8Exact(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    table.delimiter = detectDelimiter(text);
    const QChar delimiter = table.delimiter;

    int line = 1;
    Record record { 1, {} };
    QString field;
    bool quoted = false; // inside a quoted field
    bool afterQuote = false; // a quoted field has closed: only a delimiter or an end may follow
    int quoteLine = 0;
    auto endRecord = [&] {
        record.fields << field;
        field.clear();
        // A blank line is no record.
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty() && !afterQuote))
            table.records << record;
        record = Record { line, {} };
        afterQuote = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            record.fields << field;
            field.clear();
            afterQuote = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else if (afterQuote) {
            table.error = tr("Line %1: text after a closing quote. A field in quotes must end "
                             "with the quote, followed by \"%2\" or the end of the line.")
                              .arg(line)
                              .arg(delimiter);
            return table;
        } else if (c == u'"') {
            if (!field.isEmpty()) {
                table.error = tr("Line %1: a quote inside a field that does not start with one. "
                                 "Put the whole field in quotes and double the quote (\"\").")
                                  .arg(line);
                return table;
            }
            quoted = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        table.error = tr("Line %1: a quote opened here is never closed.").arg(quoteLine);
        return table;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || afterQuote)
        endRecord();
    return table;
}

QByteArray cell(const QString &value, bool text)
{
    QString v = value;
    if (text && !v.isEmpty() && isFormulaStart(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u';') || v.contains(u'"') || v.contains(u'\n')
        || v.contains(u'\r'))
        v = u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v.toUtf8();
}

QString unneutralised(const QString &value)
{
    if (value.size() >= 2 && value.front() == u'\'' && isFormulaStart(value.at(1)))
        return value.mid(1);
    return value;
}

QByteArray line(const QList<QByteArray> &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        out += cells.at(i);
    }
    return out + "\r\n";
}

} // namespace textdesk::csv
