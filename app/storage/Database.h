#pragma once

#include "StorageError.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

struct sqlite3;
class QThread;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace textdesk {

class Statement;

// The one owner of a connection to the cache file. One Database per thread: the sync worker
// holds a Writer, the GUI thread a Reader. Every query goes through here, so errors are
// classified in one place and prepared statements are reused.
class Database
{
public:
    enum class Role {
        Writer, // may write; applies pending migrations at open
        Reader, // query_only: the GUI thread's connection
        Scratch, // a throwaway file of its own, not the cache: no schema, no journal, no
                 // crash safety (FullTextBuilder's index while a bulk import runs)
    };
    enum class Durability {
        Normal, // synchronous=NORMAL: survives a crash of the app
        Full, // synchronous=FULL: survives a power cut (the outbox)
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Role role);
    // Sets up the SQLite library before its first use in the process; open() calls it. Call it
    // first yourself where the process uses SQLite before any Database (bench_storage's floor).
    static void configureLibrary();
    // Test seam: a writer that applies no migrations, so that a test can build a cache at an
    // older version with Migrations::applyUpTo() and then upgrade it with open().
    static Result<std::unique_ptr<Database>> openUnmigratedForTesting(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    Role role() const { return m_role; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isWal() const { return m_wal; }

    // A prepared statement for this SQL, prepared once per connection and reused.
    Result<QSqlQuery *> prepare(const QString &sql);
    // A Statement (the sqlite3 C API where the build allows) for this SQL, prepared once per
    // connection and reused, for the per-message paths of a sync. Finalized before the
    // connection closes; reset by rollback(). Reset it after use (Statement::run() does).
    Result<Statement *> statement(const QString &sql);
    // Finishes every cached statement that a caller left stepping (a read of one row of
    // several). In autocommit mode such a statement keeps its read transaction, so this
    // connection would go on seeing the cache as it was then; a reader that shows the cache
    // calls this before it reads again (the window's refresh), so that no store's forgotten
    // finish() can leave the screen stale.
    void finishStatements();
    // A prepared statement of the caller's own (not cached), for long-lived loops.
    Result<std::unique_ptr<QSqlQuery>> prepareOwned(const QString &sql);
    // Runs a prepared (and bound) statement. On error the statement is reset and the error
    // classified; the caller's transaction decides what to roll back.
    Status exec(QSqlQuery &query);
    // Runs one statement without caching it (DDL, pragmas).
    Status execOnce(const QString &sql);
    // The single value in the first row of a query, or a default when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &bind = {});

    // A writer outside a transaction: leaves WAL for the rollback journal, or goes back. A
    // transaction of hundreds of megabytes (a bulk import) is faster with the rollback journal,
    // as SQLite's documentation says: every page is written once, into the file, rather than
    // into the WAL and read back from it. SQLite refuses to leave WAL while another connection
    // has the cache open. Returns whether the journal is now the one asked for.
    bool useRollbackJournal(bool rollbackJournal);

    Status begin(Durability durability = Durability::Normal);
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    StorageError errorFor(const QSqlError &error) const;
    // Every error passes here. A damaged page leaves a mark beside the file, so that the next
    // open checks the whole file (quick_check) and moves a damaged cache aside; checking every
    // page at every start would cost seconds on a large cache.
    StorageError noted(StorageError error) const;
    static QString damageMarkPath(const QString &cachePath);

    // The sqlite3 connection QtSql opened, for the bulk importer's hot loop; nullptr when the
    // build does not allow it (see TEXTDESK_NATIVE_SQLITE).
    sqlite3 *nativeHandle() const;

    // Test seam: the n-th call to exec() from now on fails as if the disk were full.
    void failNthExecForTesting(int n) { m_failExecCountdown = n; }
    int remainingExecsForTesting() const { return m_failExecCountdown; }
    // Counts one statement execution against failNthExecForTesting(); the injected error when
    // this is the n-th. (exec() and Statement's native path both call it.)
    std::optional<StorageError> takeInjectedFailureForTesting();

private:
    Database(QString path, Role role, QString connectionName);
    static Result<std::unique_ptr<Database>> open(const QString &path, Role role, bool migrate);
    Status configure(bool migrate);
    void assertOwningThread() const;

    QString m_path;
    Role m_role;
    QString m_connectionName;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    QHash<QString, QSqlQuery *> m_statements;
    QHash<QString, Statement *> m_native;
    int m_schemaVersion = 0;
    bool m_wal = false;
    bool m_inTransaction = false;
    Durability m_txDurability = Durability::Normal;
    int m_failExecCountdown = 0;
    int m_savepointDepth = 0; // open Transaction savepoints, for their names
    friend class Transaction;
};

// Commits on commit(), rolls back if it goes out of scope without one. Opened while the
// connection is already in a transaction (a caller's batch), it is a savepoint inside it: its
// failure undoes only its own writes, and the caller's commit makes them durable.
class Transaction
{
public:
    explicit Transaction(Database &db,
                         Database::Durability durability = Database::Durability::Normal);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &status() const { return m_begun; }
    Status commit();

private:
    Status open(Database::Durability durability);

    Database &m_db;
    // Inside a caller's transaction this is a savepoint: undone alone if it fails, committed
    // with the caller's transaction. (Durability is then the caller's.)
    QString m_savepoint;
    Status m_begun;
    bool m_open = false;
};

} // namespace textdesk
