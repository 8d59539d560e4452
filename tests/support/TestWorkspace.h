#pragma once

#include "storage/Database.h"
#include "storage/Records.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace textdesk::test {

// A real cache file in a fresh temporary folder, removed afterwards.
class TestCache
{
public:
    TestCache();
    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Opens (and migrates) the cache as a writer; fails the calling test on error.
    std::unique_ptr<Database> open(Database::Role role = Database::Role::Writer) const;

private:
    QTemporaryDir m_dir;
};

// A message with sensible defaults for tests.
MessageRecord message(qint64 conversationId, const QString &sid, const QString &body,
                      Direction direction, qint64 createdAt);

// A contact, an inbox and the conversation between them, created through ContactStore as the
// sync worker does; 0 on error (a warning says why).
qint64 conversation(Database &db, const QString &contactE164,
                    const QString &inboxE164 = QStringLiteral("+15550000001"), qint64 nowMs = 1);

// The rows of a query as text, one line a row; a failing query yields one "error: …" line.
QStringList rows(Database &db, const QString &sql);
// The schema, its version and every row of every table (full-text shadow tables included), as
// text in a stable order: equal dumps mean the cache holds the same data.
QStringList dumpTables(Database &db);

// FTS5's integrity check of an external-content index (message_fts, contact_fts), run through
// Database::execOnce: the index is sound and, with rank 1, holds exactly the words of the rows
// of its content table (the plain check does not compare with the content).
Status checkFullTextIndex(Database &db, const QString &table);
// Rows that point at a missing parent (PRAGMA foreign_key_check), as "table:rowid->parent".
QStringList foreignKeyViolations(Database &db);

// The environment for a textdesk (or textdesk-sim) started by a test: this process's (an empty
// computer-wide configuration, see TestMode.cpp), no proxy, and XDG folders in a scratch folder
// of this process, so the child never reads or writes the user's own settings and data.
QProcessEnvironment childEnvironment();

// SHA-256 of a file's bytes; empty if it cannot be read.
QByteArray fileHash(const QString &path);

} // namespace textdesk::test
