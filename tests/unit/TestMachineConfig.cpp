// The computer-wide settings an administrator deploys with the installer: read from a real file,
// every value checked, bad ones reported by name and ignored.
#include "workspace/MachineConfig.h"

#include <QtCore/QFile>
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
        QCOMPARE(MachineConfig::defaultPath(), QStringLiteral("/srv/textdesk/staging.ini"));
        qunsetenv("TEXTDESK_MACHINE_CONFIG");
#if defined(Q_OS_LINUX)
        QCOMPARE(MachineConfig::defaultPath(), QStringLiteral("/etc/textdesk/textdesk.ini"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestMachineConfig)
#include "TestMachineConfig.moc"
