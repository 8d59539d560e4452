#include "Timers.h"

#include "Snooze.h"
#include "surveys/SurveySender.h"

namespace textdesk::engine {

void registerStandardTimers(Scheduler &scheduler)
{
    Snooze::registerWith(scheduler);
    surveys::SurveySender::registerWith(scheduler);
}

Result<int> fireDueTimers(Database &db, Clock &clock)
{
    Scheduler scheduler(db, clock);
    registerStandardTimers(scheduler);
    return scheduler.fireDue();
}

} // namespace textdesk::engine
