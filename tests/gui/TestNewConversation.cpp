// Texting a customer first (issue 17): the real dialog of the real window, against the
// simulator. A number typed the way people write it is sent through the outbox and reaches the
// provider, and the conversation opens; a customer who texted STOP and a number that is not one
// are refused with the reason, and what the agent wrote stays.
#include "TestWorkspace.h"
#include "WorkstationFixture.h"
#include "compose/NewConversationDialog.h"
#include "composer/Composer.h"
#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "main/QuickSwitcher.h"
#include "main/Translations.h"
#include "thread/ConversationPane.h"
#include "thread/ThreadModel.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace textdesk;

namespace {
const QString kKnown = QStringLiteral("+14155550123");
const QString kOptedOut = QStringLiteral("+14155550124");
} // namespace

class TestNewConversation : public QObject, private test::WorkstationFixture
{
    Q_OBJECT
    using WorkstationFixture::thread;

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedNumberIsSentAndOpens();
    void optedOutCustomerIsRefusedWithTheReason();
    void invalidNumberIsRefusedWithTheReason();
    void customerPickedByNameFromTheQuickSwitcher();
    void offlineItWaitsInTheOutbox();

private:
    NewConversationDialog *openDialog();
    int sentToProvider()
    {
        return m_sim->stats()
            .value(QStringLiteral("direction"))
            .toObject()
            .value(QStringLiteral("outbound-api"))
            .toInt();
    }
};

void TestNewConversation::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
    QSettings().clear();
    QVERIFY(QStandardPaths::isTestModeEnabled());
}

void TestNewConversation::init()
{
    Options options;
    options.ini = { { QStringLiteral("agent/name"), QStringLiteral("Alex") },
                    { QStringLiteral("phone/default_region"), QStringLiteral("US") },
                    { QStringLiteral("templates/company"), QStringLiteral("Acme") } };
    QString error;
    QVERIFY2(startWorkstation(options, &error), qPrintable(error));
    // A customer we know, and one who texted STOP: our number and both customers are cached.
    QVERIFY(receive(kKnown, QStringLiteral("hello")).isValid());
    const QPersistentModelIndex optedOut = receive(kOptedOut, QStringLiteral("how much?"));
    QVERIFY(optedOut.isValid());
    m_sim->injectInbound(kOptedOut, QStringLiteral("STOP"));
    syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(optedOut.data(InboxModel::OptedOutRole).toBool(), kWaitMs);
}

void TestNewConversation::cleanup()
{
    stopWorkstation();
}

NewConversationDialog *TestNewConversation::openDialog()
{
    trigger("newConversation");
    NewConversationDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = m_window->findChild<NewConversationDialog *>();
            return dialog && dialog->isVisible();
        },
        kWaitMs);
    return dialog;
}

void TestNewConversation::typedNumberIsSentAndOpens()
{
    NewConversationDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *to = dialog->findChild<QLineEdit *>(QStringLiteral("newConversationTo"));
    auto *from = dialog->findChild<QComboBox *>(QStringLiteral("newConversationFrom"));
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("composerSend"));
    QVERIFY(to && from && edit && send);
    QCOMPARE(from->currentData().toString(), m_sim->ourNumber());

    // A new customer, written the way people write numbers in the workspace's region.
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("(415) 555-0199"));
    auto *who = dialog->findChild<QLabel *>(QStringLiteral("newConversationWho"));
    QVERIFY2(who->text().contains(QLatin1String("new customer")), qPrintable(who->text()));
    // Templates work as in the composer: a default stands in for the unknown name, and
    // {{company}} is ours.
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("/greet"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral(" /stop"));
    QTest::keyClick(edit, Qt::Key_Return);
    const QString sent = QStringLiteral("Hi there, this is Alex. How can I help you today? Reply "
                                        "STOP at any time to stop messages from Acme.");
    QTRY_COMPARE(edit->toPlainText(), sent);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<NewConversationDialog *>(), kWaitMs);
    // The conversation opens on it, and the provider gets it once.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->summary().contactE164,
                              QStringLiteral("+14155550199"), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(sent) >= 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sentToProvider(), 1, kWaitMs);
    bool reached = false;
    for (const provider::ProviderMessage &m : test::listAll(m_sim->client()))
        reached = reached || (m.to == QLatin1String("+14155550199") && m.body == sent);
    QVERIFY(reached);
}

