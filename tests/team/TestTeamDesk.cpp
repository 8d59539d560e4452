#include "PostgresServer.h"
#include "TestWorkspace.h"
#include "engine/SyncWorker.h"
#include "storage/Database.h"
#include "team/TeamAddress.h"
#include "team/TeamAgents.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace textdesk;
using namespace textdesk::team;

// Two team desktops as the window runs them (engine::SyncWorker on its thread, the cache a
// replica of the team's store), each signed in with its agent's own login, against a real
// throw-away PostgreSQL: what one agent does (assign to a colleague, a note, a status, a reply)
// reaches PostgreSQL through the desktop's own queue and shows on the other desktop; a note or
// a reply that comes back through the feed is not doubled; two agents assigning at once: one
// wins, the other is told and sees the winner; PostgreSQL stopped while an agent works: the
// change waits in the cache and arrives when the server is back.
class TestTeamDesk : public QObject
{
    Q_OBJECT

private:
    struct Desk
    {
        engine::SyncWorker *worker = nullptr;
        QString cachePath;
        std::unique_ptr<Database> reader;
        QStringList overruled;
    };

    std::unique_ptr<test::PostgresServer> m_server;
    TeamConnection m_admin;
    QTemporaryDir m_dir;
    Desk m_ana, m_ben;
    qint64 m_anaId = 0, m_benId = 0;
    qint64 m_first = 0, m_second = 0; // team conversation ids

    qint64 scalar(const QString &sql)
    {
        auto row = teamExec(m_admin.database(), sql);
        if (!row)
            qWarning("%s: %s", qPrintable(sql), qPrintable(row.error().message()));
        return row && row->next() ? row->value(0).toLongLong() : -1;
    }
    QString text(const QString &sql)
    {
        auto row = teamExec(m_admin.database(), sql);
        return row && row->next() ? row->value(0).toString() : QStringLiteral("<none>");
    }

    static QString cacheValue(Desk &desk, const QString &sql)
    {
        return test::rows(*desk.reader, sql).value(0);
    }

    // A desktop for `name`, started as ProviderSession starts a team desktop.
    void startDesk(Desk &desk, const NewAgent &agent)
    {
        desk.cachePath = m_dir.filePath(agent.agent.login + QStringLiteral(".sqlite"));
        engine::SyncSettings settings;
        settings.cachePath = desk.cachePath;
        settings.teamReplica = true;
        settings.teamAddress = *TeamAddress::parse(m_server->loginUrl(agent.agent.login));
        settings.teamPassword = agent.password;
        settings.agentName = agent.agent.name;
        desk.worker = engine::SyncWorker::startOnThread(settings);
        connect(desk.worker, &engine::SyncWorker::teamOverruled, this,
                [&desk](const QString &message) { desk.overruled << message; });
        connect(desk.worker, &engine::SyncWorker::sendRefused, this,
                [](const QString &, const QString &, const QStringList &, const QString &reason) {
                    qWarning("refused: %s", qPrintable(reason));
                });
        connect(desk.worker, &engine::SyncWorker::actionFailed, this,
                [](const QString &reason) { qWarning("failed: %s", qPrintable(reason)); });
        // Readable once the worker created and migrated it.
        const auto openReader = [&desk] {
            auto reader = Database::open(desk.cachePath, Database::Role::Reader);
            if (reader)
                desk.reader = std::move(*reader);
            return bool(reader);
        };
        QTRY_VERIFY_WITH_TIMEOUT(openReader(), 10000);
    }

    void stopDesk(Desk &desk)
    {
        if (!desk.worker)
            return;
        QThread *thread = desk.worker->thread();
        QMetaObject::invokeMethod(desk.worker, &engine::SyncWorker::stop, Qt::QueuedConnection);
        QVERIFY(thread->wait(20000));
        desk.worker = nullptr;
        desk.reader.reset();
    }

    template<typename F> static void on(Desk &desk, F call)
    {
        engine::SyncWorker *worker = desk.worker;
        QMetaObject::invokeMethod(
            worker, [worker, call] { call(worker); }, Qt::QueuedConnection);
    }

