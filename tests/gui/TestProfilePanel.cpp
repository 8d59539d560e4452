#include "TestWorkspace.h"
#include "customer/ProfilePanel.h"
#include "phone/PhoneNumbers.h"
#include "storage/ContactStore.h"
#include "storage/SqlHelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace textdesk;

// The profile panel on a real cache: what the agent types is emitted (never written by the
// panel), what is saved comes back, typing survives a refresh, and the other conversations open.
class TestProfilePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editNameEmitsAndSavedNameIsShown();
    void invalidEmailShowsErrorAndEmitsNothing();
    void tagsAndCustomFieldsAreEmitted();
    void notesAreEmittedAfterAPause();
    void optedOutConsentIsAWarning();
    void consentUnknownAndOptedIn();
    void otherConversationsOpen();
    void refreshKeepsTyping();
    void switchingCustomerEmitsTyping();
    void saveErrorKeepsEdits();
    void clearShowsPlaceholder();
    void relativeTime();

private:
    ContactProfile load();
    void show(qint64 currentConversation = 0);
    template<typename T> T *find(const char *name)
    {
        auto *widget = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    // Types into a line edit as the agent does: focus, keys, Enter.
    void type(QLineEdit *edit, const QString &text);
    ContactProfile lastEdit(const QSignalSpy &spy) const
    {
        return spy.last().first().value<ContactProfile>();
    }

    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfilePanel> m_panel;
    qint64 m_conversation = 0;
    qint64 m_contact = 0;
};

void TestProfilePanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestProfilePanel::init()
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

    m_panel = std::make_unique<ProfilePanel>();
    m_panel->setRegion(QStringLiteral("US"));
    m_panel->resize(300, 900);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
}

void TestProfilePanel::cleanup()
{
    m_panel.reset();
    m_db.reset();
    m_cache.reset();
}

ContactProfile TestProfilePanel::load()
{
    auto profile = ContactProfiles::load(*m_db, m_contact);
    if (!profile)
        qWarning().noquote() << profile.error().details();
    return profile ? *profile : ContactProfile();
}

void TestProfilePanel::show(qint64 currentConversation)
{
    auto conversations = ContactProfiles::conversations(*m_db, m_contact);
    QVERIFY(conversations);
    m_panel->showProfile(load(), *conversations,
                         currentConversation ? currentConversation : m_conversation);
}

