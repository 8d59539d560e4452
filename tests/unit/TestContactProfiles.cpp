#include "TestWorkspace.h"
#include "storage/ContactProfiles.h"
#include "storage/ContactStore.h"
#include "storage/SqlHelpers.h"

#include <QTest>

using namespace textdesk;

// The customer profile on a real cache file: what is saved comes back, the search index follows,
// consent is read from its history, and a refused save changes nothing.
class TestContactProfiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsNewContact();
    void saveAndLoadRoundTrip();
    void tagsAddedAndRemoved();
    void tagsMatchExistingIgnoringCase();
    void searchFindsNewName();
    void consentFromLatestEvent();
    void consentFromContactWhenNewerThanEvents();
    void invalidEmailChangesNothing();
    void emailProblem_data();
    void emailProblem();
    void unknownContactIsAnError();
    void conversationsNewestFirst();
    void ourNumberKeepsTheProvidersName();

private:
    void addConsentEvent(const QString &state, const QString &keyword, const QString &source,
                         qint64 at);

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    qint64 m_conversation = 0;
    qint64 m_contact = 0;
};

void TestContactProfiles::init()
{
    m_cache = std::make_unique<test::TestCache>();
    m_db = m_cache->open();
    QVERIFY(m_db);
    m_conversation = test::conversation(*m_db, QStringLiteral("+14155550123"));
    QVERIFY(m_conversation);
    auto contact = m_db->scalar(QStringLiteral("SELECT contact_id FROM conversations WHERE id = ?"),
                                { m_conversation });
    QVERIFY(contact);
    m_contact = contact->toLongLong();
    QVERIFY(m_contact);
}

void TestContactProfiles::cleanup()
{
    m_db.reset();
    m_cache.reset();
}

void TestContactProfiles::addConsentEvent(const QString &state, const QString &keyword,
                                          const QString &source, qint64 at)
{
    auto insert = m_db->prepare(
        QStringLiteral("INSERT INTO consent_events (contact_id, state, keyword, source, "
                       "occurred_at) VALUES (?, ?, ?, ?, ?)"));
    QVERIFY(insert);
    sql::bind(**insert, { m_contact, state, sql::orNull(keyword), source, at });
    auto s = m_db->exec(**insert);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().details()));
}

void TestContactProfiles::loadsNewContact()
{
    auto profile = ContactProfiles::load(*m_db, m_contact);
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().details()));
    QCOMPARE(profile->id, m_contact);
    QCOMPARE(profile->e164, QStringLiteral("+14155550123"));
    QVERIFY(profile->displayName.isEmpty());
    QVERIFY(profile->tags.isEmpty());
    QVERIFY(profile->customFields.isEmpty());
    QCOMPARE(profile->consentState, QStringLiteral("unknown"));
    QCOMPARE(profile->consentChangedAt, 0);
}

