// Scheduled messages through the real main window against the simulator (issue 17): "Send
// later…" from the composer with both time zones shown, the conversation's list with edit and
// cancel, View → Scheduled with a held message confirmed, the customer writing first, and the
// consent history on the profile with its CSV export.
#include "WorkstationFixture.h"
#include "composer/Composer.h"
#include "customer/ConsentHistoryView.h"
#include "customer/ProfilePanel.h"
#include "engine/SyncWorker.h"
#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "scheduled/ScheduledList.h"
#include "scheduled/SendLaterDialog.h"
#include "session/ProviderSession.h"
#include "thread/ConversationPane.h"
#include "thread/ThreadModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <functional>

using namespace textdesk;

namespace {

const QString kCustomer = QStringLiteral("+14155550123"); // 415: America/Los_Angeles

// Runs `act` on the modal dialog once it is open (exec() blocks the caller meanwhile).
void onDialog(const std::function<void(SendLaterDialog *)> &act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto *dialog = qobject_cast<SendLaterDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

// Tomorrow at 10:00 in the customer's zone: in the future and inside their window.
QDateTime tomorrowTenFor(const QTimeZone &zone)
{
    const QDate day = QDateTime::currentDateTime().toTimeZone(zone).date().addDays(1);
    return QDateTime(day, QTime(10, 0), zone);
}

} // namespace

class TestScheduledMessages : public QObject, private test::WorkstationFixture
{
    Q_OBJECT
    using WorkstationFixture::thread;

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendLaterEditCancel();
    void heldIsConfirmedFromTheScheduledView();
    void customerWritingFirstCancels();
    void consentHistoryOnTheProfile();

private:
    void openConversation(const QString &body);
    // Types `text`, presses Ctrl+Shift+Enter, and in the dialog picks tomorrow 10:00 in the
    // customer's time zone and Schedule.
    void scheduleFromComposer(const QString &text, bool cancelOnReply = true);
    QListWidget *barList() const;
    // Runs a change on the sync thread's writer (a test seam for states the clock would reach).
    void onWriter(const std::function<Status(Database &)> &change);
};

void TestScheduledMessages::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestScheduledMessages"));
}

void TestScheduledMessages::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("agent/name"), QStringLiteral("Alex"));
    QString error;
    QVERIFY2(startWorkstation({}, &error), qPrintable(error));
    // Active, as on a desktop: the window's shortcuts (View → Scheduled) need it.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestScheduledMessages::cleanup()
{
    stopWorkstation();
}

void TestScheduledMessages::openConversation(const QString &body)
{
    const QPersistentModelIndex index = receive(kCustomer, body);
    QVERIFY(index.isValid());
    open(index);
    QTRY_COMPARE(m_window->conversation()->conversationId(),
                 index.data(InboxModel::ConversationIdRole).toLongLong());
}

QListWidget *TestScheduledMessages::barList() const
{
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("scheduledBar"));
    return bar ? bar->findChild<QListWidget *>(QStringLiteral("scheduledList")) : nullptr;
}

void TestScheduledMessages::onWriter(const std::function<Status(Database &)> &change)
{
    engine::SyncWorker *worker = m_session->worker();
    QVERIFY(worker);
    Status result = success();
    QMetaObject::invokeMethod(
        worker, [&] { result = worker->runOnWriter(change); }, Qt::BlockingQueuedConnection);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().details()));
}

