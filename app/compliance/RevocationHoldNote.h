#pragma once

#include "storage/StorageError.h"

#include <QtCore/QString>

namespace textdesk {
class Database;
}

namespace textdesk::compliance {

// What is proactive and held because the customer asked to stop messages in other words, with no
// agent's answer yet (Consent::proactiveRefusalFor), is said in its conversation's thread, as a
// note: "Scheduled follow-up held: the customer asked to stop messages. …" The agent reading the
// thread knows why nothing went out, and what their answer to the request will do with it.
namespace RevocationHoldNote {

// The note's text for `what` ("Scheduled follow-up", "Appointment reminder").
QString text(const QString &what);

// Adds that note to the conversation (authorId 0: automation), in the caller's transaction.
Status add(Database &db, qint64 conversationId, const QString &what, qint64 nowMs);

} // namespace RevocationHoldNote
} // namespace textdesk::compliance
