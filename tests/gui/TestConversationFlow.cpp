// What a new agent trips over in the first hour (issue 22), through the real main window
// against the simulator: real HTTP, a real SQLite cache, the real sync thread.
#include "WorkstationFixture.h"
#include "composer/Composer.h"
#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "session/ProviderSession.h"
#include "settings/SettingsDialog.h"
#include "thread/ConversationPane.h"
#include "thread/ThreadModel.h"
#include "thread/ThreadView.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace textdesk;

namespace {
constexpr int kWaitMs = test::WorkstationFixture::kWaitMs;
const QString kCustomer = QStringLiteral("+14155550123");
const QString kOther = QStringLiteral("+14155550177");
} // namespace

class TestConversationFlow : public QObject, private test::WorkstationFixture
{
    Q_OBJECT
    using WorkstationFixture::thread; // the open thread's model, not QObject's

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void markUnreadSticksWhenAnotherIsOpened();
    void renamedAgentSignsTheNextReply();
    void windowFitsTheScreenAndKeepsItsSize();
    void noteModeIsUnmistakable();
    void resolveOpensNothingElseAndCanBeUndone();
    void failedMessageSaysWhatToDo();
    void emptyListsSayWhyAndWhatToDo();
    void pictureAloneCountsAsMms();
    void aboutNamesVersionAndCache();

private:
    // Clicks the conversation and waits until it is open.
    void openAndWait(const QPersistentModelIndex &index);
};

void TestConversationFlow::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestConversationFlow"));
}

void TestConversationFlow::init()
{
    QSettings().clear();
    // The agent's own name (Settings → You), not the workspace's, which would override it.
    QSettings().setValue(QStringLiteral("agent/name"), QStringLiteral("Alex"));
    QString error;
    QVERIFY2(startWorkstation({}, &error), qPrintable(error));
    // Active, as on a desktop: an active window marks what it shows as seen.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestConversationFlow::cleanup()
{
    stopWorkstation();
}

void TestConversationFlow::openAndWait(const QPersistentModelIndex &index)
{
    open(index);
    QTRY_COMPARE(m_window->conversation()->conversationId(),
                 index.data(InboxModel::ConversationIdRole).toLongLong());
}

void TestConversationFlow::markUnreadSticksWhenAnotherIsOpened()
{
    const QPersistentModelIndex first = receive(kCustomer, QStringLiteral("where is my order?"));
    const QPersistentModelIndex second = receive(kOther, QStringLiteral("do you ship to Canada?"));
    QVERIFY(first.isValid() && second.isValid());
    openAndWait(first);
    QTRY_COMPARE_WITH_TIMEOUT(first.data(InboxModel::UnreadRole).toInt(), 0, kWaitMs);

    trigger("markUnread");
    QTRY_COMPARE_WITH_TIMEOUT(first.data(InboxModel::UnreadRole).toInt(), 1, kWaitMs);
    // The window re-reads after the change (and after the next sync): still unread.
    trigger("syncNow");
    QTest::qWait(800);
    QCOMPARE(first.data(InboxModel::UnreadRole).toInt(), 1);
    // Clicking another conversation leaves the first one unread.
    openAndWait(second);
    QTRY_COMPARE_WITH_TIMEOUT(second.data(InboxModel::UnreadRole).toInt(), 0, kWaitMs);
    QTest::qWait(500);
    QCOMPARE(first.data(InboxModel::UnreadRole).toInt(), 1);
    // Opening it again is reading it.
    openAndWait(first);
    QTRY_COMPARE_WITH_TIMEOUT(first.data(InboxModel::UnreadRole).toInt(), 0, kWaitMs);
}

void TestConversationFlow::renamedAgentSignsTheNextReply()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("hello?"));
    QVERIFY(index.isValid());
    openAndWait(index);
    Composer *composer = m_window->conversation()->composer();
    composer->setDraft(QStringLiteral("Hi, Alex here"));
    QVERIFY(composer->send());
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(QStringLiteral("Hi, Alex here")) >= 0, kWaitMs);
    QCOMPARE(thread()
                 ->index(rowWithBody(QStringLiteral("Hi, Alex here")))
                 .data(ThreadModel::AuthorRole)
                 .toString(),
             QStringLiteral("Alex"));

    // Settings → You → name → OK, as the agent does it.
    auto *settings = m_window->findChild<QAction *>(QStringLiteral("settings"));
    QVERIFY(settings);
    settings->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("agentName"));
    QVERIFY(name);
    name->setText(QStringLiteral("Sam"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());

    // No restart: the next reply is Sam's, and the earlier one stays Alex's.
    composer->setDraft(QStringLiteral("Sam now"));
    QVERIFY(composer->send());
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(QStringLiteral("Sam now")) >= 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(thread()
                                  ->index(rowWithBody(QStringLiteral("Sam now")))
                                  .data(ThreadModel::AuthorRole)
                                  .toString(),
                              QStringLiteral("Sam"), kWaitMs);
    QCOMPARE(thread()
                 ->index(rowWithBody(QStringLiteral("Hi, Alex here")))
                 .data(ThreadModel::AuthorRole)
                 .toString(),
             QStringLiteral("Alex"));
}

