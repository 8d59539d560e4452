#pragma once

#include "Scheduler.h"

namespace textdesk::engine::Snooze {

// The timer kind of a snooze's end; its subject is the conversation.
QString kind();
QString keyFor(qint64 conversationId);

// Sets a conversation's status and, in the same transaction, its wake-up timer: stored for a
// snooze, removed otherwise; and the survey a resolve schedules (surveys/SurveySender). The caller
// re-arms its scheduler (Scheduler::rearm).
Status setStatus(Database &db, qint64 conversationId, const QString &status, qint64 snoozeUntilMs,
                 qint64 nowMs, qint64 actorId);

// Snoozed conversations wake when their timer fires, whether or not the provider is reachable.
void registerWith(Scheduler &scheduler);

} // namespace textdesk::engine::Snooze
