#include "WindowHost.h"

#include "MainWindow.h"
#include "OpenTraining.h"
#include "Translations.h"
#include "common/PlainText.h"
#include "composer/Composer.h"
#include "session/ProviderSession.h"
#include "thread/ConversationPane.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>

namespace textdesk {

WindowHost::WindowHost(Workspace &workspace, engine::SyncWorker *worker, QStringList deskNumbers,
                       QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_worker(worker)
    , m_deskNumbers(std::move(deskNumbers))
{
    m_window = build();
}

WindowHost::~WindowHost() = default;

std::unique_ptr<MainWindow> WindowHost::build()
{
    auto window = std::make_unique<MainWindow>(m_workspace);
    window->setDeskNumbers(m_deskNumbers);
    if (m_worker)
        window->attachSync(m_worker);
    else if (!m_notConnected.isEmpty())
        window->showNotConnected(m_notConnected, m_notConnectedAdvice);
    // Queued: the old window (and the settings dialog that asked) must not be deleted while its
    // own code is still running.
    connect(window.get(), &MainWindow::languageChangeRequested, this, &WindowHost::switchLanguage,
            Qt::QueuedConnection);
    connect(window.get(), &MainWindow::accountChanged, this, &WindowHost::reconnect,
            Qt::QueuedConnection);
    return window;
}

void WindowHost::setNotConnected(const QString &reason, const QString &advice)
{
    m_notConnected = reason;
    m_notConnectedAdvice = advice;
    if (!m_worker)
        m_window->showNotConnected(reason, advice);
}

void WindowHost::reconnect(const QByteArray &secret, bool remembered)
{
    if (m_workspace.kind() == Workspace::Kind::Training) {
        // An account entered in training is the agent's own workspace's: it opens beside this
        // practice window, which stays as it is.
        const QString own = Workspace::defaultLocation();
        if (openWorkspaceWindow(own)) {
            m_window->statusBar()->showMessage(
                tr("Your account is saved as your own workspace, which opens in a window of its "
                   "own."),
                20'000);
        } else {
            ui::plainMessage(QMessageBox::Warning, m_window.get(), tr("Workspace not opened"),
                             tr("Your account is saved, but Textdesk could not be started again "
                                "for your own workspace (%1). Start Textdesk again to use it.")
                                 .arg(QDir::toNativeSeparators(own)));
        }
        return;
    }
    if (!m_session)
        return;
    QString error;
    const bool started = m_session->restart(secret, &error);
    m_worker = started ? m_session->worker() : nullptr;
    m_notConnected = started ? QString() : error;
    m_notConnectedAdvice = started ? QString() : m_session->advice();
    if (!started) {
        m_window->showNotConnected(error, m_notConnectedAdvice);
        return;
    }
    m_window->attachSync(m_worker);
    if (!remembered) {
        m_window->statusBar()->showMessage(
            tr("Connected with the token typed in Settings, for this session only: without a "
               "keychain it is not remembered."),
            20'000);
    }
}

void WindowHost::switchLanguage(const QString &language)
{
    MainWindow *old = m_window.get();
    const bool visible = old->isVisible();
    const QByteArray geometry = old->saveGeometry();
    const qint64 conversation = old->conversation()->conversationId();
    Composer *composer = old->conversation()->composer();
    const QString draft = composer->text();
    const QStringList attachments = composer->attachments();
    composer->flushDraft();
    old->saveLayout(); // the new window reads the splitter sizes from there

    textdesk::switchLanguage(*qApp, language);
    std::unique_ptr<MainWindow> fresh = build();
    fresh->restoreGeometry(geometry);
    if (conversation > 0) {
        fresh->openConversation(conversation);
        Composer *now = fresh->conversation()->composer();
        now->setDraft(draft);
        for (const QString &file : attachments)
            now->addAttachment(file);
    }
    m_window = std::move(fresh); // the old one goes, with its dialogs
    if (visible) {
        // The keys go on to the new window at once (Ctrl+, again, …): the old one was the
        // active window, and a window that is only shown is not activated by every desktop.
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    emit windowReplaced(m_window.get());
}

} // namespace textdesk
