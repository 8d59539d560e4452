#pragma once

#include "ContactFiles.h"
#include "storage/ContactBook.h"

#include <optional>

namespace textdesk::contacts {

struct ImportReport
{
    ParsedContacts parsed;
    ContactImportOutcome outcome; // importId 0 when nothing was written
    QString error; // the cache's refusal, translated; the file's problems are in parsed.errors
    bool ok() const { return parsed.ok() && error.isEmpty(); }
};

// A contact file into the cache and the cache into a file: the steps the command line and the
// import dialog share.
class ContactTransfer
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::contacts::ContactTransfer)
public:
    // Reads the whole file first; writes only when every line is good (one transaction).
    static ImportReport importFile(Database &db, const QString &path, std::optional<Format> format,
                                   const QString &defaultRegion, qint64 nowMs,
                                   const CsvMapping *mapping = nullptr);
    // Writes the file whole or not at all (QSaveFile). vCard `version` 3 or 4. Returns an
    // error in words, empty on success; *count receives the number of contacts written.
    static QString exportFile(Database &db, const QString &path, Format format, int version,
                              int *count = nullptr);
};

} // namespace textdesk::contacts
