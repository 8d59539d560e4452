#include "Timers.h"

#include "Snooze.h"
#include "automation/RuleRunner.h"
#include "broadcasts/Reminders.h"
#include "scheduled/ScheduledMessages.h"
#include "surveys/SurveySender.h"

namespace textdesk::engine {

void registerStandardTimers(Scheduler &scheduler, qint64 lateLimitMs)
{
    Snooze::registerWith(scheduler);
    surveys::SurveySender::registerWith(scheduler);
    scheduled::registerWith(scheduler, lateLimitMs);
    broadcasts::Reminders::registerWith(scheduler);
    automation::RuleRunner::registerWith(scheduler);
}

Result<int> fireDueTimers(Database &db, Clock &clock, qint64 lateLimitMs)
{
    Scheduler scheduler(db, clock);
    registerStandardTimers(scheduler, lateLimitMs);
    return scheduler.fireDue();
}

} // namespace textdesk::engine
