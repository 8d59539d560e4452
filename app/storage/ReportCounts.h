#pragma once

#include "Database.h"

#include <QStringList>

namespace textdesk::ReportCounts {

// The reports' counts of agents' messages (agent_message_days, migration 14) are kept by
// triggers on `messages`, a few microseconds per outbound row. A bulk import into an empty
// cache suspends them, in its transaction, and has them counted in one pass at the end.

// Drops the triggers; returns their CREATE statements for resume().
Result<QStringList> suspend(Database &db);
// Counts every agent's message into the empty agent_message_days (as migration 14 does) and
// creates the triggers again.
Status resume(Database &db, const QStringList &triggers);

} // namespace textdesk::ReportCounts
