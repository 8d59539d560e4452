// Issue 18, working together: through the real main window against the simulator, the agent
// assigns a conversation to a colleague with Conversation → Assign to… (Ctrl+Shift+G, typing
// part of the name, Enter), and View → Team counts each agent's conversations and filters the
// inbox by the agent chosen. The colleagues are rows of the cache's agents table, as a team
// replica writes them.
#include "TestWorkspace.h"
#include "WorkstationFixture.h"
#include "common/WriterCall.h"
#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "session/ProviderSession.h"
#include "storage/SqlHelpers.h"
#include "team/TeamLoadDock.h"
#include "thread/AssignPicker.h"
#include "thread/ConversationPane.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace textdesk;

namespace {
const QString kCustomer = QStringLiteral("+14155550123");
const QString kOther = QStringLiteral("+14155550177");
const QString kColleague = QStringLiteral("Zoë Brandt");
} // namespace

class TestAssignColleague : public QObject, private test::WorkstationFixture
{
    Q_OBJECT

private:
    QStringList query(const QString &sql) const
    {
        auto reader = m_workspace->openReader();
        return reader ? test::rows(**reader, sql) : QStringList { QStringLiteral("no reader") };
    }
    qint64 addAgent(const QString &name)
    {
        qint64 id = 0;
        const Status s = ui::writeOnWorker(m_session->worker(), [&](Database &db) -> Status {
            auto q = sql::run(db,
                              QStringLiteral("INSERT INTO agents (name, created_at) VALUES (?, 1) "
                                             "RETURNING id"),
                              { name });
            if (!q)
                return q.error();
            if ((*q)->next())
                id = (*q)->value(0).toLongLong();
            (*q)->finish();
            return success();
        });
        return s ? id : 0;
    }
    AssignPicker *picker() const { return m_window->findChild<AssignPicker *>(); }
    QStringList pickerRows() const
    {
        QStringList rows;
        QAbstractItemModel *model = picker()->list()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            rows << model->index(r, 0).data().toString();
        return rows;
    }
    QTreeWidgetItem *teamRow(qint64 agentId) const
    {
        QTreeWidget *table = m_window->findChild<TeamLoadDock *>()->table();
        for (int r = 0; r < table->topLevelItemCount(); ++r) {
            QTreeWidgetItem *item = table->topLevelItem(r);
            if (item->data(0, TeamLoadDock::kAgentIdRole).toLongLong() == agentId)
                return item;
        }
        return nullptr;
    }
    QString subtitle() const
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("conversationSubtitle"));
        return label ? label->toolTip() + QLatin1Char('|') + label->text() : QString();
    }

    QString m_myName; // this desk's agent, as the cache names them
    qint64 m_colleague = 0;
    qint64 m_zoltan = 0;
    qint64 m_sam = 0;
    qint64 m_assigned = 0; // the conversation the colleague got

