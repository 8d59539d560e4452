#pragma once

#include "Database.h"

#include <QHash>
#include <QList>
#include <QString>

namespace textdesk {

// What the cache knows of one card of the workspace's CardDAV address book (migration 16).
struct CardDavRow
{
    QString href; // the card's path on the server, percent-decoded
    qint64 contactId = 0; // 0: none (deleted here, or a card Textdesk cannot use)
    QString uid, etag;
    QString synced; // fingerprint of the contact's fields when last synced
    QString raw; // the card as the server last sent it
    QString state = QStringLiteral("linked"); // linked, deleted_here, left, unusable
};

// Both versions of a card edited on both sides (or edited on one and deleted on the other),
// kept until the agent decides which one stands.
struct CardDavConflict
{
    qint64 id = 0;
    QString href;
    qint64 contactId = 0;
    QString localCard; // vCard of the contact here; empty: deleted here
    QString remoteCard; // the server's card; empty: deleted on the server
    QString remoteEtag;
    qint64 foundAt = 0, resolvedAt = 0;
    QString resolution; // "here" or "server" once resolved
};

// The SQL of CardDAV sync: the address book's address, the card rows and the conflicts.
class CardDavStore
{
public:
    explicit CardDavStore(Database &db)
        : m_db(db)
    { }

    // The address book this workspace syncs with; empty before the first sync.
    Result<QString> bookUrl();
    // Records the address book; a different one than before forgets the old one's cards and
    // conflicts (the contacts stay), so the next sync starts afresh.
    Status setBook(const QString &url);
    Status markSynced(qint64 nowMs);

    Result<QHash<QString, CardDavRow>> rows();
    Status put(const CardDavRow &row); // by href, replacing
    Status remove(const QString &href);

    Result<QList<CardDavConflict>> conflicts(bool openOnly);
    Result<CardDavConflict> conflict(qint64 id);
    // A new open conflict for the href (an older open one for it is replaced).
    Result<qint64> addConflict(const CardDavConflict &conflict);
    Status resolve(qint64 id, const QString &resolution, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace textdesk
