#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "storage/BulkImporter.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace textdesk;

// The window as a user first sees it: a training workspace says so; a configured one does not;
// what the cache holds is shown.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    }
    void trainingWorkspaceShowsBanner();
    void configuredWorkspaceHasNoBanner();
};

void TestMainWindow::trainingWorkspaceShowsBanner()
{
    QTemporaryDir dir;
    auto workspace = Workspace::open(dir.path());
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().details()));
    {
        BulkImporter importer((*workspace)->database());
        QVERIFY(importer.begin());
        for (int i = 0; i < 3; ++i) {
            ImportMessage row;
            row.contactE164 = QStringLiteral("+1415555010%1").arg(i);
            row.inboxE164 = QStringLiteral("+14155550999");
            row.message.sid = QStringLiteral("SM%1").arg(i, 32, 10, QLatin1Char('0'));
            row.message.body = QStringLiteral("Hello %1").arg(i);
            row.message.status = QStringLiteral("received");
            row.message.createdAt = 1'780'000'000'000 + i * 1000;
            QVERIFY(importer.add(row));
        }
        QVERIFY(importer.finish());
    }

    MainWindow window(**workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("trainingBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    // The icon is an embedded SVG: it renders only if the resource and Qt's SVG plugin are there.
    QVERIFY(!window.windowIcon().pixmap(64, 64).isNull());
    QVERIFY(banner->text().contains(QStringLiteral("Training")));
    // The inbox lists what the cache holds, newest activity first.
    auto *list = window.findChild<QListView *>(QStringLiteral("inboxList"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->model()->index(0, 0).data(InboxModel::PreviewRole).toString(),
             QStringLiteral("Hello 2"));
}

void TestMainWindow::configuredWorkspaceHasNoBanner()
{
    QTemporaryDir dir;
    {
        QSettings settings(dir.filePath(QStringLiteral("workspace.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("provider/account_sid"),
                          QStringLiteral("AC00000000000000000000000000000000"));
    }
    auto workspace = Workspace::open(dir.path());
    QVERIFY(workspace);
    MainWindow window(**workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("trainingBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
