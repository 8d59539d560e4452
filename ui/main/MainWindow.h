#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace textdesk {

class Database;
namespace sync {
class SyncWorker;
}
class Workspace;

// The agent's main window. For now a frame: the training banner, what the cache holds and the
// status bar; the inbox, thread and composer arrive with the workstation issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void refresh();
    // Shows the sync worker's state in the status bar and refreshes when it brings news.
    void attachSync(sync::SyncWorker *worker);

private:
    Workspace &m_workspace;
    // The GUI thread's own read-only connection; writes belong to the writer (later: the sync
    // worker's thread).
    std::unique_ptr<Database> m_reader;
    QLabel *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_syncStatus = nullptr;
};

} // namespace textdesk
