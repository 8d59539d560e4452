#include "TestWorkspace.h"
#include "storage/ContactStore.h"
#include "storage/MessageStore.h"
#include "storage/SearchQuery.h"

#include <QTest>

using namespace textdesk;

namespace {
QString marked(const QString &word)
{
    return SearchHit::kMatchStart + word + SearchHit::kMatchEnd;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void findsWordsNewestFirst();
    void findsQuotedPhrase();
    void pagesWithBeforeId();
    void forgetsRedactedWords();
    void forgetsEditedWords();
    void forgetsRemovedMessages();
    void integrityCheckCanFail();
    void typedSyntaxNeverFails_data();
    void typedSyntaxNeverFails();
    void operatorsAreSearchedAsWords();
    void ignoresDiacritics();
    void toFts_data();
    void toFts();
    void digitsOf_data();
    void digitsOf();
    void contactsByName();
    void contactsByNumber();
    void contactRenameForgetsOldName();

private:
    MessageRecord add(const QString &sid, const QString &body, qint64 createdAt,
                      Direction direction = Direction::Inbound);
    QList<SearchHit> search(const QString &typed, qint64 beforeId = 0, int limit = 50);
    QStringList sidsOf(const QList<SearchHit> &hits);

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
    qint64 m_conversation = 0;
};

void TestSearch::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_db = m_cache->open();
    QVERIFY(m_db);
    m_store = std::make_unique<MessageStore>(*m_db);
    m_conversation = test::conversation(*m_db, QStringLiteral("+14155550123"));
    QVERIFY(m_conversation);
}

void TestSearch::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_cache.reset();
}

MessageRecord TestSearch::add(const QString &sid, const QString &body, qint64 createdAt,
                              Direction direction)
{
    MessageRecord m = test::message(m_conversation, sid, body, direction, createdAt);
    auto result = m_store->upsert(m);
    if (!result)
        QTest::qFail(qPrintable(result.error().details()), __FILE__, __LINE__);
    return m;
}

QList<SearchHit> TestSearch::search(const QString &typed, qint64 beforeId, int limit)
{
    auto hits = m_store->search(typed, beforeId, limit);
    if (!hits) {
        QTest::qFail(
            qPrintable(
                QStringLiteral("search for [%1] failed: %2").arg(typed, hits.error().details())),
            __FILE__, __LINE__);
        return {};
    }
    return *hits;
}

QStringList TestSearch::sidsOf(const QList<SearchHit> &hits)
{
    QStringList sids;
    for (const SearchHit &hit : hits) {
        auto m = m_store->message(hit.messageId);
        sids << (m ? m->sid : QStringLiteral("?"));
    }
    return sids;
}

void TestSearch::findsWordsNewestFirst()
{
    add(QStringLiteral("SM1"), QStringLiteral("The parcel left our warehouse"), 1000);
    add(QStringLiteral("SM2"), QStringLiteral("Nothing to see here"), 2000, Direction::Outbound);
    add(QStringLiteral("SM3"), QStringLiteral("Did the Parcel arrive?"), 3000);
    add(QStringLiteral("SM4"), QStringLiteral("parcels are different"), 4000);
    add(QStringLiteral("SM5"), QStringLiteral("Your parcel was delivered to the neighbour"), 5000,
        Direction::Outbound);

    const QList<SearchHit> hits = search(QStringLiteral("PARCEL"));
    QCOMPARE(sidsOf(hits),
             (QStringList { QStringLiteral("SM5"), QStringLiteral("SM3"), QStringLiteral("SM1") }));
    QCOMPARE(hits.first().createdAt, 5000);
    QCOMPARE(hits.first().conversationId, m_conversation);
    QVERIFY2(hits.first().snippet.contains(marked(QStringLiteral("parcel"))),
             qPrintable(hits.first().snippet));
    QVERIFY2(hits.at(1).snippet.contains(marked(QStringLiteral("Parcel"))),
             qPrintable(hits.at(1).snippet));

    // All words must occur, in any order.
    QCOMPARE(sidsOf(search(QStringLiteral("neighbour parcel"))),
             QStringList { QStringLiteral("SM5") });
    QCOMPARE(search(QStringLiteral("parcel unicorn")).size(), 0);
    QCOMPARE(search(QString()).size(), 0);
    QCOMPARE(search(QStringLiteral("   ")).size(), 0);
}

