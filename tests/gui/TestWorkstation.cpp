// The agent's day against the simulator, through the real main window: real HTTP, a real
// SQLite cache, the real sync thread; widgets found by name and driven with QTest.
#include "WorkstationFixture.h"
#include "composer/Composer.h"
#include "engine/SyncWorker.h"
#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "main/WindowHost.h"
#include "provider/TwilioClient.h"
#include "session/ProviderSession.h"
#include "thread/ConversationPane.h"
#include "thread/ThreadModel.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace textdesk;

namespace {
constexpr int kWaitMs = test::WorkstationFixture::kWaitMs;
const QString kCustomer = QStringLiteral("+14155550123");
} // namespace

class TestWorkstation : public QObject, private test::WorkstationFixture
{
    Q_OBJECT
    using WorkstationFixture::thread; // the open thread's model, not QObject's

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void historyHorizonIsShown();
    void messageArrivesUnreadAndIsRead();
    void replyWithTemplateIsDelivered();
    void attachedPictureIsSentAndShown();
    void stopBlocksTheComposerWithItsReason();
    void resolveAndReopen();
    void failedSendShowsReasonAndRetries();
    void notesAreKeptAndNeverSent();
    void draftsSurviveSwitching();
    void assignToMeAndTheMineView();
    void searchJumpsToTheMessage();
    void quickSwitcherGoesToACustomer();
    void languageChangeRebuildsTheWindowKeepingTheWork();

private:
    // Sync now and wait until a pass that began after it has finished: only then does "nothing
    // changed" (stays read, nothing sent) mean something.
    bool syncAndWaitForThePass();
    // Messages the provider accepted from us.
    int sentToProvider()
    {
        return m_sim->stats()
            .value(QStringLiteral("direction"))
            .toObject()
            .value(QStringLiteral("outbound-api"))
            .toInt();
    }
};

void TestWorkstation::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
    QSettings().clear(); // test mode (tests/support/TestMode.cpp): not the user's own settings
    QVERIFY(QStandardPaths::isTestModeEnabled());
}

