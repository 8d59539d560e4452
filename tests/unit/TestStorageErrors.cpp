#include "TestWorkspace.h"
#include "storage/BulkImporter.h"
#include "storage/MessageStore.h"
#include "storage/Migrations.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace textdesk;

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// A tmpfs mounted for the duration of a test; needs root (or CAP_SYS_ADMIN) and mount(8): the
// real one, or root of a user namespace of its own (inNamespace() below).
class TmpfsMount
{
public:
    TmpfsMount(const QString &dir, const QString &size)
        : m_dir(dir)
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("mounting a tmpfs needs root");
            return;
        }
        m_mounted = run({ QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                          QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir });
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), m_dir });
    }
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool mounted() const { return m_mounted; }
    QString why() const { return m_why; }
    bool remount(const QString &options)
    {
        // A bind remount changes this mount point only; unlike a plain remount it is allowed
        // in a user namespace too.
        return run({ QStringLiteral("-o"), QStringLiteral("remount,bind,") + options, m_dir });
    }

private:
    bool run(const QStringList &arguments)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), arguments);
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit
            || mount.exitCode() != 0) {
            m_why = QStringLiteral("mount %1 failed: %2%3")
                        .arg(arguments.join(QLatin1Char(' ')), mount.errorString(),
                             QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
            return false;
        }
        return true;
    }

    QString m_dir;
    bool m_mounted = false;
    QString m_why;
};

// Runs one test function of this executable again, in a user and mount namespace of its own
// (unshare -rm), where an unprivileged user is root enough to mount a tmpfs but still cannot
// write to a read-only mount or past a full disk. As root, the child first drops to nobody
// (setpriv), so the test also runs without any privilege. Needs unprivileged user namespaces
// (Debian's default); without them the test fails, saying so, rather than being skipped.
bool inNamespace(const QString &function, bool dropToNobody, QString *output)
{
    static QTemporaryDir home; // the child's HOME: nobody's own is not writable
    QFile::setPermissions(home.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::WriteOther
                              | QFileDevice::ExeOther);
    QStringList command { QStringLiteral("unshare"),
                          QStringLiteral("--user"),
                          QStringLiteral("--map-root-user"),
                          QStringLiteral("--mount"),
                          QCoreApplication::applicationFilePath(),
                          function };
    if (dropToNobody) {
        command = QStringList { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups") }
            + command;
    }
    QProcess child;
    QProcessEnvironment env = test::childEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("TEXTDESK_TEST_NAMESPACE"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(command.takeFirst(), command);
    const bool finished = child.waitForFinished(120'000);
    *output = QString::fromLocal8Bit(child.readAll()) + child.errorString();
    return finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
}

bool isNamespaceChild()
{
    return !qEnvironmentVariableIsEmpty("TEXTDESK_TEST_NAMESPACE");
}

// Fills the file system holding dir; returns the filler's path.
QString fillDisk(const QString &dir)
{
    const QString path = dir + QStringLiteral("/filler");
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly))
        return {};
    const QByteArray block(4096, 'f');
    while (filler.write(block) == block.size() && filler.flush()) { }
    filler.close();
    return path;
}

// A cache with enough messages to span many pages, closed cleanly (no -wal left).
bool makeCacheWithMessages(const QString &dir, int count)
{
    auto ws = Workspace::open(dir);
    if (!ws)
        return false;
    BulkImporter importer((*ws)->database());
    if (!importer.begin())
        return false;
    for (int i = 0; i < count; ++i) {
        ImportMessage row;
        row.contactE164 = QStringLiteral("+1415555%1").arg(1000 + i % 40);
        row.contactName = QStringLiteral("Customer %1").arg(i % 40);
        row.inboxE164 = QStringLiteral("+15550000001");
        row.message.sid = QStringLiteral("SM%1").arg(i);
        row.message.body = QStringLiteral("message number %1 with a few words to index").arg(i);
        row.message.status = QStringLiteral("received");
        row.message.createdAt = 1'700'000'000'000 + i * 1000;
        if (!importer.add(row))
            return false;
    }
    return importer.finish().ok();
}
// Writes large messages in one transaction until the disk (or the page limit) says no, and
// returns that error; success means the disk never filled.
Status writeUntilFull(Database &db, MessageStore &store, qint64 conversation)
{
    Status failure = success();
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    for (int i = 0; i < 500 && failure; ++i) {
        MessageRecord m
            = test::message(conversation, QStringLiteral("BIG%1").arg(i),
                            QString(2000, QLatin1Char('z')), Direction::Inbound, 5000 + i);
        auto r = store.upsert(m);
        if (!r)
            failure = r.error();
    }
    if (failure)
        failure = tx.commit();
    return failure;
}
} // namespace

