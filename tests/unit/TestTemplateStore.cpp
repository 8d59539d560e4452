#include "TestWorkspace.h"
#include "templates/TemplateStore.h"

#include <QTest>

using namespace textdesk;

namespace {
MessageTemplate makeTemplate(const QString &shortcut, const QString &title, const QString &body)
{
    MessageTemplate t;
    t.shortcut = shortcut;
    t.title = title;
    t.body = body;
    return t;
}

QStringList shortcuts(const QList<MessageTemplate> &templates)
{
    QStringList result;
    for (const MessageTemplate &t : templates)
        result.append(t.shortcut);
    return result;
}
} // namespace

class TestTemplateStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void saveInsertsThenUpdates();
    void allIsOrderedByShortcut();
    void matchingRanksShortcutThenTitleThenContains();
    void matchingIgnoresCaseBeyondAscii();
    void duplicateShortcutIsRefused();
    void invalidTemplateIsRefused();
    void removeDeletes();
    void seedOnlyWhenEmpty();

private:
    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
};

void TestTemplateStore::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_db = m_cache->open();
    QVERIFY(m_db);
}

void TestTemplateStore::cleanup()
{
    m_db.reset();
    m_cache.reset();
}

void TestTemplateStore::saveInsertsThenUpdates()
{
    TemplateStore store(*m_db);
    auto id = store.save(makeTemplate(QStringLiteral(" /greet "), QStringLiteral("Greeting"),
                                      QStringLiteral("Hi {{first_name}}")));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().details()));
    QVERIFY(*id > 0);

    auto saved = store.all();
    QVERIFY(saved);
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->at(0).id, *id);
    QCOMPARE(saved->at(0).shortcut, QStringLiteral("greet")); // trimmed, no slash

    MessageTemplate changed = saved->at(0);
    changed.body = QStringLiteral("Hello {{first_name}}");
    auto again = store.save(changed);
    QVERIFY(again);
    QCOMPARE(*again, *id);
    saved = store.all();
    QVERIFY(saved);
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->at(0).body, QStringLiteral("Hello {{first_name}}"));
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT created_at <= updated_at FROM templates")),
             QStringList({ QStringLiteral("1") }));
}

void TestTemplateStore::allIsOrderedByShortcut()
{
    TemplateStore store(*m_db);
    for (const char *s : { "zeta", "alpha", "mid" }) {
        QVERIFY(store.save(
            makeTemplate(QString::fromLatin1(s), QStringLiteral("T"), QStringLiteral("B"))));
    }
    auto all = store.all();
    QVERIFY(all);
    QCOMPARE(
        shortcuts(*all),
        QStringList({ QStringLiteral("alpha"), QStringLiteral("mid"), QStringLiteral("zeta") }));
}

void TestTemplateStore::matchingRanksShortcutThenTitleThenContains()
{
    TemplateStore store(*m_db);
    QVERIFY(store.save(makeTemplate(QStringLiteral("hours"), QStringLiteral("Opening hours"),
                                    QStringLiteral("9 to 5"))));
    QVERIFY(store.save(makeTemplate(QStringLiteral("ship"), QStringLiteral("Order shipped"),
                                    QStringLiteral("On its way"))));
    QVERIFY(store.save(makeTemplate(QStringLiteral("order"), QStringLiteral("Order received"),
                                    QStringLiteral("Got it"))));
    QVERIFY(store.save(
        makeTemplate(QStringLiteral("reorder"), QStringLiteral("Again"), QStringLiteral("Again"))));
    QVERIFY(store.save(
        makeTemplate(QStringLiteral("bye"), QStringLiteral("Closing"), QStringLiteral("Bye"))));

    auto hits = store.matching(QStringLiteral("ORD"), 10);
    QVERIFY(hits);
    // Shortcut prefix, then title prefix, then contains.
    QCOMPARE(shortcuts(*hits),
             QStringList(
                 { QStringLiteral("order"), QStringLiteral("ship"), QStringLiteral("reorder") }));

    hits = store.matching(QStringLiteral("ord"), 2);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 2);

    hits = store.matching(QString(), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 5);

    hits = store.matching(QStringLiteral("nothing like it"), 10);
    QVERIFY(hits);
    QVERIFY(hits->isEmpty());
}