    // The local id of a team conversation in a desk's cache (0 until the replica has it).
    static qint64 local(Desk &desk, qint64 teamId)
    {
        return cacheValue(desk,
                          QStringLiteral("SELECT local_id FROM replica_ids WHERE team_table = "
                                         "'conversations' AND team_id = %1")
                              .arg(teamId))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<test::PostgresServer>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY(m_admin.open(*TeamAddress::parse(m_server->adminUrl()), QString()));
        QVERIFY(TeamSchema::migrate(m_admin.database()));
        auto ana = TeamAgents::add(m_admin.database(), QStringLiteral("Ana"), TeamRole::Agent);
        auto ben = TeamAgents::add(m_admin.database(), QStringLiteral("Ben"), TeamRole::Agent);
        QVERIFY(ana && ben);
        m_anaId = ana->agent.id;
        m_benId = ben->agent.id;
        // What the gateway wrote: two conversations waiting, each with a customer's message.
        m_first = scalar(QStringLiteral("INSERT INTO conversations (customer, our_number) VALUES "
                                        "('+14155552671', '+15550009999') RETURNING id"));
        m_second = scalar(QStringLiteral("INSERT INTO conversations (customer, our_number) VALUES "
                                         "('+14155552672', '+15550009999') RETURNING id"));
        for (const qint64 id : { m_first, m_second }) {
            QVERIFY(scalar(QStringLiteral("INSERT INTO messages (conversation_id, sid, direction, "
                                          "body, status) VALUES (%1, 'SMin%1', 'inbound', "
                                          "'Hello?', 'received') RETURNING id")
                               .arg(id))
                    > 0);
        }
        startDesk(m_ana, *ana);
        startDesk(m_ben, *ben);
        QVERIFY(m_ana.reader && m_ben.reader);
        // The first snapshot: both conversations and the agents under their team ids.
        QTRY_VERIFY_WITH_TIMEOUT(local(m_ana, m_second) > 0 && local(m_ben, m_second) > 0, 20000);
        QCOMPARE(
            cacheValue(m_ana, QStringLiteral("SELECT name FROM agents WHERE id = %1").arg(m_benId)),
            QStringLiteral("Ben"));
    }

    void cleanupTestCase()
    {
        stopDesk(m_ana);
        stopDesk(m_ben);
    }