void TestContactProfiles::saveAndLoadRoundTrip()
{
    auto profile = ContactProfiles::load(*m_db, m_contact);
    QVERIFY(profile);
    ContactProfile edited = *profile;
    edited.displayName = QStringLiteral("Ada Lovelace");
    edited.givenName = QStringLiteral("Ada");
    edited.familyName = QStringLiteral("Lovelace");
    edited.email = QStringLiteral("ada@example.org");
    edited.company = QStringLiteral("Analytical Engines Ltd");
    edited.notes = QStringLiteral("Prefers texts after 5 pm.\nAsk about the order.");
    edited.customFields = { { QStringLiteral("Order"), QStringLiteral("#1843") },
                            { QStringLiteral("Account"), QStringLiteral("A-77") },
                            { QStringLiteral(" "), QStringLiteral("dropped: no name") } };
    edited.tags = { QStringLiteral("wholesale"), QStringLiteral("VIP") };
    auto saved = ContactProfiles::save(*m_db, edited, 5000);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().details()));

    auto loaded = ContactProfiles::load(*m_db, m_contact);
    QVERIFY(loaded);
    QCOMPARE(loaded->displayName, edited.displayName);
    QCOMPARE(loaded->givenName, edited.givenName);
    QCOMPARE(loaded->familyName, edited.familyName);
    QCOMPARE(loaded->email, edited.email);
    QCOMPARE(loaded->company, edited.company);
    QCOMPARE(loaded->notes, edited.notes);
    QCOMPARE(loaded->updatedAt, 5000);
    const QList<QPair<QString, QString>> fields
        = { { QStringLiteral("Account"), QStringLiteral("A-77") },
            { QStringLiteral("Order"), QStringLiteral("#1843") } };
    QCOMPARE(loaded->customFields, fields);
    QCOMPARE(loaded->tags, QStringList({ QStringLiteral("VIP"), QStringLiteral("wholesale") }));
    // Stored as one JSON object.
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT custom_fields FROM contacts")),
             QStringList(QStringLiteral(R"({"Account":"A-77","Order":"#1843"})")));

    // Clearing writes NULLs, not empty strings or "{}".
    ContactProfile cleared = *loaded;
    cleared.email.clear();
    cleared.customFields.clear();
    QVERIFY(ContactProfiles::save(*m_db, cleared, 6000));
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT email, custom_fields FROM contacts")),
             QStringList(QStringLiteral("NULL|NULL")));
}

void TestContactProfiles::tagsAddedAndRemoved()
{
    auto profile = ContactProfiles::load(*m_db, m_contact);
    QVERIFY(profile);
    profile->tags = { QStringLiteral("billing"), QStringLiteral("vip") };
    QVERIFY(ContactProfiles::save(*m_db, *profile, 10));
    QCOMPARE(ContactProfiles::load(*m_db, m_contact)->tags,
             QStringList({ QStringLiteral("billing"), QStringLiteral("vip") }));

    profile->tags = { QStringLiteral("vip"), QStringLiteral(" returns "), QStringLiteral("") };
    QVERIFY(ContactProfiles::save(*m_db, *profile, 20));
    QCOMPARE(ContactProfiles::load(*m_db, m_contact)->tags,
             QStringList({ QStringLiteral("returns"), QStringLiteral("vip") }));
    // The link went; the tag stays for other customers.
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT count(*) FROM contact_tags")),
             QStringList(QStringLiteral("2")));
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT name FROM tags ORDER BY name")),
             QStringList(
                 { QStringLiteral("billing"), QStringLiteral("returns"), QStringLiteral("vip") }));

    profile->tags.clear();
    QVERIFY(ContactProfiles::save(*m_db, *profile, 30));
    QVERIFY(ContactProfiles::load(*m_db, m_contact)->tags.isEmpty());
    QVERIFY(test::foreignKeyViolations(*m_db).isEmpty());
}

void TestContactProfiles::tagsMatchExistingIgnoringCase()
{
    QVERIFY(
        m_db->execOnce(QStringLiteral("INSERT INTO tags (name, color) VALUES ('VIP', 'gold')")));
    auto profile = ContactProfiles::load(*m_db, m_contact);
    QVERIFY(profile);
    profile->tags = { QStringLiteral("vip"), QStringLiteral("Vip") };
    QVERIFY(ContactProfiles::save(*m_db, *profile, 10));
    QCOMPARE(ContactProfiles::load(*m_db, m_contact)->tags, QStringList(QStringLiteral("VIP")));
    QCOMPARE(test::rows(*m_db, QStringLiteral("SELECT name, color FROM tags")),
             QStringList(QStringLiteral("VIP|gold")));
}

