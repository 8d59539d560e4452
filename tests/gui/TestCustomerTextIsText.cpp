// Customer and provider text (a body, a name, a number's friendly name, a content type, a
// provider's reason) is shown as the characters it is, never as markup: `<img src=…>` in a
// label or tooltip would make Qt read a local file, `<b>` would restyle the window (issue 15,
// "Customer text is text"; issue 22, bug 6).
#include "main/MainWindow.h"
#include "main/QuickSwitcher.h"
#include "main/Translations.h"
#include "media/MediaViewer.h"
#include "storage/BulkImporter.h"
#include "storage/ContactStore.h"
#include "thread/ConversationPane.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace textdesk;

namespace {

const QString kBold = QStringLiteral("<b>x</b>");
const QString kImage = QStringLiteral("<img src=\"file:///dev/zero\">");
const QString kName = kBold + QStringLiteral(" Lee ") + kImage;
const QString kBody = QStringLiteral("Hi ") + kImage + QStringLiteral(" and ") + kBold;
const QString kFriendlyName = kBold + QStringLiteral(" support ") + kImage;
const QString kContentType = QStringLiteral("application/x-") + kBold + kImage;
const QString kCustomer = QStringLiteral("+14155550123");
const QString kInboxA = QStringLiteral("+14155550901");
const QString kInboxB = QStringLiteral("+14155550902");

// What a person reads when `text` is shown in `format`: markup is rendered first.
QString seen(const QString &text, Qt::TextFormat format)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// A tooltip is always sniffed for markup (there is no format to set).
QString seenToolTip(const QString &toolTip)
{
    return seen(toolTip, Qt::AutoText);
}

} // namespace

class TestCustomerTextIsText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headerAndProfileShowTheNameLiterally();
    void noLabelRendersCustomerText();
    void quickSwitcherTooltipShowsTheBodyLiterally();
    void otherConversationsTooltipShowsTheFriendlyNameLiterally();
    void mediaViewerShowsContentTypeAndReasonLiterally();

private:
    void openTheConversation();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestCustomerTextIsText::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
}

void TestCustomerTextIsText::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto workspace = Workspace::open(m_dir->path());
    QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().details()));
    m_workspace = std::move(*workspace);
    {
        // Two of our numbers, each with a friendly name in markup; the customer wrote to both.
        ContactStore contacts(m_workspace->database());
        QVERIFY(contacts.ensureInbox(kInboxA, kFriendlyName));
        QVERIFY(contacts.ensureInbox(kInboxB, kFriendlyName));
        BulkImporter importer(m_workspace->database());
        QVERIFY(importer.begin());
        int i = 0;
        for (const QString &inbox : { kInboxA, kInboxB }) {
            ImportMessage row;
            row.contactE164 = kCustomer;
            row.contactName = kName;
            row.inboxE164 = inbox;
            row.message.sid = QStringLiteral("SM%1").arg(i, 32, 10, QLatin1Char('0'));
            row.message.body = kBody;
            row.message.status = QStringLiteral("received");
            row.message.createdAt = 1'780'000'000'000 + i * 1000;
            QVERIFY(importer.add(row));
            ++i;
        }
        QVERIFY(importer.finish());
    }
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCustomerTextIsText::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestCustomerTextIsText::openTheConversation()
{
    auto *list = m_window->findChild<QListView *>(QStringLiteral("inboxList"));
    QVERIFY(list);
    QTRY_COMPARE(list->model()->rowCount(), 2);
    const QModelIndex first = list->model()->index(0, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
    QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
}

void TestCustomerTextIsText::headerAndProfileShowTheNameLiterally()
{
    openTheConversation();
    auto *header = m_window->findChild<QLabel *>(QStringLiteral("conversationTitle"));
    QVERIFY(header);
    QTRY_VERIFY2(seen(header->text(), header->textFormat()).contains(kName),
                 qPrintable(seen(header->text(), header->textFormat())));
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("profileTitle"));
    QVERIFY(title);
    QTRY_COMPARE(seen(title->text(), title->textFormat()), kName);
}

void TestCustomerTextIsText::noLabelRendersCustomerText()
{
    // Every label of the window that holds one of the texts shows it as text.
    openTheConversation();
    QTRY_VERIFY(!m_window->findChild<QLabel *>(QStringLiteral("profileTitle"))->text().isEmpty());
    int holding = 0;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->text().contains(kBold) && !label->text().contains(kImage))
            continue;
        ++holding;
        QVERIFY2(label->textFormat() == Qt::PlainText,
                 qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    }
    QVERIFY(holding >= 2); // the header and the profile at least
}

void TestCustomerTextIsText::quickSwitcherTooltipShowsTheBodyLiterally()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("quickSwitch"));
    QVERIFY(action);
    action->trigger();
    auto *switcher = m_window->findChild<QuickSwitcher *>();
    QVERIFY(switcher);
    QTRY_VERIFY(switcher->list()->model()->rowCount() > 0);
    const QString toolTip = switcher->list()->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    QCOMPARE(seenToolTip(toolTip), kBody);
}

void TestCustomerTextIsText::otherConversationsTooltipShowsTheFriendlyNameLiterally()
{
    openTheConversation();
    auto *others = m_window->findChild<QListWidget *>(QStringLiteral("profileConversations"));
    QVERIFY(others);
    QTRY_COMPARE(others->count(), 1);
    QVERIFY2(seenToolTip(others->item(0)->toolTip()).startsWith(kFriendlyName),
             qPrintable(seenToolTip(others->item(0)->toolTip())));
}

void TestCustomerTextIsText::mediaViewerShowsContentTypeAndReasonLiterally()
{
    MediaItem item;
    item.id = 1;
    item.contentType = kContentType;
    item.downloadState = QStringLiteral("failed");
    item.failureReason = kImage; // the provider's words
    MediaViewer viewer(item, m_dir->path());
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    auto *kind = viewer.findChild<QLabel *>(QStringLiteral("mediaFileKind"));
    QVERIFY(kind);
    QVERIFY2(seen(kind->text(), kind->textFormat()).contains(kContentType),
             qPrintable(seen(kind->text(), kind->textFormat())));
    auto *reason = viewer.findChild<QLabel *>(QStringLiteral("mediaFileReason"));
    QVERIFY(reason);
    QVERIFY2(seen(reason->text(), reason->textFormat()).contains(kImage),
             qPrintable(seen(reason->text(), reason->textFormat())));
}

QTEST_MAIN(TestCustomerTextIsText)
#include "TestCustomerTextIsText.moc"
