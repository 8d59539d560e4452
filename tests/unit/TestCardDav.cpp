#include "RadicaleServer.h"
#include "TestWorkspace.h"
#include "contacts/CardDavClient.h"
#include "contacts/CardDavConflicts.h"
#include "contacts/CardDavSync.h"
#include "contacts/ContactFiles.h"
#include "core/Clock.h"
#include "storage/CardDavStore.h"
#include "storage/ContactBook.h"
#include "storage/Erasure.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace textdesk;
using namespace textdesk::contacts;

// Two-way sync with a real CardDAV server (Debian's radicale on loopback, a throw-away address
// book): both ways at first, an edit and a delete on each side, a card edited on both sides
// (412 → a conflict, both versions kept), a refused password and a server gone mid-sync (clear
// errors; nothing lost; a rerun completes), and 500 cards.
class TestCardDav : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::RadicaleServer> m_server;
    std::unique_ptr<test::TestCache> m_cache;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_network;

    static ContactCard card(const QString &e164, const QString &name, const QString &email = {})
    {
        ContactCard c;
        c.e164 = e164;
        c.displayName = name;
        c.email = email;
        return c;
    }

    std::unique_ptr<CardDavClient> client(const QString &password
                                          = QLatin1String(test::RadicaleServer::kPassword))
    {
        return std::make_unique<CardDavClient>(
            &m_network, m_server->book(), QLatin1String(test::RadicaleServer::kUser), password);
    }

    // One sync of `db` with the server, to its end.
    CardDavSummary sync(Database &db,
                        const QString &password = QLatin1String(test::RadicaleServer::kPassword))
    {
        auto c = client(password);
        CardDavSync sync(db, *c, QStringLiteral("US"), Clock::system());
        QSignalSpy finished(&sync, &CardDavSync::finished);
        sync.start();
        if (!finished.wait(120000))
            qWarning() << "the sync did not finish";
        return sync.summary();
    }

    // A request straight to the server (what another CardDAV client does there).
    CardDavCall *call(CardDavCall *c)
    {
        QSignalSpy finished(c, &CardDavCall::finished);
        if (!finished.wait(20000))
            qWarning() << "no answer";
        return c;
    }
    // href → card, as the server holds them.
    QHash<QString, QByteArray> serverCards()
    {
        auto c = client();
        CardDavCall *list = call(c->list());
        QList<CardDavEntry> entries;
        QString error;
        if (!CardDavClient::parseMultistatus(list->body(), entries, error))
            qWarning() << error;
        QStringList hrefs;
        for (const CardDavEntry &e : std::as_const(entries)) {
            if (!e.href.endsWith(u'/'))
                hrefs << e.href;
        }
        QHash<QString, QByteArray> cards;
        for (qsizetype i = 0; i < hrefs.size(); i += 100) {
            CardDavCall *get = call(c->multiget(hrefs.mid(i, 100)));
            QList<CardDavEntry> got;
            if (!CardDavClient::parseMultistatus(get->body(), got, error))
                qWarning() << error;
            for (const CardDavEntry &e : std::as_const(got))
                cards.insert(e.href, e.card);
        }
        return cards;
    }
    QString etagOf(const QString &href)
    {
        auto c = client();
        return call(c->get(href))->etag();
    }
    // Writes a card on the server as another client would: If-Match its current ETag.
    int serverPut(const QString &href, const QByteArray &vcard, bool isNew = false)
    {
        auto c = client();
        const QString etag = isNew ? QString() : etagOf(href);
        return call(c->put(href, vcard, etag))->status();
    }
    int serverDelete(const QString &href)
    {
        auto c = client();
        return call(c->remove(href, etagOf(href)))->status();
    }
    QString bookPath() const { return m_server->book().path(); }

    QHash<QString, ContactCard> localCards(Database &db)
    {
        QHash<QString, ContactCard> byNumber;
        auto all = ContactBook::all(db);
        if (!all)
            qWarning() << all.error().message();
        else
            for (const ContactCard &c : std::as_const(*all))
                byNumber.insert(c.e164, c);
        return byNumber;
    }
    void importHere(Database &db, const QList<ContactCard> &cards)
    {
        auto imported
            = ContactBook::import(db, cards, QStringLiteral("test"), QStringLiteral("csv"), 1);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
    }
    // The local contact's id by number.
    qint64 idOf(Database &db, const QString &e164)
    {
        auto all = ContactBook::allWithIds(db);
        for (const auto &[id, c] : std::as_const(*all)) {
            if (c.e164 == e164)
                return id;
        }
        return 0;
    }
    void editHere(Database &db, const QString &e164, const std::function<void(ContactCard &)> &edit)
    {
        auto all = ContactBook::allWithIds(db);
        QVERIFY(all);
        for (auto &[id, c] : *all) {
            if (c.e164 == e164) {
                edit(c);
                QVERIFY(ContactBook::replaceCard(db, id, c, 2));
                return;
            }
        }
        QFAIL("no such contact");
    }

    // Here: Ada and Bo; on the server: Cy (with an address Textdesk does not hold) and Bo
    // again (same number, a company), as two address books that grew apart.
    void firstSync()
    {
        importHere(*m_db,
                   { card(QStringLiteral("+14155550101"), QStringLiteral("Ada Lovelace"),
                          QStringLiteral("ada@example.com")),
                     card(QStringLiteral("+14155550102"), QStringLiteral("Bo Chen")) });
        QCOMPARE(
            serverPut(bookPath() + QStringLiteral("cy.vcf"),
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:cy\r\nFN:Cy Twombly\r\nN:Twombly;Cy;;;"
                      "\r\nTEL;TYPE=CELL:(415) 555-0103\r\nADR;TYPE=WORK:;;1 Main St;"
                      "Springfield;;;\r\nCATEGORIES:vip,artist\r\nEND:VCARD\r\n",
                      true),
            201);
        QCOMPARE(serverPut(bookPath() + QStringLiteral("bo.vcf"),
                           "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:bo\r\nFN:Bo Chen\r\nTEL;VALUE=uri;"
                           "TYPE=cell:tel:+1-415-555-0102\r\nORG:Chen & Co\r\nEND:VCARD\r\n",
                           true),
                 201);
        const CardDavSummary s = sync(*m_db);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.addedHere, 1); // Cy
        QCOMPARE(s.updatedHere, 1); // Bo took the company
        QCOMPARE(s.addedThere, 1); // Ada
        QCOMPARE(s.newConflicts, 0);
    }

