#include "TestWorkspace.h"
#include "storage/ContactStore.h"
#include "storage/MessageStore.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace textdesk;

namespace {
// Rows a cache of `version` can hold, written with plain SQL as the Textdesk of that version
// did (the stores of today would also touch tables the old cache does not have yet).
const QStringList &rowsAtVersion1()
{
    static const QStringList statements = {
        QStringLiteral("INSERT INTO agents (id, name, email, created_at) VALUES (1, 'Dana', "
                       "'dana@example.com', 10)"),
        QStringLiteral("INSERT INTO inboxes (id, e164, friendly_name, created_at) VALUES (1, "
                       "'+15550000001', 'Support', 10)"),
        QStringLiteral(
            "INSERT INTO contacts (id, e164, display_name, company, consent_state, created_at, "
            "updated_at) "
            "VALUES (1, '+14155550123', 'Marguerite Okafor', 'Zephyr Bikes', 'opted_in', 10, 10)"),
        QStringLiteral(
            "INSERT INTO conversations (id, contact_id, inbox_id, assignee_id, unread_count, "
            "message_count, last_activity_at, last_message_id, last_message_preview, "
            "last_message_direction, waiting_since, first_inbound_at, created_at) "
            "VALUES (1, 1, 1, 1, 1, 2, 2000, 2048000, 'Is my order shipped yet?', 'inbound', "
            "2000, 1000, 10)"),
        QStringLiteral("INSERT INTO messages (id, conversation_id, sid, direction, body, status, "
                       "created_at, updated_at) "
                       "VALUES (1024000, 1, 'SM-old-1', 'outbound', 'Your bicycle is ready for "
                       "pickup', 'delivered', 1000, 1000)"),
        QStringLiteral("INSERT INTO messages (id, conversation_id, sid, direction, body, status, "
                       "created_at, updated_at) "
                       "VALUES (2048000, 1, 'SM-old-2', 'inbound', 'Is my order shipped yet?', "
                       "'received', 2000, 2000)"),
        QStringLiteral("INSERT INTO media (message_id, sid, content_type, size_bytes, created_at) "
                       "VALUES (2048000, 'ME-old-1', 'image/jpeg', 1234, 2000)"),
        QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'vip')"),
        QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1)"),
    };
    return statements;
}

const QStringList &rowsAtVersion2()
{
    static const QStringList statements = {
        QStringLiteral("INSERT INTO templates (shortcut, title, body, created_at, updated_at) "
                       "VALUES ('/hours', 'Opening hours', 'We are open 9 to 5', 10, 10)"),
        QStringLiteral(
            "INSERT INTO outbox (client_id, message_id, conversation_id, to_e164, from_e164, body, "
            "created_at, updated_at) VALUES ('c-1', 1024000, 1, '+14155550123', "
            "'+15550000001', 'Your bicycle is ready for pickup', 1000, 1000)"),
        QStringLiteral(
            "INSERT INTO sync_cursors (name, value, updated_at) VALUES ('messages', 'page-7', 10)"),
        QStringLiteral(
            "INSERT INTO audit_log (occurred_at, actor, action) VALUES (10, 'dana', 'login')"),
    };
    return statements;
}

// The tables written by rowsAtVersion(version), dumped in a stable order.
QStringList dumpOldTables(Database &db, int version)
{
    QStringList tables = { QStringLiteral("agents"),   QStringLiteral("inboxes"),
                           QStringLiteral("contacts"), QStringLiteral("conversations"),
                           QStringLiteral("messages"), QStringLiteral("media"),
                           QStringLiteral("tags"),     QStringLiteral("contact_tags") };
    if (version >= 2)
        tables << QStringLiteral("templates") << QStringLiteral("outbox")
               << QStringLiteral("sync_cursors") << QStringLiteral("audit_log");
    // Columns added by later migrations (with their defaults) are not part of what must survive.
    const QHash<QString, QString> columns = {
        // uid: migration 13.
        { QStringLiteral("contacts"),
          QStringLiteral("id, e164, display_name, given_name, family_name, email, company, notes, "
                         "custom_fields, consent_state, consent_changed_at, created_at, "
                         "updated_at") },
        { QStringLiteral("conversations"),
          QStringLiteral("id, contact_id, inbox_id, status, snoozed_until, assignee_id, "
                         "unread_count, message_count, last_activity_at, last_message_id, "
                         "last_message_preview, last_message_direction, waiting_since, "
                         "first_inbound_at, first_response_at, resolved_at, resolution_ms, "
                         "created_at") },
        { QStringLiteral("templates"),
          QStringLiteral("id, shortcut, title, body, language, created_at, updated_at") },
    };
    QStringList dump;
    for (const QString &table : std::as_const(tables))
        dump << table
             << test::rows(db,
                           QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2")
                               .arg(columns.value(table, QStringLiteral("*")), table));
    return dump;
}