void TestScheduledMessages::scheduleFromComposer(const QString &text, bool cancelOnReply)
{
    Composer *composer = m_window->conversation()->composer();
    composer->setDraft(text);
    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(edit);
    const QTimeZone customer("America/Los_Angeles");
    QString both;
    bool accepted = false;
    onDialog([&](SendLaterDialog *dialog) {
        auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("sendLaterZone"));
        auto *time = dialog->findChild<QDateTimeEdit *>(QStringLiteral("sendLaterTime"));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("sendLaterBoth"));
        auto *flag = dialog->findChild<QCheckBox *>(QStringLiteral("sendLaterCancelOnReply"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("sendLaterOk"));
        if (!zone || !time || !label || !flag || !ok) {
            dialog->reject();
            return;
        }
        zone->setCurrentIndex(1); // the customer's time
        const QDateTime at = tomorrowTenFor(customer);
        time->setDateTime(QDateTime(at.date(), at.time(), Qt::UTC));
        flag->setChecked(cancelOnReply);
        both = label->text();
        if (!qEnvironmentVariableIsEmpty("TEXTDESK_SCREENSHOTS")) {
            dialog->grab().save(qEnvironmentVariable("TEXTDESK_SCREENSHOTS")
                                + QStringLiteral("/send-later.png"));
        }
        accepted = dialog->dueAt() == at.toMSecsSinceEpoch() && ok->isEnabled();
        ok->click();
    });
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(accepted, qPrintable(both));
    // Both zones are shown, the customer's from their number.
    QVERIFY2(both.contains(QStringLiteral("America/Los_Angeles"))
                 && both.contains(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
             qPrintable(both));
    // Scheduled: the composer is empty again.
    QTRY_COMPARE(composer->text(), QString());
}

