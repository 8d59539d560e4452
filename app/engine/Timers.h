#pragma once

#include "Scheduler.h"

namespace textdesk::engine {

// The handlers of every timer kind this version knows (snooze, survey send and expiry); the engine
// and each command register the same ones, so a timer fires under whichever runs first.
void registerStandardTimers(Scheduler &scheduler);

// For a command that does not run the engine (`status`, `send`): fires the timers that are
// due, once; how many fired.
Result<int> fireDueTimers(Database &db, Clock &clock = Clock::system());

} // namespace textdesk::engine