Status fill(Database &db, int version)
{
    QStringList statements;
    if (version >= 1)
        statements << rowsAtVersion1();
    if (version >= 2)
        statements << rowsAtVersion2();
    // From version 3 on, the stores index every row they write; the raw rows above get the
    // index a cache of that version would have.
    if (version >= 3) {
        statements << QStringLiteral("INSERT INTO message_fts(message_fts) VALUES ('rebuild')")
                   << QStringLiteral("INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')");
    }
    for (const QString &sql : std::as_const(statements)) {
        if (auto s = db.execOnce(sql); !s)
            return s;
    }
    return success();
}

QStringList tableNames(Database &db)
{
    return test::rows(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void migrationsAreNumberedInOrder();
    void releasedMigrationsAreUnchanged();
    void emptyFileBecomesLatest();
    void upgradeKeepsRows_data();
    void upgradeKeepsRows();
    void failedMigrationChangesNothing();
    void newerSchemaIsRefusedUntouched_data();
    void newerSchemaIsRefusedUntouched();
    void readerOnOlderSchemaIsRefused();
    void readerDoesNotWrite();
    void connectionSettings();
};

void TestMigrations::migrationsAreNumberedInOrder()
{
    const auto &all = Migrations::all();
    QVERIFY(!all.empty());
    for (size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].version, int(i) + 1);
        QVERIFY(!all[i].statements.isEmpty());
    }
    QCOMPARE(Migrations::latestVersion(), all.back().version);
}

// A migration that has shipped must never change: caches that already ran it would not get the
// change, and the upgrade tests above build old versions from today's text, so they would not
// notice. Each migration's text is pinned here; a change to the schema is a new migration.
void TestMigrations::releasedMigrationsAreUnchanged()
{
    const QStringList pinned = {
        QStringLiteral("dc723c13aadad136e42b36e4bb13a22d04ad2f0a9d15db60bb391be947911e05"),
        QStringLiteral("29e5e701ec2be8b1aac33ae66f2967b3fa51357d9cc6016c087fa4b4e6557414"),
        QStringLiteral("d110c00a6a10cc9432ef90f8ca6aaa793504940102876ca0b11acd7b93fd980e"),
        QStringLiteral("387089bf8ef5c4c3a64e651dfdb2e91f2c35d07b1fa509146c08d35c24cbceee"),
        QStringLiteral("9cf762cdf24310e1f2591e1373df892ddd39dd2e1b979a634a6256d9d6654b9f"),
        QStringLiteral("d35bf1b0ab56b6018591ffe22b915b695d7482ed6cd635ecb67503cc47583cad"),
        QStringLiteral("92d64590a658cea8d96aff5c78f3498609dc414e221984e4a7780e8f905840ca"),
    };
    const auto &all = Migrations::all();
    QVERIFY2(size_t(pinned.size()) <= all.size(), "a released migration was removed");
    QStringList changed;
    for (qsizetype i = 0; i < pinned.size(); ++i) {
        const QByteArray text = all[size_t(i)].statements.join(QLatin1Char('\n')).toUtf8();
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
        if (hash != pinned.at(i))
            changed << QStringLiteral("migration %1 (now %2)").arg(i + 1).arg(hash);
    }
    QVERIFY2(changed.isEmpty(),
             qPrintable(changed.join(QStringLiteral(", "))
                        + QStringLiteral(" changed: add a new migration instead")));
}

void TestMigrations::emptyFileBecomesLatest()
{
    test::TestCache cache;
    QVERIFY(!QFile::exists(cache.path()));
    {
        auto db = Database::open(cache.path(), Database::Role::Writer);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().details()));
        QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(test::rows(**db, QStringLiteral("PRAGMA user_version")),
                 QStringList { QString::number(Migrations::latestVersion()) });
        const QStringList tables = tableNames(**db);
        for (const char *table :
             { "messages", "conversations", "contacts", "outbox", "message_fts", "contact_fts" })
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
    // Opening a latest cache again changes nothing and still works.
    auto again = Database::open(cache.path(), Database::Role::Writer);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().details()));
    QCOMPARE((*again)->schemaVersion(), Migrations::latestVersion());
}

void TestMigrations::upgradeKeepsRows_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < Migrations::latestVersion(); ++version)
        QTest::addRow("from %d", version) << version;
}