void TestNewConversation::optedOutCustomerIsRefusedWithTheReason()
{
    NewConversationDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *to = dialog->findChild<QLineEdit *>(QStringLiteral("newConversationTo"));
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("composerSend"));
    auto *blocked = dialog->findChild<QLabel *>(QStringLiteral("composerBlocked"));
    QVERIFY(to && edit && send && blocked);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("A special offer"));
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("415.555.0124"));
    QTRY_VERIFY(blocked->isVisible());
    QVERIFY2(blocked->text().contains(QLatin1String("STOP")), qPrintable(blocked->text()));
    QVERIFY(!send->isEnabled());
    // Enter in the message does not send either, and the words stay.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(edit->toPlainText().startsWith(QLatin1String("A special offer")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(sentToProvider(), 0);
}

void TestNewConversation::invalidNumberIsRefusedWithTheReason()
{
    NewConversationDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *to = dialog->findChild<QLineEdit *>(QStringLiteral("newConversationTo"));
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("composerSend"));
    auto *blocked = dialog->findChild<QLabel *>(QStringLiteral("composerBlocked"));
    QVERIFY(to && edit && send && blocked);
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("555-01"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Your order shipped"));
    QTRY_VERIFY(blocked->isVisible());
    QVERIFY2(blocked->text().contains(QLatin1String("\"555-01\"")), qPrintable(blocked->text()));
    QVERIFY(!send->isEnabled());
    // Corrected, it may go.
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("415 555 0177"));
    QTRY_VERIFY(send->isEnabled());
    QCOMPARE(edit->toPlainText(), QStringLiteral("Your order shipped"));
    QCOMPARE(sentToProvider(), 0);
}

void TestNewConversation::customerPickedByNameFromTheQuickSwitcher()
{
    // The known customer gets a name; the quick switcher's last row starts a
    // conversation with what was typed.
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("profileName"));
    open(receive(kKnown, QStringLiteral("it's Dana")));
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Dana Scully"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->summary().contactName,
                              QStringLiteral("Dana Scully"), kWaitMs);

    trigger("quickSwitch");
    auto *switcher = m_window->findChild<QuickSwitcher *>();
    QTRY_VERIFY(switcher->isVisible());
    QTest::keyClicks(switcher->input(), QStringLiteral("Dana"));
    QAbstractItemModel *rows = switcher->list()->model();
    QTRY_VERIFY(rows->index(rows->rowCount() - 1, 0)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("New conversation with “Dana”")));
    switcher->list()->setCurrentIndex(rows->index(rows->rowCount() - 1, 0));
    QTest::keyClick(switcher->input(), Qt::Key_Return);

    NewConversationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NewConversationDialog *>()) != nullptr);
    auto *to = dialog->findChild<QLineEdit *>(QStringLiteral("newConversationTo"));
    auto *who = dialog->findChild<QLabel *>(QStringLiteral("newConversationWho"));
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QCOMPARE(to->text(), QStringLiteral("Dana"));
    QVERIFY2(who->text().contains(QLatin1String("Dana Scully")), qPrintable(who->text()));
    // Her template values are filled in: {{first_name}} from her name.
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("/greet"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(edit->toPlainText(),
                 QStringLiteral("Hi Dana, this is Alex. How can I help you today?"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<NewConversationDialog *>(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->summary().contactE164, kKnown, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(sentToProvider(), 1, kWaitMs);
}

void TestNewConversation::offlineItWaitsInTheOutbox()
{
    // The provider unreachable: the message is queued all the same, shown in its new
    // conversation, and goes out once the network is back.
    m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), true } });
    NewConversationDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *to = dialog->findChild<QLineEdit *>(QStringLiteral("newConversationTo"));
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    QVERIFY(to && edit);
    to->setFocus();
    QTest::keyClicks(to, QStringLiteral("+1 415 555 0188"));
    edit->setFocus();
    const QString body = QStringLiteral("Your table ships tomorrow");
    QTest::keyClicks(edit, body);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<NewConversationDialog *>(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->conversation()->summary().contactE164,
                              QStringLiteral("+14155550188"), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(body) >= 0, kWaitMs);
    QCOMPARE(sentToProvider(), 0);

    m_sim->admin("POST", QStringLiteral("/sim/network"), { { QStringLiteral("down"), false } });
    syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(sentToProvider(), 1, kWaitMs);
}

QTEST_MAIN(TestNewConversation)
#include "TestNewConversation.moc"
