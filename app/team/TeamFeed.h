#pragma once

#include "TeamError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantHash>

namespace textdesk::team {

// Where a desktop is in the team store's change feed. Everything written by transactions below
// `fromXid` has been read; the window [fromXid, toXid) is being read in pages, by version, after
// `afterVersion`. Stored by the replica as text (toString/fromString) so it survives restarts.
struct FeedCursor
{
    quint64 fromXid = 0;
    quint64 toXid = 0; // 0: no window open; the next read opens one up to the current horizon
    qint64 afterVersion = 0;

    QString toString() const;
    static FeedCursor fromString(const QString &text); // a bad text gives the start
    bool operator==(const FeedCursor &) const = default;
};

struct FeedRow
{
    QString table; // "conversations", "messages", …; for a deletion the table it was in
    qint64 id = 0;
    qint64 version = 0;
    bool deleted = false;
    QVariantHash values; // the row's columns by name (empty for a deletion)
};

struct FeedPage
{
    QList<FeedRow> rows; // in version order
    FeedCursor next;
    bool more = false; // another page can be read at once (a window was cut at `limit`)
    // Transactions were running when it was read: rows they wrote, and rows committed after
    // them, come in a later read. Their commit wakes the listeners only if they changed a shared
    // table (an ANALYZE, an audit-only or an administrator's transaction does not), so a
    // follower reads again a little later by itself.
    bool heldBack = false;
};

// Reads the feed: "what changed since this cursor", with what the login may see (PostgreSQL's
// grants and policies apply). No row committed out of order is ever skipped (see TeamSchemaSql).
// A first read from FeedCursor{} is the whole store, page by page: a new desktop's snapshot.
namespace TeamFeed {

// The tables a replica follows, in the order a page applies them (parents before children).
QStringList tables();

TeamResult<FeedPage> read(const QSqlDatabase &db, const FeedCursor &cursor, int limit = 5000);

} // namespace TeamFeed
} // namespace textdesk::team
