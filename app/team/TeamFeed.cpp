#include "TeamFeed.h"

#include "TeamSql.h"

#include <QSqlRecord>

#include <algorithm>

namespace textdesk::team {

QString FeedCursor::toString() const
{
    return QStringLiteral("%1:%2:%3").arg(fromXid).arg(toXid).arg(afterVersion);
}

FeedCursor FeedCursor::fromString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    FeedCursor cursor;
    bool ok[3] = { false, false, false };
    if (parts.size() == 3) {
        cursor.fromXid = parts[0].toULongLong(&ok[0]);
        cursor.toXid = parts[1].toULongLong(&ok[1]);
        cursor.afterVersion = parts[2].toLongLong(&ok[2]);
    }
    return ok[0] && ok[1] && ok[2] ? cursor : FeedCursor {};
}

namespace TeamFeed {

QStringList tables()
{
    return { QStringLiteral("agents"),        QStringLiteral("contacts"),
             QStringLiteral("conversations"), QStringLiteral("messages"),
             QStringLiteral("notes"),         QStringLiteral("team_outbox"),
             QStringLiteral("templates"),     QStringLiteral("survey_responses") };
}

TeamResult<FeedPage> read(const QSqlDatabase &db, const FeedCursor &cursor, int limit)
{
    QSqlDatabase connection = db;
    // One snapshot for the horizon and the rows: every transaction below the horizon finished
    // before it was taken, so all it wrote is visible here.
    if (auto begun = teamExec(connection,
                              QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ "
                                             "READ ONLY"));
        !begun)
        return begun.error();
    const auto rollback = [&connection] { (void)teamExec(connection, QStringLiteral("ROLLBACK")); };
    FeedCursor window = cursor;
    auto snapshot = teamExec(connection,
                             QStringLiteral("SELECT pg_snapshot_xmin(s), pg_snapshot_xmax(s) "
                                            "FROM pg_current_snapshot() s"));
    if (!snapshot) {
        rollback();
        return snapshot.error();
    }
    const bool taken = snapshot->next();
    const quint64 horizon = taken ? snapshot->value(0).toULongLong() : 0;
    FeedPage page;
    // xmin below xmax: some transaction with an id was running.
    page.heldBack = taken && horizon < snapshot->value(1).toULongLong();
    snapshot->finish();
    if (window.toXid == 0) {
        window.toXid = horizon;
        window.afterVersion = 0;
    }
    QStringList sources = tables();
    sources << QStringLiteral("deleted_rows");
    // Numbers only, written in: one round trip (a prepared statement takes three).
    const QString inWindow = QStringLiteral("changed_xid >= '%1'::xid8 AND changed_xid < "
                                            "'%2'::xid8 AND version > %3")
                                 .arg(window.fromXid)
                                 .arg(window.toXid)
                                 .arg(window.afterVersion);
    // Where this page ends: the `limit`-th version of the window over all tables (versions are
    // one sequence), so each table gives only the rows the page keeps. Reading `limit` rows
    // from every table and keeping the oldest `limit` of them all made a first snapshot read
    // (and convert) a page of conversations again for every page of messages.
    QStringList firsts;
    for (const QString &table : std::as_const(sources))
        firsts << QStringLiteral("(SELECT version FROM %1 WHERE %2 ORDER BY version LIMIT %3)")
                      .arg(table, inWindow)
                      .arg(limit);
    auto cut = teamExec(connection,
                        QStringLiteral("SELECT version FROM (%1) v ORDER BY version OFFSET %2 "
                                       "LIMIT 1")
                            .arg(firsts.join(QLatin1String(" UNION ALL ")))
                            .arg(limit - 1));
    if (!cut) {
        rollback();
        return cut.error();
    }
    const QString upTo = cut->next()
        ? QStringLiteral(" AND version <= %1").arg(cut->value(0).toLongLong())
        : QString();
    cut->finish();
    for (const QString &table : std::as_const(sources)) {
        auto rows = teamExec(connection,
                             QStringLiteral("SELECT * FROM %1 WHERE %2%3 ORDER BY version LIMIT %4")
                                 .arg(table, inWindow, upTo)
                                 .arg(limit));
        if (!rows) {
            rollback();
            return rows.error();
        }
        // The columns once per table, the values by position: a QSqlRecord per row (names and
        // types copied for every row) was most of the time a first snapshot spent reading.
        const QSqlRecord columns = rows->record();
        const int versionAt = columns.indexOf(QStringLiteral("version"));
        const bool deletions = table == QLatin1String("deleted_rows");
        const int idAt
            = columns.indexOf(deletions ? QStringLiteral("row_id") : QStringLiteral("id"));
        const int tableAt = columns.indexOf(QStringLiteral("table_name"));
        const int xidAt = columns.indexOf(QStringLiteral("changed_xid"));
        while (rows->next()) {
            FeedRow row;
            row.version = rows->value(versionAt).toLongLong();
            row.id = rows->value(idAt).toLongLong();
            if (deletions) {
                row.table = rows->value(tableAt).toString();
                row.deleted = true;
            } else {
                row.table = table;
                row.values.reserve(columns.count());
                for (int i = 0; i < columns.count(); ++i) {
                    if (i != xidAt)
                        row.values.insert(columns.fieldName(i), rows->value(i));
                }
            }
            page.rows << row;
        }
    }
    rollback(); // read only: nothing to commit
    std::sort(page.rows.begin(), page.rows.end(),
              [](const FeedRow &a, const FeedRow &b) { return a.version < b.version; });
    if (page.rows.size() >= limit) {
        // Cut at `limit` versions: every table's rows up to there were all read.
        page.rows.resize(limit);
        page.next = window;
        page.next.afterVersion = page.rows.back().version;
        page.more = true;
    } else {
        page.next = FeedCursor { window.toXid, 0, 0 };
    }
    return page;
}

} // namespace TeamFeed
} // namespace textdesk::team
