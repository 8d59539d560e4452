#pragma once

#include "engine/SyncCommands.h"
#include "storage/States.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class QDateTime;
class QTimeZone;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;
class QSplitter;
class QSystemTrayIcon;
class QTimer;

namespace textdesk {

class AssignPicker;
class ConversationPane;
class Database;
class InboxPanel;
class OlderMessagesBar;
class QuickSwitcher;
class ProfilePanel;
class ScheduledList;
class TeamLoadDock;
struct ScheduledMessage;
class ThumbnailCache;
class UndoNotice;
struct AppSettings;
struct ContactProfile;
struct ConversationSummary;
namespace engine {
class SyncWorker;
}
class Workspace;

// The agent's workstation: the inbox on the left, the open conversation in the centre, the
// customer on the right, the sync state below. Reads through its own read-only connection;
// every write (a reply, a status, a note, a profile edit) goes to the sync worker's thread,
// which holds the only writer, and comes back as a signal that makes the views re-read.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Below this width the customer panel folds away by itself (the toggle brings it back).
    static constexpr int kProfileCollapseWidth = 1100;

    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Geometry and splitter sizes into the settings (done at close too).
    void saveLayout();

    // Re-reads the inbox, the open conversation and the counts.
    void refresh();
    // Shows the sync worker's state in the status bar, refreshes when it brings news, and
    // sends the agent's actions to it.
    void attachSync(engine::SyncWorker *worker);
    // This desk's share of the account's numbers (MachineConfig); empty: all.
    void setDeskNumbers(const QStringList &numbers);

    void openConversation(qint64 conversationId, qint64 messageId = 0);
    InboxPanel *inbox() const { return m_inbox; }
    ConversationPane *conversation() const { return m_conversation; }
    ProfilePanel *profile() const { return m_profile; }
    qint64 agentId() const { return m_agentId; }
    // No provider session could start (no secret, a bad address): said in the status bar for
    // as long as the window is open, with what to do, not only in a dialog at start.
    void showNotConnected(const QString &reason, const QString &advice = {});

    // Every action with a shortcut, for the shortcut sheet (and its test).
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }

signals:
    // The agent chose another language in Settings (WindowHost rebuilds the window in it).
    void languageChangeRequested(const QString &language);
    // The account or its token changed in Settings (WindowHost starts the provider session
    // again with it); see SettingsDialog::accountApplied.
    void accountChanged(const QByteArray &secret, bool remembered);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // MainWindowActions.cpp: the menus, their shortcuts and the conversation actions.
    void buildActions();
    QAction *addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &key,
                               const QString &objectName, std::function<void()> run);
    void scheduleRefresh();
    // MainWindowTeam.cpp: the agents' names for the inbox, the header and {{agent_name}}.
    void refreshAgents();
    void refreshCounts();
    // MainWindowLayout.cpp: from which date the cache holds history (the first sync's horizon).
    void showHistoryFrom();
    void showProfileFor(qint64 contactId);
    // Before a reply goes out: when a colleague replied to the customer since the agent opened
    // the conversation, asks whether to send anyway. false: kept in the composer, not sent.
    bool confirmOverColleague(qint64 conversationId, const QString &body,
                              const QStringList &attachments);
    // MainWindowLayout.cpp: "Erase customer…": the confirmation, then the erasure on the writer.
    void eraseCustomer(qint64 contactId, const QString &e164);
    // MainWindowLayout.cpp: File → Import contacts…: a file, the mapping step, the import.
    void importContacts();
    // Contacts → Sync contacts now / Contact conflicts… (CardDAV, MainWindowLayout.cpp).
    void syncContacts();
    void openContactConflicts();
    // `ok` is what a SyncCommands call returned: says so when there is no sync (not
    // connected), so the agent knows the change was not made.
    bool queued(bool ok);
    void setCurrentStatus(ConversationStatus status, qint64 snoozeUntilMs = 0);
    // MainWindowLayout.cpp: "Resolved — Undo" after a status change that hides a conversation.
    void offerUndo(const ConversationSummary &before, const QString &status, qint64 snoozeUntilMs);
    // The header's buttons say what they would do now: Reopen, Unassign.
    void updateConversationActions();
    // Never larger than the screen's available area (a 2× scale halves it).
    void fitToScreen();
    // The sync state line when something is wrong: what, then what to do (also its tooltip).
    void showSyncProblem(const QString &what, const QString &whatToDo);
    // The customer panel: as the agent chose, and folded away while the window is narrow.
    void updateProfileVisibility();
    QDateTime askSnoozeTime();
    void snooze();
    void retryOrEditFailed(bool edit);
    void showShortcutSheet();
    // MainWindowActions.cpp: Conversation → New conversation (to a number or customer typed
    // in the quick switcher, when given), File → Templates… and File → Rules….
    void startNewConversation(const QString &recipient = {});
    void openTemplates();
    void openBroadcast();
    void openRules();
    void reloadTemplates();
    // MainWindowLayout.cpp: version, licences, where the cache is.
    void showAbout();
    void showSettings();
    // The agent's preferences, live: theme, response-time target, Enter sends, notifications.
    void applySettings(const AppSettings &settings);
    void notifyNewMessages(int unreadBefore, int unreadNow);
    // MainWindowScheduled.cpp: Send later, the conversation's scheduled messages, View →
    // Scheduled.
    void buildScheduled();
    void connectScheduledList(ScheduledList *list);
    QTimeZone customerZone() const;
    void sendLater(const QString &body);
    void editScheduled(const ScheduledMessage &row);
    void showScheduledWindow();
    void refreshScheduled();
    // MainWindowTeam.cpp: Conversation → Assign to… (the picker) and View → Team (the dock).
    void buildTeam();
    void addAssignToAction(QMenu *conversation);
    void addTeamViewAction(QMenu *view);
    void pickAssignee();
    void refreshTeam();

    Workspace &m_workspace;
    // Team desktop: the conversation this agent is announced as viewing, re-announced by the
    // timer (null on a single desktop).
    qint64 m_presenceAt = 0;
    qint64 m_openedUpTo = 0; // the open conversation's newest message when it was opened
    QTimer *m_presenceTimer = nullptr;
    // The GUI thread's own read-only connection.
    std::unique_ptr<Database> m_reader;
    // Every action goes to the sync thread through this.
    engine::SyncCommands m_commands;
    qint64 m_agentId = 0;
    QString m_agentName; // signs templates' {{agent_name}}
    QHash<qint64, QString> m_agentNames; // every agent's, as last shown
    int m_unreadTotal = -1;
    ThumbnailCache *m_thumbnails = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_readerError = nullptr;
    QSplitter *m_splitter = nullptr;
    InboxPanel *m_inbox = nullptr;
    ConversationPane *m_conversation = nullptr;
    ProfilePanel *m_profile = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_historyFrom = nullptr;
    QDate m_historyFromDate; // invalid: the cache holds all history (or none yet)
    OlderMessagesBar *m_older = nullptr; // "Load older messages" above the thread
    QWidget *m_scheduledBar = nullptr; // the conversation's scheduled messages, above the thread
    QLabel *m_scheduledTitle = nullptr;
    ScheduledList *m_scheduledList = nullptr;
    QLabel *m_syncStatus = nullptr;
    UndoNotice *m_undo = nullptr;
    QAction *m_profileAction = nullptr; // View → Customer panel
    QProgressBar *m_syncProgress = nullptr;
    QToolButton *m_syncCancel = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_notifyAction = nullptr;
    QList<QAction *> m_shortcutActions;
    QuickSwitcher *m_switcher = nullptr;
    AssignPicker *m_assignPicker = nullptr; // Conversation → Assign to…
    TeamLoadDock *m_teamDock = nullptr; // View → Team
    QList<qint64> m_recentConversations; // opened last first
    QString m_language; // as applied at start or by Settings
    QStringList m_deskNumbers; // ours that this desk sends from; empty: all
};

} // namespace textdesk