void TestContactProfiles::searchFindsNewName()
{
    ContactStore contacts(*m_db);
    auto profile = ContactProfiles::load(*m_db, m_contact);
    QVERIFY(profile);
    profile->displayName = QStringLiteral("Grace Hopper");
    profile->company = QStringLiteral("Cobol Works");
    QVERIFY(ContactProfiles::save(*m_db, *profile, 10));
    auto hits = contacts.search(QStringLiteral("hopper"), 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().contactId, m_contact);
    QCOMPARE(hits->first().displayName, QStringLiteral("Grace Hopper"));
    QCOMPARE(contacts.search(QStringLiteral("cobol"), 10)->size(), 1);

    // Renamed: the old name is forgotten, the new one found, the index matches its content.
    profile->displayName = QStringLiteral("Grace Brewster");
    QVERIFY(ContactProfiles::save(*m_db, *profile, 20));
    QVERIFY(contacts.search(QStringLiteral("hopper"), 10)->isEmpty());
    QCOMPARE(contacts.search(QStringLiteral("brewster"), 10)->size(), 1);
    auto check = test::checkFullTextIndex(*m_db, QStringLiteral("contact_fts"));
    QVERIFY2(check, qPrintable(check ? QString() : check.error().details()));
}

void TestContactProfiles::consentFromLatestEvent()
{
    addConsentEvent(QStringLiteral("opted_in"), QStringLiteral("START"), QStringLiteral("keyword"),
                    1000);
    addConsentEvent(QStringLiteral("opted_out"), QStringLiteral("STOP"), QStringLiteral("keyword"),
                    3000);
    addConsentEvent(QStringLiteral("opted_in"), {}, QStringLiteral("import"), 2000);
    auto profile = ContactProfiles::load(*m_db, m_contact);
    QVERIFY(profile);
    QCOMPARE(profile->consentState, QStringLiteral("opted_out"));
    QCOMPARE(profile->consentKeyword, QStringLiteral("STOP"));
    QCOMPARE(profile->consentSource, QStringLiteral("keyword"));
    QCOMPARE(profile->consentChangedAt, 3000);

    // A save does not touch consent.
    profile->consentState = QStringLiteral("opted_in");
    QVERIFY(ContactProfiles::save(*m_db, *profile, 4000));
    QCOMPARE(ContactProfiles::load(*m_db, m_contact)->consentState, QStringLiteral("opted_out"));
}

void TestContactProfiles::consentFromContactWhenNewerThanEvents()
{
    addConsentEvent(QStringLiteral("opted_out"), QStringLiteral("STOP"), QStringLiteral("keyword"),
                    1000);
    QVERIFY(m_db->execOnce(QStringLiteral(
        "UPDATE contacts SET consent_state = 'opted_in', consent_changed_at = 5000")));
    auto profile = ContactProfiles::load(*m_db, m_contact);
    QVERIFY(profile);
    QCOMPARE(profile->consentState, QStringLiteral("opted_in"));
    QCOMPARE(profile->consentChangedAt, 5000);
    QVERIFY(profile->consentKeyword.isEmpty());
}

void TestContactProfiles::invalidEmailChangesNothing()
{
    auto profile = ContactProfiles::load(*m_db, m_contact);
    QVERIFY(profile);
    profile->displayName = QStringLiteral("Before");
    profile->tags = { QStringLiteral("one") };
    QVERIFY(ContactProfiles::save(*m_db, *profile, 10));
    const QStringList before = test::dumpTables(*m_db);

    ContactProfile bad = *profile;
    bad.displayName = QStringLiteral("After");
    bad.email = QStringLiteral("ada.example.org");
    bad.tags = { QStringLiteral("two") };
    auto saved = ContactProfiles::save(*m_db, bad, 20);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind(), StorageError::Kind::InvalidInput);
    QVERIFY2(saved.error().message().contains(QStringLiteral("ada.example.org")),
             qPrintable(saved.error().message()));
    QVERIFY(saved.error().message().contains(QStringLiteral("email")));
    QCOMPARE(test::dumpTables(*m_db), before);
    QVERIFY(!m_db->inTransaction());
}