class TestStorageErrors : public QObject
{
    Q_OBJECT

private slots:
    void notADatabase_data();
    void notADatabase();
    void emptyFileBecomesACache();
    void corruptCacheIsMovedAside_data();
    void corruptCacheIsMovedAside();
    void cannotOpen();
    void busyWhileAnotherWriterHoldsTheLock();
    void workspaceCannotOpen();
    void readerLeftSteppingSeesNewRowsAfterFinish();
    void diskFullEmulated();
    void diskFullOnTmpfs();
    void readOnlyMount();
    void asAnUnprivilegedUser_data();
    void asAnUnprivilegedUser();
    void messageNamesTheFile_data();
    void messageNamesTheFile();
    void sqliteCodes_data();
    void sqliteCodes();
};

void TestStorageErrors::notADatabase_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QByteArray("Name,Phone\nAna,+14155550123\n").repeated(200);
    QTest::newRow("shorter than a header") << QByteArray("hello");
    QTest::newRow("zeros") << QByteArray(8192, '\0');
    QTest::newRow("png") << (QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                             + QByteArray(5000, 'x'));
    QTest::newRow("almost sqlite") << (QByteArray("SQLite format 2", 16) + QByteArray(4080, '\0'));
}

void TestStorageErrors::notADatabase()
{
    QFETCH(QByteArray, bytes);
    test::TestCache cache;
    QVERIFY(writeFile(cache.path(), bytes));
    const QByteArray hash = test::fileHash(cache.path());

    for (auto role : { Database::Role::Writer, Database::Role::Reader }) {
        auto db = Database::open(cache.path(), role);
        QVERIFY(!db);
        QCOMPARE(db.error().kind(), StorageError::Kind::NotADatabase);
        QCOMPARE(db.error().path(), QFileInfo(cache.path()).absoluteFilePath());
        QVERIFY2(db.error().message().contains(native(cache.path())),
                 qPrintable(db.error().message()));
    }
    auto ws = Workspace::open(cache.dir());
    QVERIFY(!ws);
    QCOMPARE(ws.error().kind(), StorageError::Kind::NotADatabase);
    QVERIFY(ws.error().message().contains(native(cache.path())));

    // Never touched: same bytes, nothing written beside it, nothing moved aside.
    QCOMPARE(test::fileHash(cache.path()), hash);
    QCOMPARE(filesIn(cache.dir()), QStringList { QStringLiteral("cache.sqlite") });
}

void TestStorageErrors::emptyFileBecomesACache()
{
    test::TestCache cache;
    QVERIFY(writeFile(cache.path(), {}));
    auto db = Database::open(cache.path(), Database::Role::Writer);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().details()));
    QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
}

void TestStorageErrors::corruptCacheIsMovedAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage after the header") << QStringLiteral("header");
    QTest::newRow("cut after the header") << QStringLiteral("truncate");
    QTest::newRow("garbage in the middle") << QStringLiteral("middle");
}

