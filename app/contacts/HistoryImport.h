#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace textdesk::contacts {

// Message history from files into the cache through the BulkImporter: all the files in one
// transaction, messages already cached (by SID) skipped, so running it again adds nothing.
// Three kinds of file, told apart by their content:
// - JSON as the provider's list API returns it: an object with "messages" (pages saved to
//   files; several pages may follow each other in one file);
// - the JSON array Twilio's CLI writes with `-o json`: the same fields in camelCase, dates as
//   ISO 8601;
// - CSV with a header naming the columns (docs/history-import.md): sid, direction, from, to,
//   date_created required; body, status, date_sent, date_updated, num_segments, num_media,
//   error_code, error_message optional.
class HistoryImport
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::contacts::HistoryImport)
public:
    struct Outcome
    {
        qint64 read = 0; // messages in the files
        qint64 inserted = 0;
        qint64 skipped = 0; // already cached
        QString error; // why nothing was imported, translated; empty on success
        bool ok() const { return error.isEmpty(); }
    };
    // Called after each file with its name and the messages read so far.
    using Progress = std::function<void(const QString &file, qint64 messagesRead)>;

    static Outcome run(Database &db, const QStringList &paths, const Progress &progress = {});
};

} // namespace textdesk::contacts
