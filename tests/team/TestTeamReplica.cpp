#include "PostgresServer.h"
#include "TestWorkspace.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "team/TeamAddress.h"
#include "team/TeamFeed.h"
#include "team/TeamListener.h"
#include "team/TeamReplica.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace textdesk;
using namespace textdesk::team;

// A desktop's SQLite cache as a replica of the team store, on a real throw-away PostgreSQL and a
// real cache file: rows written as the gateway writes them appear in the cache in their
// conversation, direction, order and assignee; the same page twice changes nothing; a replica
// killed between pages ends equal to PostgreSQL; no inbound hook runs for a replicated STOP;
// and the follower drains the feed when the listener wakes it, or says why it cannot.
class TestTeamReplica : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;
    TeamConnection m_admin;
    QTemporaryDir m_dir;
    int m_caches = 0;
    qint64 m_peakWaiting = 0; // the most rows drainInto() saw waiting for their conversation

    TeamAddress adminAddress() const { return *TeamAddress::parse(m_server->adminUrl()); }

    bool exec(const QString &sql)
    {
        auto done = teamExec(m_admin.database(), sql);
        if (!done)
            qWarning("%s: %s", qPrintable(sql), qPrintable(done.error().message()));
        return bool(done);
    }

    qint64 scalar(const QString &sql)
    {
        auto row = teamExec(m_admin.database(), sql);
        return row && row->next() ? row->value(0).toLongLong() : -1;
    }

    QString newCachePath() { return m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_caches)); }

    std::unique_ptr<Database> openCache(const QString &path)
    {
        auto db = Database::open(path, Database::Role::Writer);
        if (!db) {
            qWarning("cache: %s", qPrintable(db.error().details()));
            return nullptr;
        }
        return std::move(*db);
    }

    // Reads and applies pages from the cache's cursor until the feed has nothing more now.
    bool drainInto(Database &cache, int limit = 5000, bool readAhead = false)
    {
        constexpr int maxPages = 100000;
        for (int i = 0; i < maxPages; ++i) {
            auto at = TeamReplica::cursor(cache);
            if (!at)
                return false;
            auto page = TeamFeed::read(m_admin.database(), *at, limit);
            if (!page) {
                qWarning("feed: %s", qPrintable(page.error().message()));
                return false;
            }
            if (readAhead
                && !TeamReplica::addMissingConversations(m_admin.database(), cache, *page))
                return false;
            auto applied = TeamReplica::apply(cache, *page, 1'700'000'000'000);
            if (!applied) {
                qWarning("apply: %s", qPrintable(applied.error().details()));
                return false;
            }
            if (applied->waiting > m_peakWaiting)
                m_peakWaiting = applied->waiting;
            if (!page->more)
                return true;
        }
        return true;
    }

    // What a person sees of every conversation, as the team store has it.
    QStringList teamDigest()
    {
        QStringList lines;
        auto rows = teamExec(m_admin.database(), QStringLiteral(R"(
            SELECT c.customer, c.our_number, CASE c.status WHEN 'closed' THEN 'resolved'
                   WHEN 'snoozed' THEN 'snoozed' ELSE 'open' END, coalesce(c.assignee_id, 0),
                   coalesce(string_agg(m.sid || ':' || m.direction || ':' || m.body || ':' ||
                                       m.status, ' ' ORDER BY m.created_at, m.id), '')
            FROM conversations c LEFT JOIN messages m ON m.conversation_id = c.id
            GROUP BY c.id ORDER BY c.customer, c.our_number)"));
        while (rows && rows->next()) {
            QStringList fields;
            for (int i = 0; i < 5; ++i)
                fields << rows->value(i).toString();
            lines << fields.join(QLatin1Char('|'));
        }
        return lines;
    }

    static QStringList cacheDigest(Database &cache)
    {
        return test::rows(cache, QStringLiteral(R"(
            SELECT ct.e164, i.e164, v.status, coalesce(v.assignee_id, 0),
                   coalesce((SELECT group_concat(line, ' ') FROM (
                       SELECT m.sid || ':' || m.direction || ':' || m.body || ':' || m.status
                              AS line
                       FROM messages m WHERE m.conversation_id = v.id AND m.direction <> 'note'
                       ORDER BY m.id)), '')
            FROM conversations v JOIN contacts ct ON ct.id = v.contact_id
            JOIN inboxes i ON i.id = v.inbox_id ORDER BY ct.e164, i.e164)"));
    }

    // Everything the replica writes, to see that a page applied twice changes nothing.
    static QStringList cacheDump(Database &cache)
    {
        QStringList dump;
        for (const char *table : { "agents", "contacts", "inboxes", "conversations", "messages",
                                   "templates", "replica_ids", "replica_waiting", "sync_cursors",
                                   "consent_events", "agent_message_days" }) {
            dump << test::rows(
                cache, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        }
        return dump;
    }

    qint64 addAgent(const QString &name)
    {
        return scalar(QStringLiteral("INSERT INTO agents (name, login, role) VALUES ('%1', '%2', "
                                     "'agent') RETURNING id")
                          .arg(name, name.toLower()));
    }

    qint64 addConversation(const QString &customer)
    {
        return scalar(QStringLiteral("INSERT INTO conversations (customer, our_number) VALUES "
                                     "('%1', '+15550009999') RETURNING id")
                          .arg(customer));
    }

    // A message as the gateway writes it, `minute` minutes into the day.
    bool addMessage(qint64 conversation, const QString &sid, const QString &direction,
                    const QString &body, const QString &status, int minute, qint64 agent = 0)
    {
        return exec(QStringLiteral("INSERT INTO messages (conversation_id, sid, direction, body, "
                                   "status, agent_id, created_at, updated_at) VALUES (%1, '%2', "
                                   "'%3', '%4', '%5', %6, timestamptz '2026-03-02 09:00:00+00' + "
                                   "%7 * interval '1 minute', now())")
                        .arg(conversation)
                        .arg(sid, direction, body, status,
                             agent ? QString::number(agent) : QStringLiteral("NULL"))
                        .arg(minute));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<test::PostgresServer>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY(m_admin.open(adminAddress(), QString()));
        QVERIFY(TeamSchema::migrate(m_admin.database()));
    }

    void whatTheGatewayWroteAppearsInTheCache()
    {
        const qint64 ana = addAgent(QStringLiteral("Ana"));
        const qint64 conversation = addConversation(QStringLiteral("+15551230001"));
        QVERIFY(ana > 0 && conversation > 0);
        QVERIFY(addMessage(conversation, QStringLiteral("SMa1"), QStringLiteral("inbound"),
                           QStringLiteral("Where is my order?"), QStringLiteral("received"), 0));
        QVERIFY(exec(QStringLiteral("UPDATE conversations SET assignee_id = %1, status = 'open' "
                                    "WHERE id = %2")
                         .arg(ana)
                         .arg(conversation)));
        QVERIFY(addMessage(conversation, QStringLiteral("SMa2"), QStringLiteral("outbound"),
                           QStringLiteral("On its way!"), QStringLiteral("delivered"), 2, ana));
        QVERIFY(exec(QStringLiteral("INSERT INTO notes (conversation_id, agent_id, client_id, "
                                    "body, created_at) VALUES (%1, %2, 'note-a1', 'Sent a "
                                    "voucher', timestamptz '2026-03-02 09:03:00+00')")
                         .arg(conversation)
                         .arg(ana)));
        QVERIFY(addMessage(conversation, QStringLiteral("SMa3"), QStringLiteral("inbound"),
                           QStringLiteral("STOP"), QStringLiteral("received"), 4));

        auto cache = openCache(newCachePath());
        QVERIFY(cache);
        QVERIFY(drainInto(*cache, 2)); // two rows a page: six pages
        QCOMPARE(test::rows(*cache,
                            QStringLiteral("SELECT m.direction, m.body, coalesce(m.author_id, 0), "
                                           "ct.e164, i.e164 FROM messages m JOIN conversations v "
                                           "ON v.id = m.conversation_id JOIN contacts ct ON ct.id "
                                           "= v.contact_id JOIN inboxes i ON i.id = v.inbox_id "
                                           "ORDER BY m.id")),
                 (QStringList { QStringLiteral("inbound|Where is my order?|0|+15551230001|"
                                               "+15550009999"),
                                QStringLiteral("outbound|On its way!|%1|+15551230001|"
                                               "+15550009999")
                                    .arg(ana),
                                QStringLiteral("note|Sent a voucher|%1|+15551230001|"
                                               "+15550009999")
                                    .arg(ana),
                                QStringLiteral("inbound|STOP|0|+15551230001|+15550009999") }));
        QCOMPARE(test::rows(*cache,
                            QStringLiteral("SELECT v.status, a.id, a.name, v.last_message_preview "
                                           "FROM conversations v JOIN agents a ON a.id = "
                                           "v.assignee_id")),
                 QStringList { QStringLiteral("open|%1|Ana|STOP").arg(ana) });
        // The STOP was the gateway's to act on: the replica opted nobody out.
        QCOMPARE(test::rows(*cache, QStringLiteral("SELECT consent_state FROM contacts")),
                 QStringList { QStringLiteral("unknown") });
        QCOMPARE(test::rows(*cache, QStringLiteral("SELECT count(*) FROM consent_events")),
                 QStringList { QStringLiteral("0") });

        // Closed in the team: resolved here, and a customer's message does not reopen it in
        // the replica (the gateway decides that for the team).
        QVERIFY(exec(QStringLiteral("UPDATE conversations SET status = 'closed' WHERE id = %1")
                         .arg(conversation)));
        QVERIFY(drainInto(*cache));
        QVERIFY(addMessage(conversation, QStringLiteral("SMa4"), QStringLiteral("inbound"),
                           QStringLiteral("thanks"), QStringLiteral("received"), 6));
        QVERIFY(drainInto(*cache));
        QCOMPARE(test::rows(*cache,
                            QStringLiteral("SELECT status, resolved_at IS NOT NULL FROM "
                                           "conversations")),
                 QStringList { QStringLiteral("resolved|1") });
        QCOMPARE(cacheDigest(*cache), teamDigest());
    }

    void theSamePageTwiceChangesNothing()
    {
        const qint64 conversation = addConversation(QStringLiteral("+15551230002"));
        QVERIFY(addMessage(conversation, QStringLiteral("SMb1"), QStringLiteral("inbound"),
                           QStringLiteral("Hello?"), QStringLiteral("received"), 10));
        QVERIFY(exec(QStringLiteral("INSERT INTO templates (name, body) VALUES ('greet', 'Hi "
                                    "there')")));
        QVERIFY(exec(QStringLiteral("UPDATE contacts SET name = 'Bea' WHERE phone = "
                                    "'+15551230002'"))); // no row yet: nothing
        QVERIFY(exec(QStringLiteral("INSERT INTO contacts (phone, name, company) VALUES "
                                    "('+15551230002', 'Bea Lopez', 'Lopez & Co')")));
        auto cache = openCache(newCachePath());
        QVERIFY(cache);
        auto at = TeamReplica::cursor(*cache);
        QVERIFY(at);
        auto page = TeamFeed::read(m_admin.database(), *at, 5000);
        QVERIFY(page);
        QVERIFY(!page->rows.isEmpty());
        QVERIFY(TeamReplica::apply(*cache, *page, 1'700'000'000'000));
        const QStringList once = cacheDump(*cache);
        auto again = TeamReplica::apply(*cache, *page, 1'700'000'000'000);
        QVERIFY(again);
        QCOMPARE(again->messagesInserted, 0);
        QCOMPARE(cacheDump(*cache), once);
        QCOMPARE(test::rows(*cache,
                            QStringLiteral("SELECT display_name, company FROM contacts WHERE "
                                           "e164 = '+15551230002'")),
                 QStringList { QStringLiteral("Bea Lopez|Lopez & Co") });
        QCOMPARE(test::rows(*cache, QStringLiteral("SELECT shortcut, body FROM templates")),
                 QStringList { QStringLiteral("greet|Hi there") });

        // A template renamed, then deleted, in the team.
        QVERIFY(exec(QStringLiteral("UPDATE templates SET name = 'hello' WHERE name = 'greet'")));
        QVERIFY(drainInto(*cache));
        QCOMPARE(test::rows(*cache, QStringLiteral("SELECT shortcut, body FROM templates")),
                 QStringList { QStringLiteral("hello|Hi there") });
        QVERIFY(exec(QStringLiteral("DELETE FROM templates WHERE name = 'hello'")));
        QVERIFY(drainInto(*cache));
        QCOMPARE(test::rows(*cache, QStringLiteral("SELECT count(*) FROM templates")),
                 QStringList { QStringLiteral("0") });
        // Deleted and made again under the same name, both in one page: the new one stays.
        QVERIFY(exec(QStringLiteral("INSERT INTO templates (name, body) VALUES ('bye', 'Old')")));
        QVERIFY(drainInto(*cache));
        QVERIFY(exec(QStringLiteral("DELETE FROM templates WHERE name = 'bye'")));
        QVERIFY(exec(QStringLiteral("INSERT INTO templates (name, body) VALUES ('bye', 'New')")));
        QVERIFY(drainInto(*cache));
        QCOMPARE(test::rows(*cache, QStringLiteral("SELECT shortcut, body FROM templates")),
                 QStringList { QStringLiteral("bye|New") });
        QCOMPARE(cacheDigest(*cache), teamDigest());
    }

    // Conversations changed after their messages (assigned, closed) have newer versions, so a
    // first snapshot in pages meets messages before their conversation: they wait in the cache
    // and follow it. A kill after page 1: the cache reopened goes on from its stored cursor.
    void aReplicaKilledBetweenPagesEndsEqualToTheTeam()
    {
        const qint64 bo = addAgent(QStringLiteral("Bo"));
        QList<qint64> conversations;
        for (int c = 0; c < 3; ++c)
            conversations << addConversation(QStringLiteral("+1555124000%1").arg(c));
        for (int n = 0; n < 30; ++n) {
            const qint64 conversation = conversations.at(n % 3);
            const bool inbound = n % 2 == 0;
            QVERIFY(addMessage(conversation, QStringLiteral("SMc%1").arg(n),
                               inbound ? QStringLiteral("inbound") : QStringLiteral("outbound"),
                               QStringLiteral("message %1").arg(n),
                               inbound ? QStringLiteral("received") : QStringLiteral("sent"),
                               100 + n, inbound ? 0 : bo));
        }
        QVERIFY(
            exec(QStringLiteral("UPDATE messages SET status = 'delivered' WHERE sid = 'SMc1'")));
        for (const qint64 conversation : std::as_const(conversations)) {
            QVERIFY(exec(QStringLiteral("UPDATE conversations SET assignee_id = %1, status = "
                                        "'open' WHERE id = %2")
                             .arg(bo)
                             .arg(conversation)));
        }
        QVERIFY(exec(QStringLiteral("UPDATE conversations SET status = 'snoozed', snoozed_until "
                                    "= now() + interval '1 day' WHERE id = %1")
                         .arg(conversations.at(2))));

        const QString path = newCachePath();
        {
            // Pages of ten until one leaves messages waiting for their conversation; killed
            // there.
            auto cache = openCache(path);
            QVERIFY(cache);
            FeedCursor at;
            bool waited = false;
            for (int i = 0; i < 100 && !waited; ++i) {
                auto page = TeamFeed::read(m_admin.database(), at, 10);
                QVERIFY(page);
                QVERIFY(page->more);
                auto applied = TeamReplica::apply(*cache, *page, 1'700'000'000'000);
                QVERIFY(applied);
                waited = applied->waiting > 0;
                at = page->next;
            }
            QVERIFY(waited);
        } // killed: nothing but the committed pages survives
        auto cache = openCache(path);
        QVERIFY(cache);
        QVERIFY(drainInto(*cache, 10));
        QCOMPARE(test::rows(*cache, QStringLiteral("SELECT count(*) FROM replica_waiting")),
                 QStringList { QStringLiteral("0") });
        QCOMPARE(cacheDigest(*cache), teamDigest());
        // Each message once.
        QCOMPARE(test::rows(*cache,
                            QStringLiteral("SELECT count(*) FROM messages WHERE sid LIKE "
                                           "'SMc%'")),
                 QStringList { QStringLiteral("30") });

        // A replica that reads the conversations ahead (as the follower does) ends the same,
        // with nothing waiting on the way.
        auto ahead = openCache(newCachePath());
        QVERIFY(ahead);
        m_peakWaiting = 0;
        QVERIFY(drainInto(*ahead, 10, true));
        QCOMPARE(m_peakWaiting, 0);
        QCOMPARE(cacheDigest(*ahead), cacheDigest(*cache));
    }

    void theFollowerDrainsTheFeedWhenWoken()
    {
        const QString path = newCachePath();
        FakeClock clock;
        QThread thread;
        auto *listener = new TeamListener(adminAddress(), QString(), clock);
        auto *replica = new TeamReplica(adminAddress(), QString(), path, clock);
        listener->moveToThread(&thread);
        replica->moveToThread(&thread);
        connect(&thread, &QThread::finished, listener, &QObject::deleteLater);
        connect(&thread, &QThread::finished, replica, &QObject::deleteLater);
        connect(listener, &TeamListener::changed, replica, &TeamReplica::catchUp);
        QSignalSpy applied(replica, &TeamReplica::applied);
        QSignalSpy failed(replica, &TeamReplica::failed);
        QSignalSpy progress(replica, &TeamReplica::progress);
        thread.start();
        QMetaObject::invokeMethod(listener, &TeamListener::start, Qt::QueuedConnection);
        QTRY_VERIFY(applied.size() >= 1); // the catch-up after connecting: the whole store
        QVERIFY(applied.first().at(0).toLongLong() > 0);
        QVERIFY(!progress.isEmpty()); // after each page: the rows so far
        QCOMPARE(progress.first().at(0).toLongLong(), applied.first().at(0).toLongLong());

        const qint64 conversation = addConversation(QStringLiteral("+15551250001"));
        QVERIFY(addMessage(conversation, QStringLiteral("SMd1"), QStringLiteral("inbound"),
                           QStringLiteral("Are you there?"), QStringLiteral("received"), 300));
        auto reader = openCache(path);
        QVERIFY(reader);
        QTRY_COMPARE(test::rows(*reader,
                                QStringLiteral("SELECT body FROM messages WHERE sid = "
                                               "'SMd1'")),
                     QStringList { QStringLiteral("Are you there?") });
        QTRY_COMPARE(cacheDigest(*reader), teamDigest());
        QCOMPARE(failed.size(), 0);

        QMetaObject::invokeMethod(listener, &TeamListener::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        QVERIFY(thread.wait(10000));
    }

    void aFollowerThatCannotReachTheTeamSaysSo()
    {
        FakeClock clock;
        TeamAddress nowhere = adminAddress();
        nowhere.database = QStringLiteral("no_such_team");
        TeamReplica replica(nowhere, QString(), newCachePath(), clock);
        QSignalSpy failed(&replica, &TeamReplica::failed);
        QSignalSpy applied(&replica, &TeamReplica::applied);
        replica.catchUp();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(applied.size(), 0);
    }

    // The server goes away under a follower: it says so, and the next change after the server
    // is back catches up from the cursor, with nothing lost.
    void aFollowerRetriesOnTheNextChange()
    {
        FakeClock clock;
        const QString path = newCachePath();
        TeamReplica replica(adminAddress(), QString(), path, clock);
        QSignalSpy failed(&replica, &TeamReplica::failed);
        QSignalSpy applied(&replica, &TeamReplica::applied);
        replica.catchUp();
        QCOMPARE(applied.size(), 1);

        m_admin.close();
        m_server->stop(true);
        replica.catchUp();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().at(0).toString().isEmpty());

        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY(m_admin.open(adminAddress(), QString()));
        const qint64 conversation = addConversation(QStringLiteral("+15551260001"));
        QVERIFY(addMessage(conversation, QStringLiteral("SMe1"), QStringLiteral("inbound"),
                           QStringLiteral("Back again"), QStringLiteral("received"), 400));
        replica.catchUp();
        QCOMPARE(applied.size(), 2);
        QCOMPARE(failed.size(), 1);
        auto reader = openCache(path);
        QVERIFY(reader);
        QCOMPARE(cacheDigest(*reader), teamDigest());
    }

    // A transaction that changes no shared table (an ANALYZE, an audit-only one) wakes nobody
    // when it ends; a change committed while it ran was held back by it. The follower reads
    // again by itself on its clock, so the change does not wait for the next one.
    void aChangeHeldBackBySilentTransactionArrivesByItself()
    {
        FakeClock clock;
        const QString path = newCachePath();
        TeamReplica replica(adminAddress(), QString(), path, clock);
        QSignalSpy applied(&replica, &TeamReplica::applied);
        replica.catchUp();
        QCOMPARE(applied.size(), 1);

        TeamConnection silent;
        QVERIFY(silent.open(adminAddress(), QString()));
        QVERIFY(teamExec(silent.database(), QStringLiteral("BEGIN")));
        QVERIFY(teamExec(silent.database(),
                         QStringLiteral("INSERT INTO audit_log (action, subject) VALUES "
                                        "('looked', 'nothing shared')")));
        const qint64 conversation = addConversation(QStringLiteral("+15551270001"));
        QVERIFY(addMessage(conversation, QStringLiteral("SMh1"), QStringLiteral("inbound"),
                           QStringLiteral("Held back"), QStringLiteral("received"), 500));
        replica.catchUp(); // woken by the message's notification: not visible yet
        QCOMPARE(applied.size(), 2);
        QCOMPARE(applied.last().at(0).toLongLong(), 0);
        QVERIFY(teamExec(silent.database(), QStringLiteral("COMMIT"))); // no notification

        clock.advance(TeamReplica::kHeldBackRetryMs);
        QTRY_COMPARE(applied.size(), 3);
        QVERIFY(applied.last().at(0).toLongLong() > 0);
        auto reader = openCache(path);
        QVERIFY(reader);
        QCOMPARE(cacheDigest(*reader), teamDigest());
        silent.close();
    }

    void cleanupTestCase()
    {
        m_admin.close();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestTeamReplica)
#include "TestTeamReplica.moc"