void TestConversationFlow::windowFitsTheScreenAndKeepsItsSize()
{
    // The offscreen screen (800×600) is smaller than the window's default size (1280×800), as
    // a 1600×1000 screen is at QT_SCALE_FACTOR=2.
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.width() < 1280, "the test needs a screen narrower than the default size");
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4 on %5×%6")
                            .arg(m_window->frameGeometry().x())
                            .arg(m_window->frameGeometry().y())
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
    const QSize before = m_window->size();
    // A conversation with a long Unicode reply being written: nothing in it widens the window.
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("ok 👍"));
    QVERIFY(index.isValid());
    openAndWait(index);
    m_window->conversation()->composer()->setDraft(
        QStringLiteral("Thanks — we’ll look into it right away and text you back 🙂"));
    QTest::qWait(200);
    QCOMPARE(m_window->size(), before);
    QVERIFY2(m_window->minimumSizeHint().width() <= available.width(),
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
}

void TestConversationFlow::noteModeIsUnmistakable()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("refund?"));
    QVERIFY(index.isValid());
    openAndWait(index);
    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    auto *send = m_window->findChild<QPushButton *>(QStringLiteral("composerSend"));
    auto *counter = m_window->findChild<QLabel *>(QStringLiteral("composerCounter"));
    QVERIFY(edit && send && counter);
    const QColor replyColour = edit->palette().color(QPalette::Base);
    QCOMPARE(send->text(), QStringLiteral("Send"));
    QVERIFY(counter->isVisible());

    trigger("noteMode");
    QCOMPARE(edit->placeholderText(), QStringLiteral("Internal note — not sent to the customer"));
    QCOMPARE(send->text(), QStringLiteral("Add note"));
    QVERIFY(!counter->isVisible()); // a note costs no segments
    QVERIFY(edit->palette().color(QPalette::Base) != replyColour);

    // Back to a reply after the note is added: everything as it was.
    QTest::keyClicks(edit, QStringLiteral("refund approved by Kim"));
    send->click();
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(QStringLiteral("refund approved by Kim")) >= 0, kWaitMs);
    QCOMPARE(send->text(), QStringLiteral("Send"));
    QVERIFY(counter->isVisible());
    QCOMPARE(edit->palette().color(QPalette::Base), replyColour);
}

void TestConversationFlow::resolveOpensNothingElseAndCanBeUndone()
{
    const QPersistentModelIndex other = receive(kOther, QStringLiteral("are you open sunday?"));
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("all sorted, thanks"));
    QVERIFY(index.isValid() && other.isValid());
    const qint64 otherId = other.data(InboxModel::ConversationIdRole).toLongLong();
    openAndWait(index);
    const qint64 id = m_window->conversation()->conversationId();
    auto *resolve = m_window->findChild<QAction *>(QStringLiteral("resolve"));
    QCOMPARE(resolve->text(), QStringLiteral("Resolve"));

    trigger("resolve");
    QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->summary().status,
                              QStringLiteral("resolved"), kWaitMs);
    // It leaves the list; the next one is neither opened nor read.
    QTRY_COMPARE(inboxList()->model()->rowCount(), 1);
    QCOMPARE(m_window->conversation()->conversationId(), id);
    QTest::qWait(300);
    QCOMPARE(m_window->conversation()->conversationId(), id);
    QCOMPARE(QPersistentModelIndex(other).data(InboxModel::ConversationIdRole).toLongLong(),
             otherId);
    QCOMPARE(other.data(InboxModel::UnreadRole).toInt(), 1);
    // The button says what it would do now.
    QCOMPARE(resolve->text(), QStringLiteral("Reopen"));

    // "Resolved … — Undo" for a few seconds.
    auto *notice = m_window->findChild<QWidget *>(QStringLiteral("undoNotice"));
    auto *undo = m_window->findChild<QAbstractButton *>(QStringLiteral("undoButton"));
    QVERIFY(notice && undo);
    QVERIFY(notice->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("undoText"))
                ->text()
                .startsWith(QStringLiteral("Resolved")));
    undo->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->summary().status, QStringLiteral("open"),
                              kWaitMs);
    QTRY_COMPARE(inboxList()->model()->rowCount(), 2);
    QVERIFY(!notice->isVisible());
    QCOMPARE(resolve->text(), QStringLiteral("Resolve"));
}

