// "Erase customer…" in the profile (issue 19): the confirmation names who and what will be
// deleted, Cancel erases nothing, and Erase removes the customer from the window and the
// cache while another customer stays. Through the real main window against the simulator.
#include "WorkstationFixture.h"
#include "customer/EraseCustomerDialog.h"
#include "customer/ProfilePanel.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPanel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "storage/MessageStore.h"
#include "thread/ConversationPane.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace textdesk;

namespace {
const QString kCustomer = QStringLiteral("+14155550123");
const QString kOther = QStringLiteral("+14155550177");
const QString kWord = QStringLiteral("Quittengeleerezeptur");
} // namespace

class TestEraseCustomer : public QObject, private test::WorkstationFixture
{
    Q_OBJECT

private:
    EraseCustomerDialog *dialog() const
    {
        auto *d = m_window->findChild<EraseCustomerDialog *>(QStringLiteral("eraseCustomerDialog"));
        return d && d->isVisible() ? d : nullptr;
    }
    qint64 hits(const QString &word) const
    {
        auto reader = m_workspace->openReader();
        if (!reader)
            return -1;
        auto found = MessageStore(**reader).search(word, 0, 10);
        return found ? found->size() : -1;
    }

private slots:
    void initTestCase()
    {
        installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
        QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestEraseCustomer"));
        QSettings().clear();
        QString error;
        QVERIFY2(startWorkstation({}, &error), qPrintable(error));
    }
    void cleanupTestCase() { stopWorkstation(); }

    void confirmationNamesWhatGoesAndEraseRemovesIt()
    {
        const QPersistentModelIndex customer
            = receive(kCustomer, QStringLiteral("my recipe: %1").arg(kWord));
        const QPersistentModelIndex other = receive(kOther, QStringLiteral("hello there"));
        QVERIFY(customer.isValid() && other.isValid());
        open(customer);
        QTRY_COMPARE(m_window->conversation()->conversationId(),
                     customer.data(InboxModel::ConversationIdRole).toLongLong());
        QTRY_VERIFY(m_window->profile()->contactId() != 0);
        QCOMPARE(hits(kWord), 1);

        auto *erase = m_window->profile()->findChild<QPushButton *>(QStringLiteral("profileErase"));
        QVERIFY(erase);
        // Cancel erases nothing.
        erase->click();
        QTRY_VERIFY(dialog());
        const QString summary
            = dialog()->findChild<QLabel *>(QStringLiteral("eraseSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("1 conversation"))
                     && summary.contains(QLatin1String("1 message"))
                     && summary.contains(QLatin1String("555-0123"))
                     && summary.contains(QLatin1String("no undo")),
                 qPrintable(summary));
        dialog()->findChild<QPushButton *>(QStringLiteral("eraseCancel"))->click();
        QTRY_VERIFY(!dialog());
        QCOMPARE(hits(kWord), 1);
        QCOMPARE(m_window->inbox()->model()->rowCount(), 2);

        erase->click();
        QTRY_VERIFY(dialog());
        dialog()->findChild<QPushButton *>(QStringLiteral("eraseConfirm"))->click();
        QTRY_VERIFY(!dialog());
        QCOMPARE(hits(kWord), 0);
        QCOMPARE(m_window->conversation()->conversationId(), 0);
        QCOMPARE(m_window->profile()->contactId(), 0);
        QTRY_COMPARE(m_window->inbox()->model()->rowCount(), 1);
        QCOMPARE(m_window->inbox()->model()->index(0, 0).data(InboxModel::ConversationIdRole),
                 other.data(InboxModel::ConversationIdRole));
    }
};

QTEST_MAIN(TestEraseCustomer)
#include "TestEraseCustomer.moc"