private slots:
    void initTestCase()
    {
        installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
        QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestAssignColleague"));
        QSettings().clear();
        QVERIFY(QStandardPaths::isTestModeEnabled());
        QString error;
        QVERIFY2(startWorkstation({}, &error), qPrintable(error));
        m_colleague = addAgent(kColleague);
        m_zoltan = addAgent(QStringLiteral("Zoltan Kiss"));
        m_sam = addAgent(QStringLiteral("Sam Lee"));
        QVERIFY(m_colleague > 0 && m_zoltan > 0 && m_sam > 0);
        QVERIFY(m_colleague != m_window->agentId());
        m_myName
            = query(
                  QStringLiteral("SELECT name FROM agents WHERE id = %1").arg(m_window->agentId()))
                  .value(0);
        QVERIFY(!m_myName.isEmpty());
    }
    void cleanupTestCase() { stopWorkstation(); }

    void assignToAColleagueFromTheKeyboard()
    {
        const QPersistentModelIndex index
            = receive(kCustomer, QStringLiteral("where is my order?"));
        QVERIFY(index.isValid());
        open(index);
        QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
        m_assigned = m_window->conversation()->conversationId();
        QCOMPARE(m_window->conversation()->summary().assigneeId, 0);

        trigger("assignTo"); // Ctrl+Shift+G
        QVERIFY(picker());
        QTRY_VERIFY(picker()->isVisible());
        QTRY_VERIFY(picker()->input()->hasFocus());
        // This desk's agent first and marked, the colleagues after by name; nobody is assigned,
        // so there is no "unassign" row.
        QCOMPARE(pickerRows(),
                 (QStringList { QStringLiteral("%1 (you)").arg(m_myName), QStringLiteral("Sam Lee"),
                                kColleague, QStringLiteral("Zoltan Kiss") }));
        // Case and accents do not matter: "ZOE" finds Zoë, not Zoltan.
        QTest::keyClicks(picker()->input(), QStringLiteral("ZOE"));
        QCOMPARE(pickerRows(), QStringList { kColleague });
        QTest::keyClick(picker()->input(), Qt::Key_Return);
        QVERIFY(picker()->isHidden());

        QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->summary().assigneeId, m_colleague,
                                  kWaitMs);
        QVERIFY(m_window->conversation()->summary().assigneeId != m_window->agentId());
        QTRY_VERIFY2(subtitle().contains(QStringLiteral("assigned to Zoë Brandt")),
                     qPrintable(subtitle()));
        QTRY_COMPARE(QPersistentModelIndex(index).data(InboxModel::AssigneeRole).toString(),
                     kColleague);
        QCOMPARE(query(QStringLiteral("SELECT assignee_id FROM conversations WHERE id = %1")
                           .arg(m_assigned)),
                 QStringList { QString::number(m_colleague) });
        // The header's button says "Assign to me" still: it is not this agent's.
        QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("assignToMe"))->text(),
                 QStringLiteral("Assign to me"));
    }

    void thePickerMarksTheAssigneeAndEscCancels()
    {
        QCOMPARE(m_window->conversation()->conversationId(), m_assigned);
        // The header's button opens the same picker, for the mouse.
        QToolButton *button = nullptr;
        for (auto *each : m_window->conversation()->findChildren<QToolButton *>()) {
            if (each->defaultAction()
                && each->defaultAction()->objectName() == QLatin1String("assignTo"))
                button = each;
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(picker()->isVisible());
        QVERIFY(pickerRows().contains(QStringLiteral("Zoë Brandt — assigned now")));
        QCOMPARE(pickerRows().constLast(), QStringLiteral("Nobody (unassign)"));
        // The first row that would change something is chosen: this agent, not the assignee.
        QCOMPARE(picker()->list()->currentIndex().row(), 0);
        QTest::keyClicks(picker()->input(), QStringLiteral("nobody by that name"));
        QCOMPARE(pickerRows(),
                 QStringList { QStringLiteral("No agent named “nobody by that name”") });
        QTest::keyClick(picker()->input(), Qt::Key_Return); // nothing to choose: stays open
        QVERIFY(picker()->isVisible());
        QTest::keyClick(picker()->input(), Qt::Key_Escape);
        QVERIFY(picker()->isHidden());
        QCOMPARE(m_window->conversation()->summary().assigneeId, m_colleague);
    }

    void theTeamViewCountsAndFiltersTheInbox()
    {
        // A second customer nobody has taken: the unassigned queue.
        QVERIFY(receive(kOther, QStringLiteral("hello, anyone?")).isValid());
        trigger("toggleTeam"); // Ctrl+Alt+W
        auto *dock = m_window->findChild<TeamLoadDock *>();
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        QTRY_VERIFY(teamRow(m_colleague));
        QTreeWidgetItem *zoe = teamRow(m_colleague);
        QCOMPARE(zoe->text(TeamLoadDock::AgentColumn), kColleague);
        QCOMPARE(zoe->text(TeamLoadDock::OpenColumn), QStringLiteral("1"));
        QCOMPARE(zoe->text(TeamLoadDock::WaitingColumn), QStringLiteral("1"));
        QVERIFY(zoe->text(TeamLoadDock::LongestColumn) != QStringLiteral("–"));
        QCOMPARE(teamRow(0)->text(TeamLoadDock::OpenColumn), QStringLiteral("1"));
        QTreeWidgetItem *me = teamRow(m_window->agentId());
        QVERIFY(me);
        QCOMPARE(me->text(TeamLoadDock::AgentColumn), QStringLiteral("%1 (you)").arg(m_myName));
        QCOMPARE(me->text(TeamLoadDock::OpenColumn), QStringLiteral("0"));
        QCOMPARE(teamRow(m_sam)->text(TeamLoadDock::OpenColumn), QStringLiteral("0"));

        // Clicking the colleague's row: the inbox shows their conversation only.
        // (Rows are rebuilt at each refresh: looked up again, not kept.)
        QTreeWidget *table = dock->table();
        const QRect row = table->visualItemRect(teamRow(m_colleague));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          QPoint(row.left() + 12, row.center().y()));
        auto *view = m_window->findChild<QComboBox *>(QStringLiteral("inboxView"));
        QTRY_COMPARE(view->currentText(), QStringLiteral("Assigned to Zoë Brandt"));
        QAbstractItemModel *inbox = inboxList()->model();
        QTRY_COMPARE(inbox->rowCount(), 1);
        QCOMPARE(inbox->index(0, 0).data(InboxModel::ConversationIdRole).toLongLong(), m_assigned);

        // Enter on another row from the keyboard: Sam has nothing, and the list says so.
        table->setFocus();
        table->setCurrentItem(teamRow(m_sam));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(view->currentText(), QStringLiteral("Assigned to Sam Lee"));
        QTRY_COMPARE(inbox->rowCount(), 0);
        auto *empty = m_window->findChild<QLabel *>(QStringLiteral("inboxEmpty"));
        QTRY_VERIFY2(empty->text().contains(QStringLiteral("Nothing here is assigned to Sam Lee.")),
                     qPrintable(empty->text()));

        // The unassigned queue's row: the other customer only.
        table->setCurrentItem(teamRow(0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(view->currentData().toString(), QStringLiteral("unassigned"));
        QTRY_COMPARE(inbox->rowCount(), 1);
        QVERIFY(inbox->index(0, 0).data(InboxModel::ConversationIdRole).toLongLong() != m_assigned);

        // Taking the queue's conversation moves it to this agent's row at the next refresh.
        open(QPersistentModelIndex(inbox->index(0, 0)));
        QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
        trigger("assignToMe");
        QTRY_COMPARE_WITH_TIMEOUT(teamRow(m_window->agentId())->text(TeamLoadDock::OpenColumn),
                                  QStringLiteral("1"), kWaitMs);
        QTRY_COMPARE(teamRow(0)->text(TeamLoadDock::OpenColumn), QStringLiteral("0"));
        QCOMPARE(teamRow(m_colleague)->text(TeamLoadDock::OpenColumn), QStringLiteral("1"));
    }
};

QTEST_MAIN(TestAssignColleague)
#include "TestAssignColleague.moc"
