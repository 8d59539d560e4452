// The quick switcher's answers from the cache: customers found by name (a prefix is enough) or
// by digits of their number, each with their most recent conversations, in one query.
#include "TestWorkspace.h"
#include "storage/ContactStore.h"
#include "storage/ConversationFinder.h"
#include "storage/MessageStore.h"

#include <QTest>

using namespace textdesk;

class TestConversationFinder : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void byNamePrefixNewestConversationFirst();
    void byDigitsOfTheNumber();
    void atMostSoManyPerCustomerAndInAll();
    void byIdsKeepsTheOrderGiven();
    void nothingTypedFindsNothing();

private:
    qint64 conversation(const QString &customer, const QString &ourNumber, qint64 activityAt);
    static QList<qint64> idsOf(const QList<ConversationSummary> &found);

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    int m_sid = 0;
};

void TestConversationFinder::init()
{
    m_sid = 0;
    m_cache = std::make_unique<test::TestCache>();
    m_db = m_cache->open();
    QVERIFY(m_db);
}

void TestConversationFinder::cleanup()
{
    m_db.reset();
    m_cache.reset();
}

qint64 TestConversationFinder::conversation(const QString &customer, const QString &ourNumber,
                                            qint64 activityAt)
{
    const qint64 id = test::conversation(*m_db, customer, ourNumber);
    const int n = ++m_sid;
    MessageRecord m
        = test::message(id, QStringLiteral("SM%1").arg(n, 32, 10, QLatin1Char('0')),
                        QStringLiteral("hello %1").arg(n), Direction::Inbound, activityAt);
    if (auto written = MessageStore(*m_db).upsert(m); !written)
        qWarning().noquote() << written.error().details();
    return id;
}

QList<qint64> TestConversationFinder::idsOf(const QList<ConversationSummary> &found)
{
    QList<qint64> ids;
    for (const ConversationSummary &c : found)
        ids << c.id;
    return ids;
}

void TestConversationFinder::byNamePrefixNewestConversationFirst()
{
    const qint64 older
        = conversation(QStringLiteral("+14155550101"), QStringLiteral("+15550000001"), 1'000'000);
    const qint64 newer
        = conversation(QStringLiteral("+14155550101"), QStringLiteral("+15550000002"), 2'000'000);
    const qint64 other
        = conversation(QStringLiteral("+14155550202"), QStringLiteral("+15550000001"), 3'000'000);
    ContactStore contacts(*m_db);
    auto mulder = MessageStore(*m_db).conversation(older);
    auto scully = MessageStore(*m_db).conversation(other);
    QVERIFY(mulder && scully);
    QVERIFY(contacts.setDisplayName(mulder->contactId, QStringLiteral("Fox Mulder"), 5));
    QVERIFY(contacts.setDisplayName(scully->contactId, QStringLiteral("Dana Scully"), 5));

    auto found = ConversationFinder(*m_db).forCustomers(QStringLiteral("mul"), 3, 10);
    QVERIFY(found);
    QCOMPARE(idsOf(*found), (QList<qint64> { newer, older }));
    QCOMPARE(found->first().contactName, QStringLiteral("Fox Mulder"));
    QCOMPARE(found->first().inboxE164, QStringLiteral("+15550000002"));
    QCOMPARE(found->first().lastMessagePreview, QStringLiteral("hello 2"));
}

void TestConversationFinder::byDigitsOfTheNumber()
{
    const qint64 a
        = conversation(QStringLiteral("+14155550101"), QStringLiteral("+15550000001"), 1'000'000);
    conversation(QStringLiteral("+14155550202"), QStringLiteral("+15550000001"), 2'000'000);
    auto found = ConversationFinder(*m_db).forCustomers(QStringLiteral("555-0101"), 3, 10);
    QVERIFY(found);
    QCOMPARE(idsOf(*found), (QList<qint64> { a }));
}

void TestConversationFinder::atMostSoManyPerCustomerAndInAll()
{
    // One customer with four of our numbers, another with two: "415" matches both numbers.
    QList<qint64> first;
    for (int i = 0; i < 4; ++i)
        first << conversation(QStringLiteral("+14155550101"),
                              QStringLiteral("+1555000000%1").arg(i), 1'000'000 + i * 1000);
    QList<qint64> second;
    for (int i = 0; i < 2; ++i)
        second << conversation(QStringLiteral("+14155550202"),
                               QStringLiteral("+1555000000%1").arg(i), 2'000'000 + i * 1000);
    auto found = ConversationFinder(*m_db).forCustomers(QStringLiteral("415"), 3, 10);
    QVERIFY(found);
    // The newest customer first (by contact), each with its three most recent conversations.
    QCOMPARE(idsOf(*found), (QList<qint64> { second[1], second[0], first[3], first[2], first[1] }));
    auto capped = ConversationFinder(*m_db).forCustomers(QStringLiteral("415"), 3, 4);
    QVERIFY(capped);
    QCOMPARE(capped->size(), 4);
}

void TestConversationFinder::byIdsKeepsTheOrderGiven()
{
    const qint64 a
        = conversation(QStringLiteral("+14155550101"), QStringLiteral("+15550000001"), 1'000'000);
    const qint64 b
        = conversation(QStringLiteral("+14155550202"), QStringLiteral("+15550000001"), 2'000'000);
    auto found = ConversationFinder(*m_db).byIds({ a, 999'999, b });
    QVERIFY(found);
    QCOMPARE(idsOf(*found), (QList<qint64> { a, b }));
    auto none = ConversationFinder(*m_db).byIds({});
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestConversationFinder::nothingTypedFindsNothing()
{
    conversation(QStringLiteral("+14155550101"), QStringLiteral("+15550000001"), 1'000'000);
    auto found = ConversationFinder(*m_db).forCustomers(QStringLiteral("  "), 3, 10);
    QVERIFY(found);
    QVERIFY(found->isEmpty());
}

QTEST_GUILESS_MAIN(TestConversationFinder)
#include "TestConversationFinder.moc"