void TestSearch::findsQuotedPhrase()
{
    add(QStringLiteral("SM1"), QStringLiteral("The blue parcel arrived"), 1000);
    add(QStringLiteral("SM2"), QStringLiteral("This parcel is blue"), 2000);
    add(QStringLiteral("SM3"), QStringLiteral("blue, parcel: both words adjacent"), 3000);

    const QList<SearchHit> phrase = search(QStringLiteral("\"blue parcel\""));
    QCOMPARE(sidsOf(phrase), (QStringList { QStringLiteral("SM3"), QStringLiteral("SM1") }));
    // The phrase is marked as one match.
    QVERIFY2(phrase.last().snippet.contains(marked(QStringLiteral("blue parcel"))),
             qPrintable(phrase.last().snippet));
    QCOMPARE(sidsOf(search(QStringLiteral("blue parcel"))),
             (QStringList { QStringLiteral("SM3"), QStringLiteral("SM2"), QStringLiteral("SM1") }));
    // A phrase and a word together; an unclosed quote still searches.
    QCOMPARE(sidsOf(search(QStringLiteral("\"blue parcel\" arrived"))),
             QStringList { QStringLiteral("SM1") });
    QCOMPARE(sidsOf(search(QStringLiteral("\"parcel is"))), QStringList { QStringLiteral("SM2") });
}

void TestSearch::pagesWithBeforeId()
{
    QStringList all;
    for (int i = 0; i < 25; ++i) {
        add(QStringLiteral("SM%1").arg(i), QStringLiteral("refund request number %1").arg(i),
            1000 + i);
        all.prepend(QStringLiteral("SM%1").arg(i));
    }
    add(QStringLiteral("OTHER"), QStringLiteral("unrelated"), 5000);
    QStringList seen;
    qint64 before = 0;
    for (int page = 0; page < 10; ++page) {
        const QList<SearchHit> hits = search(QStringLiteral("refund"), before, 10);
        if (hits.isEmpty())
            break;
        seen << sidsOf(hits);
        before = hits.last().messageId;
    }
    QCOMPARE(seen, all);
}

void TestSearch::forgetsRedactedWords()
{
    MessageRecord m
        = add(QStringLiteral("SM1"), QStringLiteral("my card number is 4111 secret"), 1000);
    add(QStringLiteral("SM2"), QStringLiteral("another secret"), 2000);
    QCOMPARE(search(QStringLiteral("secret")).size(), 2);

    // The provider redacted the body; the next sync brings the empty body.
    MessageRecord redacted = m;
    redacted.id = 0;
    redacted.body.clear();
    auto result = m_store->upsert(redacted);
    QVERIFY(result);
    QCOMPARE(*result, MessageStore::Upsert::Updated);
    QCOMPARE(sidsOf(search(QStringLiteral("secret"))), QStringList { QStringLiteral("SM2") });
    QCOMPARE(search(QStringLiteral("4111")).size(), 0);
    QCOMPARE(search(QStringLiteral("card")).size(), 0);
    auto check = test::checkFullTextIndex(*m_db, QStringLiteral("message_fts"));
    QVERIFY2(check, qPrintable(check ? QString() : check.error().details()));
}

void TestSearch::forgetsEditedWords()
{
    MessageRecord m = add(QStringLiteral("SM1"), QStringLiteral("pickup on tuesday"), 1000);
    MessageRecord edited = m;
    edited.id = 0;
    edited.body = QStringLiteral("pickup on wednesday");
    QVERIFY(m_store->upsert(edited));
    QCOMPARE(search(QStringLiteral("tuesday")).size(), 0);
    QCOMPARE(sidsOf(search(QStringLiteral("wednesday"))), QStringList { QStringLiteral("SM1") });
    QCOMPARE(search(QStringLiteral("pickup")).size(), 1);
    auto check = test::checkFullTextIndex(*m_db, QStringLiteral("message_fts"));
    QVERIFY2(check, qPrintable(check ? QString() : check.error().details()));
}