void TestStorageErrors::corruptCacheIsMovedAside()
{
    QFETCH(QString, damage);
    test::TestCache cache;
    QVERIFY(makeCacheWithMessages(cache.dir(), 3000));
    QVERIFY(!QFile::exists(cache.path() + QStringLiteral("-wal")));
    {
        QFile file(cache.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        const qint64 pages = file.size() / pageSize;
        QVERIFY2(pages > 20, qPrintable(QString::number(pages)));
        QRandomGenerator random(42);
        auto garbage = [&random](qint64 size) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            return bytes;
        };
        if (damage == QLatin1String("header")) {
            QVERIFY(file.seek(100));
            QVERIFY(file.write(garbage(pageSize - 100)) == pageSize - 100);
        } else if (damage == QLatin1String("truncate")) {
            QVERIFY(file.resize(1024));
        } else {
            QVERIFY(file.seek(pages / 2 * pageSize));
            QVERIFY(file.write(garbage(4 * pageSize)) == 4 * pageSize);
        }
    }
    const QByteArray damagedHash = test::fileHash(cache.path());

    if (damage == QLatin1String("middle")) {
        // Pages in the middle are not read at start (that would cost seconds on a large cache):
        // the first query that reads them reports the damage, naming the file...
        auto ws = Workspace::open(cache.dir());
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().details()));
        QCOMPARE((*ws)->movedAsideFile(), QString());
        auto scan
            = (*ws)->database().scalar(QStringLiteral("SELECT sum(length(body)) FROM messages"));
        QVERIFY(!scan);
        QCOMPARE(scan.error().kind(), StorageError::Kind::Corrupt);
        QVERIFY(scan.error().message().contains(native(cache.path())));
        // ... and the next start checks every page and moves the cache aside.
    }

    auto ws = Workspace::open(cache.dir());
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().details()));
    const QString moved = (*ws)->movedAsideFile();
    QVERIFY2(!moved.isEmpty(), "the damaged cache was not moved aside");
    QVERIFY(QFile::exists(moved));
    QCOMPARE(QFileInfo(moved).absolutePath(), QFileInfo(cache.path()).absolutePath());
    QVERIFY(QFileInfo(moved).fileName().startsWith(QStringLiteral("cache.sqlite.damaged-")));
    QCOMPARE(test::fileHash(moved), damagedHash);

    // A fresh cache in its place, ready for the sync to fill again.
    Database &db = (*ws)->database();
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(test::rows(db, QStringLiteral("SELECT count(*) FROM messages")),
             QStringList { QStringLiteral("0") });
    const qint64 conversation = test::conversation(db, QStringLiteral("+14155550123"));
    QVERIFY(conversation);
    MessageRecord m = test::message(conversation, QStringLiteral("SM1"),
                                    QStringLiteral("hello again"), Direction::Inbound, 1000);
    QVERIFY(MessageStore(db).upsert(m));
    ws->reset();

    // The next start finds a healthy cache and moves nothing.
    auto again = Workspace::open(cache.dir());
    QVERIFY(again);
    QCOMPARE((*again)->movedAsideFile(), QString());
    QCOMPARE(test::rows((*again)->database(), QStringLiteral("SELECT count(*) FROM messages")),
             QStringList { QStringLiteral("1") });
}

// A second copy of Textdesk (or a sync process) holding the write lock: the other writer is told
// the cache is busy, in words, and its own data is intact once the lock is released.
void TestStorageErrors::busyWhileAnotherWriterHoldsTheLock()
{
    test::TestCache cache;
    auto first = cache.open();
    auto second = cache.open();
    QVERIFY(first && second);
    QVERIFY(second->execOnce(QStringLiteral("PRAGMA busy_timeout = 100")));
    const qint64 conversation = test::conversation(*second, QStringLiteral("+14155550123"));
    QVERIFY(conversation);

    QVERIFY(first->begin());
    MessageRecord m = test::message(conversation, QStringLiteral("SM1"), QStringLiteral("hello"),
                                    Direction::Inbound, 1000);
    auto blocked = MessageStore(*second).upsert(m);
    QVERIFY(!blocked);
    QCOMPARE(blocked.error().kind(), StorageError::Kind::Busy);
    QVERIFY2(blocked.error().message().contains(native(cache.path())),
             qPrintable(blocked.error().message()));
    first->rollback();

    // Nothing half-written was left behind: the same upsert now goes through once.
    auto retried = MessageStore(*second).upsert(m);
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().details()));
    QCOMPARE(*retried, MessageStore::Upsert::Inserted);
    QCOMPARE(test::rows(*first, QStringLiteral("SELECT count(*) FROM messages")),
             QStringList { QStringLiteral("1") });
}

void TestStorageErrors::cannotOpen()
{
    test::TestCache cache;
    const QString folder = cache.dir() + QStringLiteral("/a-folder");
    QVERIFY(QDir().mkpath(folder));
    const QString missing = cache.dir() + QStringLiteral("/missing/cache.sqlite");
    for (const QString &path : { folder, missing }) {
        for (auto role : { Database::Role::Writer, Database::Role::Reader }) {
            auto db = Database::open(path, role);
            QVERIFY(!db);
            QCOMPARE(db.error().kind(), StorageError::Kind::CannotOpen);
            QVERIFY2(db.error().message().contains(QDir::toNativeSeparators(path)),
                     qPrintable(db.error().message()));
        }
    }
    QVERIFY(!QFileInfo::exists(cache.dir() + QStringLiteral("/missing")));
    QVERIFY(QDir(folder).isEmpty());
}

