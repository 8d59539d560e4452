#include "core/Clock.h"
#include "main/MainWindow.h"
#include "training/TrainingReport.h"
#include "training/TrainingWindow.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace textdesk;

// Help → Training…: a scenario played to its debrief on real widgets, time on a FakeClock.
class TestTrainingDebrief : public QObject
{
    Q_OBJECT

    QListWidget *transcript(QWidget *w)
    {
        return w->findChild<QListWidget *>(QStringLiteral("transcript"));
    }

    bool startScenario(ui::TrainingWindow &window, const QString &title)
    {
        auto *list = window.findChild<QListWidget *>(QStringLiteral("scenarioList"));
        const auto found = list->findItems(title, Qt::MatchExactly);
        if (found.isEmpty())
            return false;
        list->setCurrentItem(found.first());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startScenario")),
                          Qt::LeftButton);
        return true;
    }

    void reply(ui::TrainingWindow &window, const QString &text)
    {
        auto *edit = window.findChild<QPlainTextEdit *>(QStringLiteral("replyEdit"));
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sendReply")),
                          Qt::LeftButton);
    }

    QTreeWidgetItem *check(QTreeWidget *checks, const QString &id)
    {
        for (int i = 0; i < checks->topLevelItemCount(); ++i) {
            if (checks->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
                return checks->topLevelItem(i);
        }
        return nullptr;
    }

private slots:
    void goodRepliesToAPassingDebrief()
    {
        FakeClock clock;
        ui::TrainingWindow window(clock);
        window.show();
        QVERIFY(startScenario(window, QStringLiteral("Late order")));
        QTRY_COMPARE(transcript(&window)->count(), 1);
        QVERIFY(transcript(&window)->item(0)->text().contains(QStringLiteral("order 48213")));
        clock.advance(60'000);
        reply(window,
              QStringLiteral("Hi Anna, sorry your order 48213 is late. It is on its way and "
                             "arrives tomorrow before noon."));
        QCOMPARE(transcript(&window)->count(), 2);
        // The customer answers at her pace, on the clock.
        for (int i = 0; i < 6 && transcript(&window)->count() < 3; ++i) {
            clock.advance(30'000);
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(transcript(&window)->count(), 3);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("finishScenario")),
                          Qt::LeftButton);
        QDialog *debrief = nullptr;
        QTRY_VERIFY((debrief = window.findChild<QDialog *>(QStringLiteral("debrief")))
                    && debrief->isVisible());
        QCOMPARE(debrief->findChild<QLabel *>(QStringLiteral("debriefScore"))->text(),
                 tr("%1 of 100 — %2").arg(100).arg(QStringLiteral("passed")));
        auto *checks = debrief->findChild<QTreeWidget *>(QStringLiteral("debriefChecks"));
        QVERIFY(checks->topLevelItemCount() >= 10);
        QVERIFY(check(checks, QStringLiteral("goal"))->data(0, Qt::UserRole + 1).toBool());
        QVERIFY(check(checks, QStringLiteral("template"))->data(0, Qt::UserRole + 1).toBool());
        QVERIFY(debrief->findChild<QPlainTextEdit *>(QStringLiteral("modelAnswer"))
                    ->toPlainText()
                    .contains(QStringLiteral("48213")));
    }

    void poorRepliesShowTheMissesWithTheirMessage()
    {
        FakeClock clock;
        ui::TrainingWindow window(clock);
        window.show();
        QVERIFY(startScenario(window, QStringLiteral("Late order")));
        QTRY_COMPARE(transcript(&window)->count(), 1);
        // Twelve minutes of silence: the customer nudges.
        for (int i = 0; i < 24; ++i)
            clock.advance(30'000);
        QTRY_VERIFY(transcript(&window)->count() >= 2);
        const QString poor = QStringLiteral("<b>PLEASE NOTE</b> we opened a ticket with L2.");
        reply(window, poor);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("finishScenario")),
                          Qt::LeftButton);
        QDialog *debrief = nullptr;
        QTRY_VERIFY((debrief = window.findChild<QDialog *>(QStringLiteral("debrief"))));
        QVERIFY(debrief->findChild<QLabel *>(QStringLiteral("debriefScore"))
                    ->text()
                    .contains(QStringLiteral("not passed")));
        auto *checks = debrief->findChild<QTreeWidget *>(QStringLiteral("debriefChecks"));
        QTreeWidgetItem *jargon = check(checks, QStringLiteral("jargon"));
        QVERIFY(!jargon->data(0, Qt::UserRole + 1).toBool());
        // The trainee's words, markup and all, as written.
        QCOMPARE(jargon->text(2), poor);
        QVERIFY(!check(checks, QStringLiteral("first_reply"))->data(0, Qt::UserRole + 1).toBool());
    }

    // Help → Training… in the main window; a finished scenario lands in the lead's report.
    void fromTheHelpMenuIntoTheLeadsReport()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.path());
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().details()));
        MainWindow main(**workspace);
        main.show();
        auto *action = main.findChild<QAction *>(QStringLiteral("training"));
        QVERIFY(action);
        action->trigger();
        ui::TrainingWindow *window = nullptr;
        QTRY_VERIFY((window = main.findChild<ui::TrainingWindow *>()) && window->isVisible());
        QVERIFY(startScenario(*window, QStringLiteral("Late order")));
        QTRY_VERIFY(transcript(window)->count() >= 1);
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("finishScenario")),
                          Qt::LeftButton);
        QTRY_VERIFY(window->findChild<QDialog *>(QStringLiteral("debrief")));
        QString error;
        const auto results = training::TrainingReport::read(
            training::TrainingReport::resultsPath((*workspace)->directory()), &error);
        QVERIFY2(results, qPrintable(error));
        QCOMPARE(results->size(), 1);
        QVERIFY(!results->first().passed); // nobody answered the customer
        QVERIFY(results->first().missed.contains(QStringLiteral("first_reply")));
    }
};

QTEST_MAIN(TestTrainingDebrief)
#include "TestTrainingDebrief.moc"
