// The thread model alone, over a real cache: under QAbstractItemModelTester, with the signals a
// view gets counted when messages arrive, change status, go away or older pages load.
#include "ModelSignals.h"
#include "TestWorkspace.h"
#include "storage/MessageStore.h"
#include "thread/ThreadModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace textdesk;

class TestThreadModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void oldestAtTheTop();
    void newMessageIsAppended();
    void statusChangeRepaintsThatRow();
    void removedMessageIsRemoved();
    void olderPagesArePrependedAndTheViewKeepsItsRow();

private:
    MessageRecord post(Direction direction, qint64 at, const QString &status = {});
    QStringList bodies() const;

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_writer;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<ThreadModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_conversation = 0;
    int m_sid = 0;
    // Noon UTC, 1 June 2026: every message of a test on one local day, whatever the zone.
    static constexpr qint64 kDay = 1'780'315'200'000;
};

void TestThreadModel::init()
{
    m_sid = 0;
    m_cache = std::make_unique<test::TestCache>();
    m_writer = m_cache->open();
    QVERIFY(m_writer);
    m_reader = m_cache->open(Database::Role::Reader);
    QVERIFY(m_reader);
    m_conversation = test::conversation(*m_writer, QStringLiteral("+14155550123"));
    QVERIFY(m_conversation);
    post(Direction::Inbound, kDay);
    post(Direction::Outbound, kDay + 60'000, QStringLiteral("sent"));
    post(Direction::Inbound, kDay + 120'000);
    m_model = std::make_unique<ThreadModel>(*m_reader);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setConversation(m_conversation);
}

void TestThreadModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_reader.reset();
    m_writer.reset();
    m_cache.reset();
}

MessageRecord TestThreadModel::post(Direction direction, qint64 at, const QString &status)
{
    const int n = ++m_sid;
    MessageRecord m
        = test::message(m_conversation, QStringLiteral("SM%1").arg(n, 32, 10, QLatin1Char('0')),
                        QStringLiteral("message %1").arg(n), direction, at);
    if (!status.isEmpty())
        m.status = status;
    auto written = MessageStore(*m_writer).upsert(m);
    if (!written)
        qWarning().noquote() << written.error().details();
    return m;
}

QStringList TestThreadModel::bodies() const
{
    QStringList list;
    for (int row = 0; row < m_model->rowCount(); ++row)
        list << m_model->index(row).data(ThreadModel::BodyRole).toString();
    return list;
}

void TestThreadModel::oldestAtTheTop()
{
    QCOMPARE(bodies(),
             (QStringList { QStringLiteral("message 1"), QStringLiteral("message 2"),
                            QStringLiteral("message 3") }));
    QCOMPARE(m_model->index(1).data(ThreadModel::StatusTextRole).toString(),
             QStringLiteral("Sent"));
    QVERIFY(!m_model->index(0).data(ThreadModel::DayHeaderRole).toString().isEmpty());
    QVERIFY(m_model->index(1).data(ThreadModel::DayHeaderRole).toString().isEmpty());
}

void TestThreadModel::newMessageIsAppended()
{
    const QPersistentModelIndex first = m_model->index(0);
    test::ModelSignals signals_(m_model.get());
    post(Direction::Outbound, kDay + 180'000, QStringLiteral("pending"));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(3).data(ThreadModel::BodyRole).toString(), QStringLiteral("message 4"));
    QCOMPARE(m_model->index(3).data(ThreadModel::StatusTextRole).toString(),
             QStringLiteral("Waiting to send"));
    QCOMPARE(first.row(), 0);
    QCOMPARE(signals_.inserted.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(signals_.inserted, 0), qMakePair(3, 3));
    // No row's content changed: only the day headers are re-read.
    QCOMPARE(signals_.contentChanges(), 0);
    QCOMPARE(signals_.removed.size() + signals_.moved.size() + signals_.layoutChanged.size()
                 + signals_.reset.size(),
             0);
}

void TestThreadModel::statusChangeRepaintsThatRow()
{
    MessageRecord sent = post(Direction::Outbound, kDay + 180'000, QStringLiteral("sent"));
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 4);
    test::ModelSignals signals_(m_model.get());
    // The provider reports it undelivered: the agent must see it failed, and why.
    MessageRecord failed = sent;
    failed.status = QStringLiteral("undelivered");
    failed.errorCode = 30003;
    failed.errorMessage = QStringLiteral("Unreachable destination handset");
    failed.updatedAt = sent.updatedAt + 5000;
    QVERIFY(MessageStore(*m_writer).upsert(failed));
    m_model->refresh();
    QCOMPARE(m_model->index(3).data(ThreadModel::StatusTextRole).toString(),
             QStringLiteral("Not delivered"));
    QVERIFY(m_model->index(3).data(ThreadModel::FailedRole).toBool());
    // The reason in words an agent can act on, with the provider's code to quote.
    const QString why = m_model->index(3).data(ThreadModel::ErrorTextRole).toString();
    QVERIFY2(why.contains(QLatin1String("phone is off")) && why.contains(QLatin1String("30003")),
             qPrintable(why));
    QCOMPARE(signals_.contentChanges(), 1);
    int row = -1;
    for (int i = 0; i < signals_.changed.size(); ++i) {
        if (signals_.changed.at(i).at(2).value<QList<int>>().isEmpty())
            row = test::ModelSignals::rowsOf(signals_.changed, i).first;
    }
    QCOMPARE(row, 3);
    QCOMPARE(signals_.inserted.size() + signals_.removed.size() + signals_.moved.size()
                 + signals_.layoutChanged.size() + signals_.reset.size(),
             0);
}

void TestThreadModel::removedMessageIsRemoved()
{
    const qint64 middle = m_model->index(1).data(ThreadModel::MessageIdRole).toLongLong();
    const QPersistentModelIndex last = m_model->index(2);
    test::ModelSignals signals_(m_model.get());
    QVERIFY(MessageStore(*m_writer).remove(middle));
    m_model->refresh();
    QCOMPARE(bodies(), (QStringList { QStringLiteral("message 1"), QStringLiteral("message 3") }));
    QCOMPARE(last.row(), 1);
    QCOMPARE(signals_.removed.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(signals_.removed, 0), qMakePair(1, 1));
    QCOMPARE(signals_.contentChanges(), 0);
    QCOMPARE(signals_.inserted.size() + signals_.moved.size() + signals_.layoutChanged.size(), 0);
}

void TestThreadModel::olderPagesArePrependedAndTheViewKeepsItsRow()
{
    const int total = ThreadModel::kPageSize + 20;
    {
        Transaction tx(*m_writer);
        QVERIFY(tx.status());
        for (int n = 3; n < total; ++n)
            post(n % 2 ? Direction::Inbound : Direction::Outbound, kDay + n * 60'000,
                 QStringLiteral("delivered"));
        QVERIFY(tx.commit());
    }
    m_model->setConversation(m_conversation);
    QCOMPARE(m_model->rowCount(), ThreadModel::kPageSize);
    QVERIFY(m_model->hasOlder());
    const QPersistentModelIndex top = m_model->index(0); // what the agent is looking at
    const QString topBody = top.data(ThreadModel::BodyRole).toString();
    test::ModelSignals signals_(m_model.get());
    QCOMPARE(m_model->fetchOlder(), 20);
    QVERIFY(!m_model->hasOlder());
    QCOMPARE(m_model->rowCount(), total);
    QCOMPARE(signals_.inserted.size(), 1);
    QCOMPARE(test::ModelSignals::rowsOf(signals_.inserted, 0), qMakePair(0, 19));
    QCOMPARE(top.row(), 20);
    QCOMPARE(top.data(ThreadModel::BodyRole).toString(), topBody);
    QCOMPARE(m_model->index(0).data(ThreadModel::BodyRole).toString(), QStringLiteral("message 1"));
    QCOMPARE(signals_.contentChanges(), 0);
    QCOMPARE(signals_.removed.size() + signals_.moved.size() + signals_.layoutChanged.size()
                 + signals_.reset.size(),
             0);
}

QTEST_GUILESS_MAIN(TestThreadModel)
#include "TestThreadModel.moc"
