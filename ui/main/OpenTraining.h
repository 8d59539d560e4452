#pragma once

class QAction;
class QMenu;
class QWidget;

namespace textdesk {

class Workspace;

// File → "Open the training workspace", what the start-up message offers when no account is
// connected: Textdesk again, in its own window, on the training workspace (this window stays as
// it is). Hidden in the training workspace itself; disabled where IT turned training off.
QAction *addOpenTrainingAction(QMenu *menu, const Workspace &current, QWidget *parent);

} // namespace textdesk
