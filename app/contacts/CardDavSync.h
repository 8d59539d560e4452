#pragma once

#include "CardDavClient.h"
#include "storage/CardDavStore.h"
#include "storage/ContactCard.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>

namespace textdesk {
class Clock;
}

namespace textdesk::contacts {

// What one sync did, on each side.
struct CardDavSummary
{
    int addedHere = 0, updatedHere = 0, deletedHere = 0;
    int addedThere = 0, updatedThere = 0, deletedThere = 0;
    int newConflicts = 0, openConflicts = 0;
    int skipped = 0; // server cards without a phone number Textdesk can use
    int keptForConversations = 0; // deleted on the server, kept here for their conversations
    QStringList warnings; // per card, in words
    QString error; // why the sync stopped, in words; empty when it completed
    bool ok() const { return error.isEmpty(); }
};

// Two-way sync of the workspace's contacts with one CardDAV address book, by ETags:
// 1. PROPFIND lists every card's href and ETag; 2. the cards that are new or whose ETag
// changed are fetched (addressbook-multiget, 100 at a time); 3. in one transaction, the
// server's changes are written here (a contact edited here since the last sync is not
// overwritten: both versions are kept as a conflict), cards the server deleted are deleted
// here; 4. the changes made here are sent, one request each: PUT If-Match the ETag last seen
// (If-None-Match: * for a new card), DELETE If-Match. A 412 answer means the card changed on
// the server meanwhile: the server's card is fetched and the conflict recorded, never
// overwritten. Nothing is written here before step 3, so a refused password or a server that
// does not answer changes nothing; what step 4 sent is recorded card by card, so a sync
// interrupted there is completed by the next one.
class CardDavSync : public QObject
{
    Q_OBJECT
public:
    CardDavSync(Database &db, CardDavClient &client, const QString &defaultRegion, Clock &clock,
                QObject *parent = nullptr);

    void start();
    // Stops once the request in flight has answered (nothing half-written: the server's
    // changes go in one transaction, each change sent is recorded as it is answered); the
    // summary's error then says it was cancelled.
    void cancel() { m_cancelled = true; }
    const CardDavSummary &summary() const { return m_summary; }

    // The fields sync compares (number, names, e-mail, company, notes, tags, custom fields),
    // as one hash: a change here is a different fingerprint than the one last synced.
    static QString fingerprint(const ContactCard &card);

signals:
    void progress(const QString &line);
    // Step 1 done: the server's cards and ETags are known (before anything is fetched).
    void listedServer();
    // Step 4: `done` of `total` changes sent.
    void sent(int done, int total);
    void finished();

private:
    struct Push
    {
        enum class Kind { Create, Update, Delete } kind = Kind::Update;
        QString href;
        qint64 contactId = 0;
        ContactCard card;
        QString etag;
        QByteArray body;
    };

    void listed(CardDavCall *call);
    void fetchNext();
    void applyServerChanges();
    Status applyCard(CardDavStore &store, const CardDavEntry &entry,
                     QHash<QString, CardDavRow> &rows, QHash<qint64, ContactCard> &contacts);
    Status planPushes();
    void pushNext();
    void pushed(CardDavCall *call);
    void conflictAfter412(const Push &push);
    Status recordConflict(CardDavStore &store, const QString &href, qint64 contactId,
                          const QByteArray &localCard, const QByteArray &remoteCard,
                          const QString &remoteEtag);
    void fail(const QString &error);
    void finish();

    Database &m_db;
    CardDavClient &m_client;
    QString m_region;
    Clock &m_clock;
    CardDavSummary m_summary;
    QHash<QString, QString> m_remote; // href → ETag, from the listing
    QSet<QString> m_conflicted; // hrefs with an open conflict: left alone
    QStringList m_toFetch;
    qsizetype m_fetchAt = 0;
    QList<CardDavEntry> m_fetched;
    QList<Push> m_pushes;
    qsizetype m_pushAt = 0;
    bool m_cancelled = false;
};

} // namespace textdesk::contacts
