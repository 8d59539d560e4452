#include "TestWorkspace.h"
#include "templates/StarterTemplates.h"
#include "templates/TemplateFiller.h"
#include "templates/TemplateJson.h"
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
    void categoryIsKept();
    void starterSetInEveryLanguageOnce();
    void exportThenImportRoundTrips();
    void importIsAllOrNothingWithBadEntriesByIndex();

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

void TestTemplateStore::categoryIsKept()
{
    TemplateStore store(*m_db);
    MessageTemplate t = makeTemplate(QStringLiteral("ship"), QStringLiteral("Shipped"),
                                     QStringLiteral("It shipped."));
    t.category = QStringLiteral("  Orders ");
    auto id = store.save(t);
    QVERIFY(id);
    QVERIFY(store.save(
        makeTemplate(QStringLiteral("hi"), QStringLiteral("Hi"), QStringLiteral("Hi!"))));
    auto all = store.all();
    QVERIFY(all);
    QCOMPARE(all->at(1).category, QStringLiteral("Orders"));
    QCOMPARE(*store.categories(), QStringList { QStringLiteral("Orders") });
}

void TestTemplateStore::starterSetInEveryLanguageOnce()
{
    TemplateStore store(*m_db);
    const int perLanguage = int(StarterTemplates::set(QStringLiteral("en")).size());
    QVERIFY(perLanguage >= 11);
    auto en = store.addStarterSet(QStringLiteral("en"));
    QVERIFY(en);
    QCOMPARE(*en, perLanguage);
    // Asked twice: nothing more.
    QCOMPARE(*store.addStarterSet(QStringLiteral("en_US")), 0);
    // Another language beside it: its shortcuts get the language, nothing is replaced.
    QCOMPARE(*store.addStarterSet(QStringLiteral("de")), perLanguage);
    QCOMPARE(*store.addStarterSet(QStringLiteral("de")), 0);
    auto all = store.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2 * perLanguage);
    const QStringList names = shortcuts(*all);
    QVERIFY(names.contains(QStringLiteral("greet")));
    QVERIFY(names.contains(QStringLiteral("greet-de")));

    for (const QString &language : StarterTemplates::languages()) {
        const auto set = StarterTemplates::set(language);
        QCOMPARE(set.size(), perLanguage);
        bool help = false;
        for (const MessageTemplate &t : set) {
            QVERIFY(!t.title.isEmpty() && !t.category.isEmpty() && !t.body.isEmpty());
            QCOMPARE(t.language, language);
            // The HELP reply carries who we are, that rates may apply and how to stop.
            if (t.shortcut == QLatin1String("help")) {
                help = true;
                QVERIFY(t.body.contains(QLatin1String("{{company}}")));
                QVERIFY(t.body.contains(QLatin1String("STOP")));
            }
            // Rendered for a customer we know nothing about, only what the agent must know
            // (an order number, a date) or our company is left to fill in.
            const FilledTemplate rendered
                = TemplateFiller::render(t.body,
                                         { { QStringLiteral("agent_name"), QStringLiteral("Sam") },
                                           { QStringLiteral("company"), QStringLiteral("Acme") } });
            for (const QString &name : rendered.unfilled)
                QVERIFY2(QStringList({ QStringLiteral("order_number"), QStringLiteral("date"),
                                       QStringLiteral("time") })
                             .contains(name),
                         qPrintable(t.starterKey + QStringLiteral(": ") + name));
        }
        QVERIFY2(help, qPrintable(language));
    }
}

void TestTemplateStore::exportThenImportRoundTrips()
{
    TemplateStore store(*m_db);
    QVERIFY(store.addStarterSet(QStringLiteral("fr")));
    auto before = store.all();
    QVERIFY(before);
    const QByteArray json = TemplateJson::write(*before);

    test::TestCache other;
    auto otherDb = other.open();
    QVERIFY(otherDb);
    const TemplateJson::Imported imported = TemplateJson::import(*otherDb, json);
    QVERIFY2(imported.errors.isEmpty(), qPrintable(imported.errors.join(u'\n')));
    QCOMPARE(imported.added, int(before->size()));
    auto after = TemplateStore(*otherDb).all();
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i) {
        QCOMPARE(after->at(i).shortcut, before->at(i).shortcut);
        QCOMPARE(after->at(i).body, before->at(i).body);
        QCOMPARE(after->at(i).category, before->at(i).category);
        QCOMPARE(after->at(i).language, QStringLiteral("fr"));
    }
    // Importing again replaces by shortcut rather than duplicating.
    const TemplateJson::Imported again = TemplateJson::import(*otherDb, json);
    QCOMPARE(again.added, 0);
    QCOMPARE(again.updated, int(before->size()));
}

void TestTemplateStore::importIsAllOrNothingWithBadEntriesByIndex()
{
    TemplateStore store(*m_db);
    QVERIFY(store.save(
        makeTemplate(QStringLiteral("keep"), QStringLiteral("Keep"), QStringLiteral("Unchanged"))));
    const QByteArray json = R"({"format": "textdesk-templates", "version": 1, "templates": [
        {"shortcut": "ok", "title": "Fine", "body": "A good one"},
        {"shortcut": "", "title": "No shortcut", "body": "x"},
        {"shortcut": "two words", "title": "T", "body": "x"},
        {"shortcut": "ok", "title": "Again", "body": "dup"},
        {"shortcut": "keep", "title": "", "body": " "},
        42
    ]})";
    const TemplateJson::Imported imported = TemplateJson::import(*m_db, json);
    QCOMPARE(imported.errors.size(), 5);
    QVERIFY(imported.errors.at(0).startsWith(QLatin1String("Template 2:")));
    QVERIFY(imported.errors.at(1).contains(QLatin1String("\"two words\"")));
    QVERIFY(imported.errors.at(2).contains(QLatin1String("earlier")));
    QVERIFY(imported.errors.at(3).startsWith(QLatin1String("Template 5:")));
    QVERIFY(imported.errors.at(4).startsWith(QLatin1String("Template 6 ")));
    auto all = store.all();
    QVERIFY(all);
    QCOMPARE(shortcuts(*all), QStringList { QStringLiteral("keep") });
    QCOMPARE(all->at(0).body, QStringLiteral("Unchanged"));

    QVERIFY(!TemplateJson::import(*m_db, "not json").errors.isEmpty());
    QVERIFY(!TemplateJson::import(*m_db, R"({"templates": []})").errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "TestTemplateStore.moc"
