// The Settings dialog on real widgets: the connection test against the simulator over real
// HTTP, saving to a QSettings file and workspace.ini, the secret through a SecretStore seam
// (a headless machine has no keychain service), and the themes' palettes.
#include "SimHarness.h"
#include "main/Translations.h"
#include "phone/PhoneNumbers.h"
#include "provider/ProviderError.h"
#include "session/ProviderSession.h"
#include "settings/AccountPage.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "storage/ContactStore.h"
#include "workspace/EnvironmentSecret.h"
#include "workspace/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>

using namespace textdesk;

// Named, not anonymous: a member of the test class has this type (-Wsubobject-linkage in a
// unity build).
namespace settingsdialogtest {
constexpr int kWaitMs = 15'000;

// A keychain that works, in memory.
class MemorySecretStore : public SecretStore
{
public:
    QHash<QString, QByteArray> secrets;

    void store(const QString &key, const QByteArray &secret, Done done) override
    {
        secrets.insert(key, secret);
        later(std::move(done), {});
    }
    void load(const QString &key, Done done) override
    {
        if (secrets.contains(key))
            later(std::move(done), { Status::Ok, secrets.value(key), {} });
        else
            later(std::move(done), { Status::NotFound, {}, {} });
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
} // namespace settingsdialogtest
using namespace settingsdialogtest;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void connectionSucceedsAndNamesTheNumbers();
    void wrongTokenSaysSo();
    void badSidIsRefusedWithoutARequest();
    void plainHttpAddressIsRefusedWithoutARequest();
    void storedTokenIsLoaded();
    void okEmitsAppliedAndSaves();
    void cancelSavesNothing();
    void noKeychainTellsAboutTheEnvironment();
    void noKeychainUsesATestedTokenForTheSession();
    void trainingWorkspaceSavesTheAccountAsTheAgentsOwn();
    void defaultStoreAnswersWithoutAKeychainService();
    void ourNumbersAreListed();
    void agentNameFallsBackToTheUserSetting();
    void darkThemeIsReadable();
    void lightThemeIsReadable();
    void systemThemeRestoresTheOriginal();

private:
    // A provider workspace pointed at the harness's simulator.
    void openProviderWorkspace();
    void openTrainingWorkspace();
    void makeDialog(std::unique_ptr<SecretStore> secrets = {});
    template<typename T> T *find(const char *name) const
    {
        auto *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    void setText(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    QString result() const { return find<QLabel>("connectionResult")->text(); }
    void clickOk()
    {
        auto *box = m_dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    std::unique_ptr<test::SimHarness> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SettingsDialog> m_dialog;
    MemorySecretStore *m_secrets = nullptr; // owned by m_dialog when used
    QString m_originalStyle;
    QPalette m_originalPalette;
};

void TestSettingsDialog::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
    qunsetenv("TEXTDESK_AUTH_TOKEN");
    // Before any applyTheme(): what "system" must come back to.
    m_originalStyle = QApplication::style()->name();
    m_originalPalette = QApplication::palette();
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("user.ini")),
                                             QSettings::IniFormat);
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_workspace.reset();
    m_settings.reset();
    m_dir.reset();
    m_sim.reset();
    qunsetenv("TEXTDESK_AUTH_TOKEN");
    EnvironmentSecret::forget(); // what a test put in the environment was taken from there
    // An account entered in training went to the agent's own workspace (test mode's paths).
    QDir(Workspace::defaultLocation()).removeRecursively();
}

void TestSettingsDialog::openProviderWorkspace()
{
    m_sim = std::make_unique<test::SimHarness>(QStringLiteral("empty"), 7, 50);
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->startError()));
    const QString ws = m_dir->filePath(QStringLiteral("workspace"));
    QDir().mkpath(ws);
    QSettings ini(ws + QStringLiteral("/workspace.ini"), QSettings::IniFormat);
    ini.setValue(QStringLiteral("provider/type"), QStringLiteral("twilio"));
    ini.setValue(QStringLiteral("provider/base_url"), m_sim->baseUrl().toString());
    ini.setValue(QStringLiteral("provider/account_sid"),
                 QString::fromLatin1(test::SimHarness::kAccountSid));
    ini.sync();
    auto workspace = Workspace::open(ws);
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().details()));
    m_workspace = std::move(*workspace);
    QCOMPARE(m_workspace->kind(), Workspace::Kind::Provider);
}

void TestSettingsDialog::openTrainingWorkspace()
{
    auto workspace = Workspace::open(m_dir->filePath(QStringLiteral("training")));
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().details()));
    m_workspace = std::move(*workspace);
    QCOMPARE(m_workspace->kind(), Workspace::Kind::Training);
}

