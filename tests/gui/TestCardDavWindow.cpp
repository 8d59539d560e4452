// CardDAV from the window (issue 19): Settings → Contacts with its connection test and the
// password in the keychain (a SecretStore kept in memory here), Contacts → Sync contacts now
// against a real radicale, and a conflict resolved in the conflicts dialog.
#include "RadicaleServer.h"
#include "contacts/CardDavClient.h"
#include "contacts/CardDavConflictsDialog.h"
#include "contacts/CardDavRunner.h"
#include "contacts/CardDavSyncDialog.h"
#include "core/Clock.h"
#include "main/MainWindow.h"
#include "settings/ContactsSyncPage.h"
#include "settings/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "storage/ContactBook.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace textdesk;

namespace {
class CardDavMemorySecrets : public SecretStore
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

class TestCardDavWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::RadicaleServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QNetworkAccessManager m_network;

    // With TEXTDESK_SCREENSHOTS=DIR, the widget's picture as DIR/name (for the README).
    static void shot(QWidget *widget, const QString &name)
    {
        if (!qEnvironmentVariableIsEmpty("TEXTDESK_SCREENSHOTS"))
            widget->grab().save(qEnvironmentVariable("TEXTDESK_SCREENSHOTS") + u'/' + name);
    }

    QString bookUrl() const { return m_server->book().toString(); }
    QString iniPath() const { return m_workspace->settingsPath(); }

    // A request straight to the server, as another CardDAV client makes it.
    int serverPut(const QString &name, const QByteArray &vcard)
    {
        contacts::CardDavClient client(&m_network, m_server->book(),
                                       QLatin1String(test::RadicaleServer::kUser),
                                       QLatin1String(test::RadicaleServer::kPassword));
        QString etag;
        {
            contacts::CardDavCall *get = client.get(client.bookPath() + name);
            QSignalSpy got(get, &contacts::CardDavCall::finished);
            if (!got.wait(20000))
                return 0;
            etag = get->status() == 200 ? get->etag() : QString();
        }
        contacts::CardDavCall *put = client.put(client.bookPath() + name, vcard, etag);
        QSignalSpy done(put, &contacts::CardDavCall::finished);
        return done.wait(20000) ? put->status() : 0;
    }

    void configure()
    {
        QSettings ini(iniPath(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("carddav/url"), bookUrl());
        ini.setValue(QStringLiteral("carddav/user"), QLatin1String(test::RadicaleServer::kUser));
        ini.sync();
        CardDavMemorySecrets::secrets.insert(
            SecretStore::keyForCardDav(bookUrl(), QLatin1String(test::RadicaleServer::kUser)),
            test::RadicaleServer::kPassword);
    }

    // Runs Contacts → Sync contacts now to its result line.
    QString syncFromDialog(contacts::CardDavRunner &runner, bool *conflictsOffered = nullptr)
    {
        CardDavSyncDialog dialog(&runner, iniPath(), QStringLiteral("US"),
                                 std::make_unique<CardDavMemorySecrets>());
        dialog.show();
        dialog.start();
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("carddavClose"));
        if (!QTest::qWaitFor([&] { return close->isVisible(); }, 60000))
            return QStringLiteral("(no result)");
        if (conflictsOffered)
            *conflictsOffered
                = dialog.findChild<QPushButton *>(QStringLiteral("carddavShowConflicts"))
                      ->isVisible();
        return dialog.findChild<QLabel *>(QStringLiteral("carddavSyncResult"))->text();
    }

    ContactCard contact(const QString &e164)
    {
        auto all = ContactBook::all(m_workspace->database());
        if (all)
            for (const ContactCard &c : std::as_const(*all))
                if (c.e164 == e164)
                    return c;
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        if (test::RadicaleServer::binary().isEmpty())
            QSKIP("radicale is not installed (apt-get install radicale; dev.sh installs it)");
        m_server = std::make_unique<test::RadicaleServer>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        m_dir = std::make_unique<QTemporaryDir>();
        const QString ws = m_dir->filePath(QStringLiteral("workspace"));
        QDir().mkpath(ws);
        QSettings ini(ws + QStringLiteral("/workspace.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("provider/type"), QStringLiteral("twilio"));
        ini.setValue(QStringLiteral("provider/base_url"), QStringLiteral("http://127.0.0.1:9"));
        ini.setValue(QStringLiteral("provider/account_sid"),
                     QStringLiteral("AC00000000000000000000000000000001"));
        ini.sync();
        auto workspace = Workspace::open(ws);
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().details()));
        m_workspace = std::move(*workspace);
        CardDavMemorySecrets::secrets.clear();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
        m_server.reset();
    }

