// Connecting an account from a window that is not connected (issue 22): Settings → Account, a
// token that passes Test connection, OK, and the provider session starts with it at once, no
// restart. Without a keychain the token serves this session only: the agent is told so before
// and after, and it is written nowhere. Real window, real session and sync thread, the
// simulator over loopback HTTP; only the keychain is chosen (none, or one in memory).
#include "SimHarness.h"
#include "engine/SyncWorker.h"
#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "main/OpenTraining.h"
#include "main/Translations.h"
#include "main/WindowHost.h"
#include "session/ProviderSession.h"
#include "settings/AccountPage.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "workspace/EnvironmentSecret.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace textdesk;

namespace {
constexpr int kWaitMs = 30'000;
const QString kCustomer = QStringLiteral("+14155550123");

// A keychain that works, in memory.
class MemorySecretStore : public SecretStore
{
public:
    static inline QHash<QString, QByteArray> secrets;

    void store(const QString &key, const QByteArray &secret, Done done) override
    {
        secrets.insert(key, secret);
        later(std::move(done), {});
    }
    void load(const QString &key, Done done) override
    {
        later(std::move(done),
              secrets.contains(key) ? Result { Status::Ok, secrets.value(key), {} }
                                    : Result { Status::NotFound, {}, {} });
    }
    void remove(const QString &key, Done done) override
    {
        secrets.remove(key);
        later(std::move(done), {});
    }

private:
    void later(Done done, Result r)
    {
        QTimer::singleShot(0, this, [done = std::move(done), r] { done(r); });
    }
};
} // namespace

class TestConnectAccount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testedTokenServesTheSessionWithoutAKeychain();
    void storedTokenConnectsAtOnce();
    void accountEnteredInTrainingOpensTheOwnWorkspace();

private:
    // A workspace with an account but no token for it, its session refused, the window shown.
    void openNotConnected();
    // With TEXTDESK_SCREENSHOTS=DIR, the widget's picture as DIR/name (to look at the wording).
    static void shot(QWidget *widget, const QString &name)
    {
        if (!qEnvironmentVariableIsEmpty("TEXTDESK_SCREENSHOTS"))
            widget->grab().save(qEnvironmentVariable("TEXTDESK_SCREENSHOTS") + u'/' + name);
    }
    MainWindow *window() const { return m_host->window(); }
    QString syncStatus() const
    {
        return window()->findChild<QLabel *>(QStringLiteral("syncStatus"))->text();
    }
    SettingsDialog *openDialog() const;
    // Ctrl+, then the token (and, when given, the address and SID) typed into Settings →
    // Account and tested; the dialog stays open.
    SettingsDialog *typeAndTestToken(bool wholeAccount = false);
    void clickOk(SettingsDialog *dialog);
    // A customer writes; the inbox shows it once the new session has synced.
    bool customerArrives(const QString &body);

    std::unique_ptr<test::SimHarness> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProviderSession> m_session;
    std::unique_ptr<WindowHost> m_host;
};

void TestConnectAccount::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestConnectAccount"));
}

void TestConnectAccount::init()
{
    QSettings().clear();
    m_sim = std::make_unique<test::SimHarness>(QStringLiteral("empty"), 7, 50);
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->startError()));
    m_dir = std::make_unique<QTemporaryDir>();
    // No token anywhere: the window opens not connected, as on a new agent's first day.
    qunsetenv("TEXTDESK_AUTH_TOKEN");
    EnvironmentSecret::forget();
}

