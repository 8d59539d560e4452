#include "Database.h"

#include "Migrations.h"
#include "Statement.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <mutex>

#ifdef TEXTDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

Q_LOGGING_CATEGORY(lcStorage, "textdesk.storage", QtInfoMsg)

namespace textdesk {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

bool looksLikeSqliteOrEmpty(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return true; // let SQLite report the precise reason
    }
    const QByteArray header = file.read(16);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header == magic)
        return true;
    *why = QStringLiteral("file header is not \"SQLite format 3\"");
    return false;
}
} // namespace

Database::Database(QString path, Role role, QString connectionName)
    : m_path(std::move(path))
    , m_role(role)
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread())
{ }

Database::~Database()
{
    assertOwningThread();
    if (m_inTransaction)
        rollback();
    qDeleteAll(m_statements);
    m_statements.clear();
    qDeleteAll(m_native); // sqlite3_finalize before the connection closes
    m_native.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Role role)
{
    return open(path, role, true);
}

Result<std::unique_ptr<Database>> Database::openUnmigratedForTesting(const QString &path)
{
    return open(path, Role::Writer, false);
}

void Database::configureLibrary()
{
#ifdef TEXTDESK_NATIVE_SQLITE
    static std::once_flag once;
    std::call_once(once, [] {
        // Without memory statistics (which nothing here reads), sqlite3_malloc() takes no
        // process-wide mutex: connections on different threads (sync and GUI, a bulk import
        // and its FullTextBuilder) no longer queue for it. Measured (bench_storage, 1M
        // messages): with the FullTextBuilder beside it, inserting the rows took 6.3 s with
        // the statistics and 4.2 s without, as long as it took with no second thread at all.
        // Refused (harmlessly) once SQLite is in use, as it may be where Qt got there first.
        if (sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
            qCDebug(lcStorage) << "SQLite was in use before it could be configured";
    });
#endif
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Role role, bool migrate)
{
    configureLibrary();
    const QFileInfo info(path);
    if (info.isDir())
        return StorageError(StorageError::Kind::CannotOpen, path,
                            QStringLiteral("path is a folder"));
    if (!info.absoluteDir().exists())
        return StorageError(StorageError::Kind::CannotOpen, path,
                            QStringLiteral("folder does not exist"));
    // SQLite happily "opens" any file and fails on first read; a foreign file is refused before
    // anything, including a WAL file, is written beside it.
    QString why;
    if (!looksLikeSqliteOrEmpty(path, &why))
        return StorageError(StorageError::Kind::NotADatabase, path, why, 26);
    if (role != Role::Reader && info.exists() && !info.isWritable())
        return StorageError(StorageError::Kind::ReadOnly, path,
                            QStringLiteral("file is not writable"), 8);

    const QString name = QStringLiteral("textdesk-%1").arg(++s_connectionCounter);
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), role, name));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db->m_db.isValid())
        return StorageError(StorageError::Kind::Other, path,
                            QStringLiteral("Qt's SQLite driver (QSQLITE) is not available"));
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open()) {
        const StorageError error = db->errorFor(db->m_db.lastError());
        // SQLite cannot create a cache in a read-only folder and says only "unable to open".
        if (error.kind() == StorageError::Kind::CannotOpen
            && !QFileInfo(info.absolutePath()).isWritable())
            return StorageError(StorageError::Kind::ReadOnly, path, error.technical(),
                                error.nativeCode());
        return error;
    }
    if (auto configured = db->configure(migrate); !configured)
        return configured.error();
    return db;
}

