#pragma once

#include "Database.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace textdesk {

// An appointment reminder (table `reminders`, migration 14).
struct ReminderRecord
{
    qint64 id = 0;
    int line = 0; // the CSV line it came from
    QString number; // E.164
    QString from; // our sending number
    QString body; // the personalised text
    QString timeZone; // the customer's, for quiet hours
    qint64 appointmentAt = 0;
    qint64 dueAt = 0;
    QString state; // pending, sent, skipped, cancelled
    QString reason;
    QString outboxClientId;
    qint64 messageId = 0;
};

// The SQL of reminders; app/broadcasts/Reminders holds the rules and the timer's work.
namespace ReminderStore {

// Inserts one; nullopt when this number already has a reminder for this appointment time.
Result<std::optional<qint64>> insert(Database &db, const ReminderRecord &reminder, qint64 nowMs);
Result<std::optional<ReminderRecord>> get(Database &db, qint64 id);
// A pending reminder becomes sent, with its outbox entry; false when it was no longer pending.
Result<bool> markSent(Database &db, qint64 id, const QString &clientId, qint64 messageId,
                      qint64 nowMs);
Result<bool> setState(Database &db, qint64 id, const QString &state, const QString &reason,
                      qint64 nowMs);
// Pending reminders, by due time.
Result<QList<ReminderRecord>> pending(Database &db);

} // namespace ReminderStore
} // namespace textdesk