void TestMigrations::upgradeKeepsRows()
{
    QFETCH(int, version);
    test::TestCache cache;
    QStringList before;
    {
        auto old = Database::openUnmigratedForTesting(cache.path());
        QVERIFY2(old, qPrintable(old ? QString() : old.error().details()));
        Database &db = **old;
        QCOMPARE(db.schemaVersion(), 0);
        auto built = Migrations::applyUpTo(db, 0, version);
        QVERIFY2(built, qPrintable(built ? QString() : built.error().details()));
        QCOMPARE(test::rows(db, QStringLiteral("PRAGMA user_version")),
                 QStringList { QString::number(version) });
        auto filled = fill(db, version);
        QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().details()));
        if (version >= 1)
            before = dumpOldTables(db, version);
    }

    auto opened = Database::open(cache.path(), Database::Role::Writer);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().details()));
    Database &db = **opened;
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(test::rows(db, QStringLiteral("PRAGMA user_version")),
             QStringList { QString::number(Migrations::latestVersion()) });
    if (version == 0) {
        QCOMPARE(test::rows(db, QStringLiteral("SELECT count(*) FROM messages")),
                 QStringList { QStringLiteral("0") });
        return;
    }
    QCOMPARE(dumpOldTables(db, version), before);

    // Message bodies and contact names written before full-text search existed are found.
    MessageStore messages(db);
    auto hits = messages.search(QStringLiteral("shipped"), 0, 10);
    QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().details()));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().messageId, 2048000);
    hits = messages.search(QStringLiteral("bicycle pickup"), 0, 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().messageId, 1024000);
    auto people = ContactStore(db).search(QStringLiteral("okafor"), 10);
    QVERIFY2(people, qPrintable(people ? QString() : people.error().details()));
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->first().e164, QStringLiteral("+14155550123"));
    people = ContactStore(db).search(QStringLiteral("zephyr"), 10);
    QVERIFY(people);
    QCOMPARE(people->size(), 1);

    // The upgraded cache takes new messages like a fresh one, and its index stays sound.
    MessageRecord reply
        = test::message(1, QStringLiteral("SM-new-1"), QStringLiteral("It ships tomorrow"),
                        Direction::Outbound, 3000);
    auto upserted = messages.upsert(reply);
    QVERIFY2(upserted, qPrintable(upserted ? QString() : upserted.error().details()));
    QCOMPARE(*upserted, MessageStore::Upsert::Inserted);
    auto inbox = messages.inboxPage({}, std::nullopt, 10);
    QVERIFY(inbox);
    QCOMPARE(inbox->size(), 1);
    QCOMPARE(inbox->first().messageCount, 3);
    QCOMPARE(inbox->first().unreadCount, 0);
    QCOMPARE(inbox->first().lastMessagePreview, QStringLiteral("It ships tomorrow"));
    for (const char *index : { "message_fts", "contact_fts" }) {
        auto check = test::checkFullTextIndex(db, QLatin1String(index));
        QVERIFY2(check, qPrintable(check ? QString() : check.error().details()));
    }
}

void TestMigrations::failedMigrationChangesNothing()
{
    test::TestCache cache;
    QStringList before;
    {
        auto old = Database::openUnmigratedForTesting(cache.path());
        QVERIFY(old);
        QVERIFY(Migrations::applyUpTo(**old, 0, 1));
        QVERIFY(fill(**old, 1));
        // Something outside Textdesk created a table that migration 2 creates last: the
        // migration fails after its first statements have run.
        QVERIFY((*old)->execOnce(QStringLiteral("CREATE TABLE audit_log (x INTEGER)")));
        before = test::dumpTables(**old);
    }
    auto opened = Database::open(cache.path(), Database::Role::Writer);
    QVERIFY(!opened);
    QCOMPARE(opened.error().path(), QFileInfo(cache.path()).absoluteFilePath());

    auto old = Database::openUnmigratedForTesting(cache.path());
    QVERIFY(old);
    QCOMPARE((*old)->schemaVersion(), 1);
    // All of migration 2 was rolled back, not just its failed statement.
    QVERIFY(!tableNames(**old).contains(QStringLiteral("templates")));
    QVERIFY(!tableNames(**old).contains(QStringLiteral("message_fts")));
    QCOMPARE(test::dumpTables(**old), before);
}

void TestMigrations::newerSchemaIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::addColumn<bool>("asReader");
    QTest::newRow("wal, writer") << QStringLiteral("wal") << false;
    QTest::newRow("wal, reader") << QStringLiteral("wal") << true;
    // A newer Textdesk may have changed its journal mode; a refusal still changes no byte.
    QTest::newRow("delete, writer") << QStringLiteral("delete") << false;
    QTest::newRow("delete, reader") << QStringLiteral("delete") << true;
}