Status Database::configure(bool migrate)
{
    if (m_role == Role::Scratch) {
        // Thrown away if anything goes wrong: nothing to journal, nothing to sync.
        for (const char *pragma : { "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                    "PRAGMA cache_size = -16000" }) {
            if (auto s = execOnce(QLatin1String(pragma)); !s)
                return s;
        }
        return success();
    }
    // The first read of the schema is what detects a damaged file.
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    if (auto check = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !check)
        return check.error();
    m_schemaVersion = version->toInt();

    // Refused before anything below (the journal mode, a migration) writes to the file.
    const int latest = Migrations::latestVersion();
    if (m_schemaVersion > latest)
        return StorageError(StorageError::Kind::NewerSchema, m_path)
            .withVersions(m_schemaVersion, latest);

    // Damage inside the file (a torn write, a bad sector) shows only when its page is read. A
    // query that met it left a mark: then, and only then, read every page before going on, so
    // that a damaged cache is moved aside at start (Workspace::open).
    const QString mark = damageMarkPath(m_path);
    if (m_role == Role::Writer && QFile::exists(mark)) {
        auto check = scalar(QStringLiteral("PRAGMA quick_check(1)"));
        if (!check)
            return check.error();
        if (check->toString() != QLatin1String("ok"))
            return noted(StorageError(StorageError::Kind::Corrupt, m_path, check->toString(), 11));
        QFile::remove(mark);
    }

    if (auto s = execOnce(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (auto s = execOnce(QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
        return s;
    if (auto s = execOnce(QStringLiteral("PRAGMA cache_size = -16000")); !s) // 16 MB
        return s;
    if (auto s = execOnce(QStringLiteral("PRAGMA temp_store = MEMORY")); !s)
        return s;

    if (m_role == Role::Writer) {
        // WAL lets the GUI read while sync writes. Some file systems (network shares) cannot
        // do WAL; SQLite then keeps its rollback journal and says so by returning the old mode.
        auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return mode.error();
        m_wal = mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (!m_wal)
            qCWarning(lcStorage) << "WAL is not available for" << m_path << "- using journal mode"
                                 << mode->toString();
        // A sync page of 1,000 messages dirties a few thousand pages once the cache is large
        // (each message lands on a random leaf of the SID and conversation indexes). The writer
        // keeps 64 MB of them in memory rather than reading them back, and checkpoints (two
        // fsyncs, each page written once however often it changed) every 200 MB of WAL rather
        // than every 4 MB; the WAL is cut back to 16 MB after one.
        if (auto s = execOnce(QStringLiteral("PRAGMA cache_size = -64000")); !s)
            return s;
        if (m_wal) {
            if (auto s = execOnce(QStringLiteral("PRAGMA wal_autocheckpoint = 50000")); !s)
                return s;
            if (auto s = execOnce(QStringLiteral("PRAGMA journal_size_limit = 16777216")); !s)
                return s;
        }

        if (m_schemaVersion < latest && migrate) {
            auto migrated = Migrations::apply(*this, m_schemaVersion);
            if (!migrated)
                return migrated.error();
            m_schemaVersion = latest;
        } else {
            // A cache we did not migrate may still be read-only for this process (a mount, an
            // ACL): find out now, not at the first message.
            if (auto s = execOnce(QStringLiteral("BEGIN IMMEDIATE")); !s)
                return s;
            (void)execOnce(QStringLiteral("ROLLBACK")); // only tested the lock
        }
    } else {
        auto mode = scalar(QStringLiteral("PRAGMA journal_mode"));
        m_wal = mode && mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (m_schemaVersion < latest)
            return StorageError(StorageError::Kind::OlderSchema, m_path);
        if (auto s = execOnce(QStringLiteral("PRAGMA query_only = ON")); !s)
            return s;
    }
    return success();
}

void Database::assertOwningThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database",
               "a Database connection is used only by the thread that opened it");
}

StorageError Database::errorFor(const QSqlError &error) const
{
    return noted(StorageError::fromSql(error, m_path));
}

QString Database::damageMarkPath(const QString &cachePath)
{
    return cachePath + QStringLiteral(".check");
}

StorageError Database::noted(StorageError error) const
{
    if (error.kind() == StorageError::Kind::Corrupt) {
        QFile mark(damageMarkPath(m_path));
        if (!mark.exists() && mark.open(QIODevice::WriteOnly))
            mark.write(error.technical().toUtf8() + '\n');
    }
    return error;
}

Result<QSqlQuery *> Database::prepare(const QString &sql)
{
    assertOwningThread();
    if (QSqlQuery *cached = m_statements.value(sql))
        return cached;
    auto *query = new QSqlQuery(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        StorageError error = errorFor(query->lastError());
        delete query;
        qCWarning(lcStorage).noquote() << "prepare failed:" << error.technical() << "in" << sql;
        return error;
    }
    m_statements.insert(sql, query);
    return query;
}

Result<Statement *> Database::statement(const QString &sql)
{
    assertOwningThread();
    if (Statement *cached = m_native.value(sql))
        return cached;
    auto statement = std::make_unique<Statement>(*this, sql);
    if (!statement->prepared()) {
        qCWarning(lcStorage).noquote()
            << "prepare failed:" << statement->prepared().error().technical() << "in" << sql;
        return statement->prepared().error();
    }
    return m_native.insert(sql, statement.release()).value();
}

Result<std::unique_ptr<QSqlQuery>> Database::prepareOwned(const QString &sql)
{
    assertOwningThread();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return errorFor(query->lastError());
    return query;
}

std::optional<StorageError> Database::takeInjectedFailureForTesting()
{
    if (m_failExecCountdown > 0 && --m_failExecCountdown == 0)
        return StorageError(StorageError::Kind::DiskFull, m_path,
                            QStringLiteral("injected failure"), 13);
    return std::nullopt;
}

Status Database::exec(QSqlQuery &query)
{
    assertOwningThread();
    if (auto injected = takeInjectedFailureForTesting()) {
        query.finish();
        return *injected;
    }
    if (!query.exec()) {
        StorageError error = errorFor(query.lastError());
        query.finish();
        return error;
    }
    return success();
}

Status Database::execOnce(const QString &sql)
{
    assertOwningThread();
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return errorFor(query.lastError());
    return success();
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &bind)
{
    assertOwningThread();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (bind.isEmpty()) {
        if (!query.exec(sql))
            return errorFor(query.lastError());
    } else {
        if (!query.prepare(sql))
            return errorFor(query.lastError());
        for (const QVariant &value : bind)
            query.addBindValue(value);
        if (!query.exec())
            return errorFor(query.lastError());
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            return errorFor(query.lastError());
        return QVariant();
    }
    return query.value(0);
}

Status Database::begin(Durability durability)
{
    assertOwningThread();
    Q_ASSERT(!m_inTransaction);
    if (durability == Durability::Full) {
        if (auto s = execOnce(QStringLiteral("PRAGMA synchronous = FULL")); !s)
            return s;
    }
    // IMMEDIATE: take the write lock now, so a busy database fails here and not mid-way.
    const QString sql
        = m_role != Role::Reader ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto s = execOnce(sql); !s) {
        if (durability == Durability::Full)
            (void)execOnce(QStringLiteral("PRAGMA synchronous = NORMAL"));
        return s;
    }
    m_inTransaction = true;
    m_txDurability = durability;
    return success();
}

bool Database::useRollbackJournal(bool rollbackJournal)
{
    assertOwningThread();
    Q_ASSERT(m_role == Role::Writer && !m_inTransaction);
    auto mode = scalar(rollbackJournal ? QStringLiteral("PRAGMA journal_mode = DELETE")
                                       : QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode) {
        qCDebug(lcStorage) << "journal mode unchanged:" << mode.error().technical();
        return false;
    }
    m_wal = mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    return m_wal != rollbackJournal;
}

Status Database::commit()
{
    assertOwningThread();
    Q_ASSERT(m_inTransaction);
    auto s = execOnce(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_inTransaction = false;
    if (m_txDurability == Durability::Full)
        (void)execOnce(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return success();
}

void Database::finishStatements()
{
    assertOwningThread();
    for (QSqlQuery *query : std::as_const(m_statements)) {
        if (query->isActive())
            query->finish();
    }
    for (Statement *statement : std::as_const(m_native))
        statement->reset();
}

void Database::rollback()
{
    assertOwningThread();
    if (!m_inTransaction)
        return;
    finishStatements(); // statements still stepping would keep the transaction alive
    if (auto s = execOnce(QStringLiteral("ROLLBACK")); !s)
        qCWarning(lcStorage) << "rollback failed:" << s.error().technical();
    m_inTransaction = false;
    if (m_txDurability == Durability::Full)
        (void)execOnce(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

sqlite3 *Database::nativeHandle() const
{
#ifdef TEXTDESK_NATIVE_SQLITE
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
#endif
    return nullptr;
}

Transaction::Transaction(Database &db, Database::Durability durability)
    : m_db(db)
    , m_begun(open(durability))
    , m_open(m_begun.ok())
{ }

Status Transaction::open(Database::Durability durability)
{
    if (!m_db.inTransaction())
        return m_db.begin(durability);
    // Named by nesting depth, so the same few statements are prepared once and reused: a sync
    // page opens one savepoint per message.
    m_savepoint = QStringLiteral("tx%1").arg(++m_db.m_savepointDepth);
    auto begin = m_db.statement(QStringLiteral("SAVEPOINT ") + m_savepoint);
    Status s = begin ? (*begin)->run() : Status(begin.error());
    if (!s)
        --m_db.m_savepointDepth;
    return s;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint.isEmpty()) {
        m_db.rollback();
        return;
    }
    // Undo this part only; the caller's transaction goes on.
    --m_db.m_savepointDepth;
    if (auto s = m_db.execOnce(QStringLiteral("ROLLBACK TO ") + m_savepoint); !s)
        qCWarning(lcStorage) << "rollback to savepoint failed:" << s.error().technical();
    (void)m_db.execOnce(QStringLiteral("RELEASE ") + m_savepoint);
}

Status Transaction::commit()
{
    if (!m_begun)
        return m_begun;
    m_open = false;
    if (!m_savepoint.isEmpty()) {
        --m_db.m_savepointDepth;
        auto release = m_db.statement(QStringLiteral("RELEASE ") + m_savepoint);
        return release ? (*release)->run() : Status(release.error());
    }
    return m_db.commit();
}

} // namespace textdesk
