#include "CacheStatistics.h"

#include "ScheduledStore.h"
#include "Statement.h"

#include <QFileInfo>

namespace textdesk {

Result<CacheStatistics> CacheStatistics::readSummary(Database &db)
{
    CacheStatistics stats;
    stats.schemaVersion = db.schemaVersion();
    Statement counts(
        db, QStringLiteral("SELECT count(*), coalesce(sum(message_count), 0) FROM conversations"));
    if (!counts.prepared())
        return counts.prepared().error();
    if (counts.step() == Statement::Step::Error)
        return counts.error();
    stats.conversations = counts.int64(0);
    stats.messages = counts.int64(1);
    auto contacts = db.scalar(QStringLiteral("SELECT count(*) FROM contacts"));
    if (!contacts)
        return contacts.error();
    stats.contacts = contacts->toLongLong();
    auto outbox = db.scalar(
        QStringLiteral("SELECT count(*) FROM outbox WHERE state NOT IN ('accepted', 'failed')"));
    if (!outbox)
        return outbox.error();
    stats.pendingOutbox = outbox->toLongLong();
    return stats;
}

Result<CacheStatistics> CacheStatistics::read(Database &db)
{
    CacheStatistics stats;
    stats.schemaVersion = db.schemaVersion();
    auto count = [&db](const QString &sql) -> Result<qint64> {
        auto value = db.scalar(sql);
        if (!value)
            return value.error();
        return value->toLongLong();
    };
    auto contacts = count(QStringLiteral("SELECT count(*) FROM contacts"));
    if (!contacts)
        return contacts.error();
    stats.contacts = *contacts;
    auto conversations = count(QStringLiteral("SELECT count(*) FROM conversations"));
    if (!conversations)
        return conversations.error();
    stats.conversations = *conversations;
    auto outbox = count(
        QStringLiteral("SELECT count(*) FROM outbox WHERE state NOT IN ('accepted', 'failed')"));
    if (!outbox)
        return outbox.error();
    stats.pendingOutbox = *outbox;
    auto scheduled = ScheduledStore::counts(db);
    if (!scheduled)
        return scheduled.error();
    stats.scheduledPending = scheduled->first;
    stats.scheduledHeld = scheduled->second;

    Statement byStatus(
        db,
        QStringLiteral(
            "SELECT direction, status, count(*) FROM messages GROUP BY direction, status"));
    if (!byStatus.prepared())
        return byStatus.prepared().error();
    Statement::Step step;
    while ((step = byStatus.step()) == Statement::Step::Row) {
        stats.messagesByDirectionAndStatus[byStatus.text(0)][byStatus.text(1)] = byStatus.int64(2);
        stats.messages += byStatus.int64(2);
    }
    if (step == Statement::Step::Error)
        return byStatus.error();

    stats.fileBytes
        = QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size();
    return stats;
}

QJsonObject CacheStatistics::toJson() const
{
    QJsonObject byDirection;
    for (auto dir = messagesByDirectionAndStatus.cbegin();
         dir != messagesByDirectionAndStatus.cend(); ++dir) {
        QJsonObject byStatus;
        qint64 total = 0;
        for (auto st = dir->cbegin(); st != dir->cend(); ++st) {
            byStatus.insert(st.key(), st.value());
            total += st.value();
        }
        byDirection.insert(dir.key(),
                           QJsonObject { { QStringLiteral("total"), total },
                                         { QStringLiteral("by_status"), byStatus } });
    }
    return QJsonObject {
        { QStringLiteral("schema_version"), schemaVersion },
        { QStringLiteral("contacts"), contacts },
        { QStringLiteral("conversations"), conversations },
        { QStringLiteral("messages"),
          QJsonObject { { QStringLiteral("total"), messages },
                        { QStringLiteral("by_direction"), byDirection } } },
        { QStringLiteral("outbox_pending"), pendingOutbox },
        { QStringLiteral("scheduled"),
          QJsonObject { { QStringLiteral("pending"), scheduledPending },
                        { QStringLiteral("held"), scheduledHeld } } },
        { QStringLiteral("cache_bytes"), fileBytes },
    };
}

} // namespace textdesk