    void assigningToAColleagueReachesTheirDesktop()
    {
        const qint64 conversation = local(m_ana, m_first);
        on(m_ana,
           [conversation, ben = m_benId](engine::SyncWorker *w) { w->assign(conversation, ben); });
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(
                QStringLiteral("SELECT assignee_id FROM conversations WHERE id = %1").arg(m_first)),
            m_benId, 10000);
        // The audit log says who did it, from what to what.
        QCOMPARE(text(QStringLiteral("SELECT login || ':' || (detail->>'to') FROM audit_log "
                                     "WHERE action = 'assign' AND subject = '%1'")
                          .arg(m_first)),
                 QStringLiteral("ana:%1").arg(m_benId));
        QTRY_COMPARE_WITH_TIMEOUT(
            cacheValue(m_ben,
                       QStringLiteral("SELECT assignee_id FROM conversations WHERE id = %1")
                           .arg(local(m_ben, m_first)))
                .toLongLong(),
            m_benId, 10000);
    }

    void aNoteIsStoredOnceEverywhere()
    {
        const qint64 conversation = local(m_ana, m_first);
        on(m_ana, [=](engine::SyncWorker *w) {
            w->addNote(conversation, QStringLiteral("Gave a 10% voucher"));
        });
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT count(*) FROM notes WHERE body = 'Gave a 10% voucher' "
                                  "AND agent_id = %1")
                       .arg(m_anaId)),
            1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            cacheValue(m_ben,
                       QStringLiteral("SELECT count(*) FROM messages WHERE direction = "
                                      "'note' AND body = 'Gave a 10% voucher'"))
                .toInt(),
            1, 10000);
        // The feed brought Ana's own note back: still one, and the push queue is empty.
        QTRY_COMPARE_WITH_TIMEOUT(
            cacheValue(m_ana, QStringLiteral("SELECT count(*) FROM team_pushes")).toInt(), 0,
            10000);
        QTest::qWait(300); // a feed page in flight would add a second copy now
        QCOMPARE(cacheValue(m_ana,
                            QStringLiteral("SELECT count(*) FROM messages WHERE direction "
                                           "= 'note' AND body = 'Gave a 10% voucher'"))
                     .toInt(),
                 1);
    }

    void aReplyGoesThroughTheTeamOutboxAndComesBackSent()
    {
        on(m_ana, [](engine::SyncWorker *w) {
            w->send(QStringLiteral("+14155552671"), QStringLiteral("+15550009999"),
                    QStringLiteral("Your voucher is on its way."));
        });
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT count(*) FROM team_outbox WHERE body = 'Your voucher "
                                  "is on its way.' AND agent_id = %1 AND conversation_id = %2")
                       .arg(m_anaId)
                       .arg(m_first)),
            1, 10000);
        const QString clientId = text(QStringLiteral(
            "SELECT client_id FROM team_outbox WHERE body = 'Your voucher is on its way.'"));
        // With the team: not "waiting" any more, and not sent either.
        QTRY_COMPARE_WITH_TIMEOUT(
            cacheValue(
                m_ana,
                QStringLiteral("SELECT state FROM outbox WHERE client_id = '%1'").arg(clientId)),
            QStringLiteral("submitting"), 10000);
        // The gateway sends it and publishes the provider's message under the same client id.
        QVERIFY(scalar(QStringLiteral("INSERT INTO messages (conversation_id, sid, client_id, "
                                      "direction, body, status, agent_id) VALUES (%1, 'SMout1', "
                                      "'%2', 'outbound', 'Your voucher is on its way.', 'sent', "
                                      "%3) RETURNING id")
                           .arg(m_first)
                           .arg(clientId)
                           .arg(m_anaId))
                > 0);
        QVERIFY(scalar(QStringLiteral("UPDATE team_outbox SET state = 'sent', message_sid = "
                                      "'SMout1' WHERE client_id = '%1' RETURNING id")
                           .arg(clientId))
                > 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            cacheValue(
                m_ana,
                QStringLiteral("SELECT state FROM outbox WHERE client_id = '%1'").arg(clientId)),
            QStringLiteral("accepted"), 10000);
        QCOMPARE(cacheValue(m_ana,
                            QStringLiteral("SELECT count(*) || ':' || max(sid) || ':' || "
                                           "max(status) FROM messages WHERE body = 'Your "
                                           "voucher is on its way.'")),
                 QStringLiteral("1:SMout1:sent"));
        QTRY_COMPARE_WITH_TIMEOUT(
            cacheValue(m_ben, QStringLiteral("SELECT count(*) FROM messages WHERE sid = 'SMout1'"))
                .toInt(),
            1, 10000);
    }

    void twoAgentsAssigningAtOnceOneWinsAndTheOtherIsTold()
    {
        const qint64 atAna = local(m_ana, m_second);
        const qint64 atBen = local(m_ben, m_second);
        on(m_ana, [atAna, ana = m_anaId](engine::SyncWorker *w) { w->assign(atAna, ana); });
        on(m_ben, [atBen, ben = m_benId](engine::SyncWorker *w) { w->assign(atBen, ben); });
        QTRY_COMPARE_WITH_TIMEOUT(m_ana.overruled.size() + m_ben.overruled.size(), 1, 15000);
        const qint64 winner = scalar(
            QStringLiteral("SELECT assignee_id FROM conversations WHERE id = %1").arg(m_second));
        const bool anaWon = winner == m_anaId;
        QVERIFY(anaWon || winner == m_benId);
        const QString told = (anaWon ? m_ben : m_ana).overruled.value(0);
        QVERIFY2(told.contains(anaWon ? QStringLiteral("Ana") : QStringLiteral("Ben")),
                 qPrintable(told));
        // Both desktops show the winner.
        for (Desk *desk : { &m_ana, &m_ben }) {
            const qint64 id = local(*desk, m_second);
            QTRY_COMPARE_WITH_TIMEOUT(
                cacheValue(
                    *desk,
                    QStringLiteral("SELECT assignee_id FROM conversations WHERE id = %1").arg(id))
                    .toLongLong(),
                winner, 10000);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'assign' "
                                       "AND subject = '%1'")
                            .arg(m_second)),
                 1);
    }

    void workWhileTheServerIsDownArrivesWhenItIsBack()
    {
        const qint64 conversation = local(m_ben, m_first);
        m_server->stop(true);
        on(m_ben, [=](engine::SyncWorker *w) {
            w->addNote(conversation, QStringLiteral("Called the courier"));
            w->setStatus(conversation, ConversationStatus::Resolved, 0);
        });
        // Kept in the cache, shown at once, waiting for the store.
        QTRY_COMPARE_WITH_TIMEOUT(
            cacheValue(m_ben, QStringLiteral("SELECT count(*) FROM team_pushes")).toInt(), 2,
            10000);
        QCOMPARE(
            cacheValue(
                m_ben,
                QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(conversation)),
            QStringLiteral("resolved"));
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY(m_admin.open(*TeamAddress::parse(m_server->adminUrl()), QString()));
        QTRY_COMPARE_WITH_TIMEOUT(
            text(QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(m_first)),
            QStringLiteral("closed"), 60000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM notes WHERE body = 'Called the "
                                       "courier'")),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            cacheValue(m_ben, QStringLiteral("SELECT count(*) FROM team_pushes")).toInt(), 0,
            10000);
        // Ana's desktop catches up too, though it missed every notification while it was away.
        QTRY_COMPARE_WITH_TIMEOUT(
            cacheValue(m_ana,
                       QStringLiteral("SELECT status FROM conversations WHERE id = %1")
                           .arg(local(m_ana, m_first))),
            QStringLiteral("resolved"), 60000);
    }
};

QTEST_GUILESS_MAIN(TestTeamDesk)
#include "TestTeamDesk.moc"
