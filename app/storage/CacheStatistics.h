#pragma once

#include "Database.h"

#include <QJsonObject>
#include <QMap>

namespace textdesk {

// What is in a cache, for `textdesk status` and the status bar.
struct CacheStatistics
{
    int schemaVersion = 0;
    qint64 contacts = 0;
    qint64 conversations = 0;
    qint64 messages = 0;
    QMap<QString, QMap<QString, qint64>> messagesByDirectionAndStatus;
    qint64 pendingOutbox = 0;
    qint64 scheduledPending = 0; // scheduled messages waiting for their time
    qint64 scheduledHeld = 0; // scheduled messages held for an agent to confirm
    qint64 fileBytes = 0;

    // Everything, including messages by direction and status (a scan of all messages).
    static Result<CacheStatistics> read(Database &db);
    // Counts only, from the conversation rows: cheap enough for the GUI thread at any size.
    static Result<CacheStatistics> readSummary(Database &db);
    QJsonObject toJson() const;
};

} // namespace textdesk
