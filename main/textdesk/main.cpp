#include "cli/CommandLine.h"
#include "core/Version.h"
#include "main/GuiApplication.h"
#include "main/SelfCheck.h"
#include "main/Translations.h"
#include "reports/ReportPdf.h"
#include "serve/ServeCommand.h"
#include "workspace/AppIdentity.h"
#include "workspace/MachineConfig.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTextStream>

#include <cstdio>

namespace {
void setIdentity()
{
    // Settings in <config>/Textdesk/; the workspaces stay in <AppData>/textdesk.
    textdesk::AppIdentity::set();
    // Settings kept before the organisation was set come along, once.
    textdesk::AppIdentity::migrateLegacySettings();
    QCoreApplication::setApplicationVersion(QStringLiteral(TEXTDESK_VERSION));
    // The provider is reached through whatever proxy the system is set up with.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // ...unless the administrator set one for this computer.
    textdesk::MachineConfig::load().applyProxy();
}
} // namespace

int main(int argc, char **argv)
{
    textdesk::CommandLine::setServeCommand(&textdesk::serve::run);
    textdesk::CommandLine::setReportPdfWriter(&textdesk::ui::ReportPdf::writeForCommandLine);
    if (textdesk::CommandLine::needsGui(argc, argv)) {
        // A PDF report draws its charts (graphics widgets): a QApplication, without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        textdesk::installTranslators(app, QLocale::system());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return textdesk::CommandLine::run(QCoreApplication::arguments(), out, err);
    }
    if (textdesk::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        // The terminal's language (LANG, LC_ALL), and English plurals ("1 message") otherwise.
        textdesk::installTranslators(app, QLocale::system());
        QTextStream out(stdout);
        QTextStream err(stderr);
        return textdesk::CommandLine::run(QCoreApplication::arguments(), out, err);
    }
    if (textdesk::SelfCheck::isRequested(argc, argv)) {
        // Headless unless a platform was asked for: it must run on a server or in a chroot.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        QTextStream out(stdout);
        return textdesk::SelfCheck::run(app, out);
    }
    if (const QString missing = textdesk::CommandLine::missingDisplay(argc, argv);
        !missing.isEmpty()) {
        std::fputs((missing + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
        return textdesk::CommandLine::Failed;
    }
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Textdesk"));
    // Taskbars and Wayland match windows to the installed desktop entry by this name; every
    // window (dialogs, the media viewer) gets the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.textdesk.Textdesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.textdesk.Textdesk"),
                                                 QIcon(QStringLiteral(":/icons/textdesk.svg"))));
    return textdesk::runGui(app);
}