void TestStorageErrors::readerLeftSteppingSeesNewRowsAfterFinish()
{
    // A store that reads the first of several rows and returns leaves its cached statement
    // stepping: in autocommit mode that keeps the reader's snapshot, and the window would go on
    // showing the cache as it was. The window's refresh calls finishStatements() first.
    test::TestCache cache;
    auto writer = Database::open(cache.path(), Database::Role::Writer);
    QVERIFY(writer);
    QVERIFY((*writer)->execOnce(QStringLiteral("CREATE TABLE probe (x INTEGER)")));
    QVERIFY((*writer)->execOnce(QStringLiteral("INSERT INTO probe VALUES (1), (2)")));
    auto reader = Database::open(cache.path(), Database::Role::Reader);
    QVERIFY(reader);
    auto first = (*reader)->prepare(QStringLiteral("SELECT x FROM probe ORDER BY x"));
    QVERIFY(first);
    QVERIFY((*reader)->exec(**first));
    QVERIFY((*first)->next()); // one row read of two: still stepping
    QVERIFY((*writer)->execOnce(QStringLiteral("INSERT INTO probe VALUES (3)")));
    const auto count = [&] {
        auto n = (*reader)->scalar(QStringLiteral("SELECT count(*) FROM probe"));
        return n ? n->toInt() : -1;
    };
    QCOMPARE(count(), 2); // the old snapshot
    (*reader)->finishStatements();
    QCOMPARE(count(), 3);
}

void TestStorageErrors::workspaceCannotOpen()
{
    test::TestCache cache;
    // The workspace path is a file.
    const QString file = cache.dir() + QStringLiteral("/not-a-folder");
    QVERIFY(writeFile(file, "notes"));
    const QByteArray hash = test::fileHash(file);
    auto ws = Workspace::open(file);
    QVERIFY(!ws);
    QCOMPARE(ws.error().kind(), StorageError::Kind::CannotOpen);
    QVERIFY(ws.error().message().contains(native(file)));
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(test::fileHash(file), hash);

    // The cache file's name is taken by a folder: not "damaged", nothing is moved.
    QVERIFY(QDir().mkpath(cache.path()));
    ws = Workspace::open(cache.dir());
    QVERIFY(!ws);
    QCOMPARE(ws.error().kind(), StorageError::Kind::CannotOpen);
    QVERIFY(QFileInfo(cache.path()).isDir());
    QCOMPARE(QDir(cache.dir()).entryList({ QStringLiteral("*damaged*") }, QDir::AllEntries),
             QStringList());
}

void TestStorageErrors::diskFullEmulated()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    const qint64 conversation = test::conversation(*db, QStringLiteral("+14155550123"));
    MessageStore store(*db);
    for (int i = 0; i < 10; ++i) {
        MessageRecord m
            = test::message(conversation, QStringLiteral("SM%1").arg(i),
                            QStringLiteral("kept %1").arg(i), Direction::Inbound, 1000 + i);
        auto written = store.upsert(m);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().details()));
    }
    const QStringList before = test::dumpTables(*db);

    // SQLite's own SQLITE_FULL: the cache may not grow by a single page.
    auto pages = db->scalar(QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages);
    QVERIFY(db->execOnce(QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toLongLong())));
    const Status failure = writeUntilFull(*db, store, conversation);
    QVERIFY2(!failure, "writing past the page limit should fail");
    QCOMPARE(failure.error().kind(), StorageError::Kind::DiskFull);
    QCOMPARE(failure.error().path(), QFileInfo(cache.path()).absoluteFilePath());
    QVERIFY(failure.error().message().contains(native(cache.path())));
    QVERIFY(!db->inTransaction());
    QCOMPARE(test::dumpTables(*db), before);

    // With room again, writing carries on.
    QVERIFY(db->execOnce(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    MessageRecord m = test::message(conversation, QStringLiteral("AFTER"),
                                    QStringLiteral("room again"), Direction::Inbound, 9000);
    auto r = store.upsert(m);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().details()));
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM messages")),
             QStringList { QStringLiteral("11") });
}

