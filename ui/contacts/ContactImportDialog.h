#pragma once

#include "contacts/ContactFiles.h"
#include "storage/Database.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTableWidget;

namespace textdesk {

// File → Import contacts…: the mapping step of a CSV import (each column, what Textdesk took
// it for, the first rows' values, a choice to change it), then the import in one transaction.
// A vCard needs no mapping: it is shown and imported as it is. Problems are listed by line and
// nothing is written until there are none.
class ContactImportDialog : public QDialog
{
    Q_OBJECT
public:
    using Writer = std::function<Status(const std::function<Status(Database &)> &)>;
    ContactImportDialog(const QString &path, const QString &region, Writer writer,
                        QWidget *parent = nullptr);

    // The mapping as the choices now say.
    contacts::CsvMapping mapping() const;
    // Reads the file with the mapping and, when every line is good, imports it.
    bool runImport();

private:
    void fillMapping();

    QString m_path;
    QString m_region;
    Writer m_writer;
    QByteArray m_bytes;
    contacts::Format m_format = contacts::Format::Csv;
    contacts::ParsedContacts m_parsed;
    QTableWidget *m_table = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace textdesk
