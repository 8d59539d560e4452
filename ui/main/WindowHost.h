#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace textdesk {

class MainWindow;
class ProviderSession;
class Workspace;
namespace engine {
class SyncWorker;
}

// Owns the main window. A change of language in Settings builds the window again in the new
// language (every string is set where it is built) and carries over what the agent had: the
// window's place and size, the open conversation, the reply being written and its attachments.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    WindowHost(Workspace &workspace, engine::SyncWorker *worker, QStringList deskNumbers,
               QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    void switchLanguage(const QString &language);

    // No provider session (see MainWindow::showNotConnected); kept for a rebuilt window.
    void setNotConnected(const QString &reason, const QString &advice = {});
    // The session a change of account in Settings starts again (not owned; may be null: then
    // such a change takes effect at the next start).
    void setSession(ProviderSession *session) { m_session = session; }
    // The account or token changed: the session starts again with `secret`, and the window
    // follows the new sync worker, or says why there is none. In the training workspace the
    // account was saved as the agent's own workspace, which opens in a window of its own.
    void reconnect(const QByteArray &secret, bool remembered);

signals:
    void windowReplaced(textdesk::MainWindow *window);

private:
    std::unique_ptr<MainWindow> build();

    Workspace &m_workspace;
    engine::SyncWorker *m_worker;
    ProviderSession *m_session = nullptr;
    QStringList m_deskNumbers;
    std::unique_ptr<MainWindow> m_window;
    QString m_notConnected;
    QString m_notConnectedAdvice;
};

} // namespace textdesk