void TestProfilePanel::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestProfilePanel::editNameEmitsAndSavedNameIsShown()
{
    show();
    auto *title = find<QLabel>("profileTitle");
    auto *number = find<QLabel>("profileNumber");
    auto *name = find<QLineEdit>("profileName");
    QVERIFY(title && number && name);
    // No name yet: the number, formatted, is the title.
    QCOMPARE(title->text(), QStringLiteral("(415) 555-0123"));
    QVERIFY(!number->isVisible());
    QVERIFY(!name->accessibleName().isEmpty());

    QSignalSpy edited(m_panel.get(), &ProfilePanel::profileEdited);
    type(name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(edited.count(), 1);
    ContactProfile profile = lastEdit(edited);
    QCOMPARE(profile.id, m_contact);
    QCOMPARE(profile.displayName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(profile.e164, QStringLiteral("+14155550123"));
    // The panel does not write: the owner does.
    QVERIFY(load().displayName.isEmpty());

    // Enter again, or leaving the field, with nothing new: nothing more to save.
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(edited.count(), 1);

    auto saved = ContactProfiles::save(*m_db, profile, 1000);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().details()));
    find<QLineEdit>("profileCompany")->setFocus(); // the agent moved on
    show();
    QCOMPARE(title->text(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(name->text(), QStringLiteral("Ada Lovelace"));
    QVERIFY(number->isVisible());
    QCOMPARE(number->text(), QStringLiteral("(415) 555-0123"));
    QCOMPARE(edited.count(), 1);
}

void TestProfilePanel::invalidEmailShowsErrorAndEmitsNothing()
{
    show();
    auto *email = find<QLineEdit>("profileEmail");
    auto *error = find<QLabel>("profileEmailError");
    QVERIFY(email && error);
    QVERIFY(!error->isVisible());

    QSignalSpy edited(m_panel.get(), &ProfilePanel::profileEdited);
    type(email, QStringLiteral("ada.example.org"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("ada.example.org")), qPrintable(error->text()));
    QCOMPARE(edited.count(), 0);
    // A refresh keeps the address to be fixed, and its error.
    show();
    QCOMPARE(email->text(), QStringLiteral("ada.example.org"));
    QVERIFY(error->isVisible());

    type(email, QStringLiteral("ada@example.org"));
    QVERIFY(!error->isVisible());
    QCOMPARE(edited.count(), 1);
    QCOMPARE(lastEdit(edited).email, QStringLiteral("ada@example.org"));
}

void TestProfilePanel::tagsAndCustomFieldsAreEmitted()
{
    show();
    QSignalSpy edited(m_panel.get(), &ProfilePanel::profileEdited);
    auto *tags = find<QLineEdit>("profileTags");
    QVERIFY(tags);
    type(tags, QStringLiteral("wholesale, VIP ,, vip"));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(lastEdit(edited).tags,
             QStringList({ QStringLiteral("VIP"), QStringLiteral("wholesale") }));
    QCOMPARE(tags->text(), QStringLiteral("VIP, wholesale"));

    auto *table = find<QTableWidget>("profileCustomFields");
    auto *add = find<QPushButton>("profileAddField");
    auto *remove = find<QPushButton>("profileRemoveField");
    QVERIFY(table && add && remove);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    // The new row opens for its name; an unnamed row is not a field yet.
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != table);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Order"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(edited.count(), 2); // the delegate commits on its next turn of the event loop
    QCOMPARE(lastEdit(edited).customFields,
             (QList<QPair<QString, QString>>({ { QStringLiteral("Order"), QString() } })));
    table->item(0, 1)->setText(QStringLiteral("#1843"));
    QCOMPARE(edited.count(), 3);
    QCOMPARE(
        lastEdit(edited).customFields,
        (QList<QPair<QString, QString>>({ { QStringLiteral("Order"), QStringLiteral("#1843") } })));
    QCOMPARE(lastEdit(edited).tags.size(), 2); // earlier edits are kept

    // Saved and shown again, then removed.
    QVERIFY(ContactProfiles::save(*m_db, lastEdit(edited), 1000));
    tags->setFocus();
    show();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Order"));
    table->selectRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(edited.count(), 4);
    QVERIFY(lastEdit(edited).customFields.isEmpty());
}

void TestProfilePanel::notesAreEmittedAfterAPause()
{
    show();
    auto *notes = find<QPlainTextEdit>("profileNotes");
    QVERIFY(notes);
    QSignalSpy edited(m_panel.get(), &ProfilePanel::profileEdited);
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Prefers texts"));
    QCOMPARE(edited.count(), 0); // not on every key
    QTRY_COMPARE_WITH_TIMEOUT(edited.count(), 1, 3000);
    QCOMPARE(lastEdit(edited).notes, QStringLiteral("Prefers texts"));
    QVERIFY(notes->hasFocus());

    // Leaving the field saves at once.
    QTest::keyClicks(notes, QStringLiteral(" after 5"));
    find<QLineEdit>("profileName")->setFocus();
    QCOMPARE(edited.count(), 2);
    QCOMPARE(lastEdit(edited).notes, QStringLiteral("Prefers texts after 5"));
}

void TestProfilePanel::optedOutConsentIsAWarning()
{
    const qint64 at = QDateTime(QDate(2026, 11, 3), QTime(12, 0)).toMSecsSinceEpoch();
    auto insert = m_db->prepare(
        QStringLiteral("INSERT INTO consent_events (contact_id, state, keyword, source, "
                       "occurred_at) VALUES (?, 'opted_out', 'STOP', 'keyword', ?)"));
    QVERIFY(insert);
    sql::bind(**insert, { m_contact, at });
    QVERIFY(m_db->exec(**insert));
    show();
    auto *consent = find<QLabel>("profileConsent");
    QVERIFY(consent);
    QCOMPARE(consent->text(), QStringLiteral("Opted out by texting STOP on 3 Nov 2026"));
    QVERIFY(consent->palette().color(QPalette::WindowText)
            != m_panel->palette().color(QPalette::WindowText));

    // Still a warning, and still readable, on a dark palette.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    m_panel->setPalette(dark);
    const QColor warning = consent->palette().color(QPalette::WindowText);
    QVERIFY(warning != dark.color(QPalette::WindowText));
    QVERIFY2(warning.lightness() > 128, qPrintable(warning.name()));
}

void TestProfilePanel::consentUnknownAndOptedIn()
{
    show();
    auto *consent = find<QLabel>("profileConsent");
    QVERIFY(consent);
    QCOMPARE(consent->text(), QStringLiteral("Consent unknown"));
    QCOMPARE(consent->palette().color(QPalette::WindowText),
             m_panel->palette().color(QPalette::WindowText));

    ContactProfile profile = load();
    profile.consentState = QStringLiteral("opted_in");
    profile.consentKeyword = QStringLiteral("START");
    profile.consentChangedAt = QDateTime(QDate(2026, 1, 9), QTime(12, 0)).toMSecsSinceEpoch();
    m_panel->showProfile(profile, {}, m_conversation);
    QCOMPARE(consent->text(), QStringLiteral("Opted in by texting START on 9 Jan 2026"));

    profile.consentState = QStringLiteral("opted_out");
    profile.consentKeyword.clear();
    profile.consentSource = QStringLiteral("provider");
    m_panel->showProfile(profile, {}, m_conversation);
    QCOMPARE(consent->text(),
             QStringLiteral("Opted out with their carrier (reported on 9 Jan 2026)"));
}

void TestProfilePanel::otherConversationsOpen()
{
    ContactStore contacts(*m_db);
    auto returns = contacts.ensureInbox(QStringLiteral("+15550000002"), QStringLiteral("Returns"));
    QVERIFY(returns);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto other = contacts.ensureConversation(m_contact, *returns, now - 3 * 86'400'000LL);
    QVERIFY(other);
    QVERIFY(m_db->execOnce(QStringLiteral("UPDATE conversations SET status = 'resolved', "
                                          "last_message_preview = 'Refund sent', "
                                          "last_activity_at = %1 WHERE id = %2")
                               .arg(now - 3 * 86'400'000LL)
                               .arg(*other)));
    show();
    auto *list = find<QListWidget>("profileConversations");
    QVERIFY(list);
    QVERIFY(!list->accessibleName().isEmpty());
    // The conversation on screen is not listed; the other one is, with what it is about.
    QCOMPARE(list->count(), 1);
    const QString text = list->item(0)->text();
    QVERIFY2(text.contains(QStringLiteral("Returns")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Resolved")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Refund sent")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3 days ago")), qPrintable(text));

    QSignalSpy activated(m_panel.get(), &ProfilePanel::conversationActivated);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), *other);

    // Shown from the other conversation, the first one is listed instead.
    show(*other);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole + 1).toLongLong(), m_conversation);
}

