#include "workspace/AppSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace textdesk;

class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void defaults();
    void roundTrip();
    void outOfRangeTargetIsClamped_data();
    void outOfRangeTargetIsClamped();
    void unknownThemeAndLanguageFallBack();
    void emptyAgentNameIsRemoved();
    void sharesTheTrayToggle();

private:
    QSettings &settings() { return *m_settings; }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestAppSettings::init()
{
    // A file of its own per test: never the user's real settings.
    m_settings.reset();
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()))
        + QStringLiteral(".ini");
    QFile::remove(path);
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

void TestAppSettings::defaults()
{
    const AppSettings s = AppSettings::load(settings());
    QVERIFY(s.agentName.isEmpty());
    QCOMPARE(s.responseTargetMinutes, 15);
    QVERIFY(s.enterSends);
    QVERIFY(s.notifications);
    QCOMPARE(s.theme, QStringLiteral("system"));
    QVERIFY(s.language.isEmpty());
    QCOMPARE(s, AppSettings());
}

void TestAppSettings::roundTrip()
{
    AppSettings s;
    s.agentName = QStringLiteral("Zoë");
    s.responseTargetMinutes = 90;
    s.enterSends = false;
    s.notifications = false;
    s.theme = QStringLiteral("dark");
    s.language = QStringLiteral("de");
    s.save(settings());
    QCOMPARE(AppSettings::load(settings()), s);

    // Read back from the file by another QSettings, as the next start would.
    const QSettings reread(settings().fileName(), QSettings::IniFormat);
    QCOMPARE(AppSettings::load(reread), s);
}

void TestAppSettings::outOfRangeTargetIsClamped_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("loaded");
    QTest::newRow("zero") << QVariant(0) << 1;
    QTest::newRow("negative") << QVariant(-30) << 1;
    QTest::newRow("over a day") << QVariant(5000) << 1440;
    QTest::newRow("a day") << QVariant(1440) << 1440;
    QTest::newRow("in range") << QVariant(45) << 45;
    QTest::newRow("not a number") << QVariant(QStringLiteral("soon")) << 15;
}

void TestAppSettings::outOfRangeTargetIsClamped()
{
    QFETCH(QVariant, stored);
    QFETCH(int, loaded);
    settings().setValue(QStringLiteral("agent/response_target_minutes"), stored);
    QCOMPARE(AppSettings::load(settings()).responseTargetMinutes, loaded);

    // Saving clamps as well, so a bad value never reaches the file.
    AppSettings s;
    s.responseTargetMinutes = 100000;
    s.save(settings());
    QCOMPARE(settings().value(QStringLiteral("agent/response_target_minutes")).toInt(), 1440);
}

void TestAppSettings::unknownThemeAndLanguageFallBack()
{
    settings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
    settings().setValue(QStringLiteral("appearance/language"), QStringLiteral("tlh"));
    const AppSettings s = AppSettings::load(settings());
    QCOMPARE(s.theme, QStringLiteral("system"));
    QVERIFY(s.language.isEmpty());
}

void TestAppSettings::emptyAgentNameIsRemoved()
{
    AppSettings s;
    s.agentName = QStringLiteral("Sam");
    s.save(settings());
    s.agentName = QStringLiteral("   ");
    s.save(settings());
    QVERIFY(!settings().contains(QStringLiteral("agent/name")));
    QVERIFY(AppSettings::load(settings()).agentName.isEmpty());
}

void TestAppSettings::sharesTheTrayToggle()
{
    // The main window's "Notifications" toggle writes this key; both must agree.
    settings().setValue(QStringLiteral("notifications/enabled"), false);
    QVERIFY(!AppSettings::load(settings()).notifications);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
