#pragma once

#include "engine/Scheduler.h"
#include "storage/Records.h"
#include "storage/ScheduledStore.h"

namespace textdesk::scheduled {

// Why a scheduled message is held, cancelled, or went out late (scheduled_messages.reason).
namespace Reason {
inline QString customerReplied()
{
    return QStringLiteral("customer_replied");
}
inline QString cancelledByAgent()
{
    return QStringLiteral("agent");
}
inline QString optedOut()
{
    return QStringLiteral("opted_out");
}
inline QString tooLate()
{
    return QStringLiteral("too_late"); // held: the computer was off too long past its time
}
inline QString sentLate()
{
    return QStringLiteral("sent_late");
}
inline QString quietHours()
{
    return QStringLiteral("quiet_hours"); // pending: waiting for the customer's window
}
inline QString refused()
{
    return QStringLiteral("refused"); // held: the outbox refused it (e.g. the number)
}
// Held: the customer asked to stop messages in other words and no agent has answered yet.
inline QString revocationPending()
{
    return QStringLiteral("revocation_pending");
}
// Held: released by "Not a request" more than the late limit past its time; the agent confirms.
inline QString revocationLate()
{
    return QStringLiteral("revocation_late");
}
} // namespace Reason

// The words for a row's state and reason ("Held: it was due more than 2 hours ago …").
QString reasonText(const QString &reason);

// What the agent asks for in "Send later…".
struct ScheduleRequest
{
    qint64 conversationId = 0;
    QString body;
    qint64 dueAt = 0; // UTC ms
    QString timeZone; // the zone the time was chosen in (IANA id)
    bool cancelOnReply = true;
    qint64 agentId = 0;
};

// A due time this far past (the computer was off) still goes out, with a note in the thread;
// later, it is held for the agent to confirm.
constexpr qint64 kDefaultLateLimitMs = 2 * 3600'000;
// Fired within this of its time it counts as on time (the machine was merely busy).
constexpr qint64 kOnTimeSlackMs = 60'000;

// Providers stamp messages to the second (RFC 2822 dates).
constexpr qint64 kProviderDatePrecisionMs = 1000;

QString timerKind(); // "scheduled-send", subject: the scheduled_messages row

// Stores the message and its timer in one transaction; refused in words when the body is empty
// or too long, the time is not in the future, or the customer opted out. The caller re-arms its
// scheduler (Scheduler::rearm).
Result<qint64> schedule(Database &db, const ScheduleRequest &request, qint64 nowMs);
// Changes body, time, zone and flag of one not yet sent (a held one becomes pending again).
Status edit(Database &db, qint64 id, const ScheduleRequest &request, qint64 nowMs);
// Cancels one not yet sent (reason: the agent).
Status cancel(Database &db, qint64 id, qint64 nowMs);
// The agent confirms a held one: it goes out now (quiet hours and consent still apply). Refused
// in words while the customer's request to stop in other words awaits an answer.
Status confirm(Database &db, qint64 id, qint64 nowMs);

// The agent answered the customer's request to stop in other words (engine/RevocationAnswer), in
// the caller's transaction: the messages held for it in the customer's conversations are, with
// optOut, cancelled (opted out); else due now, or held for the agent to confirm when more than
// `lateLimitMs` past their time (the rule for a message that comes too late after a restart).
// How many were released to go now.
Result<int> releaseRevocationHold(Database &db, const QString &contactE164, bool optOut,
                                  qint64 nowMs, qint64 lateLimitMs);

// The timer's work: queued into the outbox and marked sent in the caller's (the scheduler's)
// transaction, so it is queued exactly once. `timerDueAt` is when this timer was meant to fire.
// It is proactive: while the customer's request to stop in other words awaits an agent's answer
// it is held (Reason::revocationPending) with a note in the thread.
Status fire(Database &db, qint64 id, qint64 timerDueAt, qint64 nowMs, qint64 lateLimitMs);

// The inbound hook: a customer's message in a conversation cancels the pending messages there
// that were scheduled before it with cancel_on_reply (reason recorded).
Status cancelOnReply(Database &db, const MessageRecord &message);

void registerWith(engine::Scheduler &scheduler, qint64 lateLimitMs = kDefaultLateLimitMs);

// The limit from `[scheduled] late_limit_minutes` in workspace.ini; the default when unset or
// not a number of minutes from 0 to 10080 (a week).
qint64 configuredLateLimitMs(const QString &settingsPath);

} // namespace textdesk::scheduled