void TestSearch::forgetsRemovedMessages()
{
    MessageRecord gone = add(QStringLiteral("SM1"), QStringLiteral("invoice attached"), 1000);
    add(QStringLiteral("SM2"), QStringLiteral("second invoice"), 2000);
    QVERIFY(m_store->remove(gone.id));
    QCOMPARE(sidsOf(search(QStringLiteral("invoice"))), QStringList { QStringLiteral("SM2") });
    QCOMPARE(search(QStringLiteral("attached")).size(), 0);
    auto check = test::checkFullTextIndex(*m_db, QStringLiteral("message_fts"));
    QVERIFY2(check, qPrintable(check ? QString() : check.error().details()));
}

void TestSearch::integrityCheckCanFail()
{
    // The check the tests above rely on does notice an index that disagrees with the messages.
    MessageRecord m = add(QStringLiteral("SM1"), QStringLiteral("original words"), 1000);
    QVERIFY(test::checkFullTextIndex(*m_db, QStringLiteral("message_fts")));
    QVERIFY(m_db->execOnce(
        QStringLiteral("UPDATE messages SET body = 'changed behind its back' WHERE id = %1")
            .arg(m.id)));
    auto check = test::checkFullTextIndex(*m_db, QStringLiteral("message_fts"));
    QVERIFY(!check);
    QCOMPARE(check.error().kind(), StorageError::Kind::Corrupt);
}

void TestSearch::typedSyntaxNeverFails_data()
{
    QTest::addColumn<QString>("typed");
    for (const char *typed : { "\"",
                               "\"\"",
                               "\"\"\"",
                               "\"unclosed phrase",
                               "*",
                               "parcel*",
                               "*parcel",
                               "AND",
                               "OR",
                               "NOT",
                               "parcel AND",
                               "AND parcel",
                               "parcel OR NOT",
                               "NEAR(",
                               "NEAR(parcel blue)",
                               "NEAR(parcel blue, 2)",
                               "-parcel",
                               "parcel -blue",
                               "body:parcel",
                               ":",
                               "body:",
                               "{body}: parcel",
                               "^parcel",
                               "(",
                               ")",
                               "(parcel",
                               "parcel)",
                               "+",
                               "a+b",
                               "'",
                               "o'clock",
                               "\\",
                               "a\"b",
                               "\"a\" \"b\"",
                               "parcel\"blue",
                               "rank:",
                               "message_fts",
                               "=",
                               "%",
                               "_",
                               "?",
                               "'; DROP TABLE messages; --",
                               "x'00'",
                               "\t\n",
                               "…",
                               "🙂",
                               "\u00a0" }) {
        QTest::newRow(typed) << QString::fromUtf8(typed);
    }
    QTest::newRow("lone surrogate") << QString(QChar(0xd83d));
    QTest::newRow("nul") << QString(QChar(0));
    QTest::newRow("long") << QString(5000, QLatin1Char('a'));
}

void TestSearch::typedSyntaxNeverFails()
{
    QFETCH(QString, typed);
    add(QStringLiteral("SM1"), QStringLiteral("The blue parcel arrived at 9 o'clock"), 1000);
    auto hits = m_store->search(typed, 0, 10);
    QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().details()));
    // Both forms of the query builder yield valid FTS5 syntax.
    for (auto prefix : { SearchQuery::Prefix::None, SearchQuery::Prefix::LastTerm }) {
        const QString match = SearchQuery::toFts(typed, prefix);
        if (match.isEmpty())
            continue;
        auto count = m_db->scalar(
            QStringLiteral("SELECT count(*) FROM message_fts WHERE message_fts MATCH ?"),
            { match });
        QVERIFY2(count,
                 qPrintable(match + QStringLiteral(": ")
                            + (count ? QString() : count.error().details())));
    }
    auto contacts = ContactStore(*m_db).search(typed, 10);
    QVERIFY2(contacts, qPrintable(contacts ? QString() : contacts.error().details()));
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM messages")),
             QStringList { QStringLiteral("1") });
}