void TestProfilePanel::refreshKeepsTyping()
{
    show();
    auto *name = find<QLineEdit>("profileName");
    auto *company = find<QLineEdit>("profileCompany");
    QVERIFY(name && company);
    QSignalSpy edited(m_panel.get(), &ProfilePanel::profileEdited);
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Half typ"));

    // Meanwhile sync brings a change to the same customer.
    ContactProfile fromSync = load();
    fromSync.displayName = QStringLiteral("Server name");
    fromSync.company = QStringLiteral("Server company");
    QVERIFY(ContactProfiles::save(*m_db, fromSync, 1000));
    show();
    QCOMPARE(name->text(), QStringLiteral("Half typ"));
    QVERIFY(name->hasFocus());
    QCOMPARE(company->text(), QStringLiteral("Server company"));
    QCOMPARE(edited.count(), 0);

    QTest::keyClicks(name, QStringLiteral("ed"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(lastEdit(edited).displayName, QStringLiteral("Half typed"));
    // The rest is the cache's newer state, not the state from before the refresh.
    QCOMPARE(lastEdit(edited).company, QStringLiteral("Server company"));

    // A field without unsaved typing follows the cache even while it has focus.
    show();
    QCOMPARE(name->text(), QStringLiteral("Server name"));
}

void TestProfilePanel::switchingCustomerEmitsTyping()
{
    const qint64 second = test::conversation(*m_db, QStringLiteral("+14155550999"));
    QVERIFY(second);
    show();
    auto *name = find<QLineEdit>("profileName");
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Grace"));
    QSignalSpy edited(m_panel.get(), &ProfilePanel::profileEdited);

    const qint64 firstContact = m_contact;
    m_contact = m_db->scalar(QStringLiteral("SELECT contact_id FROM conversations WHERE id = ?"),
                             { second })
                    ->toLongLong();
    show(second);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(lastEdit(edited).id, firstContact);
    QCOMPARE(lastEdit(edited).displayName, QStringLiteral("Grace"));
    QCOMPARE(m_panel->contactId(), m_contact);
    QVERIFY(name->text().isEmpty()); // the new customer's (no) name, not the typing
}

void TestProfilePanel::saveErrorKeepsEdits()
{
    show();
    auto *company = find<QLineEdit>("profileCompany");
    auto *error = find<QLabel>("profileSaveError");
    QVERIFY(company && error);
    QSignalSpy edited(m_panel.get(), &ProfilePanel::profileEdited);
    type(company, QStringLiteral("Acme"));
    QCOMPARE(edited.count(), 1);
    m_panel->showSaveError(QStringLiteral("The disk is full."));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The disk is full."));
    QCOMPARE(company->text(), QStringLiteral("Acme"));
    // The next edit is another try.
    type(company, QStringLiteral("Acme Ltd"));
    QVERIFY(!error->isVisible());
}

void TestProfilePanel::clearShowsPlaceholder()
{
    show();
    auto *empty = find<QLabel>("profileEmpty");
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());
    m_panel->clear();
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No conversation selected"));
    QCOMPARE(m_panel->contactId(), 0);
    QVERIFY(!find<QLineEdit>("profileName")->isVisible());
}

void TestProfilePanel::relativeTime()
{
    const qint64 now = QDateTime(QDate(2026, 6, 10), QTime(15, 0)).toMSecsSinceEpoch();
    auto ago = [now](qint64 ms) { return ProfilePanel::relativeTime(now - ms, now); };
    QCOMPARE(ago(20'000), QStringLiteral("just now"));
    QCOMPARE(ago(5 * 60'000), QStringLiteral("5 min ago"));
    QCOMPARE(ago(3 * 3'600'000), QLocale().toString(QTime(12, 0), QLocale::ShortFormat));
    QCOMPARE(ago(24 * 3'600'000), QStringLiteral("yesterday"));
    QCOMPARE(ago(3 * 86'400'000LL), QStringLiteral("3 days ago"));
    QCOMPARE(ago(30 * 86'400'000LL), QStringLiteral("11 May"));
    QCOMPARE(ago(400 * 86'400'000LL), QStringLiteral("6 May 2025"));
    QVERIFY(ProfilePanel::relativeTime(0, now).isEmpty());
}

QTEST_MAIN(TestProfilePanel)
#include "TestProfilePanel.moc"
