// MainWindow's menus and shortcuts, and the conversation actions they run (MainWindow.cpp holds
// the rest). Every change goes to the sync thread through m_commands.
#include "MainWindow.h"
#include "OpenTraining.h"
#include "QuickSwitcher.h"
#include "ShortcutSheet.h"
#include "automation/RuleEditor.h"
#include "broadcasts/BroadcastDialog.h"
#include "common/WriterCall.h"
#include "compose/NewConversationDialog.h"
#include "composer/Composer.h"
#include "core/Clock.h"
#include "customer/ProfilePanel.h"
#include "inbox/InboxPanel.h"
#include "phone/PhoneNumbers.h"
#include "reports/ReportsWindow.h"
#include "storage/Directory.h"
#include "surveys/SurveyEditor.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplateVariables.h"
#include "thread/ConversationPane.h"
#include "thread/ThreadModel.h"
#include "training/TrainingReport.h"
#include "training/TrainingWindow.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDateTime>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTime>

namespace textdesk {

QAction *MainWindow::addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &key,
                                       const QString &objectName, std::function<void()> run)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, std::move(run));
    menu->addAction(action);
    addAction(action);
    m_shortcutActions.append(action);
    return action;
}

void MainWindow::buildActions()
{
    buildTeam(); // the picker and the dock the actions below open
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addShortcutAction(file, tr("Sync now"), QKeySequence(Qt::Key_F5), QStringLiteral("syncNow"),
                      [this] { queued(m_commands.syncNow()); });
    m_notifyAction = new QAction(tr("Notify me of new messages"), this);
    m_notifyAction->setCheckable(true);
    m_notifyAction->setChecked(
        QSettings().value(QStringLiteral("notifications/enabled"), true).toBool());
    connect(m_notifyAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("notifications/enabled"), on); });
    file->addAction(m_notifyAction);
    addShortcutAction(file, tr("Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                      QStringLiteral("settings"), [this] { showSettings(); });
    addShortcutAction(file, tr("Surveys…"), QKeySequence(), QStringLiteral("surveys"), [this] {
        if (m_reader)
            SurveyEditor::openFor(this, *m_reader, m_commands.worker());
    });
    addShortcutAction(file, tr("Templates…"), QKeySequence(), QStringLiteral("templates"),
                      [this] { openTemplates(); });
    addShortcutAction(file, tr("Rules…"), QKeySequence(), QStringLiteral("rules"),
                      [this] { openRules(); });
    addShortcutAction(file, tr("New broadcast…"), QKeySequence(), QStringLiteral("newBroadcast"),
                      [this] { openBroadcast(); });
    addShortcutAction(file, tr("Import contacts…"), QKeySequence(),
                      QStringLiteral("importContacts"), [this] { importContacts(); });
    addOpenTrainingAction(file, m_workspace, this);
    addOpenOwnWorkspaceAction(file, m_workspace, this);
    file->addSeparator();
    addShortcutAction(file, tr("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), QStringLiteral("quit"),
                      [this] { close(); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    addShortcutAction(go, tr("Go to a customer…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                      QStringLiteral("quickSwitch"),
                      [this] { m_switcher->popup(m_recentConversations); });
    addShortcutAction(go, tr("Search messages"), QKeySequence(Qt::CTRL | Qt::Key_F),
                      QStringLiteral("searchMessages"), [this] {
                          m_inbox->searchBox()->setFocus();
                          m_inbox->searchBox()->selectAll();
                      });
    addShortcutAction(go, tr("Inbox list"), QKeySequence(Qt::CTRL | Qt::Key_1),
                      QStringLiteral("focusInbox"), [this] { m_inbox->list()->setFocus(); });
    addShortcutAction(go, tr("Reply"), QKeySequence(Qt::CTRL | Qt::Key_R),
                      QStringLiteral("focusComposer"),
                      [this] { m_conversation->composer()->focusEditor(); });
    addShortcutAction(go, tr("Next unread conversation"), QKeySequence(Qt::ALT | Qt::Key_Down),
                      QStringLiteral("nextUnread"), [this] {
                          if (qint64 id = m_inbox->neighbour(+1, true))
                              openConversation(id);
                      });
    addShortcutAction(go, tr("Previous unread conversation"), QKeySequence(Qt::ALT | Qt::Key_Up),
                      QStringLiteral("previousUnread"), [this] {
                          if (qint64 id = m_inbox->neighbour(-1, true))
                              openConversation(id);
                      });
    addShortcutAction(go, tr("Next conversation"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                      QStringLiteral("nextConversation"), [this] {
                          if (qint64 id = m_inbox->neighbour(+1, false))
                              openConversation(id);
                      });
    addShortcutAction(go, tr("Previous conversation"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                      QStringLiteral("previousConversation"), [this] {
                          if (qint64 id = m_inbox->neighbour(-1, false))
                              openConversation(id);
                      });

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    addShortcutAction(conversation, tr("New conversation…"), QKeySequence(Qt::CTRL | Qt::Key_N),
                      QStringLiteral("newConversation"), [this] { startNewConversation(); });
    conversation->addSeparator();
    addShortcutAction(
        conversation, tr("Assign to me"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        QStringLiteral("assignToMe"), [this] {
            const qint64 id = m_conversation->conversationId();
            // Once it is the agent's, the same button gives it back.
            const qint64 me = m_conversation->summary().assigneeId == m_agentId ? 0 : m_agentId;
            if (id && m_agentId)
                queued(m_commands.assign(id, me));
        });
    addAssignToAction(conversation);
    addShortcutAction(conversation, tr("Unassign"), QKeySequence(), QStringLiteral("unassign"),
                      [this] {
                          if (const qint64 id = m_conversation->conversationId())
                              queued(m_commands.assign(id, 0));
                      });
    conversation->addSeparator();
    addShortcutAction(conversation, tr("Open"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                      QStringLiteral("setOpen"),
                      [this] { setCurrentStatus(ConversationStatus::Open); });
    addShortcutAction(conversation, tr("Pending"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                      QStringLiteral("setPending"),
                      [this] { setCurrentStatus(ConversationStatus::Pending); });
    addShortcutAction(conversation, tr("Snooze"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                      QStringLiteral("snooze"), [this] { snooze(); })
        ->setToolTip(tr("Snooze: it opens again at the time you choose, or when the customer "
                        "writes"));
    addShortcutAction(
        conversation, tr("Resolve"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        QStringLiteral("resolve"), [this] {
            // On a resolved conversation the same button reopens it.
            const bool resolved = conversationStatusFromString(m_conversation->summary().status)
                == ConversationStatus::Resolved;
            setCurrentStatus(resolved ? ConversationStatus::Open : ConversationStatus::Resolved);
        });
    addShortcutAction(conversation, tr("Mark as unread"), QKeySequence(Qt::CTRL | Qt::Key_U),
                      QStringLiteral("markUnread"), [this] {
                          const qint64 id = m_conversation->conversationId();
                          if (id && queued(m_commands.markUnread(id)))
                              m_conversation->keepUnread();
                      });
    addShortcutAction(conversation, tr("Send survey"), QKeySequence(), QStringLiteral("sendSurvey"),
                      [this] {
                          if (const qint64 id = m_conversation->conversationId())
                              queued(m_commands.sendSurvey(id));
                      });
    conversation->addSeparator();
    addShortcutAction(conversation, tr("Write an internal note"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QStringLiteral("noteMode"),
                      [this] {
                          m_conversation->setNoteMode(!m_conversation->noteMode());
                          m_conversation->composer()->focusEditor();
                      });
    addShortcutAction(conversation, tr("Retry the failed message"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), QStringLiteral("retryFailed"),
                      [this] { retryOrEditFailed(false); });
    addShortcutAction(conversation, tr("Edit the failed message"),
                      QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("editFailed"),
                      [this] { retryOrEditFailed(true); });

    // The most used ones as buttons above the thread, for the mouse; Assign to… as a ▾ beside
    // Assign to me.
    m_conversation->setHeaderActions({ findChild<QAction *>(QStringLiteral("assignToMe")) });
    m_conversation->addHeaderArrow(findChild<QAction *>(QStringLiteral("assignTo")));
    QList<QAction *> header;
    for (const char *name : { "snooze", "resolve" })
        header << findChild<QAction *>(QLatin1String(name));
    m_conversation->setHeaderActions(header);
    m_conversation->setFailedActions(findChild<QAction *>(QStringLiteral("retryFailed")),
                                     findChild<QAction *>(QStringLiteral("editFailed")));

    QMenu *contactsMenu = menuBar()->addMenu(tr("Co&ntacts"));
    addShortcutAction(contactsMenu, tr("Sync contacts now"), QKeySequence(),
                      QStringLiteral("syncContacts"), [this] { syncContacts(); });
    addShortcutAction(contactsMenu, tr("Contact conflicts…"), QKeySequence(),
                      QStringLiteral("contactConflicts"), [this] { openContactConflicts(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_profileAction = addShortcutAction(
        view, tr("Customer panel"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
        QStringLiteral("toggleProfile"), [this] {
            QSettings().setValue(QStringLiteral("window/profilePanel"),
                                 m_profileAction->isChecked());
            updateProfileVisibility();
        });
    m_profileAction->setCheckable(true);
    m_profileAction->setChecked(true);
    addShortcutAction(view, tr("Scheduled…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                      QStringLiteral("openScheduled"), [this] { showScheduledWindow(); });
    // The lead's reports: one window, kept (a child) once opened; its drill-down opens here.
    addShortcutAction(view, tr("Reports…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                      QStringLiteral("openReports"), [this] {
                          auto *reports = findChild<ui::ReportsWindow *>();
                          if (!reports && m_reader) {
                              reports = new ui::ReportsWindow(*m_reader, this);
                              connect(reports, &ui::ReportsWindow::conversationRequested, this,
                                      [this](qint64 id) {
                                          openConversation(id);
                                          raise();
                                          activateWindow();
                                      });
                          }
                          if (reports) {
                              reports->show();
                              reports->raise();
                              reports->activateWindow();
                          }
                      });

    addTeamViewAction(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addShortcutAction(help, tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1),
                      QStringLiteral("shortcutSheet"), [this] { showShortcutSheet(); });
    auto *training = help->addAction(tr("Training…"));
    training->setObjectName(QStringLiteral("training"));
    connect(training, &QAction::triggered, this, [this] {
        auto *window = new ui::TrainingWindow(Clock::system(), this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        // Each finished scenario goes into the lead's training report.
        connect(window, &ui::TrainingWindow::scored, this, [this](const auto &score) {
            const QString agent = m_agentName.isEmpty() ? tr("(no name)") : m_agentName;
            QString error;
            if (!training::TrainingReport::append(
                    training::TrainingReport::resultsPath(m_workspace.directory()),
                    training::TrainingReport::result(score, agent, Clock::system().nowMs()),
                    &error))
                statusBar()->showMessage(error, 8000);
        });
        window->show();
    });
    auto *about = help->addAction(tr("About Textdesk"));
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { showAbout(); });
}

void MainWindow::setCurrentStatus(ConversationStatus typed, qint64 snoozeUntilMs)
{
    const ConversationSummary before = m_conversation->summary();
    const qint64 id = before.id;
    if (!id)
        return;
    const QString status = conversationStatusToString(typed);
    if (queued(m_commands.setStatus(id, typed, snoozeUntilMs))) {
        offerUndo(before, status, snoozeUntilMs);
    }
}

void MainWindow::snooze()
{
    if (!m_conversation->conversationId())
        return;
    // A few choices an agent uses; the shortcut's default (tomorrow 9:00) is first.
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTime();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("snoozeMenu"));
    const QDateTime tomorrow(today.addDays(1), QTime(9, 0));
    const QDateTime monday(today.addDays(8 - today.dayOfWeek()), QTime(9, 0));
    const QList<QPair<QString, QDateTime>> choices = {
        { tr("Tomorrow 9:00"), tomorrow },
        { tr("In 1 hour"), now.addSecs(3600) },
        { tr("In 3 hours"), now.addSecs(3 * 3600) },
        { tr("Next Monday 9:00"), monday },
    };
    for (const auto &[text, until] : choices) {
        QAction *action = menu.addAction(text);
        action->setData(until.toMSecsSinceEpoch());
    }
    menu.addSeparator();
    QAction *custom = menu.addAction(tr("Pick a date and time…"));
    custom->setObjectName(QStringLiteral("snoozeCustom"));
    menu.setActiveAction(menu.actions().constFirst());
    const QPoint at = m_conversation->mapToGlobal(QPoint(m_conversation->width() / 2, 40));
    QAction *chosen = menu.exec(at);
    qint64 until = chosen ? chosen->data().toLongLong() : 0;
    if (chosen == custom)
        until = askSnoozeTime().toMSecsSinceEpoch(); // an invalid time: cancelled
    if (until > 0)
        setCurrentStatus(ConversationStatus::Snoozed, until);
}

void MainWindow::retryOrEditFailed(bool edit)
{
    const int row = m_conversation->selectedRow();
    ThreadModel *model = m_conversation->model();
    int failedRow = -1;
    if (row >= 0 && model->index(row).data(ThreadModel::FailedRole).toBool()) {
        failedRow = row;
    } else {
        // Nothing failed is selected: the newest failed message.
        for (int r = model->rowCount() - 1; r >= 0 && failedRow < 0; --r) {
            if (model->index(r).data(ThreadModel::FailedRole).toBool())
                failedRow = r;
        }
    }
    if (failedRow < 0) {
        statusBar()->showMessage(tr("No failed message in this conversation."), 5000);
        return;
    }
    const QString body = model->index(failedRow).data(ThreadModel::BodyRole).toString();
    if (edit) {
        m_conversation->composer()->setDraft(body);
        m_conversation->composer()->focusEditor();
        return;
    }
    const QString to = m_conversation->summary().contactE164;
    const QString from = m_conversation->summary().inboxE164;
    queued(m_commands.send(to, from, body));
}

void MainWindow::startNewConversation(const QString &recipient)
{
    if (!m_reader)
        return;
    NewConversationDialog::Setup setup;
    setup.region = PhoneNumbers::workspaceRegion(m_workspace.settingsPath());
    setup.agentName = m_agentName;
    setup.ourCompany = TemplateVariables::ourCompany(m_workspace.settingsPath());
    setup.deskNumbers = m_deskNumbers;
    if (auto templates = TemplateStore(*m_reader).all())
        setup.templates = *templates;
    // Window-modal but not blocking: the window goes on showing what the sync brings.
    auto *dialog = new NewConversationDialog(*m_reader, ui::writerFor(m_commands.worker()),
                                             m_commands, setup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(560, 340);
    dialog->composer()->setEnterSends(m_conversation->composer()->enterSends());
    connect(dialog, &NewConversationDialog::conversationStarted, this, [this](qint64 id) {
        refresh();
        openConversation(id);
    });
    if (!recipient.isEmpty())
        dialog->setRecipientText(recipient);
    dialog->open();
}

void MainWindow::openBroadcast()
{
    if (!m_reader)
        return;
    BroadcastDialog::Setup setup;
    setup.region = PhoneNumbers::workspaceRegion(m_workspace.settingsPath());
    setup.ourCompany = TemplateVariables::ourCompany(m_workspace.settingsPath());
    setup.ourNumbers = m_deskNumbers;
    if (setup.ourNumbers.isEmpty()) {
        if (auto inboxes = Directory::inboxes(*m_reader)) {
            for (const Directory::Inbox &inbox : std::as_const(*inboxes))
                setup.ourNumbers << inbox.e164;
        }
    }
    if (auto templates = TemplateStore(*m_reader).all())
        setup.templates = *templates;
    auto *dialog = new BroadcastDialog(*m_reader, ui::writerFor(m_commands.worker()), setup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(720, 520);
    dialog->open();
}

void MainWindow::openTemplates()
{
    if (!m_reader)
        return;
    if (auto *open = findChild<TemplateEditor *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *editor = new TemplateEditor(*m_reader, ui::writerFor(m_commands.worker()),
                                      m_workspace.settingsPath(), m_agentName, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->resize(960, 640);
    connect(editor, &TemplateEditor::templatesChanged, this, &MainWindow::reloadTemplates);
    // {{company}} may have changed too: the open customer's values are read again.
    connect(editor, &QDialog::finished, this, [this] { showProfileFor(m_profile->contactId()); });
    editor->open();
}

void MainWindow::openRules()
{
    if (!m_reader)
        return;
    if (auto *open = findChild<RuleEditor *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *editor = new RuleEditor(*m_reader, ui::writerFor(m_commands.worker()),
                                  m_workspace.settingsPath(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->resize(960, 680);
    editor->open();
}

void MainWindow::reloadTemplates()
{
    if (auto templates = TemplateStore(*m_reader).all())
        m_conversation->composer()->setTemplates(*templates);
}

} // namespace textdesk
