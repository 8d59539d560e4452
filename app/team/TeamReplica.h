#pragma once

#include "TeamAddress.h"
#include "TeamFeed.h"
#include "storage/Database.h"

#include <QObject>

#include <memory>

namespace textdesk {
class Clock;
class ClockTimer;
} // namespace textdesk

namespace textdesk::team {

// What one page did to the cache.
struct ReplicaCounts
{
    qint64 rows = 0; // the page's rows
    qint64 messagesInserted = 0; // messages and notes new to the cache
    qint64 waiting = 0; // messages and notes still waiting for their conversation, after it
};

// A desktop's SQLite cache as an offline replica of the team's PostgreSQL store. The GUI keeps
// reading only the cache; this writes the team's rows into it, page by page from the change
// feed (TeamFeed), each page in ONE transaction with the feed's cursor (sync_cursors
// "team_feed"): a kill between pages neither loses nor repeats anything, and the same page
// applied twice changes nothing the second time.
//
// As a QObject it follows the store for a desktop: moved to the listener's thread (QPSQL
// connections belong to the thread that opened them) and connected to TeamListener::changed(),
// it opens its own team connection and cache connection there and drains the feed into the
// cache. A failure is said in words (failed()) and the next change tries again from the cursor.
class TeamReplica : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageRows = 5000;
    // A read held back by running transactions is read again after this, doubling while
    // nothing new comes, up to the maximum (see FeedPage::heldBack).
    static constexpr qint64 kHeldBackRetryMs = 250;
    static constexpr qint64 kMaxHeldBackRetryMs = 8000;
    static const QString kCursorName; // "team_feed"

    // Writes one page and page.next as the cursor, in one transaction. Team rows become the
    // cache's: messages through sync::MessageWriter as a provider pull writes them, with no
    // inbound hooks (the team's gateway runs automation and consent; a replica must not answer
    // or opt anyone out again); conversations' status, assignee and snooze in the cache's words;
    // agents under their team ids; contacts, notes (messages with direction 'note'), templates
    // (shortcut = name); deletions of agents, messages, notes and templates.
    static Result<ReplicaCounts> apply(Database &cache, const FeedPage &page, qint64 nowMs);
    // Adds to the page the current rows of the conversations its messages and notes belong to
    // that neither the page nor the cache has. A first snapshot meets messages before their
    // conversation whenever the conversation changed since (assigned, closed: a newer version);
    // apply() would keep them waiting in the cache until it comes, this writes them at once.
    // The added rows come again in their own page later, which then changes nothing.
    static TeamStatus addMissingConversations(const QSqlDatabase &team, Database &cache,
                                              FeedPage &page);
    // Where the cache is in the feed (the start for a new cache).
    static Result<FeedCursor> cursor(Database &cache);

    // `cachePath`: the workspace's cache, opened on this object's thread when first needed.
    // `password` is kept in memory only, for reconnecting; `clock` stamps the rows written.
    TeamReplica(TeamAddress address, QString password, QString cachePath, Clock &clock,
                QObject *parent = nullptr);
    ~TeamReplica() override;

public slots:
    // Pushes what this desktop did (team/TeamPusher), then reads the feed from the stored
    // cursor until nothing more is there right now. When running transactions held the read
    // back, it runs again by itself on the clock.
    void catchUp();

signals:
    void progress(qint64 rowsSoFar);
    void applied(qint64 rows); // a catch-up finished; `rows` were written
    void failed(const QString &reason); // in words for a person; the next change tries again
    // The team's store took `count` of this desktop's changes; `left` still wait.
    void pushedChanges(int count, int left);
    // The store decided otherwise (a colleague was first), in words for the agent.
    void overruled(const QString &message);

private:
    TeamAddress m_address;
    QString m_password;
    QString m_cachePath;
    Clock &m_clock;
    std::unique_ptr<TeamConnection> m_team;
    std::unique_ptr<Database> m_cache;
    bool m_running = false;
    ClockTimer *m_heldBack = nullptr;
    qint64 m_heldBackDelayMs = kHeldBackRetryMs;
};

} // namespace textdesk::team
