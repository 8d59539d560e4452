#pragma once

#include "Scheduler.h"
#include "automation/RuleEvaluator.h"

namespace textdesk::engine {

// The handlers of every timer kind this version knows (snooze, survey send and expiry); the engine
// and each command register the same ones, so a timer fires under whichever runs first.
// lateLimitMs: how late a scheduled message may still go out (scheduled/ScheduledMessages);
// rules: the workspace's automation settings (RuleSettings::fromIni).
void registerStandardTimers(Scheduler &scheduler, qint64 lateLimitMs = 2 * 3600'000,
                            const automation::RuleSettings &rules = {});

// For a command that does not run the engine (`status`, `send`): fires the timers that are
// due, once; how many fired.
Result<int> fireDueTimers(Database &db, Clock &clock = Clock::system(),
                          qint64 lateLimitMs = 2 * 3600'000,
                          const automation::RuleSettings &rules = {});

} // namespace textdesk::engine
