#pragma once

#include "storage/Database.h"

#include <functional>

namespace textdesk::engine {
class SyncWorker;
}

namespace textdesk::ui {

// A dialog's change run on the sync thread's writer (SyncWorker::runOnWriter), the GUI thread
// waiting for its answer, so that the GUI thread never writes. CannotOpen without a worker.
Status writeOnWorker(engine::SyncWorker *worker, const std::function<Status(Database &)> &change);

} // namespace textdesk::ui
