// The rest of issue 22, through the real main window against the simulator: the buttons on a
// failed message, what the inbox row says (a failure, a draft, a picture), and search results.
#include "WorkstationFixture.h"
#include "common/ElidedLabel.h"
#include "common/WriterCall.h"
#include "composer/Composer.h"
#include "engine/SyncWorker.h"
#include "inbox/InboxModel.h"
#include "inbox/SearchResultDelegate.h"
#include "main/MainWindow.h"
#include "main/ShortcutSheet.h"
#include "main/Translations.h"
#include "main/WindowHost.h"
#include "phone/PhoneNumbers.h"
#include "session/ProviderSession.h"
#include "settings/SettingsDialog.h"
#include "storage/ContactStore.h"
#include "thread/ConversationPane.h"
#include "thread/ThreadModel.h"
#include "thread/ThreadView.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace textdesk;

namespace {
constexpr int kWaitMs = test::WorkstationFixture::kWaitMs;
const QString kCustomer = QStringLiteral("+14155550123");
const QString kOther = QStringLiteral("+14155550177");
} // namespace

class TestFirstHourPolish : public QObject, private test::WorkstationFixture
{
    Q_OBJECT
    using WorkstationFixture::thread; // the open thread's model, not QObject's

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void failedMessageHasButtonsAndTheInboxSaysSo();
    void inboxRowShowsDraftAndPicture();
    void searchNamesTheCustomerCountsAndHighlights();
    void attachmentChipShowsThePicture();
    void settingsShortcutWorksAfterTheDialogCloses();
    void settingsShortcutWorksAfterALanguageChange();
    void refusedAccountStaysInTheStatusBar();
    void notConnectedStaysInTheStatusBar();
    void shortcutSheetIsGroupedByArea();
    void numberFilterUsesFriendlyNames();

private:
    // The inbox row of the open conversation.
    QModelIndex openRow() const;
    // Clicks the conversation and waits until it is open.
    void openAndWait(const QPersistentModelIndex &index);
};

void TestFirstHourPolish::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestFirstHourPolish"));
}

void TestFirstHourPolish::init()
{
    QSettings().clear();
    Options options;
    options.uploadToSimulator = true; // a picture is sent below
    QString error;
    QVERIFY2(startWorkstation(options, &error), qPrintable(error));
}

void TestFirstHourPolish::cleanup()
{
    stopWorkstation();
}

void TestFirstHourPolish::openAndWait(const QPersistentModelIndex &index)
{
    open(index);
    QTRY_COMPARE(m_window->conversation()->conversationId(),
                 index.data(InboxModel::ConversationIdRole).toLongLong());
}

QModelIndex TestFirstHourPolish::openRow() const
{
    QAbstractItemModel *model = inboxList()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(InboxModel::ConversationIdRole).toLongLong()
            == m_window->conversation()->conversationId())
            return index;
    }
    return {};
}

void TestFirstHourPolish::failedMessageHasButtonsAndTheInboxSaysSo()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("call me back"));
    QVERIFY(index.isValid());
    openAndWait(index);
    QVERIFY(!index.data(InboxModel::FailedRole).toBool());
    m_sim->fault({ { QStringLiteral("endpoint"), QStringLiteral("messages.create") },
                   { QStringLiteral("kind"), QStringLiteral("error") },
                   { QStringLiteral("status"), 400 },
                   { QStringLiteral("code"), 21614 },
                   { QStringLiteral("count"), 1 } });
    const QString body = QStringLiteral("Sure, what time suits you?");
    Composer *composer = m_window->conversation()->composer();
    composer->setDraft(body);
    QVERIFY(composer->send());
    QTRY_VERIFY_WITH_TIMEOUT(
        rowWithBody(body) >= 0
            && thread()->index(rowWithBody(body)).data(ThreadModel::FailedRole).toBool(),
        kWaitMs);
    // The inbox row says so without being opened.
    QTRY_VERIFY_WITH_TIMEOUT(openRow().data(InboxModel::FailedRole).toBool(), kWaitMs);

    // Edit, a button on the bubble: the words go back into the composer.
    ThreadView *view = m_window->conversation()->view();
    const int failedRow = rowWithBody(body);
    view->scrollTo(thread()->index(failedRow));
    const QRect edit = view->failedButtonRect(failedRow, true);
    const QRect retry = view->failedButtonRect(failedRow, false);
    QVERIFY(!edit.isEmpty() && !retry.isEmpty());
    QVERIFY(view->viewport()->rect().contains(edit) && view->viewport()->rect().contains(retry));
    QCOMPARE(composer->text(), QString());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, edit.center());
    QTRY_COMPARE(composer->text(), body);
    composer->setDraft(QString());

    // Retry, the other button: the words go out again, and the old failure stops asking.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, retry.center());
    QTRY_VERIFY_WITH_TIMEOUT(thread()->rowCount() == 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(thread()->index(2).data(ThreadModel::StatusTextRole).toString(),
                              QStringLiteral("Delivered"), kWaitMs);
    const QModelIndex old = thread()->index(1);
    QCOMPARE(old.data(ThreadModel::BodyRole).toString(), body);
    QVERIFY(!old.data(ThreadModel::FailedRole).toBool());
    QCOMPARE(old.data(ThreadModel::ErrorTextRole).toString(), QString());
    QVERIFY(view->failedButtonRect(1, false).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!openRow().data(InboxModel::FailedRole).toBool(), kWaitMs);
}

