#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace textdesk {

class MainWindow;
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
    void setNotConnected(const QString &reason);

signals:
    void windowReplaced(textdesk::MainWindow *window);

private:
    std::unique_ptr<MainWindow> build();

    Workspace &m_workspace;
    engine::SyncWorker *m_worker;
    QStringList m_deskNumbers;
    std::unique_ptr<MainWindow> m_window;
    QString m_notConnected;
};

} // namespace textdesk