void TestConnectAccount::openNotConnected()
{
    {
        QSettings ini(m_dir->filePath(QStringLiteral("workspace.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("provider/type"), QStringLiteral("twilio"));
        ini.setValue(QStringLiteral("provider/base_url"), m_sim->baseUrl().toString());
        ini.setValue(QStringLiteral("provider/account_sid"),
                     QString::fromLatin1(test::SimHarness::kAccountSid));
    }
    auto workspace = Workspace::open(m_dir->path());
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    m_workspace->releaseWriter();
    m_session = std::make_unique<ProviderSession>(*m_workspace);
    QString error;
    QVERIFY(!m_session->start(&error));
    QVERIFY2(error.contains(QStringLiteral("No secret")), qPrintable(error));
    m_host = std::make_unique<WindowHost>(*m_workspace, nullptr, QStringList {});
    m_host->setSession(m_session.get());
    m_host->setNotConnected(error, m_session->advice());
    window()->show();
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QVERIFY2(syncStatus().startsWith(QStringLiteral("Not connected")), qPrintable(syncStatus()));
    // What happened, then what to do about it, once: the advice is not repeated.
    QVERIFY2(syncStatus().contains(QStringLiteral("TEXTDESK_AUTH_TOKEN")),
             qPrintable(syncStatus()));
    QCOMPARE(syncStatus().count(QStringLiteral("Settings (Ctrl+,)")), 1);
}

void TestConnectAccount::cleanup()
{
    m_host.reset();
    if (m_session)
        m_session->stop();
    m_session.reset();
    m_workspace.reset();
    m_dir.reset();
    m_sim.reset();
    SecretStore::setDefaultFactory({});
    MemorySecretStore::secrets.clear();
    setWorkspaceOpener({});
    QDir(Workspace::defaultLocation()).removeRecursively(); // test mode's paths
}

SettingsDialog *TestConnectAccount::openDialog() const
{
    for (auto *dialog : window()->findChildren<SettingsDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

SettingsDialog *TestConnectAccount::typeAndTestToken(bool wholeAccount)
{
    auto *action = window()->findChild<QAction *>(QStringLiteral("settings"));
    if (!action)
        return nullptr;
    QTest::keySequence(window(), action->shortcut()); // Ctrl+,
    if (!QTest::qWaitFor([this] { return openDialog() != nullptr; }))
        return nullptr;
    SettingsDialog *dialog = openDialog();
    // The training workspace opens Settings on "You": the agent clicks the Account tab.
    dialog->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))
        ->setCurrentWidget(dialog->accountPage());
    const auto type = [dialog](const char *name, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    };
    if (wholeAccount) {
        type("baseUrl", m_sim->baseUrl().toString());
        type("accountSid", QString::fromLatin1(test::SimHarness::kAccountSid));
    }
    type("authToken", QString::fromLatin1(test::SimHarness::kAuthToken));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnection")),
                      Qt::LeftButton);
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("connectionResult"));
    if (!QTest::qWaitFor(
            [result] { return result->text().contains(QStringLiteral("Connected to account")); },
            kWaitMs)) {
        qWarning() << "connection test:" << result->text();
        return nullptr;
    }
    return dialog;
}

void TestConnectAccount::clickOk(SettingsDialog *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

bool TestConnectAccount::customerArrives(const QString &body)
{
    m_sim->injectInbound(kCustomer, body);
    auto *sync = window()->findChild<QAction *>(QStringLiteral("syncNow"));
    QTest::keySequence(window(), sync->shortcut());
    QAbstractItemModel *model
        = window()->findChild<QListView *>(QStringLiteral("inboxList"))->model();
    return QTest::qWaitFor(
        [&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 0).data(InboxModel::PreviewRole).toString() == body)
                    return true;
            }
            return false;
        },
        kWaitMs);
}

