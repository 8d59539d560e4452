#include "GuiApplication.h"

#include "MainWindow.h"
#include "Translations.h"
#include "session/ProviderSession.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

namespace textdesk {

int runGui(QApplication &app)
{
    installTranslators(app, QLocale());
    QCommandLineParser parser;
    QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                       QApplication::translate("textdesk", "The workspace folder."),
                                       QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    parser.parse(app.arguments());

    QString directory = parser.value(workspaceOption);
    if (directory.isEmpty()) {
        // No provider configured: the training workspace, so a new user sees Textdesk work.
        directory = Workspace::isConfigured(Workspace::defaultLocation())
            ? Workspace::defaultLocation()
            : Workspace::trainingLocation();
    }
    auto workspace = Workspace::open(directory);
    if (!workspace) {
        QMessageBox::critical(nullptr, QApplication::translate("textdesk", "Textdesk cannot start"),
                              workspace.error().message());
        return 1;
    }
    // The sync thread holds the only writer from here on.
    (*workspace)->releaseWriter();
    ProviderSession session(**workspace);
    MainWindow window(**workspace);
    QString sessionError;
    if (session.start(&sessionError))
        window.attachSync(session.worker());
    window.show();
    if (!sessionError.isEmpty()) {
        QMessageBox::warning(&window, QApplication::translate("textdesk", "Not connected"),
                             sessionError);
    }
    if (!(*workspace)->movedAsideFile().isEmpty()) {
        QMessageBox::warning(
            &window, QApplication::translate("textdesk", "Damaged cache set aside"),
            QApplication::translate("textdesk",
                                    "The cache was damaged. Textdesk moved it to %1 and "
                                    "started a fresh one.")
                .arg((*workspace)->movedAsideFile()));
    }
    return app.exec();
}

} // namespace textdesk