void TestMigrations::newerSchemaIsRefusedUntouched()
{
    QFETCH(QString, journalMode);
    QFETCH(bool, asReader);
    test::TestCache cache;
    const int newer = Migrations::latestVersion() + 1;
    {
        auto db = cache.open();
        QVERIFY(db);
        const qint64 conversation = test::conversation(*db, QStringLiteral("+14155550123"));
        QVERIFY(conversation);
        MessageRecord m = test::message(conversation, QStringLiteral("SM1"),
                                        QStringLiteral("hello"), Direction::Inbound, 1000);
        QVERIFY(MessageStore(*db).upsert(m));
        QVERIFY(db->execOnce(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        QVERIFY(db->execOnce(QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)));
    }
    QVERIFY(!QFile::exists(cache.path() + QStringLiteral("-wal")));
    const QByteArray hash = test::fileHash(cache.path());
    QVERIFY(!hash.isEmpty());

    auto db
        = Database::open(cache.path(), asReader ? Database::Role::Reader : Database::Role::Writer);
    QVERIFY(!db);
    QCOMPARE(db.error().kind(), StorageError::Kind::NewerSchema);
    QVERIFY2(db.error().message().contains(
                 QDir::toNativeSeparators(QFileInfo(cache.path()).absoluteFilePath())),
             qPrintable(db.error().message()));
    QVERIFY2(db.error().message().contains(QString::number(newer)),
             qPrintable(db.error().message()));
    QVERIFY(db.error().message().contains(QString::number(Migrations::latestVersion())));

    QCOMPARE(test::fileHash(cache.path()), hash);
    QCOMPARE(QDir(cache.dir()).entryList(QDir::Files),
             QStringList { QStringLiteral("cache.sqlite") });
}

void TestMigrations::readerOnOlderSchemaIsRefused()
{
    test::TestCache cache;
    {
        auto old = Database::openUnmigratedForTesting(cache.path());
        QVERIFY(old);
        QVERIFY(Migrations::applyUpTo(**old, 0, Migrations::latestVersion() - 1));
        QVERIFY(fill(**old, Migrations::latestVersion() - 1));
    }
    const QByteArray hash = test::fileHash(cache.path());

    auto reader = Database::open(cache.path(), Database::Role::Reader);
    QVERIFY(!reader);
    QCOMPARE(reader.error().kind(), StorageError::Kind::OlderSchema);
    QVERIFY(reader.error().message().contains(
        QDir::toNativeSeparators(QFileInfo(cache.path()).absoluteFilePath())));
    // A reader never migrates: that is the writer's job.
    QCOMPARE(test::fileHash(cache.path()), hash);

    // Once the writer has upgraded it, the reader is welcome.
    auto writer = Database::open(cache.path(), Database::Role::Writer);
    QVERIFY(writer);
    reader = Database::open(cache.path(), Database::Role::Reader);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().details()));
    QCOMPARE((*reader)->schemaVersion(), Migrations::latestVersion());
}

void TestMigrations::readerDoesNotWrite()
{
    test::TestCache cache;
    auto writer = cache.open();
    QVERIFY(writer);
    const qint64 conversation = test::conversation(*writer, QStringLiteral("+14155550123"));
    QVERIFY(conversation);
    auto reader = cache.open(Database::Role::Reader);
    QVERIFY(reader);
    QCOMPARE(reader->role(), Database::Role::Reader);

    MessageRecord m = test::message(conversation, QStringLiteral("SM1"), QStringLiteral("hello"),
                                    Direction::Inbound, 1000);
    auto written = MessageStore(*reader).upsert(m);
    QVERIFY(!written);
    QCOMPARE(written.error().kind(), StorageError::Kind::ReadOnly);
    QCOMPARE(test::rows(*writer, QStringLiteral("SELECT count(*) FROM messages")),
             QStringList { QStringLiteral("0") });

    // The reader sees what the writer commits.
    m = test::message(conversation, QStringLiteral("SM1"), QStringLiteral("hello"),
                      Direction::Inbound, 1000);
    QVERIFY(MessageStore(*writer).upsert(m));
    auto page = MessageStore(*reader).threadPage(conversation, 0, 10);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().body, QStringLiteral("hello"));
}

void TestMigrations::connectionSettings()
{
    test::TestCache cache;
    auto writer = cache.open();
    QVERIFY(writer);
    auto reader = cache.open(Database::Role::Reader);
    QVERIFY(reader);
    for (Database *db : { writer.get(), reader.get() }) {
        QCOMPARE(test::rows(*db, QStringLiteral("PRAGMA foreign_keys")),
                 QStringList { QStringLiteral("1") });
        QCOMPARE(test::rows(*db, QStringLiteral("PRAGMA journal_mode")),
                 QStringList { QStringLiteral("wal") });
        QVERIFY(db->isWal());
    }
    // Foreign keys are enforced, not just declared: a message needs its conversation.
    MessageRecord orphan = test::message(4242, QStringLiteral("SM1"), QStringLiteral("lost"),
                                         Direction::Inbound, 1000);
    auto written = MessageStore(*writer).upsert(orphan);
    QVERIFY(!written);
    QCOMPARE(written.error().kind(), StorageError::Kind::Constraint);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
