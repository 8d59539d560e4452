#include "TeamReplica.h"

#include "ReplicaPage.h"
#include "TeamPusher.h"
#include "TeamSql.h"
#include "core/Clock.h"
#include "storage/ReplicaStore.h"
#include "storage/SyncCursors.h"

#include <QSet>
#include <QSqlRecord>

#include <algorithm>

namespace textdesk::team {

const QString TeamReplica::kCursorName = QStringLiteral("team_feed");

Result<ReplicaCounts> TeamReplica::apply(Database &cache, const FeedPage &page, qint64 nowMs)
{
    Transaction tx(cache);
    if (!tx.status())
        return tx.status().error();
    auto inserted = writeReplicaPage(cache, page, nowMs);
    if (!inserted)
        return inserted.error();
    if (Status s = SyncCursors::write(cache, kCursorName, page.next.toString(), nowMs); !s)
        return s.error();
    ReplicaCounts counts;
    counts.rows = page.rows.size();
    counts.messagesInserted = *inserted;
    auto waiting = ReplicaStore::waitingCount(cache);
    if (!waiting)
        return waiting.error();
    counts.waiting = *waiting;
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

TeamStatus TeamReplica::addMissingConversations(const QSqlDatabase &team, Database &cache,
                                                FeedPage &page)
{
    QSet<qint64> inPage;
    QSet<qint64> wanted;
    for (const FeedRow &row : std::as_const(page.rows)) {
        if (!row.deleted && row.table == QLatin1String("conversations"))
            inPage << row.id;
    }
    for (const FeedRow &row : std::as_const(page.rows)) {
        if (row.deleted
            || (row.table != QLatin1String("messages") && row.table != QLatin1String("notes")))
            continue;
        const qint64 conversation
            = row.values.value(QStringLiteral("conversation_id")).toLongLong();
        if (inPage.contains(conversation) || wanted.contains(conversation))
            continue;
        auto local = ReplicaStore::localId(cache, QStringLiteral("conversations"), conversation);
        if (local && *local == 0)
            wanted << conversation;
    }
    if (wanted.isEmpty())
        return TeamDone {};
    QStringList ids;
    for (const qint64 id : std::as_const(wanted))
        ids << QString::number(id);
    auto rows
        = teamExec(team, QStringLiteral("SELECT * FROM conversations WHERE id = ANY (?::bigint[])"),
                   { QStringLiteral("{%1}").arg(ids.join(QLatin1Char(','))) });
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QSqlRecord record = rows->record();
        FeedRow row;
        row.table = QStringLiteral("conversations");
        row.id = record.value(QStringLiteral("id")).toLongLong();
        row.version = record.value(QStringLiteral("version")).toLongLong();
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) != QLatin1String("changed_xid"))
                row.values.insert(record.fieldName(i), record.value(i));
        }
        page.rows << row;
    }
    return TeamDone {};
}

Result<FeedCursor> TeamReplica::cursor(Database &cache)
{
    auto stored = SyncCursors::read(cache, kCursorName);
    if (!stored)
        return stored.error();
    return FeedCursor::fromString(*stored);
}

TeamReplica::TeamReplica(TeamAddress address, QString password, QString cachePath, Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_password(std::move(password))
    , m_cachePath(std::move(cachePath))
    , m_clock(clock)
{ }

TeamReplica::~TeamReplica()
{
    m_password.fill(QChar(u'\0'));
}

void TeamReplica::catchUp()
{
    if (m_running)
        return;
    m_running = true;
    if (m_heldBack)
        m_heldBack->stop();
    const auto fail = [this](const QString &reason) {
        m_running = false;
        emit failed(reason);
    };
    if (!m_cache) {
        auto opened = Database::open(m_cachePath, Database::Role::Writer);
        if (!opened)
            return fail(opened.error().message());
        m_cache = std::move(*opened);
    }
    if (!m_team || !m_team->isOpen()) {
        m_team = std::make_unique<TeamConnection>();
        if (auto opened = m_team->open(m_address, m_password); !opened) {
            m_team.reset();
            return fail(opened.error().message());
        }
    }
    // What this desktop did goes up first, so the feed brings it back as the team decided it.
    const PushOutcome pushed = TeamPusher::push(m_team->database(), *m_cache, m_clock.nowMs());
    for (const QString &message : pushed.overruled)
        emit overruled(message);
    if (pushed.replies + pushed.changes > 0 || !pushed.error.isEmpty())
        emit pushedChanges(pushed.replies + pushed.changes, pushed.left);
    if (!pushed.error.isEmpty()) {
        m_team.reset(); // it may be dead: a new one next time
        return fail(pushed.error);
    }
    auto position = cursor(*m_cache);
    if (!position)
        return fail(position.error().message());
    FeedCursor at = *position;
    qint64 rows = 0;
    bool heldBack = false;
    for (;;) {
        auto page = TeamFeed::read(m_team->database(), at, kPageRows);
        if (!page) {
            m_team.reset(); // it may be dead: a new one next time
            return fail(page.error().message());
        }
        heldBack = page->heldBack;
        if (page->rows.isEmpty() && page->next == at)
            break;
        const qint64 feedRows = page->rows.size();
        if (auto added = addMissingConversations(m_team->database(), *m_cache, *page); !added) {
            m_team.reset();
            return fail(added.error().message());
        }
        auto written = apply(*m_cache, *page, m_clock.nowMs());
        if (!written)
            return fail(written.error().message());
        rows += feedRows;
        at = page->next;
        emit progress(rows);
        if (!page->more)
            break;
    }
    m_running = false;
    if (heldBack) {
        // What the running transactions hold back may be announced by nobody: read again soon.
        if (!m_heldBack) {
            m_heldBack = new ClockTimer(m_clock, this);
            connect(m_heldBack, &ClockTimer::timeout, this, &TeamReplica::catchUp);
        }
        m_heldBack->startIn(m_heldBackDelayMs);
        m_heldBackDelayMs
            = rows > 0 ? kHeldBackRetryMs : std::min(m_heldBackDelayMs * 2, kMaxHeldBackRetryMs);
    } else {
        m_heldBackDelayMs = kHeldBackRetryMs;
    }
    emit applied(rows);
}

} // namespace textdesk::team