void TestSearch::operatorsAreSearchedAsWords()
{
    add(QStringLiteral("SM1"), QStringLiteral("The blue parcel arrived at 9 o'clock"), 1000);
    add(QStringLiteral("SM2"), QStringLiteral("salt AND pepper"), 2000);
    add(QStringLiteral("SM3"), QStringLiteral("salt and vinegar"), 3000);
    // What people type is what they look for, never an FTS5 operator.
    QCOMPARE(search(QStringLiteral("-parcel")).size(), 1);
    QCOMPARE(search(QStringLiteral("parcel -blue")).size(), 1);
    QCOMPARE(search(QStringLiteral("body:parcel")).size(), 0); // "body" is not in the text
    QCOMPARE(search(QStringLiteral("parcel*")).size(), 1);
    QCOMPARE(search(QStringLiteral("o'clock")).size(), 1);
    QCOMPARE(search(QStringLiteral("NEAR(parcel blue)")).size(), 0); // "near" is not in the text
    QCOMPARE(sidsOf(search(QStringLiteral("salt AND"))),
             (QStringList { QStringLiteral("SM3"), QStringLiteral("SM2") }));
    QCOMPARE(search(QStringLiteral("salt OR parcel")).size(), 0); // all words, and "or" is a word
}

void TestSearch::ignoresDiacritics()
{
    add(QStringLiteral("SM1"), QStringLiteral("Meet me at the café at noon"), 1000);
    add(QStringLiteral("SM2"), QStringLiteral("Über die Straße"), 2000);
    add(QStringLiteral("SM3"), QString::fromUtf8("cafe\xcc\x81 with a combining accent"), 3000);
    QCOMPARE(sidsOf(search(QStringLiteral("cafe"))),
             (QStringList { QStringLiteral("SM3"), QStringLiteral("SM1") }));
    QCOMPARE(sidsOf(search(QStringLiteral("CAFÉ"))),
             (QStringList { QStringLiteral("SM3"), QStringLiteral("SM1") }));
    QCOMPARE(sidsOf(search(QStringLiteral("uber"))), QStringList { QStringLiteral("SM2") });
    QCOMPARE(sidsOf(search(QStringLiteral("straße"))), QStringList { QStringLiteral("SM2") });
    const QList<SearchHit> hits = search(QStringLiteral("cafe"));
    QVERIFY2(hits.last().snippet.contains(marked(QStringLiteral("café"))),
             qPrintable(hits.last().snippet));

    ContactStore contacts(*m_db);
    auto id = contacts.ensureContact(QStringLiteral("+34911234567"), 1);
    QVERIFY(id);
    QVERIFY(contacts.setDisplayName(*id, QStringLiteral("José Álvarez"), 2));
    auto found = contacts.search(QStringLiteral("jose alvarez"), 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().displayName, QStringLiteral("José Álvarez"));
}

void TestSearch::toFts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *typed, bool prefix, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(typed) << prefix << QString::fromUtf8(expected);
    };
    row("word", "hello", false, "\"hello\"");
    row("words", "  hello   world ", false, "\"hello\" \"world\"");
    row("phrase", "\"blue parcel\"", false, "\"blue parcel\"");
    row("phrase and word", "\"blue parcel\" today", false, "\"blue parcel\" \"today\"");
    row("unclosed phrase", "\"blue parcel", false, "\"blue parcel\"");
    row("quote inside a word", "a\"b", false, "\"a\" \"b\"");
    row("hyphenated", "e-mail", false, "\"e mail\"");
    row("apostrophe", "o'clock", false, "\"o clock\"");
    row("operators", "AND OR NOT", false, "\"AND\" \"OR\" \"NOT\"");
    row("near", "NEAR(a b, 3)", false, "\"NEAR a\" \"b\" \"3\"");
    row("column filter", "body:secret", false, "\"body secret\"");
    row("star", "parcel*", false, "\"parcel\"");
    row("minus", "-parcel", false, "\"parcel\"");
    row("caret", "^start", false, "\"start\"");
    row("only syntax", "* : ( ) - ^ \"\"", false, "");
    row("empty", "", false, "");
    row("accents kept", "café", false, "\"café\"");
    row("digits", "4111 1111", false, "\"4111\" \"1111\"");
    row("prefix on last word", "hello wor", true, "\"hello\" \"wor\"*");
    row("no prefix on a phrase", "\"blue parcel\"", true, "\"blue parcel\"");
    row("prefix, single word", "par", true, "\"par\"*");
    row("prefix, nothing", "--", true, "");
}