private slots:
    void init()
    {
        if (test::RadicaleServer::binary().isEmpty())
            QSKIP("radicale is not installed (apt-get install radicale; dev.sh installs it)");
        m_server = std::make_unique<test::RadicaleServer>();
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        m_cache = std::make_unique<test::TestCache>();
        m_db = m_cache->open();
        QVERIFY(m_db);
    }
    void cleanup()
    {
        m_db.reset();
        m_cache.reset();
        m_server.reset();
    }

    void onlyHttpsOrThisComputer()
    {
        QVERIFY(!CardDavClient::checkUrl(QUrl(QStringLiteral("http://dav.example.com/book/")))
                     .isEmpty());
        QVERIFY(
            CardDavClient::checkUrl(QUrl(QStringLiteral("https://dav.example.com/b/"))).isEmpty());
        QVERIFY(
            CardDavClient::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:5232/b/"))).isEmpty());
        QVERIFY(!CardDavClient::checkUrl(QUrl(QStringLiteral("ftp://127.0.0.1/b/"))).isEmpty());
    }

    void firstSyncGoesBothWays()
    {
        firstSync();
        const auto here = localCards(*m_db);
        QCOMPARE(here.size(), 3);
        const ContactCard cy = here.value(QStringLiteral("+14155550103"));
        QCOMPARE(cy.displayName, QStringLiteral("Cy Twombly"));
        QCOMPARE(cy.givenName, QStringLiteral("Cy"));
        QCOMPARE(cy.tags, QStringList({ QStringLiteral("artist"), QStringLiteral("vip") }));
        QCOMPARE(here.value(QStringLiteral("+14155550102")).company, QStringLiteral("Chen & Co"));

        const auto there = serverCards();
        QCOMPARE(there.size(), 3);
        QByteArray ada;
        for (const QByteArray &c : there) {
            if (c.contains("Ada Lovelace"))
                ada = c;
        }
        QVERIFY2(ada.contains("ada@example.com"), ada.constData());
        QVERIFY(ada.contains("+14155550101"));

        // Nothing changed on either side: nothing to do.
        const CardDavSummary again = sync(*m_db);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.addedHere + again.updatedHere + again.deletedHere, 0);
        QCOMPARE(again.addedThere + again.updatedThere + again.deletedThere, 0);
    }

    void editsOnEachSide()
    {
        firstSync();
        editHere(*m_db, QStringLiteral("+14155550103"),
                 [](ContactCard &c) { c.notes = QStringLiteral("Prefers texts, after 5pm"); });
        const QString bo = bookPath() + QStringLiteral("bo.vcf");
        QCOMPARE(serverPut(bo,
                           "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:bo\r\nFN:Bo Chen\r\nTEL;VALUE=uri;"
                           "TYPE=cell:tel:+1-415-555-0102\r\nORG:Chen & Co\r\nEMAIL:bo@chen.example"
                           "\r\nEND:VCARD\r\n")
                     / 100,
                 2);
        const CardDavSummary s = sync(*m_db);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.updatedHere, 1);
        QCOMPARE(s.updatedThere, 1);
        QCOMPARE(localCards(*m_db).value(QStringLiteral("+14155550102")).email,
                 QStringLiteral("bo@chen.example"));
        const QByteArray cy = serverCards().value(bookPath() + QStringLiteral("cy.vcf"));
        QVERIFY2(cy.contains("NOTE:Prefers texts\\, after 5pm"), cy.constData());
        // What Textdesk does not hold (the address) is still on the server's card.
        QVERIFY2(cy.contains("1 Main St"), cy.constData());
    }

    void deletesOnEachSide()
    {
        firstSync();
        // Ada deleted here, Cy deleted on the server.
        auto removed
            = ContactBook::removeUnlessTalkedTo(*m_db, idOf(*m_db, QStringLiteral("+14155550101")));
        QVERIFY(removed && *removed);
        QCOMPARE(serverDelete(bookPath() + QStringLiteral("cy.vcf")) / 100, 2);
        const CardDavSummary s = sync(*m_db);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.deletedHere, 1);
        QCOMPARE(s.deletedThere, 1);
        QCOMPARE(localCards(*m_db).keys().size(), 1);
        QVERIFY(localCards(*m_db).contains(QStringLiteral("+14155550102")));
        const auto there = serverCards();
        QCOMPARE(there.size(), 1);
        QVERIFY(there.contains(bookPath() + QStringLiteral("bo.vcf")));
    }

    // An erased customer leaves nothing here but the card's address (no copy of the card, no
    // conflict), and the next sync deletes the card on the server too.
    void erasureReachesTheServer()
    {
        firstSync();
        const QString cy = bookPath() + QStringLiteral("cy.vcf");
        QVERIFY(serverCards().value(cy).contains("Twombly"));
        QTemporaryDir media;
        auto erased = Erasure::erase(*m_db, QStringLiteral("+14155550103"), media.path(),
                                     QStringLiteral("test"), 5);
        QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message()));
        QCOMPARE(test::rows(*m_db,
                            QStringLiteral("SELECT state, raw, synced FROM carddav_cards "
                                           "WHERE href = '%1'")
                                .arg(cy)),
                 QStringList({ QStringLiteral("deleted_here||") }));
        QVERIFY(!test::dumpTables(*m_db).join(u'\n').contains(QLatin1String("Twombly")));
        const CardDavSummary s = sync(*m_db);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.deletedThere, 1);
        QVERIFY(!serverCards().contains(cy));
        QCOMPARE(test::rows(*m_db,
                            QStringLiteral("SELECT count(*) FROM carddav_cards WHERE "
                                           "href = '%1'")
                                .arg(cy)),
                 QStringList({ QStringLiteral("0") }));
    }

    void bothSidesEditedIsAConflict()
    {
        firstSync();
        const QString bo = bookPath() + QStringLiteral("bo.vcf");
        editHere(*m_db, QStringLiteral("+14155550102"),
                 [](ContactCard &c) { c.notes = QStringLiteral("edited here"); });
        // Another client edits the card after this sync has listed the ETags: its PUT
        // If-Match the old ETag gets 412.
        auto c = client();
        CardDavSync running(*m_db, *c, QStringLiteral("US"), Clock::system());
        int editedThere = 0;
        connect(&running, &CardDavSync::listedServer, this, [&] {
            editedThere = serverPut(bo,
                                    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:bo\r\nFN:Bo Chen\r\n"
                                    "TEL;VALUE=uri;TYPE=cell:tel:+1-415-555-0102\r\nORG:Chen & "
                                    "Co\r\nNOTE:edited there\r\nEND:VCARD\r\n");
        });
        QSignalSpy finished(&running, &CardDavSync::finished);
        running.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(editedThere / 100, 2);
        const CardDavSummary s = running.summary();
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.newConflicts, 1);
        QCOMPARE(s.openConflicts, 1);
        QCOMPARE(s.updatedHere + s.updatedThere, 0);
        // Neither version overwritten: each side keeps its own until the agent decides.
        QCOMPARE(localCards(*m_db).value(QStringLiteral("+14155550102")).notes,
                 QStringLiteral("edited here"));
        QVERIFY(serverCards().value(bo).contains("NOTE:edited there"));
        auto open = CardDavStore(*m_db).conflicts(true);
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        const CardDavConflict conflict = open->first();
        QCOMPARE(conflict.href, bo);
        QVERIFY(conflict.localCard.contains(QLatin1String("edited here")));
        QVERIFY(conflict.remoteCard.contains(QLatin1String("edited there")));
        const QStringList differences
            = CardDavConflicts::differences(conflict, QStringLiteral("US"));
        QCOMPARE(differences.size(), 1);
        QVERIFY2(differences.first().contains(QLatin1String("edited there")),
                 qPrintable(differences.first()));

        // Synced again while open: left alone on both sides.
        const CardDavSummary again = sync(*m_db);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.newConflicts, 0);
        QCOMPARE(again.openConflicts, 1);
        QCOMPARE(localCards(*m_db).value(QStringLiteral("+14155550102")).notes,
                 QStringLiteral("edited here"));

        // The agent keeps the version here: the next sync sends it over the server's.
        QCOMPARE(CardDavConflicts::resolve(*m_db, conflict.id, true, QStringLiteral("US"), 3),
                 QString());
        QVERIFY(!CardDavConflicts::resolve(*m_db, conflict.id, true, QStringLiteral("US"), 3)
                     .isEmpty()); // once
        const CardDavSummary resolved = sync(*m_db);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(resolved.updatedThere, 1);
        QCOMPARE(resolved.openConflicts, 0);
        QVERIFY(serverCards().value(bo).contains("NOTE:edited here"));
    }

    void theServersVersionCanWin()
    {
        firstSync();
        const QString cy = bookPath() + QStringLiteral("cy.vcf");
        editHere(*m_db, QStringLiteral("+14155550103"),
                 [](ContactCard &c) { c.company = QStringLiteral("Here Inc"); });
        QCOMPARE(serverDelete(cy) / 100, 2);
        const CardDavSummary s = sync(*m_db);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.newConflicts, 1); // edited here, deleted there: kept until decided
        QCOMPARE(localCards(*m_db).value(QStringLiteral("+14155550103")).company,
                 QStringLiteral("Here Inc"));
        auto open = CardDavStore(*m_db).conflicts(true);
        QVERIFY(open && open->size() == 1);
        QCOMPARE(CardDavConflicts::differences(open->first(), QStringLiteral("US")).size(), 1);
        QCOMPARE(CardDavConflicts::resolve(*m_db, open->first().id, false, QStringLiteral("US"), 3),
                 QString());
        QVERIFY(!localCards(*m_db).contains(QStringLiteral("+14155550103")));
        const CardDavSummary after = sync(*m_db);
        QVERIFY2(after.ok(), qPrintable(after.error));
        QCOMPARE(after.addedThere + after.addedHere, 0);
        QCOMPARE(serverCards().size(), 2);
    }

    void wrongPasswordChangesNothing()
    {
        importHere(*m_db, { card(QStringLiteral("+14155550101"), QStringLiteral("Ada")) });
        const QStringList before = test::dumpTables(*m_db);
        const CardDavSummary s = sync(*m_db, QStringLiteral("wrong"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error.contains(QLatin1String("user name or password")), qPrintable(s.error));
        QCOMPARE(test::dumpTables(*m_db), before);
        QCOMPARE(serverCards().size(), 0);
    }

    void serverGoneMidSyncThenRerunCompletes()
    {
        QList<ContactCard> cards;
        for (int i = 0; i < 500; ++i)
            // Five area codes × 555-0100…0199: numbers libphonenumber takes as valid.
            cards << card(QStringLiteral("+1")
                              + QString::number(QList<int>({ 201, 212, 312, 415, 617 }).at(i / 100))
                              + QStringLiteral("555")
                              + QString::number(100 + i % 100).rightJustified(4, u'0'),
                          QStringLiteral("Customer %1").arg(i),
                          QStringLiteral("c%1@example.com").arg(i));
        importHere(*m_db, cards);

        auto c = client();
        {
            CardDavSync sync(*m_db, *c, QStringLiteral("US"), Clock::system());
            QSignalSpy finished(&sync, &CardDavSync::finished);
            connect(&sync, &CardDavSync::sent, this, [this](int done, int) {
                if (done == 120)
                    m_server->stop();
            });
            sync.start();
            QVERIFY(finished.wait(120000));
            QVERIFY(!sync.summary().ok());
            QVERIFY2(sync.summary().error.contains(QLatin1String("Cannot reach")),
                     qPrintable(sync.summary().error));
            QCOMPARE(sync.summary().addedThere, 120);
        }
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QElapsedTimer timer;
        timer.start();
        const CardDavSummary rerun = sync(*m_db);
        const qint64 ms = timer.elapsed();
        QVERIFY2(rerun.ok(), qPrintable(rerun.error));
        QCOMPARE(rerun.addedThere, 380);
        QCOMPARE(rerun.newConflicts, 0);
        QCOMPARE(rerun.addedHere + rerun.updatedHere + rerun.deletedHere, 0);
        qInfo("CardDAV: 380 cards sent in %lld ms", ms);
        QCOMPARE(serverCards().size(), 500);

        // Another workspace takes all 500 (multiget, 100 at a time).
        test::TestCache other;
        auto second = other.open();
        QVERIFY(second);
        timer.restart();
        const CardDavSummary down = sync(*second);
        qInfo("CardDAV: 500 cards fetched and written in %lld ms", timer.elapsed());
        QVERIFY2(down.ok(), qPrintable(down.error));
        QVERIFY2(down.skipped == 0, qPrintable(down.warnings.value(0)));
        QCOMPARE(down.addedHere, 500);
        QVERIFY(localCards(*second) == localCards(*m_db));
    }
};

QTEST_GUILESS_MAIN(TestCardDav)
#include "TestCardDav.moc"
