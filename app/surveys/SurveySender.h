#pragma once

#include "engine/Scheduler.h"
#include "storage/SurveyStore.h"

namespace textdesk::surveys {

// Why a survey was not sent (survey_responses.skip_reason); reports and the thread show them.
namespace SkipReason {
inline QString optedOut()
{
    return QStringLiteral("opted_out");
}
// The customer asked to stop messages in other words and no agent has answered yet.
inline QString revocationPending()
{
    return QStringLiteral("revocation_pending");
}
inline QString noAgentReply()
{
    return QStringLiteral("no_agent_reply");
}
inline QString recentlySurveyed()
{
    return QStringLiteral("recently_surveyed");
}
inline QString alreadyOpen()
{
    return QStringLiteral("already_open");
}
inline QString surveyOff()
{
    return QStringLiteral("survey_off");
}
inline QString wording()
{
    return QStringLiteral("wording");
} // {{company}} not filled in
inline QString reopened()
{
    return QStringLiteral("reopened");
} // with state 'cancelled'
} // namespace SkipReason

// Sends surveys: after a resolve (a durable timer, the survey's delay later), by hand, or for an
// automation rule. At fire time the rules are checked (compliance.md): not to customers who
// opted out or whose request to stop in other words awaits an agent's answer, not where no
// agent ever replied, at most once per customer in the cooldown, not
// while another is open in the conversation — each recorded as `skipped` with its reason —
// and not in quiet hours at the customer's number (the timer waits for the window). A
// conversation reopened before then cancels it. The message goes through the outbox, in the
// timer's transaction, so it is queued exactly once.
namespace SurveySender {

QString sendTimerKind(); // "survey-send", subject: the response row
QString expireTimerKind(); // "survey-expire", subject: the response row

// A conversation's status changed (in the caller's transaction): resolved schedules the
// resolve survey (if one is on); any other status cancels what was scheduled on resolve.
Status onStatusChanged(Database &db, qint64 conversationId, const QString &status, qint64 actorId,
                       qint64 nowMs);

// Schedules a survey for the conversation now (trigger "manual" or "rule"); surveyId 0: the
// first active one. The row's id; the caller re-arms its scheduler. Fails with words when there
// is no active survey.
Result<qint64> sendNow(Database &db, qint64 conversationId, qint64 surveyId, const QString &trigger,
                       qint64 agentId, qint64 nowMs);

// The work of the send timer (exposed for the tests' reading).
Status fire(Database &db, qint64 responseId, qint64 nowMs);

void registerWith(engine::Scheduler &scheduler);

} // namespace SurveySender
} // namespace textdesk::surveys
