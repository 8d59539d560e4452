#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

class QSqlError;

namespace textdesk {

// What went wrong with the local cache, in a form the UI and the command line can show as is.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::StorageError)
public:
    enum class Kind {
        NotADatabase, // the file is something else: never touched
        Corrupt, // the file is damaged: moved aside, a fresh cache is built
        ReadOnly, // no permission to write the file or its folder
        DiskFull, // no space left on the disk (or the cache hit its size cap)
        NewerSchema, // written by a newer Textdesk: refused, never downgraded
        OlderSchema, // a reader found a cache that still needs its migrations
        Busy, // another program holds a lock for too long
        CannotOpen, // missing folder, path is a directory, …
        Io, // the operating system failed a read or a write
        Constraint, // a write broke a rule of the schema (a bug, or bad input)
        InvalidInput, // refused before writing; technical() holds the reason, translated
        Other,
    };

    StorageError() = default;
    StorageError(Kind kind, QString path, QString technical = {}, int nativeCode = 0);

    // Classifies a QtSql error by SQLite's primary result code.
    static StorageError fromSql(const QSqlError &error, const QString &path);
    static Kind kindForSqliteCode(int primaryCode);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    QString technical() const { return m_technical; }
    int nativeCode() const { return m_nativeCode; }

    // What happened and what to do, for a person (translated).
    QString message() const;
    // message() plus the technical details, for logs and --verbose.
    QString details() const;

    // Extra context for NewerSchema: the versions involved.
    StorageError &withVersions(int found, int supported);

private:
    Kind m_kind = Kind::Other;
    QString m_path;
    QString m_technical;
    int m_nativeCode = 0;
    int m_foundVersion = 0;
    int m_supportedVersion = 0;
};

// A value or a StorageError. Small on purpose: the cache's API returns these instead of bools
// and a separate lastError() that a caller can forget to read.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(StorageError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const StorageError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, StorageError> m_data;
};

struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done {};
}

} // namespace textdesk