void TestContactProfiles::emailProblem_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("plain") << QStringLiteral("ada@example.org") << true;
    QTest::newRow("spaces around") << QStringLiteral(" ada@example.org ") << true;
    QTest::newRow("subdomain") << QStringLiteral("a.b@mail.example.co.uk") << true;
    QTest::newRow("no at") << QStringLiteral("ada.example.org") << false;
    QTest::newRow("no dot") << QStringLiteral("ada@localhost") << false;
    QTest::newRow("dot right after at") << QStringLiteral("ada@.org") << false;
    QTest::newRow("ends with dot") << QStringLiteral("ada@example.") << false;
    QTest::newRow("nothing before at") << QStringLiteral("@example.org") << false;
    QTest::newRow("space inside") << QStringLiteral("ada l@example.org") << false;
}

void TestContactProfiles::emailProblem()
{
    QFETCH(QString, email);
    QFETCH(bool, ok);
    QCOMPARE(ContactProfiles::emailProblem(email).isEmpty(), ok);
}

void TestContactProfiles::unknownContactIsAnError()
{
    auto profile = ContactProfiles::load(*m_db, m_contact + 100);
    QVERIFY(!profile);
    QVERIFY(!profile.error().message().isEmpty());
    ContactProfile ghost;
    ghost.id = m_contact + 100;
    ghost.displayName = QStringLiteral("Nobody");
    ghost.tags = { QStringLiteral("x") };
    const QStringList before = test::dumpTables(*m_db);
    QVERIFY(!ContactProfiles::save(*m_db, ghost, 10));
    QCOMPARE(test::dumpTables(*m_db), before);
}

void TestContactProfiles::conversationsNewestFirst()
{
    ContactStore contacts(*m_db);
    auto other = contacts.ensureInbox(QStringLiteral("+15550000002"), QStringLiteral("Returns"));
    QVERIFY(other);
    auto second = contacts.ensureConversation(m_contact, *other, 9000);
    QVERIFY(second);
    QVERIFY(m_db->execOnce(QStringLiteral("UPDATE conversations SET status = 'resolved', "
                                          "last_message_preview = 'Thanks!', message_count = 4, "
                                          "last_activity_at = 9000 WHERE id = %1")
                               .arg(*second)));
    // Someone else's conversation is not listed.
    QVERIFY(test::conversation(*m_db, QStringLiteral("+14155550999"),
                               QStringLiteral("+15550000001"), 99999));

    auto list = ContactProfiles::conversations(*m_db, m_contact);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).conversationId, *second);
    QCOMPARE(list->at(0).inboxE164, QStringLiteral("+15550000002"));
    QCOMPARE(list->at(0).inboxName, QStringLiteral("Returns"));
    QCOMPARE(list->at(0).status, QStringLiteral("resolved"));
    QCOMPARE(list->at(0).lastMessagePreview, QStringLiteral("Thanks!"));
    QCOMPARE(list->at(0).lastActivityAt, 9000);
    QCOMPARE(list->at(0).messageCount, 4);
    QCOMPARE(list->at(1).conversationId, m_conversation);
    QCOMPARE(list->at(1).status, QStringLiteral("open"));
}

// A message creates our number's row without a name; the provider's list (at each start of the
// engine) names it, and the next message does not take the name away.
void TestContactProfiles::ourNumberKeepsTheProvidersName()
{
    const QString ours = QStringLiteral("+15550000001"); // test::conversation's inbox
    ContactStore contacts(*m_db);
    const QString name = QStringLiteral("SELECT coalesce(friendly_name, '') FROM inboxes");
    QCOMPARE(test::rows(*m_db, name), QStringList { QString() });
    auto named = contacts.ensureInbox(ours, QStringLiteral("Support line"));
    QVERIFY(named);
    QCOMPARE(test::rows(*m_db, name), QStringList { QStringLiteral("Support line") });
    auto again = contacts.ensureInbox(ours);
    QVERIFY(again);
    QCOMPARE(*again, *named);
    QCOMPARE(test::rows(*m_db, name), QStringList { QStringLiteral("Support line") });
    QVERIFY(contacts.ensureInbox(ours, QStringLiteral("Returns")));
    QCOMPARE(test::rows(*m_db, name), QStringList { QStringLiteral("Returns") });
}

QTEST_GUILESS_MAIN(TestContactProfiles)
#include "TestContactProfiles.moc"
