#include "StorageError.h"

#include <QDir>
#include <QSqlError>

namespace textdesk {

namespace {
// SQLite primary result codes (sqlite3.h), kept here so this file needs no sqlite3 header.
enum SqliteCode {
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kConstraint = 19,
    kNotADb = 26,
};
} // namespace

StorageError::StorageError(Kind kind, QString path, QString technical, int nativeCode)
    : m_kind(kind)
    , m_path(std::move(path))
    , m_technical(std::move(technical))
    , m_nativeCode(nativeCode)
{ }

StorageError::Kind StorageError::kindForSqliteCode(int code)
{
    switch (code & 0xff) {
    case kBusy:
    case kLocked:
        return Kind::Busy;
    case kReadOnly:
        return Kind::ReadOnly;
    case kIoErr:
        return Kind::Io;
    case kCorrupt:
        return Kind::Corrupt;
    case kFull:
        return Kind::DiskFull;
    case kCantOpen:
        return Kind::CannotOpen;
    case kConstraint:
        return Kind::Constraint;
    case kNotADb:
        return Kind::NotADatabase;
    default:
        return Kind::Other;
    }
}

StorageError StorageError::fromSql(const QSqlError &error, const QString &path)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    QString technical = error.databaseText();
    if (!error.driverText().isEmpty() && error.driverText() != technical)
        technical = error.driverText() + QStringLiteral(": ") + technical;
    Kind kind = isNumber ? kindForSqliteCode(code) : Kind::Other;
    // SQLite reports a full disk during a write as an I/O error on some systems; the text says.
    if (kind == Kind::Io && technical.contains(QLatin1String("full"), Qt::CaseInsensitive))
        kind = Kind::DiskFull;
    return StorageError(kind, path, technical, isNumber ? code : 0);
}

StorageError &StorageError::withVersions(int found, int supported)
{
    m_foundVersion = found;
    m_supportedVersion = supported;
    return *this;
}

QString StorageError::message() const
{
    const QString file = QDir::toNativeSeparators(m_path);
    switch (m_kind) {
    case Kind::NotADatabase:
        return tr("The file %1 is not a Textdesk cache (it is not an SQLite database). Textdesk "
                  "did "
                  "not change it. Choose another workspace folder, or move that file away.")
            .arg(file);
    case Kind::Corrupt:
        return tr("The cache %1 is damaged. Textdesk keeps the damaged file and builds a fresh "
                  "cache from your provider; messages not yet sent may be in the damaged copy.")
            .arg(file);
    case Kind::ReadOnly:
        return tr("Textdesk cannot write to %1: the file or its folder is read-only. Check the "
                  "permissions, or choose a workspace folder you can write to.")
            .arg(file);
    case Kind::DiskFull:
        return tr("The disk holding %1 is full. Nothing was lost: free some space and Textdesk "
                  "will carry on where it stopped.")
            .arg(file);
    case Kind::NewerSchema:
        return tr("The cache %1 was written by a newer version of Textdesk (cache version %2; this "
                  "version understands up to %3). Install the newer Textdesk, or choose another "
                  "workspace. The cache was not changed.")
            .arg(file)
            .arg(m_foundVersion)
            .arg(m_supportedVersion);
    case Kind::OlderSchema:
        return tr("The cache %1 needs to be upgraded before it can be read. Open it with the "
                  "Textdesk app first.")
            .arg(file);
    case Kind::Busy:
        return tr("The cache %1 is locked by another program. Close other copies of Textdesk and "
                  "try again.")
            .arg(file);
    case Kind::CannotOpen:
        return tr("Textdesk cannot open %1. Check that the folder exists and that it is a file, "
                  "not a folder.")
            .arg(file);
    case Kind::Io:
        return tr("The operating system failed to read or write %1. Check the disk, then try "
                  "again.")
            .arg(file);
    case Kind::Constraint:
        return tr("Textdesk refused to save a change to %1 because it would break the cache's "
                  "rules. Nothing was saved.")
            .arg(file);
    case Kind::InvalidInput:
        // About what was typed, not about the file: the reason is already in words for a person.
        if (!m_technical.isEmpty())
            return m_technical;
        return tr("Textdesk did not save the change: a value is not valid. Nothing was saved.");
    case Kind::Other:
        break;
    }
    return tr("Textdesk could not use the cache %1.").arg(file);
}

QString StorageError::details() const
{
    if (m_technical.isEmpty() || m_kind == Kind::InvalidInput)
        return message();
    return message() + QStringLiteral(" (") + m_technical + QLatin1Char(')');
}

} // namespace textdesk
