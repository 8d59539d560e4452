// Connecting an account from a window that is not connected (issue 22): Settings → Account, a
// token that passes Test connection, OK, and the provider session starts with it at once, no
// restart. Without a keychain the token serves this session only: the agent is told so before
// and after, and it is written nowhere. Real window, real session and sync thread, the
// simulator over loopback HTTP; only the keychain is chosen (none, or one in memory).
#include "SimHarness.h"
#include "engine/SyncWorker.h"
#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "main/WindowHost.h"
#include "session/ProviderSession.h"
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
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
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

private:
    MainWindow *window() const { return m_host->window(); }
    QString syncStatus() const
    {
        return window()->findChild<QLabel *>(QStringLiteral("syncStatus"))->text();
    }
    SettingsDialog *openDialog() const;
    // Ctrl+, then the token typed into Settings → Account and tested; the dialog stays open.
    SettingsDialog *typeAndTestToken();
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
    {
        QSettings ini(m_dir->filePath(QStringLiteral("workspace.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("provider/type"), QStringLiteral("twilio"));
        ini.setValue(QStringLiteral("provider/base_url"), m_sim->baseUrl().toString());
        ini.setValue(QStringLiteral("provider/account_sid"),
                     QString::fromLatin1(test::SimHarness::kAccountSid));
    }
    // No token anywhere: the window opens not connected, as on a new agent's first day.
    qunsetenv("TEXTDESK_AUTH_TOKEN");
    EnvironmentSecret::forget();
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
    m_host->setNotConnected(error);
    window()->show();
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QVERIFY2(syncStatus().startsWith(QStringLiteral("Not connected")), qPrintable(syncStatus()));
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
}

SettingsDialog *TestConnectAccount::openDialog() const
{
    for (auto *dialog : window()->findChildren<SettingsDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

SettingsDialog *TestConnectAccount::typeAndTestToken()
{
    auto *action = window()->findChild<QAction *>(QStringLiteral("settings"));
    if (!action)
        return nullptr;
    QTest::keySequence(window(), action->shortcut()); // Ctrl+,
    if (!QTest::qWaitFor([this] { return openDialog() != nullptr; }))
        return nullptr;
    SettingsDialog *dialog = openDialog();
    auto *token = dialog->findChild<QLineEdit *>(QStringLiteral("authToken"));
    token->setFocus();
    QTest::keyClicks(token, QString::fromLatin1(test::SimHarness::kAuthToken));
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
    SettingsDialog *dialog = typeAndTestToken();
    QVERIFY(dialog);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("accountStatus"));

    // The first OK says what will happen before it happens: used now, not remembered.
    clickOk(dialog);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("will not be remembered")),
                 qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("until Textdesk closes")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_session->worker());

    // The second uses it: the session starts at once, and the window follows it.
    clickOk(dialog);
    QTRY_VERIFY(!openDialog());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->worker() != nullptr, kWaitMs);
    const QString told = window()->statusBar()->currentMessage();
    QVERIFY2(told.contains(QStringLiteral("for this session only"))
                 && told.contains(QStringLiteral("not remembered")),
             qPrintable(told));
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

QTEST_MAIN(TestConnectAccount)
#include "TestConnectAccount.moc"
