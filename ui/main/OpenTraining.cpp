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

namespace {
std::function<bool(const QString &)> &opener()
{
    static std::function<bool(const QString &)> replaced;
    return replaced;
}
} // namespace

void setWorkspaceOpener(std::function<bool(const QString &directory)> replacement)
{
    opener() = std::move(replacement);
}

bool openWorkspaceWindow(const QString &directory)
{
    if (const auto &replaced = opener())
        return replaced(directory);
    // A process of its own: one workspace per window, as at start (SingleInstance brings an
    // already open one to the front instead).
    return QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                   { QStringLiteral("--workspace"), directory });
}

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
        if (!openWorkspaceWindow(Workspace::trainingLocation())) {
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

QAction *addOpenOwnWorkspaceAction(QMenu *menu, const Workspace &current, QWidget *parent)
{
    auto *action
        = new QAction(QCoreApplication::translate("MainWindow", "Open your own workspace"), parent);
    action->setObjectName(QStringLiteral("openOwnWorkspace"));
    const bool training = current.kind() == Workspace::Kind::Training;
    const auto update = [action, training] {
        action->setVisible(training && Workspace::isConfigured(Workspace::defaultLocation()));
    };
    update();
    // An account saved in Settings meanwhile shows it the next time the menu opens.
    QObject::connect(menu, &QMenu::aboutToShow, action, update);
    QObject::connect(action, &QAction::triggered, parent, [parent] {
        if (!openWorkspaceWindow(Workspace::defaultLocation())) {
            ui::plainMessage(
                QMessageBox::Warning, parent,
                QCoreApplication::translate("MainWindow", "Workspace not opened"),
                QCoreApplication::translate("MainWindow",
                                            "Textdesk could not be started again for your own "
                                            "workspace."));
        }
    });
    menu->addAction(action);
    return action;
}

} // namespace textdesk
