// The computer-wide settings an administrator deploys with the installer: read from a real file,
// every value checked, bad ones reported by name and ignored.
#include "workspace/MachineConfig.h"

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkProxy>
#include <QtTest/QTest>

using namespace textdesk;

class TestMachineConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("textdesk.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(text) != text.size())
            return {};
        return path;
    }

private slots:
    void noFileMeansNoPreset()
    {
        const MachineConfig config
            = MachineConfig::load(m_dir.filePath(QStringLiteral("absent.ini")));
        QVERIFY(!config.found);
        QVERIFY(!config.presetsProvider());
        QVERIFY(config.trainingAllowed);
        QVERIFY(config.problems.isEmpty());
    }

    void presetsTheAccountProxyLanguageAndTraining()
    {
        const QString path = write("[provider]\n"
                                   "base_url=https://api.example.com\n"
                                   "account_sid=AC0123456789abcdef0123456789abcdef\n"
                                   "numbers=+1 415 555 0100, +13125550100\n"
                                   "[media]\n"
                                   "upload_url=https://files.example.com/textdesk\n"
                                   "[network]\n"
                                   "proxy=http://proxy.example.com:3128\n"
                                   "[app]\n"
                                   "language=de\n"
                                   "training=false\n");
        const MachineConfig config = MachineConfig::load(path);
        QVERIFY(config.found);
        QVERIFY2(config.problems.isEmpty(), qPrintable(config.problems.join(u'\n')));
        QVERIFY(config.presetsProvider());
        QCOMPARE(config.provider.accountSid, QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QCOMPARE(config.provider.baseUrl, QUrl(QStringLiteral("https://api.example.com")));
        QCOMPARE(config.provider.mediaUploadUrl,
                 QUrl(QStringLiteral("https://files.example.com/textdesk")));
        QCOMPARE(config.language, QStringLiteral("de"));
        QCOMPARE(config.numbers,
                 QStringList({ QStringLiteral("+14155550100"), QStringLiteral("+13125550100") }));
        QVERIFY(!config.trainingAllowed);

        // The preset becomes a workspace's settings, loaded back the same.
        const QString workspaceIni = m_dir.filePath(QStringLiteral("workspace.ini"));
        QString error;
        QVERIFY2(config.provider.save(workspaceIni, &error), qPrintable(error));
        const ProviderSettings saved = ProviderSettings::load(workspaceIni);
        QCOMPARE(saved.accountSid, config.provider.accountSid);
        QCOMPARE(saved.baseUrl, config.provider.baseUrl);
        QCOMPARE(saved.mediaUploadUrl, config.provider.mediaUploadUrl);

        config.applyProxy();
        QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.com"));
        QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(3128));
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void badValuesAreNamedAndIgnored()
    {
        const QString path = write("[provider]\n"
                                   "account_sid=AC123\n"
                                   "numbers=+14155550100, 555-0100\n"
                                   "[network]\n"
                                   "proxy=proxy.example.com\n"
                                   "[app]\n"
                                   "language=tlh\n"
                                   "training=perhaps\n");
        const MachineConfig config = MachineConfig::load(path);
        QVERIFY(config.found);
        QVERIFY(!config.presetsProvider());
        QVERIFY(config.proxy.isEmpty());
        QVERIFY(config.language.isEmpty());
        QVERIFY(config.trainingAllowed); // not understood: the default stands
        QCOMPARE(config.numbers, QStringList { QStringLiteral("+14155550100") });
        QCOMPARE(config.problems.size(), 5);
        const QString all = config.problems.join(u'\n');
        QVERIFY(all.contains(path));
        QVERIFY(all.contains(u"AC123"));
        QVERIFY(all.contains(u"proxy.example.com"));
        QVERIFY(all.contains(u"tlh"));
        QVERIFY(all.contains(u"perhaps"));
        QVERIFY(all.contains(u"555-0100")); // no country code: not guessed
    }

    void environmentNamesAnotherFile()
    {
        qputenv("TEXTDESK_MACHINE_CONFIG", "/srv/textdesk/staging.ini");
        QCOMPARE(MachineConfig::overridePath(), QStringLiteral("/srv/textdesk/staging.ini"));
        qunsetenv("TEXTDESK_MACHINE_CONFIG");
        QCOMPARE(MachineConfig::overridePath(), QString());
#if defined(Q_OS_LINUX)
        QCOMPARE(MachineConfig::systemPath(), QStringLiteral("/etc/textdesk/textdesk.ini"));
#endif
    }

    // The file TEXTDESK_MACHINE_CONFIG names (any user can set it) fills in what the
    // administrator's file leaves unset; it never lifts what the administrator set.
    void anEnvironmentVariableCannotLiftTheAdministratorsSettings()
    {
        const QString system = m_dir.filePath(QStringLiteral("system.ini"));
        const QString mine = m_dir.filePath(QStringLiteral("mine.ini"));
        {
            QSettings ini(system, QSettings::IniFormat);
            ini.setValue(QStringLiteral("provider/account_sid"),
                         QStringLiteral("AC0123456789abcdef0123456789abcdef"));
            ini.setValue(QStringLiteral("app/training"), QStringLiteral("false"));
            QSettings other(mine, QSettings::IniFormat);
            other.setValue(QStringLiteral("provider/account_sid"),
                           QStringLiteral("ACffffffffffffffffffffffffffffffff"));
            other.setValue(QStringLiteral("app/training"), QStringLiteral("true"));
            other.setValue(QStringLiteral("app/language"), QStringLiteral("fr"));
        }
        const MachineConfig config = MachineConfig::layered(system, mine);
        QVERIFY(config.found);
        QVERIFY(!config.trainingAllowed);
        QCOMPARE(config.provider.accountSid, QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QCOMPARE(config.language, QStringLiteral("fr")); // left unset by the administrator

        // Where the computer has no file (staging, tests), the named one is all there is.
        const MachineConfig alone
            = MachineConfig::layered(m_dir.filePath(QStringLiteral("absent.ini")), mine);
        QVERIFY(alone.trainingAllowed);
        QCOMPARE(alone.provider.accountSid, QStringLiteral("ACffffffffffffffffffffffffffffffff"));
    }

    // Plain http to another computer would carry the account's credentials in clear text.
    void plainHttpAddressesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("named");
        QTest::newRow("base_url") << QByteArray("base_url=http://api.example.com\n")
                                  << QStringLiteral("http://api.example.com");
        QTest::newRow("upload_url")
            << QByteArray("[media]\nupload_url=http://files.example.com/up\n")
            << QStringLiteral("http://files.example.com/up");
        QTest::newRow("public_url")
            << QByteArray("[webhook]\npublic_url=http://desk.example.com/hooks\n")
            << QStringLiteral("http://desk.example.com/hooks");
    }

    void plainHttpAddressesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, named);
        const QString path
            = write("[provider]\naccount_sid=AC0123456789abcdef0123456789abcdef\n" + text);
        const MachineConfig config = MachineConfig::load(path);
        QVERIFY(!config.presetsProvider());
        QCOMPARE(config.problems.size(), 1);
        QVERIFY2(config.problems.first().contains(named), qPrintable(config.problems.first()));
        QVERIFY(config.problems.first().contains(QLatin1String("https")));
        // This computer (a simulator) is fine over http.
        const MachineConfig local = MachineConfig::load(
            write("[provider]\naccount_sid=AC0123456789abcdef0123456789abcdef\n"
                  "base_url=http://127.0.0.1:8080\n"));
        QVERIFY2(local.problems.isEmpty(), qPrintable(local.problems.join(u'\n')));
        QVERIFY(local.presetsProvider());
    }
};

QTEST_GUILESS_MAIN(TestMachineConfig)
#include "TestMachineConfig.moc"