void TestConversationFlow::failedMessageSaysWhatToDo()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("call me back"));
    QVERIFY(index.isValid());
    openAndWait(index);
    // The provider refuses: the number is a landline.
    m_sim->fault({ { QStringLiteral("endpoint"), QStringLiteral("messages.create") },
                   { QStringLiteral("kind"), QStringLiteral("error") },
                   { QStringLiteral("status"), 400 },
                   { QStringLiteral("code"), 21614 },
                   { QStringLiteral("count"), 1 } });
    const QString body = QStringLiteral("Sure, what time suits you?");
    m_window->conversation()->composer()->setDraft(body);
    QVERIFY(m_window->conversation()->composer()->send());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowWithBody(body) >= 0
            && thread()->index(rowWithBody(body)).data(ThreadModel::FailedRole).toBool(),
        kWaitMs);
    const QString advice
        = thread()->index(rowWithBody(body)).data(ThreadModel::ErrorTextRole).toString();
    // What it means and what to do, not the carrier's jargon.
    QVERIFY2(advice.contains(QStringLiteral("not a mobile number")), qPrintable(advice));
    QVERIFY2(advice.contains(QStringLiteral("Call them")), qPrintable(advice));

    // Right-click on the failed message: Edit puts its text back in the composer.
    m_window->conversation()->composer()->setDraft(QString());
    ThreadView *view = m_window->conversation()->view();
    const QModelIndex failed = thread()->index(rowWithBody(body));
    view->scrollTo(failed);
    QStringList offered;
    QTimer::singleShot(300, this, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *editAction = nullptr;
        for (QAction *action : menu->actions()) {
            offered << action->objectName();
            if (action->objectName() == QLatin1String("editFailed"))
                editAction = action;
        }
        menu->close();
        if (editAction)
            editAction->trigger();
    });
    emit view->customContextMenuRequested(view->visualRect(failed).center());
    QVERIFY2(offered.contains(QStringLiteral("retryFailed"))
                 && offered.contains(QStringLiteral("copyMessage")),
             qPrintable(offered.join(QLatin1Char(' '))));
    QTRY_COMPARE(m_window->conversation()->composer()->text(), body);
}

void TestConversationFlow::emptyListsSayWhyAndWhatToDo()
{
    auto *empty = m_window->findChild<QLabel *>(QStringLiteral("inboxEmpty"));
    auto *view = m_window->findChild<QComboBox *>(QStringLiteral("inboxView"));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("inboxStatus"));
    QVERIFY(empty && view && status);
    // Nothing yet at all.
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!inboxList()->isVisible());

    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("hi there"));
    QVERIFY(index.isValid());
    QTRY_VERIFY(inboxList()->isVisible());
    QVERIFY(!empty->isVisible());

    // Mine: nothing is assigned to the agent yet; the words say how to take one.
    view->setCurrentIndex(view->findData(QStringLiteral("mine")));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("assigned to you"))
                 && empty->text().contains(QStringLiteral("Ctrl+Shift+A")),
             qPrintable(empty->text()));
    // All, Resolved: none resolved yet, and how to get there.
    view->setCurrentIndex(view->findData(QStringLiteral("all")));
    status->setCurrentIndex(status->findData(QStringLiteral("resolved")));
    QTRY_VERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Nothing is resolved yet")),
             qPrintable(empty->text()));
    // Back to the open ones: the list again.
    status->setCurrentIndex(status->findData(QStringLiteral("open")));
    QTRY_VERIFY(inboxList()->isVisible());
}

void TestConversationFlow::pictureAloneCountsAsMms()
{
    Composer composer;
    auto *counter = composer.findChild<QLabel *>(QStringLiteral("composerCounter"));
    QVERIFY(counter);
    QVERIFY(counter->text().startsWith(QStringLiteral("0 segments")));
    QTemporaryDir files;
    const QString picture = files.filePath(QStringLiteral("receipt.png"));
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(picture, "PNG"));
    QVERIFY(composer.addAttachment(picture));
    // ("MMS · 1 attachment" once the English plural forms are refreshed.)
    QVERIFY2(counter->text().startsWith(QStringLiteral("MMS · 1 attachment"))
                 && !counter->text().contains(QStringLiteral("segment")),
             qPrintable(counter->text()));
    // With words, the words are counted again.
    composer.setDraft(QStringLiteral("here it is"));
    QVERIFY(counter->text().startsWith(QStringLiteral("1 segment")));
}

void TestConversationFlow::aboutNamesVersionAndCache()
{
    auto *about = m_window->findChild<QAction *>(QStringLiteral("about"));
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox"))));
    QVERIFY(box->text().contains(QCoreApplication::applicationVersion().isEmpty()
                                     ? QStringLiteral("Textdesk")
                                     : QCoreApplication::applicationVersion()));
    QVERIFY2(box->informativeText().contains(QDir::toNativeSeparators(m_workspace->cachePath())),
             qPrintable(box->informativeText()));
    box->close();
}

QTEST_MAIN(TestConversationFlow)
#include "TestConversationFlow.moc"
