#include "Statement.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlError>

#ifdef TEXTDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace textdesk {

Statement::Statement(Database &db, const QString &sql)
    : m_db(db)
    , m_prepared(success())
{
#ifdef TEXTDESK_NATIVE_SQLITE
    m_handle = db.nativeHandle();
    if (m_handle) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_native, nullptr)
            != SQLITE_OK) {
            m_prepared = db.noted(StorageError(
                StorageError::kindForSqliteCode(sqlite3_errcode(m_handle)), db.path(),
                QString::fromUtf8(sqlite3_errmsg(m_handle)), sqlite3_errcode(m_handle)));
            m_native = nullptr;
        }
        return;
    }
#endif
    auto query = db.prepareOwned(sql);
    if (!query) {
        m_prepared = query.error();
        return;
    }
    m_query = std::move(*query);
}

Statement::~Statement()
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native)
        sqlite3_finalize(m_native);
#endif
}

void Statement::bind(int index, qint64 value)
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_int64(m_native, index + 1, value);
        return;
    }
#endif
    m_query->bindValue(index, value);
}

void Statement::bind(int index, const QString &value)
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native) {
        // constData(), not utf16(): that one makes a null string empty, the caller's too.
        sqlite3_bind_text16(m_native, index + 1, value.constData(),
                            int(value.size() * sizeof(QChar)), SQLITE_TRANSIENT);
        return;
    }
#endif
    // Text, even when empty, as in the native path: NULL is bindNull()'s.
    m_query->bindValue(index, sql::notNull(value));
}

void Statement::bindLiteral(int index, const char *literal)
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_text(m_native, index + 1, literal, -1, SQLITE_STATIC);
        return;
    }
#endif
    m_query->bindValue(index, QString::fromLatin1(literal));
}

void Statement::bindNull(int index)
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native) {
        sqlite3_bind_null(m_native, index + 1);
        return;
    }
#endif
    m_query->bindValue(index, QVariant());
}

void Statement::bindOrNull(int index, qint64 value)
{
    value ? bind(index, value) : bindNull(index);
}

void Statement::bindOrNull(int index, const QString &value)
{
    value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement::Step Statement::step()
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native) {
        // The test seam counts executions, not rows: only the first step of each one.
        if (!m_nativeStarted) {
            m_nativeStarted = true;
            if (auto injected = m_db.takeInjectedFailureForTesting()) {
                m_error = *injected;
                sqlite3_reset(m_native);
                m_nativeStarted = false;
                return Step::Error;
            }
        }
        const int rc = sqlite3_step(m_native);
        if (rc == SQLITE_ROW)
            return Step::Row;
        m_nativeStarted = false;
        if (rc == SQLITE_DONE) {
            m_lastChanges = sqlite3_changes(m_handle);
            return Step::Done;
        }
        const int code = sqlite3_extended_errcode(m_handle);
        m_error = m_db.noted(StorageError(StorageError::kindForSqliteCode(code), m_db.path(),
                                          QString::fromUtf8(sqlite3_errmsg(m_handle)), code));
        sqlite3_reset(m_native);
        return Step::Error;
    }
#endif
    if (!m_queryExecuted) {
        if (auto s = m_db.exec(*m_query); !s) {
            m_error = s.error();
            return Step::Error;
        }
        m_queryExecuted = true;
        m_lastChanges = m_query->numRowsAffected();
        // QSqlQuery answers only while active, and run() finishes it right after this step.
        m_lastInsertId = m_query->lastInsertId().toLongLong();
    }
    if (m_query->isSelect() && m_query->next())
        return Step::Row;
    if (m_query->lastError().isValid()) {
        m_error = m_db.errorFor(m_query->lastError());
        return Step::Error;
    }
    return Step::Done;
}

Status Statement::run()
{
    const Step result = step();
    reset();
    if (result == Step::Error)
        return m_error;
    return success();
}

void Statement::reset()
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native) {
        sqlite3_reset(m_native);
        m_nativeStarted = false;
        return;
    }
#endif
    m_query->finish();
    m_queryExecuted = false;
}

int Statement::changes() const
{
    return m_lastChanges;
}

qint64 Statement::lastInsertId() const
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native)
        return sqlite3_last_insert_rowid(m_handle);
#endif
    return m_lastInsertId;
}

qint64 Statement::int64(int column) const
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native)
        return sqlite3_column_int64(m_native, column);
#endif
    return m_query->value(column).toLongLong();
}

QString Statement::text(int column) const
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native) {
        const void *data = sqlite3_column_text16(m_native, column);
        const int bytes = sqlite3_column_bytes16(m_native, column);
        return data ? QString(static_cast<const QChar *>(data), bytes / int(sizeof(QChar)))
                    : QString();
    }
#endif
    return m_query->value(column).toString();
}

QByteArray Statement::utf8(int column) const
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native) {
        const auto *data = sqlite3_column_text(m_native, column);
        return data ? QByteArray(reinterpret_cast<const char *>(data),
                                 sqlite3_column_bytes(m_native, column))
                    : QByteArray();
    }
#endif
    return m_query->value(column).toString().toUtf8();
}

bool Statement::isNull(int column) const
{
#ifdef TEXTDESK_NATIVE_SQLITE
    if (m_native)
        return sqlite3_column_type(m_native, column) == SQLITE_NULL;
#endif
    return m_query->value(column).isNull();
}

StorageError Statement::error() const
{
    return m_error;
}

} // namespace textdesk
