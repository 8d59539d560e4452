// The inbox model alone, over a real cache: under QAbstractItemModelTester, with the signals a
// view gets counted after each sync-like change (a refresh merges what the worker wrote).
#include "ModelSignals.h"
#include "TestWorkspace.h"
#include "inbox/InboxModel.h"
#include "inbox/InboxPrefetch.h"
#include "storage/ConversationActions.h"
#include "storage/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <tuple>

using namespace textdesk;

class TestInboxModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newestActivityFirst();
    void newActivityMovesTheRowAndTheSelectionFollows();
    void newConversationIsInsertedAtTheTop();
    void readMarkerRepaintsOnlyThatRow();
    void resolvedConversationLeavesTheOpenFilter();
    void unchangedRefreshSignalsNothing();
    void pagesAsTheViewScrolls();
    void prefetchedFirstPageIsTheSameRows();

private:
    qint64 customer(int n, qint64 firstMessageAt);
    void post(qint64 conversation, qint64 at, Direction direction = Direction::Inbound);
    QList<qint64> shownIds() const;

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<InboxModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<qint64> m_conversations; // A, B, C: C has the newest activity
    int m_sid = 0;
};

void TestInboxModel::init()
{
    m_sid = 0;
    m_cache = std::make_unique<test::TestCache>();
    m_writer = m_cache->open();
    QVERIFY(m_writer);
    m_reader = m_cache->open(Database::Role::Reader);
    QVERIFY(m_reader);
    m_conversations = { customer(0, 1'000'000), customer(1, 2'000'000), customer(2, 3'000'000) };
    QVERIFY(!m_conversations.contains(0));
    m_model = std::make_unique<InboxModel>(*m_reader);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setFilter({});
}

void TestInboxModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_reader.reset();
    m_writer.reset();
    m_cache.reset();
}

qint64 TestInboxModel::customer(int n, qint64 firstMessageAt)
{
    const qint64 id = test::conversation(
        *m_writer, QStringLiteral("+1415555%1").arg(n, 4, 10, QLatin1Char('0')));
    if (id)
        post(id, firstMessageAt);
    return id;
}

void TestInboxModel::post(qint64 conversation, qint64 at, Direction direction)
{
    const int n = ++m_sid;
    MessageRecord m
        = test::message(conversation, QStringLiteral("SM%1").arg(n, 32, 10, QLatin1Char('0')),
                        QStringLiteral("message %1").arg(n), direction, at);
    auto written = MessageStore(*m_writer).upsert(m);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().details()));
}

QList<qint64> TestInboxModel::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row).data(InboxModel::ConversationIdRole).toLongLong();
    return ids;
}

void TestInboxModel::newestActivityFirst()
{
    const auto [a, b, c] = std::tuple(m_conversations[0], m_conversations[1], m_conversations[2]);
    QCOMPARE(shownIds(), (QList<qint64> { c, b, a }));
    QCOMPARE(m_model->index(0).data(InboxModel::PreviewRole).toString(),
             QStringLiteral("message 3"));
    QCOMPARE(m_model->index(0).data(InboxModel::UnreadRole).toInt(), 1);
}

void TestInboxModel::newActivityMovesTheRowAndTheSelectionFollows()
{
    const auto [a, b, c] = std::tuple(m_conversations[0], m_conversations[1], m_conversations[2]);
    const QPersistentModelIndex selected = m_model->index(2); // A, at the bottom
    test::ModelSignals signals_(m_model.get());
    post(a, 4'000'000);
    m_model->refresh();
    QCOMPARE(shownIds(), (QList<qint64> { a, c, b }));
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data(InboxModel::PreviewRole).toString(), QStringLiteral("message 4"));
    QCOMPARE(selected.data(InboxModel::UnreadRole).toInt(), 2);
    // A re-sort and one changed row; nothing inserted, removed or reset.
    QCOMPARE(signals_.layoutChanged.size(), 1);
    QCOMPARE(signals_.changed.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(signals_.changed, 0), qMakePair(0, 0));
    QCOMPARE(signals_.moved.size(), 0);
    QCOMPARE(signals_.inserted.size(), 0);
    QCOMPARE(signals_.removed.size(), 0);
    QCOMPARE(signals_.reset.size(), 0);
}

void TestInboxModel::newConversationIsInsertedAtTheTop()
{
    test::ModelSignals signals_(m_model.get());
    const qint64 d = customer(3, 5'000'000);
    QVERIFY(d);
    m_model->refresh();
    QCOMPARE(shownIds().first(), d);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(signals_.inserted.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(signals_.inserted, 0), qMakePair(0, 0));
    QCOMPARE(signals_.changed.size(), 0);
    QCOMPARE(signals_.layoutChanged.size(), 0);
    QCOMPARE(signals_.moved.size(), 0);
    QCOMPARE(signals_.removed.size(), 0);
    QCOMPARE(signals_.reset.size(), 0);
}

