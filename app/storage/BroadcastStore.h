#pragma once

#include "Database.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace textdesk {

// A broadcast as stored (table `broadcasts`, migration 14).
struct BroadcastRecord
{
    qint64 id = 0;
    QString name; // the template's title or shortcut
    QString body; // the template body it was planned from
    QString from; // our sending number
    double rate = 1.0; // messages per second from that number
    QString source; // "tag:vip" or "csv:/path/file.csv"
    QString state; // running, paused, cancelled, done
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 finishedAt = 0;
};

// One recipient of a broadcast (table `broadcast_recipients`).
struct BroadcastRecipientRow
{
    qint64 id = 0;
    qint64 broadcastId = 0;
    int line = 0; // the CSV line it came from; 0 for a tag
    QString number; // E.164 when valid, else as written
    QString body; // the text it gets (empty when skipped before rendering)
    QString timeZone; // the customer's zone (IANA id) for quiet hours
    QString state; // waiting, queued, skipped, cancelled
    QString reason; // skipped: why; waiting: quiet_hours when held
    qint64 notBefore = 0; // waiting: not before this (quiet hours)
    QString outboxClientId;
    qint64 messageId = 0;
    qint64 queuedAt = 0;
    QString messageStatus; // the message's status now (report), empty when not queued
};

// How far a broadcast has got.
struct BroadcastCounts
{
    int total = 0;
    int waiting = 0; // not yet queued (held for quiet hours included)
    int held = 0; // of those, waiting for the customer's quiet hours to end
    int queued = 0; // in the outbox (sent or being sent)
    int skipped = 0;
    int cancelled = 0;
    bool finished() const { return waiting == 0; }
};

// The SQL of broadcasts and their recipients; app/broadcasts holds the rules and transactions.
namespace BroadcastStore {

// The broadcast and all its recipients, in the caller's transaction (or one of its own); its id.
Result<qint64> insert(Database &db, BroadcastRecord broadcast,
                      const QList<BroadcastRecipientRow> &recipients);
Result<std::optional<BroadcastRecord>> get(Database &db, qint64 id);
// Broadcasts that are running (or paused, with `paused`), oldest first.
Result<QList<BroadcastRecord>> unfinished(Database &db, bool paused);
// Moves a broadcast from one of `from` to `to`; false when it was in none of them.
Result<bool> setState(Database &db, qint64 id, const QStringList &from, const QString &to,
                      qint64 nowMs);
Result<BroadcastCounts> counts(Database &db, qint64 id);

// The next `limit` waiting recipients that may go at `nowMs` (not_before passed), in order.
Result<QList<BroadcastRecipientRow>> due(Database &db, qint64 broadcastId, qint64 nowMs, int limit);
// The earliest not_before of a waiting recipient; nullopt when none waits.
Result<std::optional<qint64>> nextNotBefore(Database &db, qint64 broadcastId);
// A waiting recipient is queued (with its outbox entry), skipped, or held until `notBefore`;
// false when it was no longer waiting.
Result<bool> markQueued(Database &db, qint64 recipientId, const QString &clientId, qint64 messageId,
                        qint64 nowMs);
Result<bool> markSkipped(Database &db, qint64 recipientId, const QString &reason);
Result<bool> hold(Database &db, qint64 recipientId, const QString &reason, qint64 notBefore);
// When a broadcast last queued a recipient from our number `from` (0: never), so that a
// restarted runner's bucket is as empty as it was.
Result<qint64> lastQueuedAt(Database &db, const QString &from);
// Every waiting recipient of the broadcast becomes cancelled; how many.
Result<int> cancelWaiting(Database &db, qint64 broadcastId);

// Every recipient with its message's status now, in order (the result report).
Result<QList<BroadcastRecipientRow>> recipients(Database &db, qint64 broadcastId);

// The numbers of the customers with this tag (case-insensitive), by contact.
Result<QStringList> numbersWithTag(Database &db, const QString &tag);

} // namespace BroadcastStore
} // namespace textdesk
