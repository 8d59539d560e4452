#include "GuiApplication.h"

#include "MainWindow.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "WindowHost.h"
#include "common/PlainText.h"
#include "session/ProviderSession.h"
#include "settings/SecretStore.h"
#include "settings/Theme.h"
#include "workspace/AppSettings.h"
#include "workspace/EnvironmentSecret.h"
#include "workspace/MachineConfig.h"
#include "workspace/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace textdesk {

namespace {
// The provider secret from the OS keychain (where Settings stores it), waiting for it with the
// event loop running, since the keychain may ask the user to unlock it. Empty: none stored (or
// no keychain), and the session falls back to TEXTDESK_AUTH_TOKEN.
QByteArray secretFromKeychain(const Workspace &workspace)
{
    const ProviderSettings settings = ProviderSettings::load(workspace.settingsPath());
    const QString sid = settings.apiKeySid.isEmpty() ? settings.accountSid : settings.apiKeySid;
    if (sid.isEmpty() || !SecretStore::keychainBuiltIn())
        return {};
    auto store = SecretStore::createDefault();
    QEventLoop loop;
    QByteArray secret;
    store->load(SecretStore::keyFor(sid), [&](const SecretStore::Result &result) {
        if (result.ok())
            secret = result.secret;
        loop.quit();
    });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    return secret;
}

// A team desktop's database password: the keychain's; else, unless libpq has a password file,
// asked for once (and kept in the keychain when there is one). Empty: libpq's own ways.
QString teamPassword(const Workspace &workspace)
{
    const QString key = SecretStore::keyForTeam(workspace.teamUrl());
    std::unique_ptr<SecretStore> store;
    if (SecretStore::keychainBuiltIn()) {
        store = SecretStore::createDefault();
        QEventLoop loop;
        QByteArray secret;
        store->load(key, [&](const SecretStore::Result &result) {
            if (result.ok())
                secret = result.secret;
            loop.quit();
        });
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!secret.isEmpty())
            return QString::fromUtf8(secret);
    }
    const QString passFile
        = qEnvironmentVariable("PGPASSFILE", QDir::homePath() + QStringLiteral("/.pgpass"));
    if (QFile::exists(passFile))
        return {};
    bool ok = false;
    const QString typed = QInputDialog::getText(
        nullptr, QApplication::translate("textdesk", "Sign in to your team"),
        QApplication::translate("textdesk", "Your password for the team's database\n%1:")
            .arg(workspace.teamUrl()),
        QLineEdit::Password, {}, &ok);
    if (!ok || typed.isEmpty())
        return {};
    if (store) {
        QEventLoop loop;
        store->store(key, typed.toUtf8(), [&](const SecretStore::Result &) { loop.quit(); });
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return typed;
}
} // namespace

int runGui(QApplication &app)
{
    // Out of the environment before the app could start a program that inherits it.
    EnvironmentSecret::takeAll();
    // The agent's own preferences: language and theme before the first window.
    const AppSettings preferences = AppSettings::load(QSettings());
    // The computer's settings from IT: a preset account, the default language, training off.
    const MachineConfig machine = MachineConfig::load();
    const QString language
        = !preferences.language.isEmpty() ? preferences.language : machine.language;
    // A chosen language brings its dates, times and numbers with it ("13 nov.", "mer.").
    if (!language.isEmpty())
        switchLanguage(app, language);
    else
        installTranslators(app, QLocale());
    Theme::applyTheme(preferences.theme);
    QCommandLineParser parser;
    QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                       QApplication::translate("textdesk", "The workspace folder."),
                                       QStringLiteral("DIR"));
    parser.addOption(workspaceOption);
    parser.parse(app.arguments());

    QString directory = parser.value(workspaceOption);
    if (directory.isEmpty()) {
        directory = Workspace::defaultLocation();
        if (!Workspace::isConfigured(directory) && machine.presetsProvider()) {
            // The account IT set up: the agent's own workspace starts from it.
            QDir().mkpath(directory);
            QString error;
            machine.provider.save(QDir(directory).filePath(QStringLiteral("workspace.ini")),
                                  &error);
        }
        // No provider configured: the training workspace, so a new user sees Textdesk work.
        if (!Workspace::isConfigured(directory))
            directory = Workspace::trainingLocation();
    }
    // Already open in another window: that one comes to the front instead.
    SingleInstance instance(QDir(directory).absolutePath());
    if (instance.failed()) {
        QMessageBox::critical(nullptr, QApplication::translate("textdesk", "Textdesk cannot start"),
                              instance.errorString());
        return 1;
    }
    if (!instance.isPrimary())
        return 0;
    auto workspace = Workspace::open(directory);
    if (!workspace) {
        ui::plainMessage(QMessageBox::Critical, nullptr,
                         QApplication::translate("textdesk", "Textdesk cannot start"),
                         workspace.error().message());
        return 1;
    }
    // The sync thread holds the only writer from here on.
    (*workspace)->releaseWriter();
    ProviderSession session(**workspace);
    session.setTrainingAllowed(machine.trainingAllowed);
    if ((*workspace)->kind() == Workspace::Kind::Provider)
        session.setSecret(secretFromKeychain(**workspace));
    else if ((*workspace)->kind() == Workspace::Kind::Team)
        session.setTeamPassword(teamPassword(**workspace));
    QString sessionError;
    const bool started = session.start(&sessionError);
    WindowHost host(**workspace, started ? session.worker() : nullptr, machine.numbers);
    host.setSession(&session); // a new account or token in Settings takes effect at once
    MainWindow &window = *host.window();
    window.show();
    QObject::connect(&instance, &SingleInstance::activationRequested, &host, [&host] {
        MainWindow *current = host.window();
        current->setWindowState((current->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        current->show();
        current->raise();
        current->activateWindow();
    });
    if (!machine.problems.isEmpty()) {
        ui::plainMessage(QMessageBox::Warning, &window,
                         QApplication::translate("textdesk", "Computer settings ignored"),
                         machine.problems.join(QLatin1Char('\n')));
    }
    if (!sessionError.isEmpty()) {
        host.setNotConnected(sessionError, session.advice());
        ui::plainMessage(QMessageBox::Warning, &window,
                         QApplication::translate("textdesk", "Not connected"),
                         sessionError + QStringLiteral("\n\n") + session.advice());
    }
    if (!(*workspace)->movedAsideFile().isEmpty()) {
        ui::plainMessage(
            QMessageBox::Warning, &window,
            QApplication::translate("textdesk", "Damaged cache set aside"),
            QApplication::translate("textdesk",
                                    "The cache was damaged. Textdesk moved it to %1 and "
                                    "started a fresh one.")
                .arg((*workspace)->movedAsideFile()));
    }
    return app.exec();
}

} // namespace textdesk