void TestStorageErrors::diskFullOnTmpfs()
{
    if (::geteuid() != 0) {
        // Not root: the same test as root of a user namespace (see inNamespace()).
        QString output;
        QVERIFY2(inNamespace(QStringLiteral("diskFullOnTmpfs"), false, &output),
                 qPrintable(output));
        return;
    }
    test::TestCache scratch;
    const QString dir = scratch.dir() + QStringLiteral("/small-disk");
    QVERIFY(QDir().mkpath(dir));
    // Room for the schema and its write-ahead log (about 0.5 MiB), and little more.
    TmpfsMount mount(dir, QStringLiteral("2m"));
    QVERIFY2(mount.mounted(), qPrintable(mount.why()));

    const QString path = dir + QStringLiteral("/cache.sqlite");
    QStringList before;
    {
        auto opened = Database::open(path, Database::Role::Writer);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().details()));
        Database &db = **opened;
        const qint64 conversation = test::conversation(db, QStringLiteral("+14155550123"));
        QVERIFY(conversation);
        MessageStore store(db);
        {
            // One transaction: 512 KiB hold few WAL frames.
            Transaction tx(db);
            for (int i = 0; i < 10; ++i) {
                MessageRecord m
                    = test::message(conversation, QStringLiteral("SM%1").arg(i),
                                    QStringLiteral("kept %1").arg(i), Direction::Inbound, 1000 + i);
                auto written = store.upsert(m);
                QVERIFY2(written, qPrintable(written ? QString() : written.error().details()));
            }
            QVERIFY(tx.commit());
        }
        auto checkpoint = db.execOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY2(checkpoint, qPrintable(checkpoint ? QString() : checkpoint.error().details()));
        before = test::dumpTables(db);

        const QString filler = fillDisk(dir);
        QVERIFY(!filler.isEmpty());
        const Status failure = writeUntilFull(db, store, conversation);
        QVERIFY2(!failure, "writing to a full disk should fail");
        QCOMPARE(failure.error().kind(), StorageError::Kind::DiskFull);
        QVERIFY2(failure.error().message().contains(native(path)),
                 qPrintable(failure.error().message()));
        QVERIFY(!db.inTransaction());

        QVERIFY(QFile::remove(filler));
        QCOMPARE(test::dumpTables(db), before);
        MessageRecord m = test::message(conversation, QStringLiteral("AFTER"),
                                        QStringLiteral("room again"), Direction::Inbound, 9000);
        auto r = store.upsert(m);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().details()));
    }
    // What was written before the disk filled up survives a restart intact.
    auto reopened = Database::open(path, Database::Role::Writer);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().details()));
    QCOMPARE(test::rows(**reopened, QStringLiteral("PRAGMA integrity_check")),
             QStringList { QStringLiteral("ok") });
    QCOMPARE(
        test::rows(**reopened,
                   QStringLiteral("SELECT body FROM messages WHERE sid LIKE 'SM%' ORDER BY id"))
            .size(),
        10);
    QCOMPARE(test::rows(**reopened, QStringLiteral("SELECT count(*) FROM messages")),
             QStringList { QStringLiteral("11") });
}

void TestStorageErrors::readOnlyMount()
{
    // Root ignores file permissions, so read-only is a read-only mount; not root: the same test
    // as root of a user namespace (see inNamespace()).
    if (::geteuid() != 0) {
        QString output;
        QVERIFY2(inNamespace(QStringLiteral("readOnlyMount"), false, &output), qPrintable(output));
        return;
    }
    test::TestCache scratch;
    const QString dir = scratch.dir() + QStringLiteral("/read-only");
    QVERIFY(QDir().mkpath(dir));
    TmpfsMount mount(dir, QStringLiteral("8m"));
    QVERIFY2(mount.mounted(), qPrintable(mount.why()));

    const QString workspace = dir + QStringLiteral("/ws");
    {
        auto ws = Workspace::open(workspace);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().details()));
        const qint64 conversation
            = test::conversation((*ws)->database(), QStringLiteral("+14155550123"));
        MessageRecord m = test::message(conversation, QStringLiteral("SM1"),
                                        QStringLiteral("hello"), Direction::Inbound, 1000);
        QVERIFY(MessageStore((*ws)->database()).upsert(m));
    }
    const QString path = workspace + QStringLiteral("/cache.sqlite");
    const QByteArray hash = test::fileHash(path);
    const QStringList files = filesIn(workspace);
    QVERIFY(mount.remount(QStringLiteral("ro")));

    auto db = Database::open(path, Database::Role::Writer);
    QVERIFY(!db);
    QCOMPARE(db.error().kind(), StorageError::Kind::ReadOnly);
    QVERIFY2(db.error().message().contains(native(path)), qPrintable(db.error().message()));
    auto ws = Workspace::open(workspace);
    QVERIFY(!ws);
    QCOMPARE(ws.error().kind(), StorageError::Kind::ReadOnly);
    QVERIFY(ws.error().message().contains(native(path)));

    // A new cache in a read-only folder: the same advice, not "the folder does not exist".
    const QString fresh = dir + QStringLiteral("/fresh.sqlite");
    db = Database::open(fresh, Database::Role::Writer);
    QVERIFY(!db);
    QCOMPARE(db.error().kind(), StorageError::Kind::ReadOnly);
    QVERIFY(db.error().message().contains(native(fresh)));

    QCOMPARE(test::fileHash(path), hash);
    QCOMPARE(filesIn(workspace), files);
    QVERIFY(mount.remount(QStringLiteral("rw")));
}