void TestWorkstation::init()
{
    Options options;
    options.ini = { { QStringLiteral("agent/name"), QStringLiteral("Alex") } };
    options.uploadToSimulator = true;
    QString error;
    QVERIFY2(startWorkstation(options, &error), qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Every change below goes through the models' checks as well.
    new QAbstractItemModelTester(inboxList()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    new QAbstractItemModelTester(thread(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
}

void TestWorkstation::cleanup()
{
    stopWorkstation();
}

bool TestWorkstation::syncAndWaitForThePass()
{
    using engine::SyncWorker;
    bool began = false;
    bool ended = false;
    QObject context; // the connections end with this function
    connect(m_session->worker(), &SyncWorker::stateChanged, &context,
            [&](SyncWorker::State state) { began = began || state == SyncWorker::State::Syncing; });
    connect(m_session->worker(), &SyncWorker::synced, &context, [&] { ended = ended || began; });
    syncNow();
    return QTest::qWaitFor([&] { return ended; }, kWaitMs);
}

void TestWorkstation::historyHorizonIsShown()
{
    // The first sync went back [sync] history_days (90 by default): the status bar says from
    // when, so that an older conversation missing from the cache is not taken for data loss.
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("historyFrom"));
    QVERIFY(label);
    QVERIFY(syncAndWaitForThePass());
    const QDate expected = QDateTime::currentDateTimeUtc().addDays(-90).date();
    QTRY_COMPARE_WITH_TIMEOUT(
        label->text(),
        QStringLiteral("History from %1").arg(QLocale().toString(expected, QLocale::ShortFormat)),
        kWaitMs);
    QVERIFY(label->isVisible());
    QVERIFY(label->toolTip().contains(QLatin1String("--history-days")));
}

void TestWorkstation::messageArrivesUnreadAndIsRead()
{
    const QPersistentModelIndex index
        = receive(kCustomer, QStringLiteral("Hi, where is my order?"));
    QVERIFY(index.isValid());
    QCOMPARE(index.data(InboxModel::UnreadRole).toInt(), 1);
    QVERIFY(index.data(InboxModel::WaitingSinceRole).toLongLong() > 0);
    QTRY_VERIFY(m_window->windowTitle().startsWith(QStringLiteral("(1)")));

    open(index);
    QTRY_COMPARE(m_window->conversation()->conversationId(),
                 index.data(InboxModel::ConversationIdRole).toLongLong());
    QCOMPARE(thread()->rowCount(), 1);
    QCOMPARE(thread()->index(0).data(ThreadModel::DirectionRole).toString(),
             QStringLiteral("inbound"));
    // Seen: the badge goes, in the cache too (the title counts from it).
    const QPersistentModelIndex &row = index;
    QTRY_COMPARE_WITH_TIMEOUT(row.data(InboxModel::UnreadRole).toInt(), 0, kWaitMs);
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Textdesk"));
    // And it stays read when the next sync pass recomputes the conversation.
    QVERIFY(syncAndWaitForThePass());
    QCOMPARE(row.data(InboxModel::UnreadRole).toInt(), 0);

    // Mark unread brings the badge back.
    trigger("markUnread");
    QTRY_COMPARE_WITH_TIMEOUT(row.data(InboxModel::UnreadRole).toInt(), 1, kWaitMs);
}

void TestWorkstation::replyWithTemplateIsDelivered()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("hello?"));
    QVERIFY(index.isValid());
    open(index);
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);

    // The customer gets a name in the profile; the greeting template then has all it needs.
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("profileName"));
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Dana Scully"));
    QTest::keyClick(name, Qt::Key_Return);
    const QPersistentModelIndex &row = index;
    QTRY_COMPARE_WITH_TIMEOUT(row.data(Qt::DisplayRole).toString(), QStringLiteral("Dana Scully"),
                              kWaitMs);

    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(edit);
    trigger("focusComposer");
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("/greet"));
    QTest::keyClick(edit, Qt::Key_Return); // chooses the template
    const QString expected = QStringLiteral("Hi Dana, this is Alex. How can I help you today?");
    QTRY_COMPARE(edit->toPlainText(), expected);
    QTest::keyClick(edit, Qt::Key_Return); // sends
    QTRY_VERIFY(edit->toPlainText().isEmpty());

    // Pending at once, then delivered once the provider says so.
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(expected) >= 0, kWaitMs);
    const int reply = rowWithBody(expected);
    QCOMPARE(thread()->index(reply).data(ThreadModel::DirectionRole).toString(),
             QStringLiteral("outbound"));
    QCOMPARE(thread()->index(reply).data(ThreadModel::AuthorRole).toString(),
             QStringLiteral("Alex"));
    QTRY_COMPARE_WITH_TIMEOUT(
        thread()->index(rowWithBody(expected)).data(ThreadModel::StatusTextRole).toString(),
        QStringLiteral("Delivered"), kWaitMs);
    // The provider got it exactly once.
    QCOMPARE(sentToProvider(), 1);
}