void TestSettingsDialog::makeDialog(std::unique_ptr<SecretStore> secrets)
{
    if (!secrets) {
        auto memory = std::make_unique<MemorySecretStore>();
        m_secrets = memory.get();
        secrets = std::move(memory);
    } else {
        m_secrets = nullptr;
    }
    m_dialog = std::make_unique<SettingsDialog>(*m_workspace, &m_workspace->database(), nullptr,
                                                m_settings.get(), std::move(secrets));
    QCOMPARE(m_dialog->objectName(), QStringLiteral("settingsDialog"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::connectionSucceedsAndNamesTheNumbers()
{
    openProviderWorkspace();
    makeDialog();
    setText("authToken", QString::fromLatin1(test::SimHarness::kAuthToken));
    QTest::mouseClick(find<QPushButton>("testConnection"), Qt::LeftButton);
    // At once, without blocking: the request is on its way.
    QCOMPARE(result(), QStringLiteral("Checking…"));
    QVERIFY(!find<QPushButton>("testConnection")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(result().contains(QStringLiteral("Connected")), kWaitMs);
    QVERIFY2(result().contains(QLatin1String(test::SimHarness::kAccountSid)), qPrintable(result()));
    const QString number = PhoneNumbers::display(m_sim->ourNumber(), PhoneNumbers::systemRegion());
    QVERIFY2(result().contains(number), qPrintable(result()));
    QVERIFY(find<QPushButton>("testConnection")->isEnabled());
}

void TestSettingsDialog::wrongTokenSaysSo()
{
    openProviderWorkspace();
    makeDialog();
    setText("authToken", QStringLiteral("not-the-token"));
    QTest::mouseClick(find<QPushButton>("testConnection"), Qt::LeftButton);
    const QString wrong
        = provider::ProviderError(provider::ProviderError::Kind::WrongCredentials).message();
    QTRY_VERIFY_WITH_TIMEOUT(result().contains(wrong), kWaitMs);
    QVERIFY(!result().contains(QStringLiteral("Connected")));
}

void TestSettingsDialog::badSidIsRefusedWithoutARequest()
{
    openProviderWorkspace();
    makeDialog();
    setText("accountSid", QStringLiteral("AC-nope"));
    setText("authToken", QStringLiteral("x"));
    QTest::mouseClick(find<QPushButton>("testConnection"), Qt::LeftButton);
    // Answered at once, not "Checking…": no request was made.
    QVERIFY2(result().contains(QStringLiteral("is not an Account SID")), qPrintable(result()));
    QVERIFY(find<QPushButton>("testConnection")->isEnabled());
    // Nor can it be saved.
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(find<QLabel>("accountStatus")->text().contains(QStringLiteral("Account SID")));
}

// Basic auth over plain http to another computer would travel in clear text: the address is
// refused before any request, and cannot be saved.
void TestSettingsDialog::plainHttpAddressIsRefusedWithoutARequest()
{
    openProviderWorkspace();
    makeDialog();
    setText("baseUrl", QStringLiteral("http://api.example.com"));
    setText("authToken", QStringLiteral("x"));
    QTest::mouseClick(find<QPushButton>("testConnection"), Qt::LeftButton);
    // Answered at once, not "Checking…": no request was made.
    QVERIFY2(result().contains(QStringLiteral("plain http")), qPrintable(result()));
    QVERIFY(result().contains(QStringLiteral("https://")));
    QVERIFY(find<QPushButton>("testConnection")->isEnabled());
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(find<QLabel>("accountStatus")->text().contains(QStringLiteral("plain http")));
    QCOMPARE(ProviderSettings::load(m_workspace->settingsPath()).baseUrl, m_sim->baseUrl());
}

void TestSettingsDialog::storedTokenIsLoaded()
{
    openProviderWorkspace();
    auto memory = std::make_unique<MemorySecretStore>();
    memory->secrets.insert(SecretStore::keyFor(QLatin1String(test::SimHarness::kAccountSid)),
                           test::SimHarness::kAuthToken);
    makeDialog(std::move(memory));
    QTRY_COMPARE(find<QLineEdit>("authToken")->text(),
                 QString::fromLatin1(test::SimHarness::kAuthToken));
    QCOMPARE(find<QLineEdit>("authToken")->echoMode(), QLineEdit::Password);
    QVERIFY(!m_dialog->accountPage()->tokenChanged());
}

void TestSettingsDialog::okEmitsAppliedAndSaves()
{
    openProviderWorkspace();
    makeDialog();
    const QString url = m_sim->baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/");
    setText("baseUrl", url);
    setText("authToken", QStringLiteral("new-token"));
    setText("agentName", QStringLiteral("Robin"));
    auto *target = find<QSpinBox>("responseTarget");
    target->selectAll();
    QTest::keyClicks(target, QStringLiteral("45"));
    QTest::mouseClick(find<QCheckBox>("enterSends"), Qt::LeftButton);
    QTest::mouseClick(find<QCheckBox>("notifications"), Qt::LeftButton);
    auto *theme = find<QComboBox>("theme");
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    auto *language = find<QComboBox>("language");
    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));

    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    clickOk();
    QTRY_COMPARE(applied.count(), 1);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    AppSettings expected;
    expected.agentName = QStringLiteral("Robin");
    expected.responseTargetMinutes = 45;
    expected.enterSends = false;
    expected.notifications = false;
    expected.theme = QStringLiteral("dark");
    expected.language = QStringLiteral("de");
    QCOMPARE(applied.first().first().value<AppSettings>(), expected);
    QCOMPARE(m_dialog->settings(), expected);
    const QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(AppSettings::load(reread), expected);

    // The account in workspace.ini, the secret in the store and nowhere else.
    const ProviderSettings saved = ProviderSettings::load(m_workspace->settingsPath());
    QCOMPARE(saved.baseUrl, QUrl(url));
    QCOMPARE(saved.accountSid, QLatin1String(test::SimHarness::kAccountSid));
    QCOMPARE(
        m_secrets->secrets.value(SecretStore::keyFor(QLatin1String(test::SimHarness::kAccountSid))),
        QByteArray("new-token"));
    QFile ini(m_workspace->settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("new-token"));
    QFile user(m_settings->fileName());
    QVERIFY(user.open(QIODevice::ReadOnly));
    QVERIFY(!user.readAll().contains("new-token"));
}

void TestSettingsDialog::cancelSavesNothing()
{
    openProviderWorkspace();
    makeDialog();
    setText("agentName", QStringLiteral("Robin"));
    setText("authToken", QStringLiteral("new-token"));
    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(applied.count(), 0);
    QVERIFY(AppSettings::load(*m_settings).agentName.isEmpty());
    QVERIFY(m_secrets->secrets.isEmpty());
}

void TestSettingsDialog::noKeychainTellsAboutTheEnvironment()
{
    openProviderWorkspace();
    makeDialog(std::make_unique<EnvironmentSecretStore>());
    // Nothing to load either: the status says where the token must come from.
    QTRY_VERIFY(
        find<QLabel>("accountStatus")->text().contains(QStringLiteral("TEXTDESK_AUTH_TOKEN")));
    setText("authToken", QStringLiteral("typed"));
    setText("agentName", QStringLiteral("Kim"));
    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    clickOk();
    // The store refuses: the dialog stays, says why, and saves nothing yet.
    QTRY_VERIFY(find<QLabel>("accountStatus")->text().contains(QStringLiteral("OK again")));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(applied.count(), 0);
    // The second OK keeps the rest without the token.
    clickOk();
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(AppSettings::load(*m_settings).agentName, QStringLiteral("Kim"));
}

void TestSettingsDialog::noKeychainUsesATestedTokenForTheSession()
{
    openProviderWorkspace();
    makeDialog(std::make_unique<EnvironmentSecretStore>());
    setText("authToken", QString::fromLatin1(test::SimHarness::kAuthToken));
    QTest::mouseClick(find<QPushButton>("testConnection"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result().contains(QStringLiteral("Connected")), kWaitMs);
    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    QSignalSpy account(m_dialog.get(), &SettingsDialog::accountApplied);
    auto *status = find<QLabel>("accountStatus");

    // Typed again after the test: not what was tested, so it is not offered for the session.
    setText("authToken", QStringLiteral("something-else"));
    clickOk();
    QTRY_VERIFY2(status->text().contains(QStringLiteral("Test the connection")),
                 qPrintable(status->text()));
    QVERIFY(!status->text().contains(QStringLiteral("will not be remembered")));

    // The tested token: the agent is told first that it serves until Textdesk closes.
    setText("authToken", QString::fromLatin1(test::SimHarness::kAuthToken));
    clickOk();
    QTRY_VERIFY2(status->text().contains(QStringLiteral("will not be remembered")),
                 qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("until Textdesk closes")));
    QVERIFY(status->text().contains(QStringLiteral("No keychain")));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(applied.count(), 0);
    QCOMPARE(account.count(), 0);

    // OK again: the rest is saved, and the token goes to the session, unremembered.
    clickOk();
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(account.count(), 1);
    QCOMPARE(account.first().at(0).toByteArray(), QByteArray(test::SimHarness::kAuthToken));
    QCOMPARE(account.first().at(1).toBool(), false);
    QFile ini(m_workspace->settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(test::SimHarness::kAuthToken));
    QFile user(m_settings->fileName());
    if (user.open(QIODevice::ReadOnly))
        QVERIFY(!user.readAll().contains(test::SimHarness::kAuthToken));
}

void TestSettingsDialog::trainingWorkspaceSavesTheAccountAsTheAgentsOwn()
{
    openTrainingWorkspace();
    m_sim = std::make_unique<test::SimHarness>(QStringLiteral("empty"), 7, 50);
    QVERIFY2(m_sim->isRunning(), qPrintable(m_sim->startError()));
    const QString own = Workspace::defaultLocation();
    QVERIFY(!Workspace::isConfigured(own));
    makeDialog();
    auto *note = find<QLabel>("accountNote");
    QVERIFY(note);
    QVERIFY(note->text().contains(QStringLiteral("Training workspace: no account needed")));
    QVERIFY2(note->text().contains(QDir::toNativeSeparators(own)), qPrintable(note->text()));
    QCOMPARE(m_dialog->accountPage()->settingsPath(),
             QDir(own).filePath(QStringLiteral("workspace.ini")));

    // A real account can be tried here (the dialog opens on "You": the agent clicks Account)...
    m_dialog->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))
        ->setCurrentWidget(m_dialog->accountPage());
    setText("baseUrl", m_sim->baseUrl().toString());
    setText("accountSid", QString::fromLatin1(test::SimHarness::kAccountSid));
    setText("authToken", QString::fromLatin1(test::SimHarness::kAuthToken));
    QTest::mouseClick(find<QPushButton>("testConnection"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(result().contains(QStringLiteral("Connected")), qPrintable(result()),
                              kWaitMs);
    setText("agentName", QStringLiteral("Trainee"));
    QSignalSpy applied(m_dialog.get(), &SettingsDialog::applied);
    QSignalSpy account(m_dialog.get(), &SettingsDialog::accountApplied);
    clickOk();
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(account.count(), 1);
    // ...and is saved as the agent's own workspace, never the training one's.
    QVERIFY(!Workspace::isConfigured(m_workspace->directory()));
    QVERIFY(Workspace::isConfigured(own));
    const ProviderSettings saved
        = ProviderSettings::load(QDir(own).filePath(QStringLiteral("workspace.ini")));
    QCOMPARE(saved.accountSid, QLatin1String(test::SimHarness::kAccountSid));
    QCOMPARE(saved.baseUrl, m_sim->baseUrl());
    QCOMPARE(
        m_secrets->secrets.value(SecretStore::keyFor(QLatin1String(test::SimHarness::kAccountSid))),
        QByteArray(test::SimHarness::kAuthToken));
    QFile ini(QDir(own).filePath(QStringLiteral("workspace.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(test::SimHarness::kAuthToken));
}

void TestSettingsDialog::defaultStoreAnswersWithoutAKeychainService()
{
    // Whatever this machine has (a test machine usually has no Secret Service), the store
    // answers once, and the environment variable still counts.
    qputenv("TEXTDESK_AUTH_TOKEN", "from-the-environment");
    auto store = SecretStore::createDefault();
    int answers = 0;
    SecretStore::Result answer;
    store->load(SecretStore::keyFor(QStringLiteral("AC00000000000000000000000000000000")),
                [&](const SecretStore::Result &r) {
                    ++answers;
                    answer = r;
                });
    QCOMPARE(answers, 0); // never before load() returns
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 40'000);
    QVERIFY2(answer.ok(), qPrintable(answer.message));
    QCOMPARE(answer.secret, QByteArray("from-the-environment"));

    // Storing either works (a real keychain) or says where the token must come from.
    answers = 0;
    const QString key = SecretStore::keyFor(QStringLiteral("ACtest")
                                            + QUuid::createUuid().toString(QUuid::Id128));
    store->store(key, "secret", [&](const SecretStore::Result &r) {
        ++answers;
        answer = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 40'000);
    if (answer.ok()) {
        store->remove(key, [&](const SecretStore::Result &) { ++answers; });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 40'000);
    } else {
        QVERIFY2(answer.message.contains(QStringLiteral("TEXTDESK_AUTH_TOKEN"))
                     || answer.status == SecretStore::Status::Failed,
                 qPrintable(answer.message));
    }
}

void TestSettingsDialog::ourNumbersAreListed()
{
    openTrainingWorkspace();
    ContactStore contacts(m_workspace->database());
    QVERIFY(contacts.ensureInbox(QStringLiteral("+14155550100"), QStringLiteral("Support")));
    makeDialog();
    auto *list = find<QTreeWidget>("ourNumbers");
    QCOMPARE(list->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(0),
             PhoneNumbers::display(QStringLiteral("+14155550100"), PhoneNumbers::systemRegion()));
    QCOMPARE(item->text(1), QStringLiteral("Support"));
    QCOMPARE(item->text(2), QStringLiteral("+14155550100"));
}

void TestSettingsDialog::agentNameFallsBackToTheUserSetting()
{
    openTrainingWorkspace();
    // ProviderSession reads the application's default QSettings (this test's own file).
    QSettings user;
    AppSettings s;
    s.agentName = QStringLiteral("pat");
    s.save(user);
    QCOMPARE(ProviderSession::agentName(*m_workspace), QStringLiteral("Pat"));
    {
        // The workspace's own name wins.
        QSettings ini(m_workspace->settingsPath(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("agent/name"), QStringLiteral("Alex"));
    }
    QCOMPARE(ProviderSession::agentName(*m_workspace), QStringLiteral("Alex"));
    user.remove(QStringLiteral("agent/name"));
}

namespace {
void checkReadable(const QPalette &p)
{
    const auto contrast
        = [&p](QPalette::ColorGroup g, QPalette::ColorRole fg, QPalette::ColorRole bg) {
              return Theme::contrastRatio(p.color(g, fg), p.color(g, bg));
          };
    for (const auto g : { QPalette::Active, QPalette::Inactive }) {
        // WCAG AA for body text is 4.5:1; the main text aims for AAA (7:1).
        QVERIFY(contrast(g, QPalette::Text, QPalette::Base) >= 7.0);
        QVERIFY(contrast(g, QPalette::Text, QPalette::AlternateBase) >= 7.0);
        QVERIFY(contrast(g, QPalette::WindowText, QPalette::Window) >= 7.0);
        QVERIFY(contrast(g, QPalette::ButtonText, QPalette::Button) >= 4.5);
        QVERIFY(contrast(g, QPalette::PlaceholderText, QPalette::Base) >= 4.5);
        QVERIFY(contrast(g, QPalette::HighlightedText, QPalette::Highlight) >= 4.5);
        QVERIFY(contrast(g, QPalette::ToolTipText, QPalette::ToolTipBase) >= 4.5);
        QVERIFY(contrast(g, QPalette::Link, QPalette::Base) >= 4.5);
    }
    // Disabled text is visibly there, and visibly weaker than enabled text.
    const double disabled = contrast(QPalette::Disabled, QPalette::Text, QPalette::Base);
    QVERIFY(disabled >= 2.5);
    QVERIFY(disabled < contrast(QPalette::Active, QPalette::Text, QPalette::Base));
    QVERIFY(contrast(QPalette::Disabled, QPalette::WindowText, QPalette::Window) >= 2.5);
}
} // namespace

void TestSettingsDialog::darkThemeIsReadable()
{
    Theme::applyTheme(QStringLiteral("dark"));
    const QPalette p = QApplication::palette();
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QVERIFY(p.color(QPalette::Base).lightness() < 64);
    QVERIFY(p.color(QPalette::Window).lightness() < 64);
    QVERIFY(p.color(QPalette::Text).lightness() > 192);
    checkReadable(p);
    if (QTest::currentTestFailed())
        return;
    // A widget made now gets it too.
    QLineEdit edit;
    QCOMPARE(edit.palette().color(QPalette::Base), p.color(QPalette::Base));
}

void TestSettingsDialog::lightThemeIsReadable()
{
    Theme::applyTheme(QStringLiteral("light"));
    const QPalette p = QApplication::palette();
    QVERIFY(p.color(QPalette::Base).lightness() > 240);
    QVERIFY(p.color(QPalette::Text).lightness() < 64);
    checkReadable(p);
}

void TestSettingsDialog::systemThemeRestoresTheOriginal()
{
    // The first applyTheme() of this process (in darkThemeIsReadable) remembered the
    // platform's style and palette, recorded again in initTestCase() to compare.
    Theme::applyTheme(QStringLiteral("dark"));
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 64);
    Theme::applyTheme(QStringLiteral("system"));
    QCOMPARE(QApplication::style()->name(), m_originalStyle);
    QCOMPARE(QApplication::palette(), m_originalPalette);
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