void TestStorageErrors::asAnUnprivilegedUser_data()
{
    QTest::addColumn<QString>("function");
    QTest::newRow("full disk") << QStringLiteral("diskFullOnTmpfs");
    QTest::newRow("read-only") << QStringLiteral("readOnlyMount");
}

void TestStorageErrors::asAnUnprivilegedUser()
{
    // The full disk and the read-only cache once more by a user without any privilege (as
    // root: dropped to nobody first), so a pass does not rest on root's powers.
    QFETCH(QString, function);
    if (isNamespaceChild())
        return; // already the child: its parent runs this
    QString output;
    QVERIFY2(inNamespace(function, ::geteuid() == 0, &output), qPrintable(output));
}

void TestStorageErrors::messageNamesTheFile_data()
{
    QTest::addColumn<StorageError::Kind>("kind");
    using Kind = StorageError::Kind;
    for (Kind kind : { Kind::NotADatabase, Kind::Corrupt, Kind::ReadOnly, Kind::DiskFull,
                       Kind::NewerSchema, Kind::OlderSchema, Kind::Busy, Kind::CannotOpen, Kind::Io,
                       Kind::Constraint, Kind::Other }) {
        QTest::addRow("kind %d", int(kind)) << kind;
    }
}

void TestStorageErrors::messageNamesTheFile()
{
    QFETCH(StorageError::Kind, kind);
    const QString path = QDir::tempPath() + QStringLiteral("/Shop workspace/cache.sqlite");
    StorageError error(kind, path, QStringLiteral("disk I/O error"), 10);
    if (kind == StorageError::Kind::NewerSchema)
        error.withVersions(7, 3);
    const QString message = error.message();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("disk I/O error"))); // the technical part is for logs
    QVERIFY(error.details().contains(message));
    QVERIFY(error.details().contains(QLatin1String("disk I/O error")));
    if (kind == StorageError::Kind::NewerSchema) {
        QVERIFY(message.contains(QLatin1String("7")));
        QVERIFY(message.contains(QLatin1String("3")));
    }
    // Each kind says something of its own.
    if (kind != StorageError::Kind::Other)
        QVERIFY(message != StorageError(StorageError::Kind::Other, path).message());
}

void TestStorageErrors::sqliteCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<StorageError::Kind>("kind");
    using Kind = StorageError::Kind;
    QTest::newRow("SQLITE_BUSY") << 5 << Kind::Busy;
    QTest::newRow("SQLITE_LOCKED") << 6 << Kind::Busy;
    QTest::newRow("SQLITE_BUSY_SNAPSHOT") << (5 | (2 << 8)) << Kind::Busy;
    QTest::newRow("SQLITE_READONLY") << 8 << Kind::ReadOnly;
    QTest::newRow("SQLITE_READONLY_DBMOVED") << (8 | (4 << 8)) << Kind::ReadOnly;
    QTest::newRow("SQLITE_IOERR_WRITE") << (10 | (3 << 8)) << Kind::Io;
    QTest::newRow("SQLITE_CORRUPT") << 11 << Kind::Corrupt;
    QTest::newRow("SQLITE_CORRUPT_VTAB") << (11 | (1 << 8)) << Kind::Corrupt;
    QTest::newRow("SQLITE_FULL") << 13 << Kind::DiskFull;
    QTest::newRow("SQLITE_CANTOPEN") << 14 << Kind::CannotOpen;
    QTest::newRow("SQLITE_CONSTRAINT_UNIQUE") << (19 | (8 << 8)) << Kind::Constraint;
    QTest::newRow("SQLITE_NOTADB") << 26 << Kind::NotADatabase;
    QTest::newRow("SQLITE_ERROR") << 1 << Kind::Other;
}

void TestStorageErrors::sqliteCodes()
{
    QFETCH(int, code);
    QFETCH(StorageError::Kind, kind);
    QCOMPARE(StorageError::kindForSqliteCode(code), kind);
}

QTEST_GUILESS_MAIN(TestStorageErrors)
#include "TestStorageErrors.moc"