void TestScheduledMessages::sendLaterEditCancel()
{
    openConversation(QStringLiteral("Is my parcel coming today?"));
    scheduleFromComposer(QStringLiteral("Did your parcel arrive?"));
    QTRY_VERIFY_WITH_TIMEOUT(barList() && barList()->count() == 1, kWaitMs);
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("scheduledBar"))->isVisible());
    QVERIFY(barList()->item(0)->text().contains(QStringLiteral("Did your parcel arrive?")));
    // Nothing went to the provider yet.
    QCOMPARE(rowWithBody(QStringLiteral("Did your parcel arrive?")), -1);

    // Edit: the dialog comes back with the time in the zone it was chosen in.
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("scheduledBar"));
    QString zoneShown;
    onDialog([&](SendLaterDialog *dialog) {
        zoneShown = dialog->zoneId();
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("sendLaterBody"))
            ->setPlainText(QStringLiteral("Did your parcel arrive safely?"));
        dialog->findChild<QPushButton *>(QStringLiteral("sendLaterOk"))->click();
    });
    bar->findChild<QPushButton *>(QStringLiteral("scheduledEdit"))->click();
    QCOMPARE(zoneShown, QStringLiteral("America/Los_Angeles"));
    QTRY_VERIFY_WITH_TIMEOUT(
        barList()->count() == 1
            && barList()->item(0)->text().contains(QStringLiteral("arrive safely?")),
        kWaitMs);

    if (!qEnvironmentVariableIsEmpty("TEXTDESK_SCREENSHOTS")) {
        m_window->grab().save(qEnvironmentVariable("TEXTDESK_SCREENSHOTS")
                              + QStringLiteral("/scheduled-conversation.png"));
    }

    // Cancel: gone from the conversation.
    bar->findChild<QPushButton *>(QStringLiteral("scheduledCancel"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(barList()->count() == 0, kWaitMs);
    QVERIFY(!bar->isVisible());
}

void TestScheduledMessages::heldIsConfirmedFromTheScheduledView()
{
    openConversation(QStringLiteral("Can you remind me tomorrow?"));
    scheduleFromComposer(QStringLiteral("Reminder: your appointment is today"));
    QTRY_VERIFY_WITH_TIMEOUT(barList() && barList()->count() == 1, kWaitMs);
    // As after a computer that was off too long past its time (TestScheduledSend drives that
    // on a clock): held for the agent.
    // And the customer's zone one where it is daytime now, so quiet hours do not hold it.
    const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
    const QString zone = QStringLiteral("Etc/GMT%1%2")
                             .arg(utcHour >= 12 ? QLatin1Char('+') : QLatin1Char('-'))
                             .arg(std::abs(utcHour - 12));
    onWriter([&zone](Database &db) -> Status {
        if (Status s = db.execOnce(QStringLiteral("UPDATE contacts SET custom_fields = "
                                                  "'{\"time_zone\": \"%1\"}'")
                                       .arg(zone));
            !s) {
            return s;
        }
        return db.execOnce(
            QStringLiteral("UPDATE scheduled_messages SET state = 'held', reason = 'too_late'"));
    });

    // View → Scheduled, as from the menu.
    auto *open = m_window->findChild<QAction *>(QStringLiteral("openScheduled"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    open->trigger();
    auto *window = m_window->findChild<QDialog *>(QStringLiteral("scheduledWindow"));
    QVERIFY(window);
    QTRY_VERIFY(window->isVisible());
    auto *all = window->findChild<ScheduledList *>(QStringLiteral("scheduledAll"));
    QVERIFY(all);
    auto *list = all->findChild<QListWidget *>(QStringLiteral("scheduledList"));
    QTRY_COMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("Held")),
             qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("415")));

    if (!qEnvironmentVariableIsEmpty("TEXTDESK_SCREENSHOTS")) {
        window->grab().save(qEnvironmentVariable("TEXTDESK_SCREENSHOTS")
                            + QStringLiteral("/scheduled-view.png"));
    }

    auto *confirm = all->findChild<QPushButton *>(QStringLiteral("scheduledConfirm"));
    QVERIFY(confirm && confirm->isVisible());
    confirm->click();
    // It goes out now: in the thread, from the provider, and no longer listed.
    QTRY_VERIFY_WITH_TIMEOUT(
        rowWithBody(QStringLiteral("Reminder: your appointment is today")) >= 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(barList()->count(), 0, kWaitMs);
}

void TestScheduledMessages::customerWritingFirstCancels()
{
    openConversation(QStringLiteral("I'll check with my partner"));
    scheduleFromComposer(QStringLiteral("Any news from your partner?"));
    QTRY_VERIFY_WITH_TIMEOUT(barList() && barList()->count() == 1, kWaitMs);
    // The customer writes before it is due: it is cancelled by itself.
    QVERIFY(receive(kCustomer, QStringLiteral("Partner says yes!")).isValid());
    QTRY_COMPARE_WITH_TIMEOUT(barList()->count(), 0, kWaitMs);

    // With "cancel if the customer writes first" off, it stays.
    scheduleFromComposer(QStringLiteral("Your weekly update"), false);
    QTRY_VERIFY_WITH_TIMEOUT(barList()->count() == 1, kWaitMs);
    QVERIFY(receive(kCustomer, QStringLiteral("thanks")).isValid());
    QTest::qWait(500);
    QCOMPARE(barList()->count(), 1);
}

void TestScheduledMessages::consentHistoryOnTheProfile()
{
    openConversation(QStringLiteral("hello"));
    auto *history = m_window->findChild<QListWidget *>(QStringLiteral("consentHistory"));
    QVERIFY(history);
    QCOMPARE(history->count(), 0);
    // (The provider answers a STOP itself, so the inbox shows its answer, not the STOP.)
    m_sim->injectInbound(kCustomer, QStringLiteral("STOP"));
    syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(history->count(), 1, kWaitMs);
    QVERIFY2(history->item(0)->text().contains(QStringLiteral("Opted out"))
                 && history->item(0)->text().contains(QStringLiteral("Texted STOP")),
             qPrintable(history->item(0)->text()));
    // The composer is blocked, so "Send later…" is too.
    Composer *composer = m_window->conversation()->composer();
    composer->setDraft(QStringLiteral("One more thing"));
    QVERIFY(!composer->sendLater());

    auto *view = m_window->findChild<ConsentHistoryView *>();
    QVERIFY(view);
    const QString path = m_dir->filePath(QStringLiteral("consent.csv"));
    QCOMPARE(view->exportTo(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "customer,occurred_at_utc,state,"));
    QVERIFY2(csv.contains(",opted_out,Texted STOP,STOP,STOP,"), csv.constData());
    QVERIFY(csv.endsWith("\r\n"));
}

QTEST_MAIN(TestScheduledMessages)
#include "TestScheduledMessages.moc"