void TestWorkstation::attachedPictureIsSentAndShown()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("where is my label?"));
    QVERIFY(index.isValid());
    open(index);
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);

    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("label.png"));
    QImage label(120, 80, QImage::Format_RGB32);
    label.fill(QColor(30, 120, 200));
    QVERIFY(label.save(path, "PNG"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    // Attach with the button (the file dialog answered by the test), then type and send.
    Composer *composer = m_window->conversation()->composer();
    composer->setNextAttachmentForTesting(path);
    auto *attach = m_window->findChild<QAbstractButton *>(QStringLiteral("composerAttach"));
    QVERIFY(attach && attach->isEnabled());
    QTest::mouseClick(attach, Qt::LeftButton);
    QCOMPARE(composer->attachments(), QStringList { path });
    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QTest::keyClicks(edit, QStringLiteral("Here is your label"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(composer->attachments().isEmpty());

    // In the thread at once with its picture, from Textdesk's own copy; then delivered.
    const QString body = QStringLiteral("Here is your label");
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(body) >= 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(thread()->index(rowWithBody(body)).data(ThreadModel::MediaCountRole),
                              QVariant(1), kWaitMs);
    const QList<MediaItem> *media = thread()->mediaAt(rowWithBody(body));
    QVERIFY(media && media->size() == 1);
    QCOMPARE(media->first().downloadState, QStringLiteral("done"));
    QFile copy(m_workspace->mediaDirectory() + QLatin1Char('/') + media->first().localPath);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), bytes);
    QTRY_COMPARE_WITH_TIMEOUT(
        thread()->index(rowWithBody(body)).data(ThreadModel::StatusTextRole).toString(),
        QStringLiteral("Delivered"), kWaitMs);
    QCOMPARE(sentToProvider(), 1);
    // The provider holds the picture itself, byte for byte.
    auto reader = m_workspace->openReader();
    QVERIFY(reader);
    const QString sid
        = (*reader)
              ->scalar(QStringLiteral("SELECT sid FROM messages WHERE body = ?"), { body })
              .value()
              .toString();
    QVERIFY(sid.startsWith(u"MM"));
    QNetworkAccessManager network;
    provider::TwilioClient client(&network, m_sim->config());
    provider::MediaListJob *list = client.listMedia(sid);
    QVERIFY(test::waitFor(list) && list->succeeded());
    QCOMPARE(list->media.size(), 1);
    provider::MediaContentJob *content = client.downloadMedia(list->media.first(), 1 << 20);
    QVERIFY(test::waitFor(content) && content->succeeded());
    QCOMPARE(content->content, bytes);
}

void TestWorkstation::stopBlocksTheComposerWithItsReason()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("who is this"));
    QVERIFY(index.isValid());
    open(index);
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
    auto *composer = m_window->conversation()->composer();
    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QTest::keyClicks(edit, QStringLiteral("Sorry for the confusion"));
    QVERIFY(composer->canSend());

    receive(kCustomer, QStringLiteral("STOP"));
    QTRY_VERIFY_WITH_TIMEOUT(!composer->blockedReason().isEmpty(), kWaitMs);
    QVERIFY(composer->blockedReason().contains(QStringLiteral("STOP")));
    auto *blocked = m_window->findChild<QLabel *>(QStringLiteral("composerBlocked"));
    QVERIFY(blocked && blocked->isVisible());
    QVERIFY(!composer->canSend());
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("composerSend"))->isEnabled());
    // The draft is still the agent's.
    QCOMPARE(edit->toPlainText(), QStringLiteral("Sorry for the confusion"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edit->toPlainText(), QStringLiteral("Sorry for the confusion"));
    QCOMPARE(sentToProvider(), 0);

    // START lifts it.
    receive(kCustomer, QStringLiteral("START"));
    QTRY_VERIFY_WITH_TIMEOUT(composer->blockedReason().isEmpty(), kWaitMs);
    QVERIFY(composer->canSend());
}

void TestWorkstation::resolveAndReopen()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("thanks, all good"));
    QVERIFY(index.isValid());
    open(index);
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
    const qint64 id = m_window->conversation()->conversationId();
    trigger("resolve");
    QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->summary().status,
                              QStringLiteral("resolved"), kWaitMs);
    // The inbox shows open conversations: it leaves the list, the thread stays on screen.
    QAbstractItemModel *model = inboxList()->model();
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(m_window->conversation()->conversationId(), id);

    // The customer writes again: open again, back in the list.
    const QPersistentModelIndex again
        = receive(kCustomer, QStringLiteral("actually one more thing"));
    QVERIFY2(again.isValid(),
             qPrintable(m_window->conversation()->summary().status + QLatin1Char(' ')
                        + m_window->conversation()->summary().lastMessagePreview));
    QCOMPARE(again.data(InboxModel::StatusRole).toString(), QStringLiteral("open"));
}