void TestConnectAccount::testedTokenServesTheSessionWithoutAKeychain()
{
    // This computer has no keychain service.
    SecretStore::setDefaultFactory([] { return std::make_unique<EnvironmentSecretStore>(); });
    openNotConnected();
    SettingsDialog *dialog = typeAndTestToken();
    QVERIFY(dialog);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("accountStatus"));

    // The first OK says what will happen before it happens: used now, not remembered.
    clickOk(dialog);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("will not be remembered")),
                 qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("until Textdesk closes")));
    QVERIFY(dialog->isVisible());
    shot(dialog, QStringLiteral("account-no-keychain.png"));
    QVERIFY(!m_session->worker());

    // The second uses it: the session starts at once, and the window follows it.
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->worker() != nullptr, kWaitMs);
    const QString told = window()->statusBar()->currentMessage();
    QVERIFY2(told.contains(QStringLiteral("for this session only"))
                 && told.contains(QStringLiteral("not remembered")),
             qPrintable(told));
    shot(window(), QStringLiteral("connected-session-only.png"));
    QVERIFY(customerArrives(QStringLiteral("is anyone there?")));
    QVERIFY2(!syncStatus().startsWith(QStringLiteral("Not connected")), qPrintable(syncStatus()));

    // Written nowhere: not in the workspace's files, the preferences or the environment.
    const QByteArray token = test::SimHarness::kAuthToken;
    QStringList files { QSettings().fileName() };
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    QVERIFY(files.size() > 2);
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(token), qPrintable(path));
    }
    QVERIFY(qgetenv("TEXTDESK_AUTH_TOKEN").isEmpty());
}

void TestConnectAccount::storedTokenConnectsAtOnce()
{
    SecretStore::setDefaultFactory([] { return std::make_unique<MemorySecretStore>(); });
    openNotConnected();
    SettingsDialog *dialog = typeAndTestToken();
    QVERIFY(dialog);
    // A keychain keeps it: one OK, and the window is connected without a restart.
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QCOMPARE(MemorySecretStore::secrets.value(
                 SecretStore::keyFor(QLatin1String(test::SimHarness::kAccountSid))),
             QByteArray(test::SimHarness::kAuthToken));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->worker() != nullptr, kWaitMs);
    QVERIFY(!window()->statusBar()->currentMessage().contains(QStringLiteral("session only")));
    QVERIFY(customerArrives(QStringLiteral("hello?")));
}

void TestConnectAccount::accountEnteredInTrainingOpensTheOwnWorkspace()
{
    // The training workspace (no account), without a simulator session: only the window.
    auto workspace = Workspace::open(m_dir->path());
    QVERIFY(workspace);
    m_workspace = std::move(*workspace);
    QCOMPARE(m_workspace->kind(), Workspace::Kind::Training);
    m_host = std::make_unique<WindowHost>(*m_workspace, nullptr, QStringList {});
    window()->show();
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QStringList opened;
    setWorkspaceOpener([&opened](const QString &directory) {
        opened << directory;
        return true;
    });
    auto *openOwn = window()->findChild<QAction *>(QStringLiteral("openOwnWorkspace"));
    QVERIFY(openOwn);
    QVERIFY(!openOwn->isVisible()); // no own workspace yet

    SecretStore::setDefaultFactory([] { return std::make_unique<MemorySecretStore>(); });
    SettingsDialog *dialog = typeAndTestToken(true);
    QVERIFY(dialog);
    shot(dialog, QStringLiteral("account-training.png"));
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    // Saved as the agent's own workspace, which opens in a window of its own; this one stays
    // the training workspace.
    QTRY_COMPARE(opened, QStringList { Workspace::defaultLocation() });
    QVERIFY(Workspace::isConfigured(Workspace::defaultLocation()));
    QVERIFY(!Workspace::isConfigured(m_dir->path()));
    QVERIFY2(window()->statusBar()->currentMessage().contains(QStringLiteral("own workspace")),
             qPrintable(window()->statusBar()->currentMessage()));
    // File → Open your own workspace, from now on.
    auto *file = qobject_cast<QMenu *>(openOwn->associatedObjects().value(0));
    QVERIFY(file);
    emit file->aboutToShow();
    QVERIFY(openOwn->isVisible());
    openOwn->trigger();
    QCOMPARE(opened.size(), 2);
}

QTEST_MAIN(TestConnectAccount)
#include "TestConnectAccount.moc"
