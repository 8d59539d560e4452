#include "PostgresServer.h"
#include "core/Clock.h"
#include "team/TeamAddress.h"
#include "team/TeamAgents.h"
#include "team/TeamFeed.h"
#include "team/TeamListener.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>
#include <QThread>

#include <memory>

using namespace textdesk;
using namespace textdesk::team;

// The team store's change feed on a real, throw-away PostgreSQL: a new desktop's snapshot in
// pages, changes after a cursor exactly once, a transaction that commits out of version order
// never skipped, deletions, the login's policies; and the listener that wakes a replica, finds a
// dead connection on its heartbeat (the engine's clock, faked here), reconnects and has the
// replica catch up on what it missed.
class TestTeamFeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;
    TeamConnection m_admin;

    TeamAddress adminAddress() const { return *TeamAddress::parse(m_server->adminUrl()); }

    bool exec(const QSqlDatabase &db, const QString &sql)
    {
        auto done = teamExec(db, sql);
        if (!done)
            qWarning("%s: %s", qPrintable(sql), qPrintable(done.error().message()));
        return bool(done);
    }

    // Reads until the feed has nothing more right now; the rows, and the cursor advanced.
    QList<FeedRow> drain(const QSqlDatabase &db, FeedCursor *cursor, int limit = 5000)
    {
        QList<FeedRow> all;
        for (int guard = 0; guard < 10000; ++guard) {
            auto page = TeamFeed::read(db, *cursor, limit);
            if (!page) {
                qWarning("feed: %s", qPrintable(page.error().message()));
                return all;
            }
            all += page->rows;
            *cursor = page->next;
            if (!page->more)
                return all;
        }
        return all;
    }

    static QStringList names(const QList<FeedRow> &rows, const QString &table)
    {
        QStringList out;
        for (const FeedRow &row : rows) {
            if (row.table == table && !row.deleted)
                out << row.values.value(QStringLiteral("name")).toString();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::PostgresServer>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY(m_admin.open(adminAddress(), QString()));
        QVERIFY(TeamSchema::migrate(m_admin.database()));
    }

    void aFirstReadIsTheWholeStoreInPages()
    {
        QVERIFY(exec(m_admin.database(),
                     QStringLiteral("INSERT INTO contacts (phone, name) SELECT '+1555' || "
                                    "lpad(g::text, 7, '0'), 'Customer ' || g FROM "
                                    "generate_series(1, 53) g")));
        QVERIFY(exec(m_admin.database(),
                     QStringLiteral("INSERT INTO templates (name, body) VALUES ('t1', 'One')")));
        FeedCursor cursor;
        const QList<FeedRow> rows = drain(m_admin.database(), &cursor, 7);
        const QStringList contacts = names(rows, QStringLiteral("contacts"));
        QCOMPARE(contacts.size(), 53);
        QCOMPARE(QSet<QString>(contacts.cbegin(), contacts.cend()).size(), 53);
        QCOMPARE(names(rows, QStringLiteral("templates")), QStringList { QStringLiteral("t1") });
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].version < rows[i].version);

        // Nothing new: nothing read. A change: only it.
        QVERIFY(drain(m_admin.database(), &cursor).isEmpty());
        QVERIFY(exec(m_admin.database(),
                     QStringLiteral("UPDATE contacts SET name = 'Renamed' WHERE phone = "
                                    "'+15550000007'")));
        const QList<FeedRow> changed = drain(m_admin.database(), &cursor);
        QCOMPARE(names(changed, QStringLiteral("contacts")),
                 QStringList { QStringLiteral("Renamed") });
        QVERIFY(drain(m_admin.database(), &cursor).isEmpty());

        // The cursor survives as text (the replica stores it).
        QCOMPARE(FeedCursor::fromString(cursor.toString()), cursor);
        QCOMPARE(FeedCursor::fromString(QStringLiteral("garbage")), FeedCursor {});
    }

    // A took its version first but commits last; B commits a later version in between. A reader
    // that went by versions alone would move past A's and never see it.
    void aTransactionCommittedOutOfOrderIsNotSkipped()
    {
        FeedCursor cursor;
        drain(m_admin.database(), &cursor);
        TeamConnection a;
        TeamConnection b;
        QVERIFY(a.open(adminAddress(), QString()));
        QVERIFY(b.open(adminAddress(), QString()));
        QVERIFY(exec(b.database(), QStringLiteral("BEGIN")));
        QVERIFY(exec(b.database(), QStringLiteral("SELECT pg_current_xact_id()"))); // B older
        QVERIFY(exec(a.database(), QStringLiteral("BEGIN")));
        QVERIFY(exec(a.database(), QStringLiteral("SELECT pg_current_xact_id()")));
        QVERIFY(exec(a.database(),
                     QStringLiteral("INSERT INTO templates (name, body) VALUES ('slow', 'A')")));
        QVERIFY(exec(b.database(),
                     QStringLiteral("INSERT INTO templates (name, body) VALUES ('quick', 'B')")));
        QVERIFY(exec(b.database(), QStringLiteral("COMMIT")));

        const QList<FeedRow> first = drain(m_admin.database(), &cursor);
        QCOMPARE(names(first, QStringLiteral("templates")),
                 QStringList { QStringLiteral("quick") });
        QVERIFY(exec(a.database(), QStringLiteral("COMMIT")));
        const QList<FeedRow> second = drain(m_admin.database(), &cursor);
        QCOMPARE(names(second, QStringLiteral("templates")),
                 QStringList { QStringLiteral("slow") });
        QVERIFY(second.first().version < first.first().version); // committed out of order
    }

    // Listeners are woken once per statement that changed rows (one NOTIFY however many rows),
    // never by one that changed nothing: fifty desktops would otherwise read the feed for a
    // failed claim or a re-published batch.
    void aStatementWakesOnceAndOnlyWhenItChangedSomething()
    {
        TeamConnection listening;
        QVERIFY(listening.open(adminAddress(), QString()));
        QSqlDriver *driver = listening.database().driver();
        QVERIFY(driver->subscribeToNotification(QStringLiteral("textdesk_changes")));
        QSignalSpy woken(
            driver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                &QSqlDriver::notification));
        const QSqlDatabase db = m_admin.database();
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO templates (name, body) VALUES ('w1', 'x'), "
                                    "('w2', 'x'), ('w3', 'x')")));
        QVERIFY(exec(db, QStringLiteral("UPDATE templates SET body = 'y' WHERE name = 'none'")));
        QVERIFY(exec(db,
                     QStringLiteral("INSERT INTO templates (name, body) VALUES ('w1', 'x') "
                                    "ON CONFLICT (name) DO NOTHING")));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM templates WHERE name = 'none'")));
        QVERIFY(exec(db, QStringLiteral("UPDATE templates SET body = 'z' WHERE name LIKE 'w_'")));
        // Notifications arrive in commit order: once this one is in, all before it are.
        QVERIFY(exec(db, QStringLiteral("NOTIFY textdesk_changes, 'end'")));
        QTRY_VERIFY(!woken.isEmpty() && woken.last().at(2).toString() == QLatin1String("end"));
        QCOMPARE(woken.size(), 3); // the insert of three, the update of three, the marker
    }

    // Migration 2 gives an INSERT its version and transaction from column defaults, not a
    // trigger: nobody may write either column, or a row could hide from the feed.
    void nobodyWritesAVersionOfTheirOwn()
    {
        auto created
            = TeamAgents::add(m_admin.database(), QStringLiteral("Vic Agent"), TeamRole::Agent);
        QVERIFY(created);
        TeamConnection agent;
        QVERIFY(agent.open(*TeamAddress::parse(m_server->loginUrl(created->agent.login)),
                           created->password));
        QVERIFY(exec(m_admin.database(),
                     QStringLiteral("INSERT INTO conversations (customer, our_number) VALUES "
                                    "('+15554440000', '+15550000001')")));
        auto forged
            = teamExec(agent.database(),
                       QStringLiteral("INSERT INTO notes (conversation_id, client_id, body, "
                                      "version) SELECT id, 'forged', 'x', 1 FROM "
                                      "conversations WHERE customer = '+15554440000'"));
        QVERIFY(!forged);
        QCOMPARE(forged.error().kind(), TeamError::Kind::NotAllowed);
        QVERIFY(!teamExec(agent.database(),
                          QStringLiteral("INSERT INTO contacts (phone, changed_xid) VALUES "
                                         "('+15554440001', '1')")));
        // Without them, the row is stamped: a fresh version, the writing transaction.
        auto stamped = teamExec(
            agent.database(),
            QStringLiteral("INSERT INTO notes (conversation_id, client_id, body) SELECT id, "
                           "'honest', 'x' FROM conversations WHERE customer = '+15554440000' "
                           "RETURNING version, changed_xid = pg_current_xact_id()"));
        QVERIFY(stamped && stamped->next());
        QVERIFY(stamped->value(0).toLongLong() > 1);
        QVERIFY(stamped->value(1).toBool());
        auto newest = teamExec(m_admin.database(),
                               QStringLiteral("SELECT last_value FROM textdesk_change"));
        QVERIFY(newest && newest->next());
        QCOMPARE(stamped->value(0).toLongLong(), newest->value(0).toLongLong());
    }

    void deletionsAreInTheFeed()
    {
        FeedCursor cursor;
        drain(m_admin.database(), &cursor);
        QVERIFY(
            exec(m_admin.database(), QStringLiteral("DELETE FROM templates WHERE name = 't1'")));
        const QList<FeedRow> rows = drain(m_admin.database(), &cursor);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().deleted);
        QCOMPARE(rows.first().table, QStringLiteral("templates"));
    }

    void anAgentsFeedShowsWhatTheirRoleMaySee()
    {
        auto ana = TeamAgents::add(m_admin.database(), QStringLiteral("Ana"), TeamRole::Agent);
        auto bo = TeamAgents::add(m_admin.database(), QStringLiteral("Bo"), TeamRole::Agent);
        QVERIFY(ana && bo);
        QVERIFY(teamExec(m_admin.database(),
                         QStringLiteral("INSERT INTO survey_responses (agent_id, kind, score) "
                                        "VALUES (?, 'nps', 9), (?, 'nps', 3)"),
                         { ana->agent.id, bo->agent.id }));
        TeamConnection asAna;
        QVERIFY(
            asAna.open(*TeamAddress::parse(m_server->loginUrl(ana->agent.login)), ana->password));
        FeedCursor cursor;
        int answers = 0;
        for (const FeedRow &row : drain(asAna.database(), &cursor)) {
            if (row.table == QLatin1String("survey_responses")) {
                ++answers;
                QCOMPARE(row.values.value(QStringLiteral("agent_id")).toLongLong(), ana->agent.id);
            }
        }
        QCOMPARE(answers, 1);
    }

    void theListenerWakesAndCatchesUpAfterALostConnection()
    {
        FakeClock clock;
        QThread thread;
        auto *listener = new TeamListener(adminAddress(), QString(), clock);
        listener->moveToThread(&thread);
        connect(&thread, &QThread::finished, listener, &QObject::deleteLater);
        QSignalSpy changed(listener, &TeamListener::changed);
        QSignalSpy connection(listener, &TeamListener::connectionChanged);
        thread.start();
        QMetaObject::invokeMethod(listener, &TeamListener::start, Qt::QueuedConnection);
        QTRY_COMPARE(connection.size(), 1);
        QCOMPARE(connection.first().at(0).toBool(), true);
        QTRY_COMPARE(changed.size(), 1); // the catch-up after connecting

        FeedCursor cursor;
        drain(m_admin.database(), &cursor);
        QVERIFY(exec(m_admin.database(),
                     QStringLiteral("INSERT INTO templates (name, body) VALUES ('woken', 'x')")));
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(names(drain(m_admin.database(), &cursor), QStringLiteral("templates")),
                 QStringList { QStringLiteral("woken") });

        // The network drops the listener's connection; a change is made meanwhile and its
        // notification goes nowhere.
        QVERIFY(exec(m_admin.database(),
                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()")));
        QVERIFY(exec(m_admin.database(),
                     QStringLiteral("INSERT INTO templates (name, body) VALUES ('missed', 'x')")));
        clock.advance(TeamListener::kHeartbeatMs);
        QTRY_COMPARE(connection.size(), 2);
        QCOMPARE(connection.at(1).at(0).toBool(), false);
        QVERIFY(!connection.at(1).at(1).toString().isEmpty());
        clock.advance(1000); // the first retry
        QTRY_COMPARE(connection.size(), 3);
        QCOMPARE(connection.at(2).at(0).toBool(), true);
        QTRY_VERIFY(changed.size() >= 3); // reconnected: catch up
        QCOMPARE(names(drain(m_admin.database(), &cursor), QStringLiteral("templates")),
                 QStringList { QStringLiteral("missed") });

        QMetaObject::invokeMethod(listener, &TeamListener::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(10000));
    }

    void cleanupTestCase()
    {
        m_admin.close();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestTeamFeed)
#include "TestTeamFeed.moc"
