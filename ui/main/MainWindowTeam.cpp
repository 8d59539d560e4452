// The main window's team pieces: the agents' names, Conversation → Assign to… (the picker over
// the window) and View → Team (the team's load, a dock that filters the inbox by agent).
#include "MainWindow.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPanel.h"
#include "storage/Directory.h"
#include "storage/TeamLoad.h"
#include "team/TeamLoadDock.h"
#include "thread/AssignPicker.h"
#include "thread/ConversationPane.h"

#include <QAction>
#include <QListView>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

namespace textdesk {

void MainWindow::buildTeam()
{
    m_assignPicker = new AssignPicker(this);
    connect(m_assignPicker, &AssignPicker::agentChosen, this, [this](qint64 agentId) {
        if (const qint64 id = m_conversation->conversationId())
            queued(m_commands.assign(id, agentId));
    });
    m_teamDock = new TeamLoadDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_teamDock);
    m_teamDock->hide();
    // Read when it shows, not while it is hidden (every refresh would pay for it).
    connect(m_teamDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            m_reader->finishStatements(); // what the engine wrote while it was hidden
            refreshTeam();
        }
    });
    connect(m_teamDock, &TeamLoadDock::agentChosen, this,
            [this](qint64 agentId, const QString &status) {
                m_inbox->showAssignee(agentId, status);
                m_inbox->list()->setFocus();
            });
}

void MainWindow::addAssignToAction(QMenu *conversation)
{
    addShortcutAction(conversation, tr("Assign to…"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), QStringLiteral("assignTo"),
                      [this] { pickAssignee(); })
        ->setToolTip(tr("Assign this conversation to anyone on the team (Ctrl+Shift+G)"));
}

void MainWindow::addTeamViewAction(QMenu *view)
{
    QAction *team
        = addShortcutAction(view, tr("Team"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W),
                            QStringLiteral("toggleTeam"), [this] {
                                const bool show = !m_teamDock->isVisible();
                                QSettings().setValue(QStringLiteral("window/teamPanel"), show);
                                m_teamDock->setVisible(show);
                                if (show)
                                    m_teamDock->table()->setFocus();
                            });
    team->setCheckable(true);
    team->setToolTip(tr("Each agent's open, waiting, pending and snoozed conversations"));
    connect(m_teamDock, &QDockWidget::visibilityChanged, team, &QAction::setChecked);
    if (QSettings().value(QStringLiteral("window/teamPanel"), false).toBool())
        m_teamDock->show();
}

void MainWindow::pickAssignee()
{
    if (!m_reader || !m_conversation->conversationId())
        return;
    m_reader->finishStatements(); // a colleague the team added since is seen
    auto agents = TeamLoad::agents(*m_reader);
    if (!agents) {
        statusBar()->showMessage(agents.error().message(), 8000);
        return;
    }
    // Under the conversation's header, in the middle of its column.
    const QPoint at = m_conversation->mapTo(this, QPoint(m_conversation->width() / 2, 48));
    m_assignPicker->popup(*agents, m_agentId, m_conversation->summary().assigneeId, at);
}

void MainWindow::refreshAgents()
{
    if (!m_reader)
        return;
    if (auto names = Directory::agentNames(*m_reader)) {
        m_agentName = names->value(m_agentId);
        if (*names == m_agentNames && !m_agentNames.isEmpty())
            return; // read at every refresh: repaint only when a name changed
        m_agentNames = *names;
        m_inbox->model()->setAgentNames(*names);
        m_conversation->setAgentNames(*names);
    }
}

void MainWindow::refreshTeam()
{
    if (m_teamDock && m_reader)
        m_teamDock->reload(*m_reader, m_agentId);
}

} // namespace textdesk