    // The connection test says what is wrong in words; OK keeps the password in the keychain
    // and only the address and user in workspace.ini.
    void settingsPageTestsAndStores()
    {
        auto *secrets = new CardDavMemorySecrets;
        QSettings preferences(m_dir->filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
        SettingsDialog dialog(*m_workspace, nullptr, nullptr, &preferences,
                              std::unique_ptr<SecretStore>(secrets));
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        auto *page = dialog.findChild<ContactsSyncPage *>(QStringLiteral("contactsPage"));
        QVERIFY(page);
        tabs->setCurrentWidget(page);
        auto *url = page->findChild<QLineEdit *>(QStringLiteral("carddavUrl"));
        auto *user = page->findChild<QLineEdit *>(QStringLiteral("carddavUser"));
        auto *password = page->findChild<QLineEdit *>(QStringLiteral("carddavPassword"));
        auto *test = page->findChild<QPushButton *>(QStringLiteral("carddavTest"));
        auto *result = page->findChild<QLabel *>(QStringLiteral("carddavResult"));
        QCOMPARE(result->textFormat(), Qt::PlainText);
        QCOMPARE(password->echoMode(), QLineEdit::Password);

        // Plain http to another computer: refused before anything is sent.
        url->setText(QStringLiteral("http://dav.example.com/book/"));
        user->setText(QLatin1String(test::RadicaleServer::kUser));
        password->setText(QStringLiteral("wrong"));
        test->click();
        QVERIFY2(result->text().contains(QLatin1String("https://")), qPrintable(result->text()));

        url->setText(bookUrl());
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
        QVERIFY2(result->text().contains(QLatin1String("refused the user name or password")),
                 qPrintable(result->text()));

        // The account's home, not its address book.
        QUrl home = m_server->book();
        home.setPath(QStringLiteral("/%1/").arg(QLatin1String(test::RadicaleServer::kUser)));
        url->setText(home.toString());
        password->setText(QLatin1String(test::RadicaleServer::kPassword));
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
        QVERIFY2(result->text().contains(QLatin1String("not an address book")),
                 qPrintable(result->text()));

        url->setText(bookUrl());
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
        QVERIFY2(result->text().startsWith(QLatin1String("Connected")), qPrintable(result->text()));
        shot(&dialog, QStringLiteral("carddav-settings.png"));

        // A server that is gone: said as such.
        m_server->stop();
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);
        QVERIFY2(result->text().contains(QLatin1String("No connection")),
                 qPrintable(result->text()));

        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const QString key
            = SecretStore::keyForCardDav(bookUrl(), QLatin1String(test::RadicaleServer::kUser));
        QCOMPARE(CardDavMemorySecrets::secrets.value(key),
                 QByteArray(test::RadicaleServer::kPassword));
        const QSettings ini(iniPath(), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("carddav/url")).toString(), bookUrl());
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(test::RadicaleServer::kPassword));
    }

    // Sync now brings the server's card in; a card edited on both sides is a conflict, shown
    // field by field, and "Keep theirs" writes the server's version here.
    void syncAndResolveAConflict()
    {
        configure();
        QCOMPARE(serverPut(QStringLiteral("bo.vcf"),
                           "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:bo\r\nFN:Bo Chen\r\n"
                           "TEL;VALUE=uri;TYPE=cell:tel:+1-415-555-0102\r\nNOTE:first\r\n"
                           "END:VCARD\r\n")
                     / 100,
                 2);
        contacts::CardDavRunner runner([this] { return &m_workspace->database(); },
                                       Clock::system());
        const QString first = syncFromDialog(runner);
        QVERIFY2(first.contains(QLatin1String("Here: 1 added")), qPrintable(first));
        QCOMPARE(contact(QStringLiteral("+14155550102")).displayName, QStringLiteral("Bo Chen"));

        // Edited here and on the server since that sync.
        auto all = ContactBook::allWithIds(m_workspace->database());
        QVERIFY(all && all->size() == 1);
        auto [id, card] = all->first();
        card.notes = QStringLiteral("edited <b>here</b>");
        QVERIFY(ContactBook::replaceCard(m_workspace->database(), id, card, 2));
        QCOMPARE(serverPut(QStringLiteral("bo.vcf"),
                           "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:bo\r\nFN:Bo Chen\r\n"
                           "TEL;VALUE=uri;TYPE=cell:tel:+1-415-555-0102\r\nNOTE:edited there\r\n"
                           "END:VCARD\r\n")
                     / 100,
                 2);
        bool offered = false;
        const QString second = syncFromDialog(runner, &offered);
        QVERIFY2(second.contains(QLatin1String("Conflicts: 1 new, 1 open")), qPrintable(second));
        QVERIFY(offered);

        auto reader = Database::open(m_workspace->cachePath(), Database::Role::Reader);
        QVERIFY(reader);
        Database &writer = m_workspace->database();
        CardDavConflictsDialog conflicts(
            **reader, [&writer](const ui::Change &change) { return change(writer); },
            QStringLiteral("US"));
        conflicts.show();
        QCOMPARE(conflicts.count(), 1);
        auto *list = conflicts.findChild<QListWidget *>(QStringLiteral("carddavConflictList"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Bo Chen"));
        auto *fields = conflicts.findChild<QTableWidget *>(QStringLiteral("carddavConflictFields"));
        QCOMPARE(fields->rowCount(), 1);
        QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("Notes"));
        QCOMPARE(fields->item(0, 1)->text(), QStringLiteral("edited <b>here</b>")); // as text
        QCOMPARE(fields->item(0, 2)->text(), QStringLiteral("edited there"));
        shot(&conflicts, QStringLiteral("carddav-conflicts.png"));

        conflicts.findChild<QPushButton *>(QStringLiteral("carddavKeepTheirs"))->click();
        QCOMPARE(conflicts.count(), 0);
        QCOMPARE(contact(QStringLiteral("+14155550102")).notes, QStringLiteral("edited there"));
        const QString third = syncFromDialog(runner);
        QVERIFY2(third.contains(QLatin1String("0 open")), qPrintable(third));
    }

    // Cancel while the address book is being listed: the sync stops before anything is
    // written here, and says so.
    void cancelStopsBeforeWriting()
    {
        configure();
        QCOMPARE(serverPut(QStringLiteral("cy.vcf"),
                           "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:cy\r\nFN:Cy Twombly\r\n"
                           "TEL;VALUE=uri;TYPE=cell:tel:+1-415-555-0103\r\nEND:VCARD\r\n")
                     / 100,
                 2);
        contacts::CardDavRunner runner([this] { return &m_workspace->database(); },
                                       Clock::system());
        CardDavSyncDialog dialog(&runner, iniPath(), QStringLiteral("US"),
                                 std::make_unique<CardDavMemorySecrets>());
        dialog.show();
        dialog.start();
        auto *log = dialog.findChild<QPlainTextEdit *>(QStringLiteral("carddavLog"));
        QTRY_VERIFY(log->toPlainText().contains(QLatin1String("Listing the address book")));
        dialog.findChild<QPushButton *>(QStringLiteral("carddavCancel"))->click();
        QVERIFY(dialog.isVisible()); // it waits for the request in flight
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("carddavClose"));
        QTRY_VERIFY_WITH_TIMEOUT(close->isVisible(), 30000);
        const QString line
            = dialog.findChild<QLabel *>(QStringLiteral("carddavSyncResult"))->text();
        QVERIFY2(line.contains(QLatin1String("Cancelled")), qPrintable(line));
        QVERIFY(contact(QStringLiteral("+14155550103")).e164.isEmpty());
        QVERIFY(!runner.running());
    }

    // The Contacts menu opens both dialogs; without an address book, Sync says where to set
    // one up, and the conflicts dialog says there are none.
    void contactsMenuOpensTheDialogs()
    {
        MainWindow window(*m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("syncContacts"))->trigger();
        auto *sync = window.findChild<CardDavSyncDialog *>();
        QVERIFY(sync && sync->isVisible());
        QVERIFY(sync->findChild<QLabel *>(QStringLiteral("carddavSyncResult"))
                    ->text()
                    .contains(QStringLiteral("Settings → Contacts")));
        sync->close();
        window.findChild<QAction *>(QStringLiteral("contactConflicts"))->trigger();
        auto *conflicts = window.findChild<CardDavConflictsDialog *>();
        QVERIFY(conflicts && conflicts->isVisible());
        QCOMPARE(conflicts->count(), 0);
        QVERIFY(conflicts->findChild<QLabel *>(QStringLiteral("carddavConflictStatus"))
                    ->text()
                    .startsWith(QLatin1String("No open conflicts")));
        conflicts->close();
    }

    // Without a password in the keychain the dialog says where to enter it; nothing runs.
    void noPasswordSaysWhere()
    {
        configure();
        CardDavMemorySecrets::secrets.clear();
        contacts::CardDavRunner runner([this] { return &m_workspace->database(); },
                                       Clock::system());
        const QString line = syncFromDialog(runner);
        QVERIFY2(line.contains(QStringLiteral("Settings → Contacts")), qPrintable(line));
    }
};

QTEST_MAIN(TestCardDavWindow)
#include "TestCardDavWindow.moc"
