#include "OpenTraining.h"

#include "common/PlainText.h"
#include "workspace/MachineConfig.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QWidget>

namespace textdesk {

QAction *addOpenTrainingAction(QMenu *menu, const Workspace &current, QWidget *parent)
{
    auto *action = new QAction(
        QCoreApplication::translate("MainWindow", "Open the training workspace"), parent);
    action->setObjectName(QStringLiteral("openTraining"));
    action->setVisible(current.kind() != Workspace::Kind::Training);
    const bool allowed = MachineConfig::load().trainingAllowed;
    action->setEnabled(allowed);
    if (!allowed) {
        action->setToolTip(QCoreApplication::translate(
            "MainWindow", "The training workspace is turned off on this computer."));
    }
    QObject::connect(action, &QAction::triggered, parent, [parent] {
        // A process of its own: one workspace per window, as at start (SingleInstance brings
        // an already open training window to the front instead).
        const bool started = QProcess::startDetached(
            QCoreApplication::applicationFilePath(),
            { QStringLiteral("--workspace"), Workspace::trainingLocation() });
        if (!started) {
            ui::plainMessage(
                QMessageBox::Warning, parent,
                QCoreApplication::translate("MainWindow", "Training not opened"),
                QCoreApplication::translate("MainWindow",
                                            "Textdesk could not be started again for the "
                                            "training workspace."));
        }
    });
    menu->addAction(action);
    return action;
}

} // namespace textdesk