void TestInboxModel::readMarkerRepaintsOnlyThatRow()
{
    const qint64 b = m_conversations[1];
    const int row = m_model->rowOf(b);
    QCOMPARE(m_model->index(row).data(InboxModel::UnreadRole).toInt(), 1);
    auto last = MessageStore(*m_writer).conversation(b);
    QVERIFY(last);
    test::ModelSignals signals_(m_model.get());
    QVERIFY(ConversationActions::markRead(*m_writer, b, last->lastMessageId));
    m_model->refresh();
    QCOMPARE(m_model->index(row).data(InboxModel::UnreadRole).toInt(), 0);
    QCOMPARE(signals_.changed.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(signals_.changed, 0), qMakePair(row, row));
    QCOMPARE(signals_.layoutChanged.size(), 0);
    QCOMPARE(signals_.inserted.size() + signals_.removed.size() + signals_.moved.size(), 0);
}

void TestInboxModel::resolvedConversationLeavesTheOpenFilter()
{
    const auto [a, b, c] = std::tuple(m_conversations[0], m_conversations[1], m_conversations[2]);
    InboxFilter open;
    open.status = conversationStatusToString(ConversationStatus::Open);
    m_model->setFilter(open);
    QCOMPARE(shownIds(), (QList<qint64> { c, b, a }));
    const QPersistentModelIndex below = m_model->index(2); // A
    test::ModelSignals signals_(m_model.get());
    QVERIFY(ConversationActions::setStatus(
        *m_writer, b, conversationStatusToString(ConversationStatus::Resolved), 0, 10'000'000, 0));
    m_model->refresh();
    QCOMPARE(shownIds(), (QList<qint64> { c, a }));
    QCOMPARE(below.row(), 1);
    QCOMPARE(signals_.removed.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(signals_.removed, 0), qMakePair(1, 1));
    QCOMPARE(signals_.changed.size(), 0);
    QCOMPARE(signals_.inserted.size() + signals_.moved.size() + signals_.layoutChanged.size(), 0);
}

void TestInboxModel::unchangedRefreshSignalsNothing()
{
    test::ModelSignals signals_(m_model.get());
    m_model->refresh();
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(signals_.inserted.size() + signals_.removed.size() + signals_.moved.size()
                 + signals_.changed.size() + signals_.layoutChanged.size() + signals_.reset.size(),
             0);
}

void TestInboxModel::pagesAsTheViewScrolls()
{
    // A short first page (start-up waits for it), then full pages as the view scrolls.
    const int first = InboxModel::kFirstPageSize;
    const int total = first + InboxModel::kPageSize + 12;
    {
        Transaction tx(*m_writer);
        QVERIFY(tx.status());
        for (int n = 3; n < total; ++n)
            QVERIFY(customer(n, 10'000'000 + n * 1000));
        QVERIFY(tx.commit());
    }
    // The tester fetches more itself whenever it checks the model, so page by page is
    // counted without it, and the model checked again once all is loaded.
    m_tester.reset();
    m_model->setFilter({});
    QCOMPARE(m_model->rowCount(), first);
    QVERIFY(m_model->canFetchMore({}));
    test::ModelSignals signals_(m_model.get());
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), first + InboxModel::kPageSize);
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), total);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(signals_.inserted.size(), 2);
    QCOMPARE(test::ModelSignals::rowsOf(signals_.inserted, 0),
             qMakePair(first, first + InboxModel::kPageSize - 1));
    QCOMPARE(test::ModelSignals::rowsOf(signals_.inserted, 1),
             qMakePair(first + InboxModel::kPageSize, total - 1));
    // The oldest customers are at the end, each once.
    const QList<qint64> ids = shownIds();
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), total);
    QCOMPARE(ids.last(), m_conversations[0]);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(m_model->rowCount(), total);
}

// The window's start-up reads the first page on another thread (InboxPrefetch): the model shows
// exactly the rows it would have read itself, and only for the filter they were read for.
void TestInboxModel::prefetchedFirstPageIsTheSameRows()
{
    for (int n = 3; n < 80; ++n)
        QVERIFY(customer(n, 10'000'000 + n * 1000));
    post(m_conversations[0], 20'000'000); // A moves to the top
    m_tester.reset(); // it would fetch more pages itself (see pagesAsTheViewScrolls)
    InboxFilter open;
    open.status = QStringLiteral("open");
    m_model->setFilter(open);
    const QList<qint64> expected = shownIds();
    QCOMPARE(expected.size(), InboxModel::kFirstPageSize);
    QCOMPARE(expected.first(), m_conversations[0]);

    {
        InboxPrefetch prefetch(m_cache->path(), open, InboxModel::kFirstPageSize);
        auto page = prefetch.take(open);
        QVERIFY(page);
        m_model->setFilter({}); // something else first, so the rows must come from the page
        m_model->setFilter(open, std::move(*page));
        QCOMPARE(shownIds(), expected);
        QVERIFY(m_model->canFetchMore({}));
        QVERIFY(!prefetch.take(open)); // once
    }
    {
        // Read for another filter: not used, the caller reads for itself.
        InboxPrefetch prefetch(m_cache->path(), open, InboxModel::kFirstPageSize);
        InboxFilter resolved;
        resolved.status = QStringLiteral("resolved");
        QVERIFY(!prefetch.take(resolved));
    }
    {
        // A cache that cannot be opened: nothing, and no crash; the model's own read says why.
        InboxPrefetch prefetch(m_cache->dir() + QStringLiteral("/missing/cache.sqlite"), open,
                               InboxModel::kFirstPageSize);
        QVERIFY(!prefetch.take(open));
    }
}

QTEST_GUILESS_MAIN(TestInboxModel)
#include "TestInboxModel.moc"
