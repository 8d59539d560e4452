#pragma once

#include <QMainWindow>

class QLabel;

namespace textdesk {

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

private:
    Workspace &m_workspace;
    QLabel *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_statusCounts = nullptr;
};

} // namespace textdesk
