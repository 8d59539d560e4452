#include "MainWindow.h"

#include "QuickSwitcher.h"
#include "ShortcutSheet.h"
#include "UndoNotice.h"
#include "common/AfterFirstPaint.h"
#include "common/ElidedLabel.h"
#include "common/PlainText.h"
#include "composer/Composer.h"
#include "customer/ProfilePanel.h"
#include "engine/SyncWorker.h"
#include "inbox/InboxDelegate.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPanel.h"
#include "inbox/InboxPrefetch.h"
#include "media/ThumbnailCache.h"
#include "session/ProviderSession.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "storage/ColleagueReplies.h"
#include "storage/ContactProfiles.h"
#include "storage/Directory.h"
#include "storage/MessageStore.h"
#include "storage/OutboxStore.h"
#include "templates/TemplateStore.h"
#include "templates/TemplateVariables.h"
#include "thread/ConversationPane.h"
#include "thread/OlderMessagesBar.h"
#include "thread/PresenceLine.h"
#include "thread/ThreadModel.h"
#include "thread/ThreadView.h"
#include "workspace/AppSettings.h"
#include "workspace/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace textdesk {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Textdesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/textdesk.svg")));
    resize(1280, 800);

    auto reader = m_workspace.openReader();
    // The inbox's first page and the phone number metadata are read on other threads while
    // the widgets below are built: start-up then costs about the same for any size of cache.
    std::unique_ptr<InboxPrefetch> prefetch;
    if (reader)
        prefetch = std::make_unique<InboxPrefetch>(
            m_workspace.cachePath(), InboxPanel::initialFilter(), InboxModel::kFirstPageSize);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(tr("Training — messages go to simulated customers"), central);
    m_banner->setObjectName(QStringLiteral("trainingBanner"));
    m_banner->setAccessibleName(tr("Training workspace"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMargin(5);
    m_banner->setStyleSheet(
        QStringLiteral("background: #f5c542; color: #1b1b1b; font-weight: 600;"));
    m_banner->setVisible(workspace.kind() == Workspace::Kind::Training);
    layout->addWidget(m_banner);
    setCentralWidget(central);

    m_syncStatus = new ui::ElidedLabel(this); // a long problem ends in "…", whole in its tooltip
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_syncStatus, 1);
    m_undo = new UndoNotice(this);
    statusBar()->addWidget(m_undo);
    // A long first sync shows how far it is and can be stopped (it resumes where it stopped).
    m_syncProgress = new QProgressBar(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setAccessibleName(tr("Sync progress"));
    m_syncProgress->setMaximumWidth(180);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    statusBar()->addWidget(m_syncProgress);
    m_syncCancel = new QToolButton(this);
    m_syncCancel->setObjectName(QStringLiteral("syncCancel"));
    m_syncCancel->setText(tr("Stop"));
    m_syncCancel->setToolTip(tr("Stop this sync; the next one continues where it stopped"));
    m_syncCancel->setAccessibleName(tr("Stop syncing"));
    m_syncCancel->hide();
    connect(m_syncCancel, &QToolButton::clicked, this, [this] { queued(m_commands.cancelSync()); });
    statusBar()->addWidget(m_syncCancel);
    m_historyFrom = ui::plain(new QLabel(this));
    m_historyFrom->setObjectName(QStringLiteral("historyFrom"));
    statusBar()->addPermanentWidget(m_historyFrom);
    m_statusCounts = ui::plain(new QLabel(this));
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_statusCounts);

    if (!reader) {
        // Without a cache there is nothing to show; say why instead of an empty window.
        m_readerError = ui::plain(new QLabel(reader.error().message(), central));
        m_readerError->setObjectName(QStringLiteral("cacheError"));
        m_readerError->setAlignment(Qt::AlignCenter);
        m_readerError->setWordWrap(true);
        layout->addWidget(m_readerError, 1);
        return;
    }
    m_reader = std::move(*reader);

    m_thumbnails = new ThumbnailCache(ThumbnailCache::kDefaultMaxEdge, this);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_inbox = new InboxPanel(*m_reader, m_splitter, prefetch.get());
    m_conversation
        = new ConversationPane(*m_reader, m_thumbnails, m_workspace.mediaDirectory(), m_splitter);
    m_profile = new ProfilePanel(m_splitter);
    m_older = new OlderMessagesBar(m_conversation);
    m_conversation->addAboveThread(m_older);
    connect(m_older, &OlderMessagesBar::loadRequested, this,
            [this](qint64 id) { queued(m_commands.loadOlder(id)); });
    connect(m_older, &OlderMessagesBar::cancelRequested, this,
            [this] { m_commands.cancelOlder(); });
    buildScheduled();
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_profile);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({ 340, 640, 300 });
    layout->addWidget(m_splitter, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(60); // several signals in a burst: one re-read
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    // Relative times and waiting colours move on even when nothing arrives.
    auto *clock = new QTimer(this);
    clock->start(30'000);
    connect(clock, &QTimer::timeout, m_inbox->list()->viewport(), qOverload<>(&QWidget::update));

    connect(m_inbox, &InboxPanel::conversationActivated, this, &MainWindow::openConversation);
    m_switcher = new QuickSwitcher(m_reader.get(), this);
    connect(m_switcher, &QuickSwitcher::conversationChosen, this, [this](qint64 id) {
        openConversation(id);
        m_conversation->composer()->focusEditor();
    });
    connect(m_switcher, &QuickSwitcher::messageSearchRequested, this, [this](const QString &text) {
        m_inbox->searchBox()->setText(text);
        m_inbox->searchBox()->setFocus();
    });
    connect(m_switcher, &QuickSwitcher::newConversationRequested, this,
            [this](const QString &recipient) { startNewConversation(recipient); });
    connect(m_profile, &ProfilePanel::conversationActivated, this,
            [this](qint64 id) { openConversation(id); });
    connect(m_profile, &ProfilePanel::profileEdited, this,
            [this](const ContactProfile &profile) { queued(m_commands.saveProfile(profile)); });
    connect(m_profile, &ProfilePanel::eraseRequested, this, &MainWindow::eraseCustomer);
    connect(m_conversation, &ConversationPane::replyRequested, this,
            [this](qint64 id, const QString &body, const QStringList &attachments) {
                if (!confirmOverColleague(id, body, attachments))
                    return;
                const QString to = m_conversation->summary().contactE164;
                const QString from = m_conversation->summary().inboxE164;
                queued(m_commands.send(to, from, body, attachments));
            });
    connect(m_conversation, &ConversationPane::noteRequested, this,
            [this](qint64 id, const QString &body) { queued(m_commands.addNote(id, body)); });
    connect(m_conversation, &ConversationPane::revocationAnswered, this,
            [this](qint64 id, qint64 flagId, bool optOut) {
                queued(m_commands.answerRevocation(id, flagId, optOut));
            });
    connect(m_conversation, &ConversationPane::draftChanged, this,
            [this](qint64 id, const QString &body) { m_commands.saveDraft(id, body); });
    connect(m_conversation, &ConversationPane::seen, this,
            [this](qint64 id, qint64 messageId) { m_commands.markRead(id, messageId); });

    // An MMS names its files by URL: the provider must be able to fetch them from somewhere.
    // The training provider takes uploads; a real account needs [media] upload_url.
    if (workspace.kind() == Workspace::Kind::Provider
        && !ProviderSettings::load(workspace.settingsPath()).mediaUploadUrl.isValid()) {
        m_conversation->composer()->setAttachmentsUnavailable(
            tr("Pictures and files cannot be sent from this workspace yet: the provider fetches "
               "them from a web address, and no upload address is set. Your administrator can "
               "set upload_url in the [media] section of workspace.ini. Customers' pictures are "
               "received and shown."));
    }
    if (workspace.kind() == Workspace::Kind::Team) {
        // Colleagues see who is viewing and typing where: said when the agent opens a
        // conversation and types, and again now and then while it stays open.
        connect(m_conversation->composer(), &Composer::typing, this, [this] {
            if (const qint64 id = m_conversation->conversationId())
                m_commands.setPresence(id, QStringLiteral("typing"));
        });
        m_presenceTimer = new QTimer(this);
        m_presenceTimer->setInterval(PresenceLine::kViewingHoldsMs / 2);
        connect(m_presenceTimer, &QTimer::timeout, this, [this] {
            if (m_presenceAt)
                m_commands.setPresence(m_presenceAt, QStringLiteral("viewing"));
        });
        m_presenceTimer->start();
        m_conversation->composer()->setAttachmentsUnavailable(
            tr("Pictures and files cannot be sent from a team desktop yet: the team's gateway "
               "sends what you write, and it does not take files from desktops yet."));
    }
    buildActions();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Textdesk"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_profileAction->setChecked(
        settings.value(QStringLiteral("window/profilePanel"), true).toBool());
    fitToScreen();
    if (auto templates = TemplateStore(*m_reader).all())
        m_conversation->composer()->setTemplates(*templates);
    const AppSettings preferences = AppSettings::load(settings);
    m_language = preferences.language;
    applySettings(preferences);
    // What the outbox holds before a sync worker says so (or when there is none): from its
    // index of open entries, not the cache's statistics, which scan every conversation.
    if (auto open = OutboxStore(*m_reader).openCount())
        m_statusCounts->setText(tr("Outbox: %1 pending").arg(QLocale().toString(*open)));
    else
        statusBar()->showMessage(open.error().message());
    showHistoryFrom();
    refreshAgents();
    // The inbox panel has read its first page; the unread total (title, tray) reads every
    // unread conversation, so it follows the first paint: start-up stays the same at any size.
    updateConversationActions();
    ui::afterFirstPaint(m_inbox->list()->viewport(), [this] { refreshCounts(); });
    m_inbox->list()->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_splitter)
        settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_conversation)
        m_conversation->composer()->flushDraft();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back to the window: what is on screen is now seen.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_conversation)
        m_conversation->refresh();
    QMainWindow::changeEvent(event);
}

