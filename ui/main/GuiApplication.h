#pragma once

class QApplication;

namespace textdesk {

// Picks the workspace (--workspace, else the configured one, else the training workspace),
// opens it and shows the main window. Returns the process exit code.
int runGui(QApplication &app);

} // namespace textdesk
