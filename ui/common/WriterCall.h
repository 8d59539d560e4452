#pragma once

#include "storage/StorageError.h"

#include <functional>

namespace textdesk {
class Database;
namespace engine {
class SyncWorker;
}

namespace ui {

// A dialog's change to the cache, run on the writer (the sync thread in the app).
using Change = std::function<Status(Database &writer)>;
using Writer = std::function<Status(const Change &change)>;

// Runs each change on `worker`'s thread and waits for it (the GUI thread never writes); a
// CannotOpen error when there is no worker (not connected).
Writer writerFor(engine::SyncWorker *worker);

// One change, run as writerFor() runs it.
Status writeOnWorker(engine::SyncWorker *worker, const Change &change);

} // namespace ui
} // namespace textdesk