void TestWorkstation::failedSendShowsReasonAndRetries()
{
    const QPersistentModelIndex index
        = receive(kCustomer, QStringLiteral("can you text me the code"));
    QVERIFY(index.isValid());
    open(index);
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
    // The provider refuses the next send for good.
    m_sim->fault({ { QStringLiteral("endpoint"), QStringLiteral("messages.create") },
                   { QStringLiteral("kind"), QStringLiteral("error") },
                   { QStringLiteral("status"), 400 },
                   { QStringLiteral("code"), 21617 },
                   { QStringLiteral("count"), 1 } });
    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    edit->setFocus();
    const QString body = QStringLiteral("Your code is 4417");
    QTest::keyClicks(edit, body);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        rowWithBody(body) >= 0
            && thread()->index(rowWithBody(body)).data(ThreadModel::FailedRole).toBool(),
        kWaitMs);
    const QString reason
        = thread()->index(rowWithBody(body)).data(ThreadModel::ErrorTextRole).toString();
    QVERIFY2(!reason.isEmpty() && !reason.contains(QStringLiteral("no reason")),
             qPrintable(reason));
    QCOMPARE(thread()->index(rowWithBody(body)).data(ThreadModel::StatusTextRole).toString(),
             QStringLiteral("Failed"));

    // Retry (the fault was for one request): a second message goes out and is delivered.
    trigger("retryFailed");
    QTRY_VERIFY_WITH_TIMEOUT(thread()->rowCount() == 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(thread()->index(2).data(ThreadModel::StatusTextRole).toString(),
                              QStringLiteral("Delivered"), kWaitMs);
    QCOMPARE(thread()->index(2).data(ThreadModel::BodyRole).toString(), body);
    QCOMPARE(sentToProvider(), 1);
}

void TestWorkstation::notesAreKeptAndNeverSent()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("I was double charged"));
    QVERIFY(index.isValid());
    open(index);
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
    trigger("noteMode");
    QVERIFY(m_window->conversation()->noteMode());
    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QTRY_VERIFY(edit->hasFocus());
    const QString note = QStringLiteral("Checked Stripe: refund issued");
    QTest::keyClicks(edit, note);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(note) >= 0, kWaitMs);
    QCOMPARE(thread()->index(rowWithBody(note)).data(ThreadModel::DirectionRole).toString(),
             QStringLiteral("note"));
    QVERIFY(!m_window->conversation()->noteMode()); // back to replying
    QVERIFY(syncAndWaitForThePass());
    QCOMPARE(sentToProvider(), 0);
    // The inbox still previews the customer's message, not the note.
    QCOMPARE(QPersistentModelIndex(index).data(InboxModel::PreviewRole).toString(),
             QStringLiteral("I was double charged"));
}

void TestWorkstation::draftsSurviveSwitching()
{
    const QPersistentModelIndex a = receive(kCustomer, QStringLiteral("first customer"));
    const QPersistentModelIndex b
        = receive(QStringLiteral("+14155550999"), QStringLiteral("second customer"));
    QVERIFY(a.isValid() && b.isValid());
    QVERIFY(a != b);
    open(a);
    QTRY_COMPARE(m_window->conversation()->conversationId(),
                 a.data(InboxModel::ConversationIdRole).toLongLong());
    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("half-written answer"));
    open(b);
    QTRY_COMPARE(m_window->conversation()->conversationId(),
                 b.data(InboxModel::ConversationIdRole).toLongLong());
    QCOMPARE(edit->toPlainText(), QString());
    open(a);
    QTRY_COMPARE(edit->toPlainText(), QStringLiteral("half-written answer"));
}

void TestWorkstation::assignToMeAndTheMineView()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("anyone there?"));
    QVERIFY(index.isValid());
    auto *view = m_window->findChild<QComboBox *>(QStringLiteral("inboxView"));
    QVERIFY(view);
    view->setCurrentIndex(view->findData(QStringLiteral("mine")));
    QAbstractItemModel *model = inboxList()->model();
    QCOMPARE(model->rowCount(), 0);
    view->setCurrentIndex(view->findData(QStringLiteral("unassigned")));
    QTRY_COMPARE(model->rowCount(), 1);
    open(model->index(0, 0));
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
    trigger("assignToMe");
    QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->summary().assigneeId, m_window->agentId(),
                              kWaitMs);
    QTRY_COMPARE(model->rowCount(), 0); // no longer unassigned
    view->setCurrentIndex(view->findData(QStringLiteral("mine")));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(InboxModel::AssigneeRole).toString(), QStringLiteral("Alex"));
}

