#pragma once

#include "StorageError.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace textdesk {

class Database;

// A prepared statement for hot loops (bulk import, summary passes). It steps the sqlite3 C API
// directly on QtSql's own connection where the build allows (TEXTDESK_NATIVE_SQLITE), which
// skips a QVariant per value, and falls back to QSqlQuery elsewhere. Same transaction either
// way: it is the same connection.
class Statement
{
public:
    enum class Step { Row, Done, Error };

    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Errors from preparing; check once before the loop.
    const Status &prepared() const { return m_prepared; }
    bool isNative() const { return m_native != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    void bindNull(int index);
    // NULL for 0 / an empty string, as the schema stores "none".
    void bindOrNull(int index, qint64 value);
    void bindOrNull(int index, const QString &value);
    // A string literal (ASCII, alive for the program's lifetime): bound without a copy.
    void bindLiteral(int index, const char *literal);

    Step step();
    // Steps a statement that returns no rows and resets it for the next use.
    Status run();
    void reset();
    // Rows changed by the last INSERT/UPDATE/DELETE.
    int changes() const;
    // The rowid of the last row this connection inserted.
    qint64 lastInsertId() const;

    qint64 int64(int column) const;
    QString text(int column) const;
    // The text as SQLite stores it (UTF-8), without a round trip through UTF-16.
    QByteArray utf8(int column) const;
    bool isNull(int column) const;

    StorageError error() const;

private:
    Database &m_db;
    Status m_prepared;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_native = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    bool m_queryExecuted = false;
    bool m_nativeStarted = false;
    int m_lastChanges = 0;
    qint64 m_lastInsertId = 0;
    StorageError m_error;
};

} // namespace textdesk