void TestFirstHourPolish::inboxRowShowsDraftAndPicture()
{
    const QPersistentModelIndex first = receive(kCustomer, QStringLiteral("is it in stock?"));
    const QPersistentModelIndex second = receive(kOther, QStringLiteral("send me the receipt"));
    QVERIFY(first.isValid() && second.isValid());

    // Half a reply, left for later: the row says it is a draft, and what it says.
    openAndWait(first);
    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Let me check the"));
    QTRY_COMPARE_WITH_TIMEOUT(openRow().data(InboxModel::PreviewTextRole).toString(),
                              QStringLiteral("Draft: Let me check the"), kWaitMs);

    // A picture without words: the row says what was sent.
    openAndWait(second);
    QTemporaryDir files;
    const QString picture = files.filePath(QStringLiteral("receipt.png"));
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(picture, "PNG"));
    Composer *composer = m_window->conversation()->composer();
    QVERIFY(composer->addAttachment(picture));
    QVERIFY(composer->send());
    QTRY_COMPARE_WITH_TIMEOUT(openRow().data(InboxModel::PreviewTextRole).toString(),
                              QString::fromUtf8("You: \U0001F4F7 Photo"), kWaitMs);
    // The first still shows its draft.
    QCOMPARE(QModelIndex(first).data(InboxModel::PreviewTextRole).toString(),
             QStringLiteral("Draft: Let me check the"));
}

void TestFirstHourPolish::searchNamesTheCustomerCountsAndHighlights()
{
    QVERIFY(receive(kCustomer, QStringLiteral("my parcel never came")).isValid());
    QVERIFY(receive(kOther, QStringLiteral("the parcel was damaged")).isValid());
    QVERIFY(receive(kOther, QStringLiteral("hello again")).isValid());
    trigger("searchMessages"); // Ctrl+F
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("inboxSearch"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("parcel"));
    auto *count = m_window->findChild<QLabel *>(QStringLiteral("searchResultCount"));
    auto *results = m_window->findChild<QListView *>(QStringLiteral("searchResults"));
    QVERIFY(count && results);
    QTRY_COMPARE(count->text(), QStringLiteral("Found: 2 messages"));
    QVERIFY(count->isVisible());
    QCOMPARE(results->model()->rowCount(), 2);
    // The newest first; each names who wrote it (the number, as nobody has a name yet).
    const QModelIndex top = results->model()->index(0, 0);
    const QString title = top.data(SearchResultDelegate::TitleRole).toString();
    QVERIFY2(title.contains(QStringLiteral("555-0177")), qPrintable(title));
    QVERIFY2(!top.data().toString().contains(QChar(0x00ab)), qPrintable(top.data().toString()));
    // The match is highlighted by painting, not by marks in the words.
    const QImage shot = results->viewport()->grab().toImage();
    bool marked = false;
    for (int y = 0; y < shot.height() && !marked; ++y) {
        for (int x = 0; x < shot.width() && !marked; ++x)
            marked = shot.pixelColor(x, y) == QColor(0xff, 0xd5, 0x4f);
    }
    QVERIFY(marked);
}

