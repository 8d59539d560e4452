#include "workspace/AppIdentity.h"
#include "workspace/Workspace.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace textdesk;

// Where Textdesk keeps the agent's settings and its workspaces (issue 22, bug 4).
class TestAppIdentity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsAreNotUnderUnknownOrganization();
    void workspacesStayWhereTheyWere();
    void oldSettingsAreMigratedOnce();
};

void TestAppIdentity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppIdentity::set();
}

void TestAppIdentity::settingsAreNotUnderUnknownOrganization()
{
    const QString file = QSettings().fileName();
    QVERIFY2(!file.contains(QStringLiteral("Unknown Organization")), qPrintable(file));
    QVERIFY2(file.contains(QStringLiteral("/Textdesk/textdesk")), qPrintable(file));
    QCOMPARE(QCoreApplication::organizationDomain(), QStringLiteral("textdesk.io"));
}

void TestAppIdentity::workspacesStayWhereTheyWere()
{
    // Before the organisation was set, <AppData> was …/share/textdesk: it must not move.
    const QString location = Workspace::defaultLocation();
    QVERIFY2(location.endsWith(QStringLiteral("/share/textdesk/workspaces/default")),
             qPrintable(location));
    QVERIFY2(Workspace::trainingLocation().endsWith(
                 QStringLiteral("/share/textdesk/workspaces/training")),
             qPrintable(Workspace::trainingLocation()));
}

void TestAppIdentity::oldSettingsAreMigratedOnce()
{
    QTemporaryDir dir;
    QSettings legacy(dir.filePath(QStringLiteral("old.ini")), QSettings::IniFormat);
    legacy.setValue(QStringLiteral("agent/name"), QStringLiteral("Robin"));
    legacy.setValue(QStringLiteral("window/geometry"), QByteArray("\x01\x02", 2));
    QSettings current(dir.filePath(QStringLiteral("new.ini")), QSettings::IniFormat);
    QVERIFY(AppIdentity::migrateSettings(legacy, current));
    QCOMPARE(current.value(QStringLiteral("agent/name")).toString(), QStringLiteral("Robin"));
    QCOMPARE(current.value(QStringLiteral("window/geometry")).toByteArray(),
             QByteArray("\x01\x02", 2));
    // Once: a later change in the new place is never overwritten by the old file.
    current.setValue(QStringLiteral("agent/name"), QStringLiteral("Sam"));
    QVERIFY(!AppIdentity::migrateSettings(legacy, current));
    QCOMPARE(current.value(QStringLiteral("agent/name")).toString(), QStringLiteral("Sam"));
}

QTEST_GUILESS_MAIN(TestAppIdentity)
#include "TestAppIdentity.moc"
