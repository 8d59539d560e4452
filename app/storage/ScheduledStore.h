#pragma once

#include "Database.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace textdesk {

// A message an agent wrote to go out later (scheduled_messages, migration 12).
struct ScheduledMessage
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString body;
    QString from; // our number
    qint64 dueAt = 0; // UTC ms
    QString timeZone; // the IANA zone the time was chosen in
    bool cancelOnReply = true;
    QString state; // pending, sent, cancelled, held
    QString reason; // a code (scheduled/ScheduledMessages: ReasonCode), empty when none
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 sentAt = 0;
    QString outboxClientId;
    qint64 messageId = 0;
    // Read with the row for lists: the customer.
    QString contactE164;
    QString contactName;
};

// Who a scheduled message goes to: the conversation's customer and our number.
struct ScheduledRecipient
{
    QString contactE164;
    QString inboxE164;
    QString customFields; // the profile's JSON (its time zone)
};

// The SQL of scheduled_messages; scheduled/ScheduledMessages holds the rules and transactions.
namespace ScheduledStore {

Result<std::optional<ScheduledRecipient>> recipient(Database &db, qint64 conversationId);
Result<qint64> insert(Database &db, const ScheduledMessage &row);
Result<std::optional<ScheduledMessage>> get(Database &db, qint64 id);
// Moves a row from one of `fromStates` to `state`; false when it was in none of them.
Result<bool> setState(Database &db, qint64 id, const QStringList &fromStates, const QString &state,
                      const QString &reason, qint64 nowMs);
// Body, time, zone and flag of a row that is pending or held (it becomes pending); false if sent
// or cancelled meanwhile.
Result<bool> update(Database &db, const ScheduledMessage &row, qint64 nowMs);
Result<bool> markSent(Database &db, qint64 id, const QString &outboxClientId, qint64 messageId,
                      const QString &reason, qint64 nowMs);
// Pending rows of the conversation with cancel_on_reply created before `beforeMs`: their ids.
Result<QList<qint64>> cancellableByReply(Database &db, qint64 conversationId, qint64 beforeMs);
// Pending and held rows (of one conversation, or all with 0), by due time.
Result<QList<ScheduledMessage>> open(Database &db, qint64 conversationId = 0);
// How many are pending and how many held.
Result<QPair<qint64, qint64>> counts(Database &db);

} // namespace ScheduledStore
} // namespace textdesk
