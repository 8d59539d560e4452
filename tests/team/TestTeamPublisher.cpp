#include "PostgresServer.h"
#include "storage/BulkImporter.h"
#include "storage/Database.h"
#include "team/TeamAddress.h"
#include "team/TeamPublisher.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace textdesk;
using namespace textdesk::team;

// The gateway's publisher on a real, throw-away PostgreSQL: the messages of its cache arrive in
// the team store exactly as they were (a batch travels as one array per column, so every
// character a customer may type must survive the array's quoting), and a second pass with
// nothing new changes nothing.
class TestTeamPublisher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;
    TeamConnection m_team;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::PostgresServer>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY(m_team.open(*TeamAddress::parse(m_server->adminUrl()), QString()));
        QVERIFY(TeamSchema::migrate(m_team.database()));
    }

    void customersWordsArriveAsTheyWereWritten()
    {
        const QStringList bodies {
            QStringLiteral("He said \"hi\", then left"),
            QStringLiteral("C:\\Users\\ana\\order.pdf and a \\\" too"),
            QStringLiteral("{braces}, [brackets], 'quotes' and commas,,"),
            QStringLiteral("NULL"),
            QString(),
            QStringLiteral("Grüße 😀 — ¿qué tal?\nSecond line\tand a tab"),
            QStringLiteral("   spaces around   "),
        };
        auto opened = Database::open(m_dir.filePath(QStringLiteral("gateway.sqlite")),
                                     Database::Role::Writer);
        QVERIFY(opened);
        std::unique_ptr<Database> cache = std::move(*opened);
        const qint64 t0 = 1765000000123; // a millisecond that must survive the trip
        {
            BulkImporter importer(*cache);
            QVERIFY(importer.begin());
            for (int i = 0; i < bodies.size(); ++i) {
                ImportMessage row;
                row.contactE164 = QStringLiteral("+1555010%1").arg(i % 2, 4, 10, QLatin1Char('0'));
                row.inboxE164 = QStringLiteral("+15550000001");
                MessageRecord &m = row.message;
                m.sid = QStringLiteral("SM%1").arg(i, 32, 10, QLatin1Char('0'));
                m.body = bodies.at(i);
                m.direction = i % 2 ? Direction::Outbound : Direction::Inbound;
                m.status = i % 2 ? QStringLiteral("failed") : QStringLiteral("received");
                if (i % 2) {
                    m.errorCode = 30003;
                    m.errorMessage = QStringLiteral("Unreachable \"handset\"");
                    m.sentAt = t0 + i;
                }
                m.numSegments = 1 + i % 3;
                m.createdAt = t0 + i;
                m.updatedAt = t0 + i;
                QVERIFY(importer.add(row));
            }
            QVERIFY(importer.finish());
        }

        TeamPublisher publisher(*cache, m_team.database());
        auto published = publisher.publish();
        QVERIFY2(published, qPrintable(published ? QString() : published.error().message()));
        QCOMPARE(*published, qint64(bodies.size()));

        auto rows = teamExec(
            m_team.database(),
            QStringLiteral("SELECT m.body, m.error_code, m.error_message, m.num_segments, "
                           "(extract(epoch FROM m.created_at) * 1000)::bigint, "
                           "(extract(epoch FROM m.sent_at) * 1000)::bigint, c.customer, "
                           "m.version > 0 AND m.changed_xid IS NOT NULL "
                           "FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                           "ORDER BY m.sid"));
        QVERIFY(rows);
        int i = 0;
        for (; rows->next(); ++i) {
            QCOMPARE(rows->value(0).toString(), bodies.at(i));
            QCOMPARE(rows->value(1).isNull(), i % 2 == 0);
            if (i % 2) {
                QCOMPARE(rows->value(1).toInt(), 30003);
                QCOMPARE(rows->value(2).toString(), QStringLiteral("Unreachable \"handset\""));
                QCOMPARE(rows->value(5).toLongLong(), t0 + i);
            } else {
                QVERIFY(rows->value(2).isNull());
                QVERIFY(rows->value(5).isNull());
            }
            QCOMPARE(rows->value(3).toInt(), 1 + i % 3);
            QCOMPARE(rows->value(4).toLongLong(), t0 + i);
            QCOMPARE(rows->value(6).toString(),
                     QStringLiteral("+1555010%1").arg(i % 2, 4, 10, QLatin1Char('0')));
            QVERIFY(rows->value(7).toBool());
        }
        QCOMPARE(i, bodies.size());

        // Again, with nothing new: the overlap re-reads the batch, PostgreSQL keeps it as it is.
        auto again = publisher.publish();
        QVERIFY(again);
        QCOMPARE(*again, qint64(0));
        auto count = teamExec(m_team.database(), QStringLiteral("SELECT count(*) FROM messages"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), bodies.size());
    }

    void cleanupTestCase()
    {
        m_team.close();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestTeamPublisher)
#include "TestTeamPublisher.moc"
