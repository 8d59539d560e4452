#pragma once

#include "SimHarness.h"

#include <QtCore/QPersistentModelIndex>
#include <QtCore/QTemporaryDir>
#include <QtCore/QVariantMap>

#include <memory>

class QListView;

namespace textdesk {
class MainWindow;
class ProviderSession;
class ThreadModel;
class Workspace;
} // namespace textdesk

namespace textdesk::test {

// A whole workstation for GUI tests: a simulator on loopback, a workspace on it, its provider
// session (the real sync thread) and the real main window, shown; and what such a test does
// with it (shortcuts, a customer's message arriving, opening a conversation). A test class
// derives from it, so its members read as the test's own.
class WorkstationFixture
{
public:
    static constexpr int kWaitMs = 30'000;

    struct Options
    {
        // workspace.ini values beside the simulator's account ("media/upload_url" → …).
        QVariantMap ini;
        qint64 history = 0; // messages the simulator holds from the past (`--history N`)
        // Pictures the agent sends go to the simulator's media host, as in training.
        bool uploadToSimulator = false;
    };

protected:
    WorkstationFixture();
    ~WorkstationFixture();

    // Starts the simulator, the session and the window, and waits until the sync thread says
    // who the agent is. false with *error.
    bool startWorkstation(const Options &options, QString *error);
    // Window, session, workspace, folder, simulator: in that order.
    void stopWorkstation();

    QListView *inboxList() const;
    ThreadModel *thread() const;
    // Runs an action by its shortcut, as the agent would.
    void trigger(const char *actionName);
    void syncNow() { trigger("syncNow"); }
    // Injects a message from the customer, syncs, and waits for its conversation in the inbox.
    // (A persistent index: rows move as conversations get news.) Invalid if it never came.
    QPersistentModelIndex receive(const QString &from, const QString &body);
    // Clicks the conversation in the inbox.
    void open(const QPersistentModelIndex &index);
    // The open thread's newest row with this body; -1 if none.
    int rowWithBody(const QString &body) const;

    std::unique_ptr<SimHarness> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProviderSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace textdesk::test
