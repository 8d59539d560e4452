#pragma once

#include "storage/StorageError.h"

#include <QtCore/QString>
#include <QtCore/QTimeZone>

namespace textdesk {
class Database;
}

namespace textdesk::compliance {

// What is proactive and held by the customer's quiet hours (QuietHours) is said in its
// conversation's thread, as a note: "Scheduled follow-up held until 8:00 (the customer's quiet
// hours)." The agent reading the thread knows why nothing went out yet, and when it will.
namespace QuietHoldNote {

// The note's text: `what` ("Scheduled follow-up", "Survey", "Rule “Refunds”: reply") held until
// `heldUntilMs`, shown as the customer's wall-clock time in `zone` (with the zone's abbreviation
// when it is not this computer's), with the date when it is not the same day there.
QString text(const QString &what, qint64 heldUntilMs, const QTimeZone &zone, qint64 nowMs);

// Adds that note to the conversation (authorId 0: automation), in the caller's transaction.
Status add(Database &db, qint64 conversationId, const QString &what, qint64 heldUntilMs,
           const QTimeZone &zone, qint64 nowMs);

} // namespace QuietHoldNote
} // namespace textdesk::compliance