void TestWorkstation::searchJumpsToTheMessage()
{
    const QPersistentModelIndex index
        = receive(kCustomer, QStringLiteral("my parcel tracking is 1Z999"));
    QVERIFY(index.isValid());
    receive(kCustomer, QStringLiteral("hello again"));
    trigger("searchMessages"); // Ctrl+F
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("inboxSearch"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("parcel"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
    // The hit is the selected message of the thread.
    QTRY_VERIFY(m_window->conversation()->selectedRow() >= 0);
    QCOMPARE(thread()
                 ->index(m_window->conversation()->selectedRow())
                 .data(ThreadModel::BodyRole)
                 .toString(),
             QStringLiteral("my parcel tracking is 1Z999"));
}

QTEST_MAIN(TestWorkstation)
void TestWorkstation::quickSwitcherGoesToACustomer()
{
    const QString other = QStringLiteral("+14155550142");
    QVERIFY(receive(kCustomer, QStringLiteral("first customer")).isValid());
    QVERIFY(receive(other, QStringLiteral("second customer")).isValid());
    // The first customer gets a name to be found by.
    open(receive(kCustomer, QStringLiteral("still there?")));
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
    const qint64 named = m_window->conversation()->conversationId();
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("profileName"));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Fox Mulder"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_workspace->openReader()
                .value()
                ->scalar(QStringLiteral(
                    "SELECT count(*) FROM contacts WHERE display_name = 'Fox Mulder'"))
                .value()
                .toInt()
            == 1,
        kWaitMs);
    open(receive(other, QStringLiteral("hello again")));
    QTRY_VERIFY(m_window->conversation()->conversationId() != named);

    // Ctrl+K, part of the name, Enter: that conversation is open and the reply box has focus.
    trigger("quickSwitch");
    auto *input = m_window->findChild<QLineEdit *>(QStringLiteral("quickSwitcherInput"));
    QVERIFY(input);
    QTRY_VERIFY(input->isVisible() && input->hasFocus());
    // Empty, it offers the conversations opened last: the one just left comes second.
    auto *list = m_window->findChild<QListView *>(QStringLiteral("quickSwitcherList"));
    QTRY_VERIFY(list->model()->rowCount() >= 2);
    QVERIFY(list->model()->index(1, 0).data().toString().contains(u"Fox Mulder"));
    QTest::keyClicks(input, QStringLiteral("muld"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(m_window->conversation()->conversationId(), named);
    QVERIFY(!input->isVisible());
    auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QTRY_VERIFY(edit->hasFocus());

    // By number, Down to the "search messages" row: the inbox searches the text instead.
    trigger("quickSwitch");
    QTRY_VERIFY(input->hasFocus());
    QTest::keyClicks(input, QStringLiteral("nothing matches this"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_COMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("inboxSearch"))->text(),
                 QStringLiteral("nothing matches this"));
}

void TestWorkstation::languageChangeRebuildsTheWindowKeepingTheWork()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("hallo?"));
    QVERIFY(index.isValid());
    const qint64 conversation = index.data(InboxModel::ConversationIdRole).toLongLong();
    WindowHost host(*m_workspace, m_session->worker(), {});
    MainWindow *first = host.window();
    first->show();
    first->openConversation(conversation);
    QTRY_COMPARE(first->conversation()->conversationId(), conversation);
    QTemporaryDir files;
    const QString picture = files.filePath(QStringLiteral("label.png"));
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(picture, "PNG"));
    first->conversation()->composer()->setDraft(QStringLiteral("Einen Moment bitte"));
    QVERIFY(first->conversation()->composer()->addAttachment(picture));
    QCOMPARE(first->menuBar()->actions().first()->text(), QStringLiteral("&File"));

    // What Settings does on OK: the window is built again in German, the work carried over.
    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    emit first->languageChangeRequested(QStringLiteral("de"));
    QTRY_COMPARE(replaced.count(), 1);
    MainWindow *second = host.window();
    QVERIFY(second != first);
    QVERIFY(second->isVisible());
    QCOMPARE(second->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(second->conversation()->conversationId(), conversation);
    QCOMPARE(second->conversation()->composer()->text(), QStringLiteral("Einen Moment bitte"));
    QCOMPARE(second->conversation()->composer()->attachments(), QStringList { picture });

    // And back to the system's language (English here) for the tests that follow.
    host.switchLanguage(QString());
    QCOMPARE(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(host.window()->conversation()->composer()->text(),
             QStringLiteral("Einen Moment bitte"));
}

#include "TestWorkstation.moc"
