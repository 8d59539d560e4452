#include "PostgresServer.h"
#include "team/TeamAddress.h"
#include "team/TeamAgents.h"
#include "team/TeamAssignment.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QMutex>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace textdesk;
using namespace textdesk::team;

// The team store on a real, throw-away PostgreSQL (tests/support/PostgresServer): the schema and
// its version check, logins made by `add`, what each role may do as PostgreSQL enforces it, and
// assignment as a compare-and-set, raced by many agents at once.
class TestTeamStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresServer> m_server;
    TeamConnection m_admin;
    QHash<QString, QString> m_passwords; // login → password, from add()

    static TeamAddress address(const QString &url)
    {
        auto parsed = TeamAddress::parse(url);
        if (!parsed)
            qFatal("bad test address %s", qPrintable(url));
        return *parsed;
    }

    // A login's own connection, as that agent's desktop would open it.
    std::unique_ptr<TeamConnection> connectAs(const QString &login)
    {
        auto connection = std::make_unique<TeamConnection>();
        auto opened
            = connection->open(address(m_server->loginUrl(login)), m_passwords.value(login));
        if (!opened)
            qWarning("%s cannot connect: %s", qPrintable(login),
                     qPrintable(opened.error().message()));
        return opened ? std::move(connection) : nullptr;
    }

    NewAgent addAgent(const QString &name, TeamRole role)
    {
        auto created = TeamAgents::add(m_admin.database(), name, role);
        if (!created)
            qFatal("add %s: %s", qPrintable(name), qPrintable(created.error().message()));
        m_passwords.insert(created->agent.login, created->password);
        return *created;
    }

    void seedQueue(int count)
    {
        auto done = teamExec(m_admin.database(),
                             QStringLiteral("INSERT INTO conversations (customer, our_number, "
                                            "waiting_since) SELECT '+1555' || lpad(g::text, 7, "
                                            "'0'), '+15550000001', now() - g * interval '1 s' "
                                            "FROM generate_series(1, ?) g"),
                             { count });
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message()));
    }

    qint64 scalar(const QString &sql)
    {
        auto q = teamExec(m_admin.database(), sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        if (test::PostgresServer::binDir().isEmpty())
            QFAIL("PostgreSQL is not installed: ./dev.sh test installs it (postgresql)");
        m_server = std::make_unique<test::PostgresServer>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        auto opened = m_admin.open(address(m_server->adminUrl()), QString());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    }

    void anEmptyDatabaseIsNotATeamDatabase()
    {
        auto checked = TeamSchema::check(m_admin.database());
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind(), TeamError::Kind::NotATeamDatabase);
        QVERIFY(checked.error().message().contains(QLatin1String("textdesk team init")));
    }

    void initCreatesTheSchemaOnceAndAgainChangesNothing()
    {
        auto first = TeamSchema::migrate(m_admin.database());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
        QCOMPARE(*first, TeamSchema::supportedVersion());
        QVERIFY(TeamSchema::check(m_admin.database()));
        auto again = TeamSchema::migrate(m_admin.database());
        QVERIFY(again);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM textdesk_schema")),
                 qint64(TeamSchema::supportedVersion()));
    }

    void addedAgentsLogInWithThePrintedPasswordOnly()
    {
        const NewAgent ana = addAgent(QStringLiteral("Ana López"), TeamRole::Agent);
        QCOMPARE(ana.agent.login, QStringLiteral("ana_lopez"));
        QCOMPARE(ana.password.size(), 20);
        auto connection = connectAs(ana.agent.login);
        QVERIFY(connection);
        // PostgreSQL holds the verifier we computed, never the password itself.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM pg_authid WHERE rolname = "
                                      "'ana_lopez' AND rolpassword LIKE 'SCRAM-SHA-256$4096:%'"))
                == 1);

        TeamConnection wrong;
        auto refused = wrong.open(address(m_server->loginUrl(ana.agent.login)),
                                  QStringLiteral("not the password"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), TeamError::Kind::BadLogin);

        auto twice
            = TeamAgents::add(m_admin.database(), QStringLiteral("Ana López"), TeamRole::Agent);
        QVERIFY(!twice);
        QCOMPARE(twice.error().kind(), TeamError::Kind::InvalidInput);
        auto nameless
            = TeamAgents::add(m_admin.database(), QStringLiteral("  !!  "), TeamRole::Agent);
        QVERIFY(!nameless);
    }

    void rolesAreEnforcedByPostgres()
    {
        const NewAgent bo = addAgent(QStringLiteral("Bo Agent"), TeamRole::Agent);
        const NewAgent lee = addAgent(QStringLiteral("Lee Lead"), TeamRole::Lead);
        const qint64 anaId
            = scalar(QStringLiteral("SELECT id FROM agents WHERE login = 'ana_lopez'"));
        QVERIFY(
            teamExec(m_admin.database(),
                     QStringLiteral("INSERT INTO templates (name, body) VALUES ('hi', 'Hello')")));
        QVERIFY(teamExec(m_admin.database(),
                         QStringLiteral("INSERT INTO survey_responses (agent_id, kind, score) "
                                        "VALUES (?, 'csat', 5), (?, 'csat', 2)"),
                         { anaId, bo.agent.id }));

        auto agent = connectAs(bo.agent.login);
        QVERIFY(agent);
        // An agent cannot change a template…
        auto edit
            = teamExec(agent->database(),
                       QStringLiteral("UPDATE templates SET body = 'changed' WHERE name = 'hi'"));
        QVERIFY(!edit);
        QCOMPARE(edit.error().kind(), TeamError::Kind::NotAllowed);
        QVERIFY(edit.error().message().contains(QLatin1String("role")));
        // …sees only their own survey answers…
        auto own
            = teamExec(agent->database(), QStringLiteral("SELECT agent_id FROM survey_responses"));
        QVERIFY(own);
        QList<qint64> seen;
        while (own->next())
            seen << own->value(0).toLongLong();
        QCOMPARE(seen, QList<qint64> { bo.agent.id });
        // …cannot edit or delete a note, even their own, nor add agents.
        QVERIFY(teamExec(m_admin.database(),
                         QStringLiteral("INSERT INTO conversations (customer, our_number) VALUES "
                                        "('+15557770000', '+15550000001')")));
        const qint64 conversation = scalar(
            QStringLiteral("SELECT id FROM conversations WHERE customer = '+15557770000'"));
        QVERIFY(teamExec(agent->database(),
                         QStringLiteral("INSERT INTO notes (conversation_id, client_id, body) "
                                        "VALUES (?, 'n-1', 'Called back')"),
                         { conversation }));
        QCOMPARE(scalar(QStringLiteral("SELECT agent_id FROM notes WHERE client_id = 'n-1'")),
                 bo.agent.id);
        QVERIFY(!teamExec(agent->database(), QStringLiteral("UPDATE notes SET body = 'x'")));
        QVERIFY(!teamExec(agent->database(), QStringLiteral("DELETE FROM notes")));
        QVERIFY(!teamExec(agent->database(),
                          QStringLiteral("INSERT INTO agents (name, login, role) VALUES "
                                         "('Eve', 'eve', 'admin')")));
        QVERIFY(!teamExec(agent->database(), QStringLiteral("SELECT * FROM audit_log")));

        // A lead changes templates and reads everyone's answers and the audit log.
        auto lead = connectAs(lee.agent.login);
        QVERIFY(lead);
        QVERIFY(teamExec(lead->database(),
                         QStringLiteral("UPDATE templates SET body = 'Hi!' WHERE name = 'hi'")));
        auto all
            = teamExec(lead->database(), QStringLiteral("SELECT count(*) FROM survey_responses"));
        QVERIFY(all && all->next());
        QCOMPARE(all->value(0).toInt(), 2);
        QVERIFY(teamExec(lead->database(), QStringLiteral("SELECT count(*) FROM audit_log")));
    }

    void everyChangeTakesANewVersion()
    {
        const qint64 before
            = scalar(QStringLiteral("SELECT version FROM templates WHERE name = 'hi'"));
        QVERIFY(before > 0);
        QVERIFY(teamExec(
            m_admin.database(),
            QStringLiteral("UPDATE templates SET body = 'Hello again' WHERE name = 'hi'")));
        const qint64 after
            = scalar(QStringLiteral("SELECT version FROM templates WHERE name = 'hi'"));
        QVERIFY(after > before);
        QVERIFY(after >= scalar(QStringLiteral("SELECT max(version) FROM agents")));
    }

    void assigningChecksWhoHadItFirst()
    {
        QVERIFY(teamExec(m_admin.database(),
                         QStringLiteral("INSERT INTO conversations (customer, our_number) VALUES "
                                        "('+15558880000', '+15550000001')")));
        const qint64 conversation = scalar(
            QStringLiteral("SELECT id FROM conversations WHERE customer = '+15558880000'"));
        auto ana = connectAs(QStringLiteral("ana_lopez"));
        auto bo = connectAs(QStringLiteral("bo_agent"));
        QVERIFY(ana && bo);
        const qint64 anaId
            = scalar(QStringLiteral("SELECT id FROM agents WHERE login = 'ana_lopez'"));
        const qint64 boId
            = scalar(QStringLiteral("SELECT id FROM agents WHERE login = 'bo_agent'"));

        auto first = TeamAssignment::claim(ana->database(), conversation);
        QVERIFY(first && first->done);
        auto second = TeamAssignment::claim(bo->database(), conversation);
        QVERIFY(second);
        QVERIFY(!second->done);
        QCOMPARE(second->heldBy, QStringLiteral("Ana López"));

        // Bo saw it unassigned and hands it to himself: refused, Ana keeps it.
        auto stale = TeamAssignment::assign(bo->database(), conversation, boId, 0);
        QVERIFY(stale && !stale->done);
        QCOMPARE(stale->heldBy, QStringLiteral("Ana López"));
        // Ana passes it to Bo (she saw herself holding it): done, and logged.
        auto passed = TeamAssignment::assign(ana->database(), conversation, boId, anaId);
        QVERIFY(passed && passed->done);
        QCOMPARE(scalar(QStringLiteral("SELECT assignee_id FROM conversations WHERE id = %1")
                            .arg(conversation)),
                 boId);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE subject = '%1' AND "
                                       "action IN ('claim', 'assign')")
                            .arg(conversation)),
                 2);

        auto agents = TeamAgents::list(m_admin.database());
        QVERIFY(agents);
        for (const TeamAgent &agent : *agents) {
            if (agent.login == QLatin1String("bo_agent"))
                QCOMPARE(agent.openConversations, 1);
        }
    }

    // Fifty agents on fifty connections take "the next one" until the queue is empty.
    void fiftyAgentsEmptyTheQueueWithoutADoubleClaim()
    {
        QVERIFY(teamExec(m_admin.database(),
                         QStringLiteral("UPDATE conversations SET status = 'closed'")));
        constexpr int kAgents = 50;
        constexpr int kConversations = 2000;
        seedQueue(kConversations);
        QStringList logins;
        for (int i = 0; i < kAgents; ++i)
            logins << addAgent(QStringLiteral("Racer %1").arg(i), TeamRole::Agent).agent.login;

        QMutex mutex;
        QList<qint64> taken;
        std::atomic<int> failures { 0 };
        QList<QThread *> threads;
        for (const QString &login : logins) {
            const QString password = m_passwords.value(login);
            const TeamAddress where = address(m_server->loginUrl(login));
            threads << QThread::create([&, where, password] {
                TeamConnection connection;
                if (!connection.open(where, password)) {
                    ++failures;
                    return;
                }
                QList<qint64> mine;
                for (;;) {
                    auto next = TeamAssignment::takeNext(connection.database());
                    if (!next) {
                        ++failures;
                        return;
                    }
                    if (!next->done)
                        break;
                    mine << next->conversationId;
                }
                QMutexLocker lock(&mutex);
                taken += mine;
            });
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        const QSet<qint64> distinct(taken.cbegin(), taken.cend());
        QCOMPARE(taken.size(), kConversations); // none left
        QCOMPARE(distinct.size(), kConversations); // none twice
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE status = "
                                       "'waiting' AND assignee_id IS NULL")),
                 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'take-next'")),
            kConversations);
    }

    // A store `team init` made at version 1 (as shipped) is refused by this client until `init`
    // migrates it; then it keeps its rows, and old and new rows follow one sequence of versions.
    void aVersionOneStoreMigratesToTwo()
    {
        QVERIFY(teamExec(m_admin.database(), QStringLiteral("CREATE DATABASE team_v1")));
        TeamAddress where = address(m_server->adminUrl());
        where.database = QStringLiteral("team_v1");
        TeamConnection old;
        QVERIFY(old.open(where, QString()));
        const QSqlDatabase db = old.database();
        QVERIFY(teamExec(db, QStringLiteral("BEGIN")));
        for (const QString &statement : TeamSchema::migrationStatements(1))
            QVERIFY2(teamExec(db, statement), qPrintable(statement));
        QVERIFY(teamExec(db, QStringLiteral("INSERT INTO textdesk_schema (version) VALUES (1)")));
        QVERIFY(teamExec(db, QStringLiteral("COMMIT")));
        QVERIFY(teamExec(db,
                         QStringLiteral("INSERT INTO templates (name, body) VALUES ('old', "
                                        "'Hello')")));
        auto versionOf = [&db](const QString &name) {
            auto q = teamExec(db, QStringLiteral("SELECT version FROM templates WHERE name = ?"),
                              { name });
            return q && q->next() ? q->value(0).toLongLong() : -1;
        };
        const qint64 oldVersion = versionOf(QStringLiteral("old"));
        QVERIFY(oldVersion > 0);

        auto checked = TeamSchema::check(db);
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind(), TeamError::Kind::OlderSchema);
        QVERIFY(checked.error().message().contains(QLatin1String("textdesk team init")));
        auto migrated = TeamSchema::migrate(db);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message()));
        QCOMPARE(*migrated, 2);
        QVERIFY(TeamSchema::check(db));

        QCOMPARE(versionOf(QStringLiteral("old")), oldVersion); // kept as it was
        QVERIFY(teamExec(db,
                         QStringLiteral("INSERT INTO templates (name, body) VALUES ('new', "
                                        "'Hi')")));
        const qint64 newVersion = versionOf(QStringLiteral("new"));
        QVERIFY(newVersion > oldVersion);
        QVERIFY(teamExec(db,
                         QStringLiteral("UPDATE templates SET body = 'Hello!' WHERE name = "
                                        "'old'")));
        QVERIFY(versionOf(QStringLiteral("old")) > newVersion);
        auto xids = teamExec(db,
                             QStringLiteral("SELECT count(*) FROM templates WHERE "
                                            "changed_xid IS NULL"));
        QVERIFY(xids && xids->next());
        QCOMPARE(xids->value(0).toInt(), 0);
        old.close();
    }

    // A database from a newer Textdesk is refused by this one, with both versions named, and
    // `init` does not touch it.
    void aNewerSchemaIsRefused()
    {
        const int newer = TeamSchema::supportedVersion() + 1;
        QVERIFY(teamExec(m_admin.database(),
                         QStringLiteral("INSERT INTO textdesk_schema (version) VALUES (?)"),
                         { newer }));
        auto checked = TeamSchema::check(m_admin.database());
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind(), TeamError::Kind::NewerSchema);
        QVERIFY(checked.error().message().contains(QString::number(newer)));
        QVERIFY(
            checked.error().message().contains(QString::number(TeamSchema::supportedVersion())));
        auto migrated = TeamSchema::migrate(m_admin.database());
        QVERIFY(!migrated);
        QCOMPARE(migrated.error().kind(), TeamError::Kind::NewerSchema);
        QVERIFY(teamExec(m_admin.database(),
                         QStringLiteral("DELETE FROM textdesk_schema WHERE version = ?"),
                         { newer }));
    }

    void noServerIsSaidInWords()
    {
        TeamConnection connection;
        TeamAddress nowhere = address(m_server->loginUrl(QStringLiteral("ana_lopez")));
        QTcpServer probe; // a port where nothing listens
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        nowhere.port = probe.serverPort();
        probe.close();
        auto opened = connection.open(nowhere, QStringLiteral("x"), 3);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind(), TeamError::Kind::CannotConnect);
        QVERIFY(
            opened.error().message().startsWith(QLatin1String("Cannot reach the team database")));
    }

    void addressesWithAPasswordAreRefused()
    {
        for (const QString &url :
             { QStringLiteral("postgresql://ana:secret@db.example.com/team"),
               QStringLiteral("postgresql://db.example.com/team?password=x") }) {
            auto parsed = TeamAddress::parse(url);
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().kind(), TeamError::Kind::BadAddress);
            QVERIFY(!parsed.error().message().contains(QLatin1String("secret")));
        }
        auto tls = TeamAddress::parse(
            QStringLiteral("postgresql://ana@db.example.com:6432/"
                           "team?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
        QVERIFY(tls);
        QCOMPARE(tls->port, 6432);
        QCOMPARE(tls->sslMode, QStringLiteral("verify-full"));
        QVERIFY(!tls->isLocal());
        QVERIFY(!TeamAddress::parse(QStringLiteral("postgresql://db.example.com/")));
        QVERIFY(!TeamAddress::parse(QStringLiteral("postgresql://h/team?sslmode=maybe")));
        QVERIFY(!TeamAddress::parse(QStringLiteral("mysql://h/team")));
    }

    void cleanupTestCase()
    {
        m_admin.close();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "TestTeamStore.moc"
