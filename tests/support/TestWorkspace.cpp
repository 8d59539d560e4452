#include "TestWorkspace.h"

#include "storage/ContactStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTest>

namespace textdesk::test {

TestCache::TestCache()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

std::unique_ptr<Database> TestCache::open(Database::Role role) const
{
    auto db = Database::open(path(), role);
    if (!db) {
        qWarning().noquote() << db.error().details();
        return nullptr;
    }
    return std::move(*db);
}

MessageRecord message(qint64 conversationId, const QString &sid, const QString &body,
                      Direction direction, qint64 createdAt)
{
    MessageRecord m;
    m.conversationId = conversationId;
    m.sid = sid;
    m.body = body;
    m.direction = direction;
    m.status = direction == Direction::Inbound ? QStringLiteral("received")
                                               : QStringLiteral("delivered");
    m.createdAt = createdAt;
    m.updatedAt = createdAt;
    return m;
}

qint64 conversation(Database &db, const QString &contactE164, const QString &inboxE164,
                    qint64 nowMs)
{
    ContactStore contacts(db);
    auto inbox = contacts.ensureInbox(inboxE164);
    if (!inbox) {
        qWarning().noquote() << inbox.error().details();
        return 0;
    }
    auto contact = contacts.ensureContact(contactE164, nowMs);
    if (!contact) {
        qWarning().noquote() << contact.error().details();
        return 0;
    }
    auto id = contacts.ensureConversation(*contact, *inbox, nowMs);
    if (!id) {
        qWarning().noquote() << id.error().details();
        return 0;
    }
    return *id;
}

QStringList rows(Database &db, const QString &sql)
{
    auto query = db.prepareOwned(sql);
    if (!query)
        return { QStringLiteral("error: ") + query.error().details() };
    if (auto s = db.exec(**query); !s)
        return { QStringLiteral("error: ") + s.error().details() };
    QStringList lines;
    while ((*query)->next()) {
        const QSqlRecord record = (*query)->record();
        QStringList fields;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = record.value(i);
            if (value.isNull())
                fields << QStringLiteral("NULL");
            else if (value.typeId() == QMetaType::QByteArray)
                fields << QString::fromLatin1(value.toByteArray().toHex());
            else
                fields << value.toString();
        }
        lines << fields.join(QLatin1Char('|'));
    }
    return lines;
}

QStringList dumpTables(Database &db)
{
    QStringList dump = rows(db, QStringLiteral("PRAGMA user_version"));
    dump << rows(
        db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"));
    const QStringList tables = rows(db,
                                    QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                   "'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                                   "ORDER BY name"));
    for (const QString &table : tables) {
        dump << QStringLiteral("== ") + table;
        // Every table here has a rowid or a primary key; the full row order makes it stable.
        dump << rows(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
    }
    return dump;
}

Status checkFullTextIndex(Database &db, const QString &table)
{
    if (auto s
        = db.execOnce(QStringLiteral("INSERT INTO %1(%1) VALUES('integrity-check')").arg(table));
        !s)
        return s;
    return db.execOnce(
        QStringLiteral("INSERT INTO %1(%1, rank) VALUES('integrity-check', 1)").arg(table));
}

QStringList foreignKeyViolations(Database &db)
{
    return rows(
        db,
        QStringLiteral(
            "SELECT \"table\" || ':' || rowid || '->' || parent FROM pragma_foreign_key_check"));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QProcessEnvironment childEnvironment()
{
    static QTemporaryDir home; // one per test process, removed at its end
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                              "ALL_PROXY", "no_proxy", "NO_PROXY" })
        env.remove(QLatin1String(name));
    for (const char *name :
         { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" }) {
        const QString path = home.filePath(QLatin1String(name));
        QDir().mkpath(path);
        env.insert(QLatin1String(name), path);
    }
    if (!env.contains(QStringLiteral("TEXTDESK_MACHINE_CONFIG"))) // TestMode.cpp sets it
        qFatal("childEnvironment(): no empty computer-wide configuration");
    return env;
}

} // namespace textdesk::test
