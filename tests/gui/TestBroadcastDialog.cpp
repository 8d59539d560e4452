// File → New broadcast…: the real dialog offscreen on a real cache (a reader for the preview and
// the progress, a writer for the changes, as the sync thread would run them): the preview lists
// each recipient with its text or why it is skipped, the counts add up, Send stores the
// broadcast, Cancel cancels the recipients not yet queued.
#include "TestWorkspace.h"
#include "broadcasts/BroadcastDialog.h"
#include "storage/BroadcastStore.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>

using namespace textdesk;

class TestBroadcastDialog : public QObject
{
    Q_OBJECT
private slots:
    void previewSendCancel();
};

void TestBroadcastDialog::previewSendCancel()
{
    test::TestCache cache;
    auto writer = cache.open();
    auto reader = cache.open(Database::Role::Reader);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // "To send" counts those held for quiet hours too, whatever the hour of the run.
        file.write("phone,first name\n+14155550101,Ana\n+14155550102,Bo\n12,Bad\n");
    }
    BroadcastDialog::Setup setup;
    setup.region = QStringLiteral("US");
    setup.ourNumbers = { QStringLiteral("+13127364410") };
    setup.templates = { { 1,
                          QStringLiteral("hi"),
                          QStringLiteral("Hello"),
                          QStringLiteral("Hi {{first_name}}!"),
                          {},
                          {},
                          {} } };
    Database &w = *writer;
    BroadcastDialog dialog(
        *reader, [&w](const ui::Change &change) { return change(w); }, setup);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Our number as the agent reads it; the broadcast keeps its E.164 key.
    auto *from = dialog.findChild<QComboBox *>(QStringLiteral("broadcastFrom"));
    QVERIFY(from);
    QCOMPARE(from->currentText(), QStringLiteral("(312) 736-4410"));
    dialog.findChild<QLineEdit *>(QStringLiteral("broadcastCsv"))->setText(csv);
    QPushButton *previewButton = nullptr, *send = nullptr, *cancel = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        const QString text = b->text().remove(u'&');
        if (text == QLatin1String("Preview"))
            previewButton = b;
        else if (text == QLatin1String("Send"))
            send = b;
        else if (text == QLatin1String("Cancel broadcast"))
            cancel = b;
    }
    QVERIFY(previewButton && send && cancel);
    QVERIFY(!send->isEnabled());
    QTest::mouseClick(previewButton, Qt::LeftButton);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("broadcastPreview"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Hi Ana!"));
    QVERIFY(table->item(2, 1)->text().contains(QStringLiteral("Invalid number")));
    const QString counts = dialog.findChild<QLabel *>(QStringLiteral("broadcastCounts"))->text();
    QVERIFY2(counts.startsWith(QStringLiteral("2 to send")), qPrintable(counts));
    QVERIFY(send->isEnabled());

    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(dialog.broadcastId() > 0);
    QCOMPARE(test::rows(w, QStringLiteral("SELECT state, from_e164 FROM broadcasts")),
             QStringList { QStringLiteral("running|+13127364410") });
    QVERIFY(!send->isEnabled());
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(test::rows(w, QStringLiteral("SELECT state FROM broadcasts")),
             QStringList { QStringLiteral("cancelled") });
    QCOMPARE(test::rows(w,
                        QStringLiteral("SELECT count(*) FROM broadcast_recipients WHERE state "
                                       "= 'cancelled'")),
             QStringList { QStringLiteral("2") });
}

QTEST_MAIN(TestBroadcastDialog)
#include "TestBroadcastDialog.moc"