void TestTemplateStore::matchingIgnoresCaseBeyondAscii()
{
    TemplateStore store(*m_db);
    QVERIFY(store.save(makeTemplate(QStringLiteral("gruss"), QStringLiteral("Übergabe"),
                                    QStringLiteral("Tschüss"))));
    auto hits = store.matching(QStringLiteral("übER"), 10);
    QVERIFY(hits);
    QCOMPARE(shortcuts(*hits), QStringList({ QStringLiteral("gruss") }));
}

void TestTemplateStore::duplicateShortcutIsRefused()
{
    TemplateStore store(*m_db);
    QVERIFY(store.save(
        makeTemplate(QStringLiteral("greet"), QStringLiteral("A"), QStringLiteral("A"))));
    auto dup = store.save(
        makeTemplate(QStringLiteral("greet"), QStringLiteral("B"), QStringLiteral("B")));
    QVERIFY(!dup);
    QCOMPARE(dup.error().kind(), StorageError::Kind::Constraint);
    QVERIFY(!dup.error().message().isEmpty());
    auto all = store.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->at(0).title, QStringLiteral("A"));
}

void TestTemplateStore::invalidTemplateIsRefused()
{
    TemplateStore store(*m_db);
    QVERIFY(
        !store.save(makeTemplate(QStringLiteral("/"), QStringLiteral("T"), QStringLiteral("B"))));
    QVERIFY(!store.save(
        makeTemplate(QStringLiteral("two words"), QStringLiteral("T"), QStringLiteral("B"))));
    QVERIFY(
        !store.save(makeTemplate(QStringLiteral("x"), QStringLiteral(" "), QStringLiteral("B"))));
    QVERIFY(!store.save(makeTemplate(QStringLiteral("x"), QStringLiteral("T"), QString())));
    auto all = store.all();
    QVERIFY(all);
    QVERIFY(all->isEmpty());
}

void TestTemplateStore::removeDeletes()
{
    TemplateStore store(*m_db);
    auto id
        = store.save(makeTemplate(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("A")));
    QVERIFY(id);
    QVERIFY(
        store.save(makeTemplate(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("B"))));
    QVERIFY(store.remove(*id));
    QVERIFY(store.remove(*id)); // already gone: fine
    auto all = store.all();
    QVERIFY(all);
    QCOMPARE(shortcuts(*all), QStringList({ QStringLiteral("b") }));
}

void TestTemplateStore::seedOnlyWhenEmpty()
{
    auto s = TemplateStore::seedDefaults(*m_db);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().details()));
    TemplateStore store(*m_db);
    auto seeded = store.all();
    QVERIFY(seeded);
    QVERIFY(seeded->size() >= 6);
    QVERIFY(shortcuts(*seeded).contains(QStringLiteral("greet")));
    bool mentionsOrderNumber = false;
    for (const MessageTemplate &t : std::as_const(*seeded)) {
        QVERIFY(!t.title.isEmpty());
        QVERIFY(!t.body.isEmpty());
        mentionsOrderNumber
            = mentionsOrderNumber || t.body.contains(QStringLiteral("{{order_number}}"));
    }
    QVERIFY(mentionsOrderNumber);

    // Seeding again changes nothing, even after the team edited and removed some.
    QVERIFY(store.remove(seeded->at(0).id));
    QVERIFY(TemplateStore::seedDefaults(*m_db));
    auto after = store.all();
    QVERIFY(after);
    QCOMPARE(after->size(), seeded->size() - 1);
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "TestTemplateStore.moc"
