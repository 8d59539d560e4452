#include "TestWorkspace.h"
#include "TextdeskRun.h"
#include "contacts/HistoryImport.h"
#include "storage/SearchQuery.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QTest>

using namespace textdesk;

namespace {
QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace
using namespace textdesk::contacts;

// Message history from files, as a desk brings it from the provider (list pages saved as JSON),
// from the provider's own CLI (`-o json`, camelCase) or from a spreadsheet: every message lands
// in its conversation, and running the import again adds nothing.
class TestHistoryImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files;

    static QString sid(int n) { return QStringLiteral("SM%1").arg(n, 32, 10, QLatin1Char('0')); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
    }
    static QStringList rows(Database &db)
    {
        return test::rows(
            db,
            QStringLiteral("SELECT m.sid, m.direction, m.body, m.status, m.created_at, "
                           "c.e164, i.e164 FROM messages m JOIN conversations v ON v.id = "
                           "m.conversation_id JOIN contacts c ON c.id = v.contact_id JOIN "
                           "inboxes i ON i.id = v.inbox_id ORDER BY m.sid"));
    }

private slots:
    void initTestCase()
    {
        // Two pages of the provider's list saved into one file, one after the other.
        m_files << write(
            QStringLiteral("pages.json"),
            QStringLiteral(
                R"({"messages": [{"sid": "%1", "from": "+14155550123", "to": "+15550000001",
                 "body": "Hello, is my order shipped?", "direction": "inbound", "status": "received",
                 "date_created": "Fri, 24 May 2019 17:18:27 +0000", "num_segments": "1",
                 "num_media": "0"}], "next_page_uri": "/2010-04-01/x", "page": 0}
                {"messages": [{"sid": "%2", "from": "+15550000001", "to": "+14155550123",
                 "body": "Yes, it left today.", "direction": "outbound-api", "status": "delivered",
                 "date_created": "Fri, 24 May 2019 17:20:00 +0000", "num_segments": "1",
                 "num_media": "0"}], "next_page_uri": null, "page": 1})")
                .arg(sid(1), sid(2))
                .toUtf8());
        // Twilio's CLI: `twilio api:core:messages:list -o json`.
        m_files << write(
            QStringLiteral("cli.json"),
            QStringLiteral(R"([{"sid": "%1", "accountSid": "AC1", "from": "+14155550124",
                 "to": "+15550000001", "body": "Gracias por la ayuda", "direction": "inbound",
                 "status": "received", "dateCreated": "2019-05-25T08:00:00.000Z",
                 "dateSent": "2019-05-25T08:00:01.000Z", "numSegments": "1", "numMedia": "0",
                 "errorCode": null}])")
                .arg(sid(3))
                .toUtf8());
        m_files << write(QStringLiteral("history.csv"),
                         QStringLiteral("sid,direction,from,to,body,date_created,status\r\n"
                                        "%1,outbound-api,+15550000001,+14155550124,\"De nada, "
                                        "hasta luego\",2019-05-25T08:05:00Z,delivered\r\n"
                                        "%2,inbound,+14155550125,+15550000001,\"two\nlines\","
                                        "\"Sat, 25 May 2019 09:00:00 +0000\",\r\n")
                             .arg(sid(4), sid(5))
                             .toUtf8());
    }

    void importsAllThreeKindsAndAgainAddsNothing()
    {
        test::TestCache cache;
        auto db = cache.open();
        QStringList progress;
        const auto first = HistoryImport::run(*db, m_files, [&](const QString &file, qint64 n) {
            progress << QStringLiteral("%1:%2").arg(file).arg(n);
        });
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.inserted, 5);
        QCOMPARE(progress, strings({ "pages.json:2", "cli.json:3", "history.csv:5" }));
        const QStringList after = rows(*db);
        QCOMPARE(after.size(), 5);
        QVERIFY2(after.at(2).contains(QLatin1String("Gracias por la ayuda"))
                     && after.at(2).contains(QLatin1String("+14155550124"))
                     && after.at(2).contains(QLatin1String("1558771200000")),
                 qPrintable(after.at(2)));
        QVERIFY2(after.at(4).contains(QLatin1String("received")), qPrintable(after.at(4)));
        QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM conversations")),
                 strings({ "3" }));
        const QStringList dump = test::dumpTables(*db);

        const auto second = HistoryImport::run(*db, m_files);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.inserted, 0);
        QCOMPARE(second.skipped, 5);
        QCOMPARE(test::dumpTables(*db), dump);
        QVERIFY(test::checkFullTextIndex(*db, QStringLiteral("message_fts")));
    }

    void aBrokenFileImportsNothing()
    {
        test::TestCache cache;
        auto db = cache.open();
        const QString broken = write(QStringLiteral("broken.csv"),
                                     "sid,direction,from,to,body\r\nSM1,inbound,+1,+2,hi\r\n");
        const auto outcome = HistoryImport::run(*db, { m_files.first(), broken });
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(QLatin1String("broken.csv"))
                     && outcome.error.contains(QLatin1String("date_created")),
                 qPrintable(outcome.error));
        QCOMPARE(test::rows(*db, QStringLiteral("SELECT count(*) FROM messages")),
                 strings({ "0" }));
    }

    void commandLineIsIdempotent()
    {
        QTemporaryDir workspace;
        const QStringList args = QStringList({ QStringLiteral("import"),
                                               QStringLiteral("--workspace"), workspace.path() })
            + m_files;
        const test::Run first = test::runTextdesk(QStringLiteral(TEXTDESK_BINARY), args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QVERIFY2(first.out.contains(QLatin1String("Imported 5 messages; 0 were already here")),
                 qPrintable(first.describe()));
        QVERIFY2(first.err.contains(QLatin1String("history.csv")), qPrintable(first.describe()));
        const test::Run second = test::runTextdesk(QStringLiteral(TEXTDESK_BINARY), args);
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY2(second.out.contains(QLatin1String("Imported 0 messages; 5 were already here")),
                 qPrintable(second.describe()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryImport)
#include "TestHistoryImport.moc"
