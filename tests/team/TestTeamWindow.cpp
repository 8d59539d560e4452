// A team desktop's real main window (ProviderSession in team mode, the real sync thread and the
// replica) beside a colleague's desktop, against a throw-away PostgreSQL: the colleague's
// "is typing" shows under the open thread and goes when they leave; what the agent types is
// announced to the colleague; the window never talks to a provider.
#include "PostgresServer.h"
#include "TestWorkspace.h"
#include "composer/Composer.h"
#include "engine/SyncWorker.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "session/ProviderSession.h"
#include "team/TeamAddress.h"
#include "team/TeamAgents.h"
#include "team/TeamSchema.h"
#include "team/TeamSql.h"
#include "thread/ConversationPane.h"
#include "thread/PresenceLine.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace textdesk;
using namespace textdesk::team;

class TestTeamWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr int kWaitMs = 20000;
    std::unique_ptr<test::PostgresServer> m_server;
    TeamConnection m_admin;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProviderSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    engine::SyncWorker *m_ben = nullptr;
    std::unique_ptr<Database> m_benCache;
    qint64 m_anaId = 0, m_benId = 0, m_conversation = 0;
    QList<QStringList> m_benHeard; // (conversation, agent, state) Ben's desktop was told

    qint64 scalar(const QString &sql)
    {
        auto row = teamExec(m_admin.database(), sql);
        return row && row->next() ? row->value(0).toLongLong() : -1;
    }
    PresenceLine *presence() const { return m_window->conversation()->presence(); }
    static qint64 localOf(Database &cache, qint64 teamId)
    {
        return test::rows(cache,
                          QStringLiteral("SELECT local_id FROM replica_ids WHERE team_table = "
                                         "'conversations' AND team_id = %1")
                              .arg(teamId))
            .value(0)
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
        QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestTeamWindow"));
        QSettings().clear();
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
        m_conversation = scalar(QStringLiteral("INSERT INTO conversations (customer, our_number) "
                                               "VALUES ('+14155552671', '+14155550100') "
                                               "RETURNING id"));
        QVERIFY(scalar(QStringLiteral("INSERT INTO messages (conversation_id, sid, direction, "
                                      "body, status) VALUES (%1, 'SMin1', 'inbound', 'Is my "
                                      "order late?', 'received') RETURNING id")
                           .arg(m_conversation))
                > 0);

        // Ana: the window, as `textdesk --workspace DIR` starts it after `configure --team`.
        const QString folder = m_dir.filePath(QStringLiteral("ana"));
        QVERIFY(QDir().mkpath(folder));
        {
            QSettings ini(folder + QStringLiteral("/workspace.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("team/url"), m_server->loginUrl(ana->agent.login));
            ini.setValue(QStringLiteral("agent/name"), QStringLiteral("Ana"));
        }
        auto workspace = Workspace::open(folder);
        QVERIFY(workspace);
        m_workspace = std::move(*workspace);
        QCOMPARE(m_workspace->kind(), Workspace::Kind::Team);
        m_workspace->releaseWriter();
        m_session = std::make_unique<ProviderSession>(*m_workspace);
        m_session->setTeamPassword(ana->password);
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
        QVERIFY(m_session->isTeam());
        QVERIFY(m_session->providerUrl().isEmpty());
        m_window = std::make_unique<MainWindow>(*m_workspace);
        m_window->attachSync(m_session->worker());
        m_window->show();
        // Ana is the team's Ana, under her team id, once the first snapshot brought the agents.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->agentId(), m_anaId, kWaitMs);

        // Ben: his desktop's sync thread.
        engine::SyncSettings settings;
        settings.cachePath = m_dir.filePath(QStringLiteral("ben.sqlite"));
        settings.teamReplica = true;
        settings.teamAddress = *TeamAddress::parse(m_server->loginUrl(ben->agent.login));
        settings.teamPassword = ben->password;
        settings.agentName = QStringLiteral("Ben");
        m_ben = engine::SyncWorker::startOnThread(settings);
        connect(m_ben, &engine::SyncWorker::presenceChanged, this,
                [this](qint64 conversation, qint64 agent, const QString &state) {
                    m_benHeard << QStringList { QString::number(conversation),
                                                QString::number(agent), state };
                });
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto reader = Database::open(settings.cachePath, Database::Role::Reader);
                if (reader)
                    m_benCache = std::move(*reader);
                return bool(reader);
            }(),
            kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(localOf(*m_benCache, m_conversation) > 0, kWaitMs);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_session)
            m_session->stop();
        if (m_ben) {
            QThread *thread = m_ben->thread();
            QMetaObject::invokeMethod(m_ben, &engine::SyncWorker::stop, Qt::QueuedConnection);
            QVERIFY(thread->wait(20000));
        }
    }

    void aColleagueTypingShowsUnderTheThread()
    {
        // Ana opens the conversation from her inbox.
        auto *list = m_window->findChild<QListView *>(QStringLiteral("inboxList"));
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, kWaitMs);
        const QModelIndex first = list->model()->index(0, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
        QVERIFY(presence()->isHidden());
        QCOMPARE(presence()->textFormat(), Qt::PlainText);

        const qint64 atBen = localOf(*m_benCache, m_conversation);
        engine::SyncWorker *ben = m_ben;
        QMetaObject::invokeMethod(
            ben, [ben, atBen] { ben->setPresence(atBen, QStringLiteral("typing")); },
            Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(presence()->text(), QStringLiteral("Ben is typing…"), kWaitMs);
        QVERIFY(presence()->isVisible());
        // To look at it: TEXTDESK_SHOT=file.png (the window as the agent sees it).
        if (const QString shot = qEnvironmentVariable("TEXTDESK_SHOT"); !shot.isEmpty())
            m_window->grab().save(shot);
        // Ben moves on: the mark goes at once, not only when it expires.
        QMetaObject::invokeMethod(
            ben, [ben, atBen] { ben->setPresence(atBen, QStringLiteral("left")); },
            Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(presence()->isHidden(), kWaitMs);
    }

    void whatTheAgentTypesIsAnnouncedToTheColleague()
    {
        const QString conversation = QString::number(localOf(*m_benCache, m_conversation));
        // Opening the conversation (the test before) announced Ana as viewing it.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_benHeard.contains(
                QStringList { conversation, QString::number(m_anaId), QStringLiteral("viewing") }),
            kWaitMs);
        auto *edit = m_window->conversation()->composer()->findChild<QPlainTextEdit *>();
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Checking with the courier"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_benHeard.contains(
                QStringList { conversation, QString::number(m_anaId), QStringLiteral("typing") }),
            kWaitMs);
        // Ben's own announcements never come back to him as a colleague's.
        for (const QStringList &heard : std::as_const(m_benHeard))
            QVERIFY(heard.value(1) != QString::number(m_benId));
    }

    void aReplyOnTopOfAColleaguesAsksFirst()
    {
        const qint64 open = m_window->conversation()->conversationId();
        QVERIFY(open > 0);
        // Ben answers the customer (his reply, as the gateway publishes it) while Ana writes.
        QVERIFY(scalar(QStringLiteral("INSERT INTO messages (conversation_id, sid, direction, "
                                      "body, status, agent_id) VALUES (%1, 'SMben1', "
                                      "'outbound', 'It left the depot <b>today</b>.', "
                                      "'delivered', %2) RETURNING id")
                           .arg(m_conversation)
                           .arg(m_benId))
                > 0);
        auto reader = m_workspace->openReader();
        QVERIFY(reader);
        QTRY_COMPARE_WITH_TIMEOUT(test::rows(**reader,
                                             QStringLiteral("SELECT count(*) FROM "
                                                            "messages WHERE sid = "
                                                            "'SMben1'")),
                                  QStringList { QStringLiteral("1") }, kWaitMs);
        auto *edit = m_window->conversation()->composer()->findChild<QPlainTextEdit *>();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Let me check where it is."));
        const auto answer = [this](const QString &button, QString *seen) {
            QTimer::singleShot(0, this, [button, seen] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("colleagueRepliedBox"));
                QCOMPARE(box->textFormat(), Qt::PlainText);
                *seen = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == button)
                        b->click();
                }
            });
        };
        // Keep editing: nothing queued, the words are still there.
        QString seen;
        answer(QStringLiteral("Keep editing"), &seen);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!seen.isEmpty());
        QVERIFY2(seen.contains(QStringLiteral("Ben replied")), qPrintable(seen));
        QVERIFY(seen.contains(QStringLiteral("It left the depot <b>today</b>.")));
        QTRY_COMPARE(edit->toPlainText(), QStringLiteral("Let me check where it is."));
        QCOMPARE(test::rows(**reader, QStringLiteral("SELECT count(*) FROM outbox")),
                 QStringList { QStringLiteral("0") });
        // Asked once for that reply: the next Enter sends, through the team's outbox.
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM team_outbox WHERE "
                                                        "body = 'Let me check where it is.'")),
                                  1, kWaitMs);
        QVERIFY(edit->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestTeamWindow)
#include "TestTeamWindow.moc"