void TestFirstHourPolish::attachmentChipShowsThePicture()
{
    Composer composer;
    QTemporaryDir files;
    const QString picture = files.filePath(QStringLiteral("receipt.png"));
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0xa0, 0x40));
    QVERIFY(image.save(picture, "PNG"));
    const QString notes = files.filePath(QStringLiteral("notes.txt"));
    QFile text(notes);
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("not a picture") > 0);
    text.close();
    QVERIFY(composer.addAttachment(picture));
    QVERIFY(composer.addAttachment(notes));
    const auto chips = composer.findChildren<QToolButton *>(QStringLiteral("composerAttachment"));
    QCOMPARE(chips.size(), 2);
    // The picture's chip shows the picture itself (its colour), the other a file icon.
    const QImage shown = chips.at(0)->icon().pixmap(chips.at(0)->iconSize()).toImage();
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2), QColor(0x20, 0xa0, 0x40));
    QVERIFY(!chips.at(1)->icon().isNull());
}

void TestFirstHourPolish::settingsShortcutWorksAfterTheDialogCloses()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const auto openDialog = [this]() -> SettingsDialog * {
        for (auto *dialog : m_window->findChildren<SettingsDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    };
    for (const bool ok : { true, false }) {
        // Ctrl+, as the agent presses it: to whatever the application's focus is on.
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                      : static_cast<QWidget *>(m_window.get());
        QTest::keyClick(target, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY2(openDialog(), ok ? "the first Ctrl+," : "Ctrl+, after the dialog closed");
        SettingsDialog *dialog = openDialog();
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(ok ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QTRY_VERIFY(!openDialog());
    }
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                  : static_cast<QWidget *>(m_window.get());
    QTest::keyClick(target, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(openDialog());
    openDialog()->reject();
}

void TestFirstHourPolish::settingsShortcutWorksAfterALanguageChange()
{
    // The window as the application hosts it: a new language builds it again.
    m_window.reset();
    WindowHost host(*m_workspace, m_session->worker(), {});
    host.window()->show();
    host.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(host.window()));
    const auto openDialog = [&host]() -> SettingsDialog * {
        for (auto *dialog : host.window()->findChildren<SettingsDialog *>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    };
    const auto pressCtrlComma = [] {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                      : QApplication::activeWindow();
        if (target)
            QTest::keyClick(target, Qt::Key_Comma, Qt::ControlModifier);
    };
    pressCtrlComma();
    QTRY_VERIFY(openDialog());
    auto *language = openDialog()->findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QVERIFY(language->currentIndex() > 0);
    MainWindow *before = host.window();
    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    QTest::mouseClick(openDialog()->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(replaced.count(), 1);
    QVERIFY(host.window() != before);
    // The rebuilt window is the one the keys go to, at once, without a click.
    QTRY_COMPARE(QApplication::activeWindow(), host.window());
    pressCtrlComma();
    QTRY_VERIFY(openDialog());
    openDialog()->reject();
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestFirstHourPolish::refusedAccountStaysInTheStatusBar()
{
    // Another workspace on the same simulator, with a token the provider refuses.
    QTemporaryDir dir;
    {
        QSettings ini(dir.filePath(QStringLiteral("workspace.ini")), QSettings::IniFormat);
        ini.setValue(QStringLiteral("provider/type"), QStringLiteral("twilio"));
        ini.setValue(QStringLiteral("provider/base_url"), m_sim->baseUrl().toString());
        ini.setValue(QStringLiteral("provider/account_sid"),
                     QString::fromLatin1(test::SimHarness::kAccountSid));
    }
    auto workspace = Workspace::open(dir.path());
    QVERIFY(workspace);
    (*workspace)->releaseWriter();
    ProviderSession session(**workspace);
    qputenv("TEXTDESK_AUTH_TOKEN", QByteArray(32, 'f'));
    QString error;
    const bool started = session.start(&error);
    qputenv("TEXTDESK_AUTH_TOKEN", test::SimHarness::kAuthToken);
    QVERIFY2(started, qPrintable(error));
    MainWindow window(**workspace);
    window.attachSync(session.worker());
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY(status);
    // What went wrong and what to do, in the status bar.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Settings (Ctrl+,)")), kWaitMs);
    QVERIFY2(status->text().startsWith(QStringLiteral("Sync stopped")), qPrintable(status->text()));
    // Still there after the next attempt: not a message that times out.
    QSignalSpy states(session.worker(), &engine::SyncWorker::stateChanged);
    QMetaObject::invokeMethod(session.worker(), &engine::SyncWorker::syncNow);
    QTRY_VERIFY_WITH_TIMEOUT(states.count() >= 2, kWaitMs);
    QTRY_VERIFY(status->text().contains(QStringLiteral("Settings (Ctrl+,)")));
    session.stop();
}

void TestFirstHourPolish::notConnectedStaysInTheStatusBar()
{
    // No session at all (no secret for the account): the window says so, not only a dialog.
    m_window.reset();
    WindowHost host(*m_workspace, nullptr, {});
    const QString reason = QStringLiteral("No secret for the provider account.");
    host.setNotConnected(reason);
    const auto status = [&host] {
        return host.window()->findChild<QLabel *>(QStringLiteral("syncStatus"))->text();
    };
    QVERIFY2(status().contains(reason) && status().contains(QStringLiteral("training")),
             qPrintable(status()));
    // Long as it is, the line never widens the window: at 1000 px it ends in "…", and the whole
    // of it is in the tooltip.
    QWidget *window = host.window();
    window->resize(1000, 700);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY2(window->width() <= 1000, qPrintable(QString::number(window->width())));
    auto *line = window->findChild<ui::ElidedLabel *>(QStringLiteral("syncStatus"));
    QVERIFY(line);
    QVERIFY2(line->shownText().endsWith(QChar(0x2026)), qPrintable(line->shownText()));
    QVERIFY(line->shownText().size() < line->text().size());
    QVERIFY(line->toolTip().contains(QStringLiteral("No secret for the provider account.")));
    window->hide();
    // A rebuilt window (another language) keeps saying it.
    host.switchLanguage(QStringLiteral("de"));
    QVERIFY2(status().contains(reason), qPrintable(status()));
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestFirstHourPolish::shortcutSheetIsGroupedByArea()
{
    ShortcutSheet sheet(m_window->shortcutActions(), m_window.get());
    auto *tree = sheet.findChild<QTreeWidget *>(QStringLiteral("shortcutTable"));
    QVERIFY(tree);
    // Area → its actions, as the sheet lists them.
    QHash<QString, QStringList> areas;
    QStringList order;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *area = tree->topLevelItem(i);
        order << area->text(0);
        for (int j = 0; j < area->childCount(); ++j)
            areas[area->text(0)] << area->child(j)->text(0);
    }
    QVERIFY2(order.size() >= 4, qPrintable(order.join(QLatin1Char('|'))));
    QVERIFY(areas.value(QStringLiteral("File")).contains(QStringLiteral("Settings…")));
    QVERIFY(areas.value(QStringLiteral("Go")).contains(QStringLiteral("Search messages")));
    QVERIFY(areas.value(QStringLiteral("Conversation"))
                .contains(QStringLiteral("Retry the failed message")));
    QVERIFY(
        areas.value(QStringLiteral("Writing a reply")).contains(QStringLiteral("Send the reply")));
    // Every key of the window is in one area.
    int listed = 0;
    for (const QStringList &actions : std::as_const(areas))
        listed += int(actions.size());
    int withKeys = 0;
    for (const QAction *action : m_window->shortcutActions())
        withKeys += action->shortcut().isEmpty() ? 0 : 1;
    QCOMPARE(listed, withKeys + 3); // and the composer's three
}

void TestFirstHourPolish::numberFilterUsesFriendlyNames()
{
    QVERIFY(receive(kCustomer, QStringLiteral("hi there")).isValid());
    auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("inboxNumber"));
    QVERIFY(filter);
    const QString ours = PhoneNumbers::display(m_sim->ourNumber(), PhoneNumbers::systemRegion());
    // The provider's default name is the number itself: said once, not "(415) … · (415) …".
    QTRY_VERIFY(filter->findText(ours) > 0);
    // The account names the number: the filter shows the name first, the number after it.
    const QString named = QStringLiteral("Support line · %1").arg(ours);
    QVERIFY(filter->findText(named) < 0);
    const Status renamed = ui::writeOnWorker(m_session->worker(), [this](Database &db) -> Status {
        auto id = ContactStore(db).ensureInbox(m_sim->ourNumber(), QStringLiteral("Support line"));
        if (!id)
            return id.error();
        return success();
    });
    QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().message()));
    syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(filter->findText(named) > 0, kWaitMs);
    QCOMPARE(filter->findText(ours), -1);
    // Choosing it keeps its conversations.
    filter->setCurrentIndex(filter->findText(named));
    QTRY_COMPARE(inboxList()->model()->rowCount(), 1);
}

QTEST_MAIN(TestFirstHourPolish)
#include "TestFirstHourPolish.moc"