bool MainWindow::queued(bool ok)
{
    if (!ok) {
        statusBar()->showMessage(tr("Not connected to the provider: the change was not made."),
                                 8000);
    }
    return ok;
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_workspace, m_reader.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    connect(dialog, &SettingsDialog::accountApplied, this, &MainWindow::accountChanged);
    // The keys come back here at once (Ctrl+, again): without a window manager (Xvfb, a kiosk)
    // the X focus otherwise falls to the root window when the dialog goes.
    connect(dialog, &QDialog::finished, this, [this] { activateWindow(); });
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &settings)
{
    Theme::applyTheme(settings.theme);
    if (!m_inbox)
        return;
    m_inbox->delegate()->setResponseTargetMs(qint64(settings.responseTargetMinutes) * 60'000);
    m_inbox->list()->viewport()->update();
    m_conversation->composer()->setEnterSends(settings.enterSends);
    m_notifyAction->setChecked(settings.notifications);
    // "Your name" applies at once: the next reply and action are signed with it.
    m_commands.setAgentName(ProviderSession::agentName(m_workspace));
    if (settings.language != m_language) {
        m_language = settings.language;
        emit languageChangeRequested(m_language);
    }
}

void MainWindow::showShortcutSheet()
{
    ShortcutSheet sheet(m_shortcutActions, this);
    sheet.exec();
    activateWindow(); // as after Settings
}

void MainWindow::openConversation(qint64 conversationId, qint64 messageId)
{
    if (!m_conversation)
        return;
    const bool another = conversationId != m_conversation->conversationId();
    m_conversation->showConversation(conversationId, messageId);
    m_inbox->select(conversationId);
    if (another) {
        auto newest = ColleagueReplies::newestMessageId(*m_reader, conversationId);
        m_openedUpTo = newest ? *newest : 0;
    }
    if (m_presenceTimer && conversationId != m_presenceAt) {
        if (m_presenceAt)
            m_commands.setPresence(m_presenceAt, QStringLiteral("left"));
        m_presenceAt = conversationId;
        if (conversationId)
            m_commands.setPresence(conversationId, QStringLiteral("viewing"));
    }
    // Most recently opened first, for the quick switcher.
    m_recentConversations.removeAll(conversationId);
    m_recentConversations.prepend(conversationId);
    if (m_recentConversations.size() > QuickSwitcher::kMaxRows)
        m_recentConversations.removeLast();
    showProfileFor(m_conversation->summary().contactId);
    m_older->showFor(m_conversation->conversationId(), m_historyFromDate);
    refreshScheduled();
    updateConversationActions();
}

bool MainWindow::confirmOverColleague(qint64 conversationId, const QString &body,
                                      const QStringList &attachments)
{
    if (!m_agentId)
        return true;
    auto reply = ColleagueReplies::since(*m_reader, conversationId, m_openedUpTo, m_agentId);
    if (!reply || !*reply)
        return true;
    // Asked once per colleague's reply.
    m_openedUpTo = (*reply)->messageId;
    const QString said
        = (*reply)->body.size() > 300 ? (*reply)->body.left(300) + QChar(0x2026) : (*reply)->body;
    QMessageBox box(QMessageBox::Question, tr("A colleague replied"),
                    tr("%1 replied to this customer while you had the conversation open:\n\n"
                       "\u201c%2\u201d\n\nSend your reply as well?")
                        .arg((*reply)->author, said),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("colleagueRepliedBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *send = box.addButton(tr("Send anyway"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == send)
        return true;
    // The words and files stay the agent's: back once the composer has emptied itself.
    Composer *composer = m_conversation->composer();
    QTimer::singleShot(0, composer, [composer, body, attachments] {
        if (!composer->text().isEmpty() || !composer->attachments().isEmpty())
            return;
        composer->setDraft(body);
        for (const QString &file : attachments)
            composer->addAttachment(file);
    });
    return false;
}

void MainWindow::showProfileFor(qint64 contactId)
{
    if (!contactId) {
        m_profile->clear();
        return;
    }
    auto profile = ContactProfiles::load(*m_reader, contactId);
    auto conversations = ContactProfiles::conversations(*m_reader, contactId);
    if (!profile || !conversations) {
        m_profile->showSaveError(!profile ? profile.error().message()
                                          : conversations.error().message());
        return;
    }
    m_profile->showProfile(*profile, *conversations, m_conversation->conversationId());
    if (auto consent = Consent::history(*m_reader, contactId); consent)
        m_profile->showConsentHistory(*consent);
    // Templates are filled from the customer and the agent.
    m_conversation->composer()->setTemplateValues(TemplateVariables::fromProfile(
        *profile, m_agentName, TemplateVariables::ourCompany(m_workspace.settingsPath())));
}

void MainWindow::setDeskNumbers(const QStringList &numbers)
{
    m_deskNumbers = numbers;
    m_inbox->setDeskNumbers(numbers);
}

void MainWindow::attachSync(engine::SyncWorker *worker)
{
    using State = engine::SyncWorker::State;
    m_commands.attach(worker);
    m_syncStatus->setText(tr("Connecting…"));
    m_syncStatus->setToolTip(QString()); // "Not connected" is over
    connect(worker, &engine::SyncWorker::stateChanged, this,
            [this](State state, const QString &message) {
                if (state != State::Syncing) {
                    m_syncProgress->hide();
                    m_syncCancel->hide();
                }
                m_syncStatus->setToolTip(QString());
                switch (state) {
                case State::Syncing:
                    m_syncStatus->setText(tr("Syncing…"));
                    break;
                case State::Idle:
                    if (message.isEmpty()) {
                        m_syncStatus->setText(tr("Online · last sync %1")
                                                  .arg(QLocale().toString(QTime::currentTime(),
                                                                          QLocale::ShortFormat)));
                    } else {
                        m_syncStatus->setText(message);
                    }
                    break;
                // Until the state changes, with what to do: not a message that times out.
                case State::Offline:
                    showSyncProblem(tr("Offline: %1").arg(message),
                                    tr("Textdesk keeps trying by itself; replies wait in the "
                                       "outbox and go out once the provider can be reached."));
                    break;
                case State::Failed:
                    showSyncProblem(tr("Sync stopped: %1").arg(message),
                                    tr("Check the account in Settings (Ctrl+,), then Sync now "
                                       "(F5)."));
                    break;
                }
            });
    connect(
        worker, &engine::SyncWorker::progressed, this, [this](const sync::PullProgress &progress) {
            if (progress.estimatedRemaining > 0) {
                m_syncStatus->setText(tr("Syncing… %Ln message(s) so far, about %1 to go", nullptr,
                                         int(progress.messages))
                                          .arg(QLocale().toString(progress.estimatedRemaining)));
                const qint64 total = progress.messages + progress.estimatedRemaining;
                m_syncProgress->setRange(0, 1000);
                m_syncProgress->setValue(
                    int(progress.messages * 1000 / std::max<qint64>(total, 1)));
                m_syncProgress->show();
                m_syncCancel->show();
            }
        });
    connect(worker, &engine::SyncWorker::outboxCountChanged, this, [this](int open) {
        m_statusCounts->setText(tr("Outbox: %1 pending").arg(QLocale().toString(open)));
    });
    if (!m_reader)
        return;
    connect(worker, &engine::SyncWorker::synced, this, &MainWindow::scheduleRefresh);
    connect(worker, &engine::SyncWorker::synced, this, &MainWindow::showHistoryFrom);
    connect(worker, &engine::SyncWorker::conversationChanged, this, &MainWindow::scheduleRefresh);
    connect(worker, &engine::SyncWorker::contactChanged, this, [this](qint64 contactId) {
        scheduleRefresh();
        if (contactId == m_profile->contactId())
            showProfileFor(contactId);
    });
    connect(worker, &engine::SyncWorker::outboxEntryChanged, this, &MainWindow::scheduleRefresh);
    connect(worker, &engine::SyncWorker::mediaChanged, this, &MainWindow::scheduleRefresh);
    connect(worker, &engine::SyncWorker::agentIdentified, this, [this](qint64 agentId) {
        m_agentId = agentId;
        m_inbox->setAgentId(agentId);
        refreshAgents();
        // The worker seeds the example templates before it says who the agent is.
        if (auto templates = TemplateStore(*m_reader).all())
            m_conversation->composer()->setTemplates(*templates);
    });
    connect(worker, &engine::SyncWorker::scheduledChanged, this, &MainWindow::scheduleRefresh);
    connect(worker, &engine::SyncWorker::olderProgress, m_older, &OlderMessagesBar::progress);
    connect(worker, &engine::SyncWorker::olderLoaded, m_older, &OlderMessagesBar::loaded);
    connect(worker, &engine::SyncWorker::actionFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(worker, &engine::SyncWorker::presenceChanged, m_conversation->presence(),
            &PresenceLine::onPresence);
    connect(worker, &engine::SyncWorker::profileSaveFailed, this,
            [this](qint64 contactId, const QString &message) {
                if (contactId == m_profile->contactId())
                    m_profile->showSaveError(message);
            });
    // The worker may have said who the agent is before these connections existed.
    m_commands.announce();
    connect(worker, &engine::SyncWorker::sendRefused, this,
            [this](const QString &, const QString &body, const QStringList &attachments,
                   const QString &reason) {
                statusBar()->showMessage(tr("Not sent: %1").arg(reason), 15'000);
                // The words and files stay the agent's: back into the composer if it is empty.
                Composer *composer = m_conversation->composer();
                if (composer->text().isEmpty() && composer->attachments().isEmpty()) {
                    composer->setDraft(body);
                    for (const QString &file : attachments)
                        composer->addAttachment(file);
                }
            });
}

void MainWindow::showNotConnected(const QString &reason, const QString &advice)
{
    showSyncProblem(tr("Not connected: %1").arg(reason),
                    !advice.isEmpty()
                        ? advice
                        : tr("Open Settings (Ctrl+,) to enter the account, or File → Open the "
                             "training workspace to practise."));
}

void MainWindow::showSyncProblem(const QString &what, const QString &whatToDo)
{
    m_syncStatus->setText(tr("%1 %2").arg(what, whatToDo));
    m_syncStatus->setToolTip(ui::plainToolTip(tr("%1\n%2").arg(what, whatToDo)));
}

void MainWindow::scheduleRefresh()
{
    if (m_refreshTimer && !m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void MainWindow::refresh()
{
    if (!m_reader)
        return;
    m_reader->finishStatements(); // a fresh snapshot: what the engine wrote since is seen
    const int inboxes = m_inbox->model()->rowCount();
    m_inbox->refresh();
    if (inboxes == 0 && m_inbox->model()->rowCount() > 0)
        m_inbox->reloadFilterChoices(); // the first sync brought our numbers and tags
    m_conversation->refresh();
    refreshScheduled();
    refreshAgents(); // a colleague the team added, a name changed
    refreshTeam();
    if (m_conversation->conversationId())
        m_inbox->select(m_conversation->conversationId());
    updateConversationActions();
    refreshCounts();
}

void MainWindow::refreshCounts()
{
    // The outbox count is the sync worker's to tell (outboxCountChanged, at its start and on
    // every change); re-reading the cache's statistics here would scan it at every sync signal.
    auto unread = Directory::unreadTotal(*m_reader);
    if (!unread)
        return;
    const int before = m_unreadTotal;
    m_unreadTotal = *unread;
    setWindowTitle(m_unreadTotal > 0 ? tr("(%1) Textdesk").arg(m_unreadTotal) : tr("Textdesk"));
    if (m_tray)
        m_tray->setToolTip(tr("Textdesk — %n unread", nullptr, m_unreadTotal));
    notifyNewMessages(before, m_unreadTotal);
}

void MainWindow::notifyNewMessages(int unreadBefore, int unreadNow)
{
    if (!m_tray || unreadBefore < 0 || unreadNow <= unreadBefore || isActiveWindow()
        || !m_notifyAction->isChecked()) {
        return;
    }
    m_tray->showMessage(tr("New messages"),
                        tr("%n unread message(s) in Textdesk", nullptr, unreadNow),
                        QSystemTrayIcon::Information, 6000);
}

} // namespace textdesk
