#pragma once

#include <functional>

class QAction;
class QString;
class QMenu;
class QWidget;

namespace textdesk {

class Workspace;

// File → "Open the training workspace", what the start-up message offers when no account is
// connected: Textdesk again, in its own window, on the training workspace (this window stays as
// it is). Hidden in the training workspace itself; disabled where IT turned training off.
QAction *addOpenTrainingAction(QMenu *menu, const Workspace &current, QWidget *parent);

// File → "Open your own workspace", in the training workspace once the agent's own workspace
// has an account (one entered in Settings → Account while training, for instance).
QAction *addOpenOwnWorkspaceAction(QMenu *menu, const Workspace &current, QWidget *parent);

// Textdesk again, in a process and window of its own, on the workspace in `directory` (one
// already open there comes to the front instead). false: it could not be started. Nothing
// secret goes along: the new process reads the keychain or asks.
bool openWorkspaceWindow(const QString &directory);
// Test seam: what openWorkspaceWindow() does instead of starting a process; an empty function
// restores it.
void setWorkspaceOpener(std::function<bool(const QString &directory)> opener);

} // namespace textdesk
