#include "Timers.h"

#include "Snooze.h"
#include "automation/RuleRunner.h"
#include "broadcasts/Reminders.h"
#include "scheduled/ScheduledMessages.h"
#include "surveys/SurveySender.h"

namespace textdesk::engine {

void registerStandardTimers(Scheduler &scheduler, qint64 lateLimitMs,
                            const automation::RuleSettings &rules)
{
    Snooze::registerWith(scheduler);
    surveys::SurveySender::registerWith(scheduler);
    scheduled::registerWith(scheduler, lateLimitMs);
    broadcasts::Reminders::registerWith(scheduler);
    automation::RuleRunner::registerWith(scheduler, rules);
}

Result<int> fireDueTimers(Database &db, Clock &clock, qint64 lateLimitMs,
                          const automation::RuleSettings &rules)
{
    Scheduler scheduler(db, clock);
    registerStandardTimers(scheduler, lateLimitMs, rules);
    return scheduler.fireDue();
}

} // namespace textdesk::engine