void TestSearch::toFts()
{
    QFETCH(QString, typed);
    QFETCH(bool, prefix);
    QFETCH(QString, expected);
    QCOMPARE(SearchQuery::toFts(typed,
                                prefix ? SearchQuery::Prefix::LastTerm : SearchQuery::Prefix::None),
             expected);
}

void TestSearch::digitsOf_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("e164") << QStringLiteral("+14155550123") << QStringLiteral("14155550123");
    QTest::newRow("us format") << QStringLiteral("+1 (415) 555-0123")
                               << QStringLiteral("14155550123");
    QTest::newRow("dots") << QStringLiteral("415.555.01") << QStringLiteral("41555501");
    QTest::newRow("spaces") << QStringLiteral(" 030 1234 ") << QStringLiteral("0301234");
    QTest::newRow("a name") << QStringLiteral("Ana") << QString();
    QTest::newRow("digits and letters") << QStringLiteral("415 ana") << QString();
    QTest::newRow("hash") << QStringLiteral("#415") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearch::digitsOf()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(SearchQuery::digitsOf(typed), expected);
}

void TestSearch::contactsByName()
{
    ContactStore contacts(*m_db);
    const qint64 ana = *contacts.ensureContact(QStringLiteral("+14155550123"), 1);
    const qint64 bob = *contacts.ensureContact(QStringLiteral("+4930123456"), 1);
    QVERIFY(contacts.setDisplayName(ana, QStringLiteral("Ana Lima"), 2));
    QVERIFY(contacts.setDisplayName(bob, QStringLiteral("Bob Stone"), 2));

    auto hits = contacts.search(QStringLiteral("lima"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().contactId, ana);
    QCOMPARE(hits->first().e164, QStringLiteral("+14155550123"));
    QCOMPARE(hits->first().displayName, QStringLiteral("Ana Lima"));
    hits = contacts.search(QStringLiteral("stone bob"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().contactId, bob);
    hits = contacts.search(QStringLiteral("ana stone"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 0);
    auto check = test::checkFullTextIndex(*m_db, QStringLiteral("contact_fts"));
    QVERIFY2(check, qPrintable(check ? QString() : check.error().details()));
}

void TestSearch::contactsByNumber()
{
    ContactStore contacts(*m_db);
    const qint64 ana = *contacts.ensureContact(QStringLiteral("+14155550123"), 1);
    const qint64 bob = *contacts.ensureContact(QStringLiteral("+4930123456"), 1);
    QVERIFY(contacts.setDisplayName(ana, QStringLiteral("Ana Lima"), 2));

    auto hits = contacts.search(QStringLiteral("(415) 555-0123"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().contactId, ana);
    hits = contacts.search(QStringLiteral("555 01"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().contactId, ana);
    hits = contacts.search(QStringLiteral("+49 30"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().contactId, bob);
    QCOMPARE(hits->first().displayName, QString());
    // The limit holds.
    for (int i = 0; i < 5; ++i)
        QVERIFY(contacts.ensureContact(QStringLiteral("+1415555%1").arg(1000 + i), 1));
    hits = contacts.search(QStringLiteral("415555"), 3);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 3);
}

void TestSearch::contactRenameForgetsOldName()
{
    ContactStore contacts(*m_db);
    const qint64 id = *contacts.ensureContact(QStringLiteral("+14155550123"), 1);
    QVERIFY(contacts.setDisplayName(id, QStringLiteral("Ana Lima"), 2));
    QVERIFY(contacts.setDisplayName(id, QStringLiteral("Ana Souza"), 3));
    QCOMPARE(contacts.search(QStringLiteral("lima"), 10)->size(), 0);
    QCOMPARE(contacts.search(QStringLiteral("souza"), 10)->size(), 1);
    QVERIFY(contacts.setDisplayName(id, QString(), 4));
    QCOMPARE(contacts.search(QStringLiteral("souza"), 10)->size(), 0);
    auto check = test::checkFullTextIndex(*m_db, QStringLiteral("contact_fts"));
    QVERIFY2(check, qPrintable(check ? QString() : check.error().details()));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"
