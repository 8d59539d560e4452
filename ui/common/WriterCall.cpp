#include "WriterCall.h"

#include "engine/SyncWorker.h"

#include <QThread>

namespace textdesk::ui {

Status writeOnWorker(engine::SyncWorker *worker, const std::function<Status(Database &)> &change)
{
    if (!worker)
        return StorageError(StorageError::Kind::CannotOpen, {});
    Status result = success();
    const auto run = [&] { result = worker->runOnWriter(change); };
    if (worker->thread() == QThread::currentThread())
        run();
    else
        QMetaObject::invokeMethod(worker, run, Qt::BlockingQueuedConnection);
    return result;
}

} // namespace textdesk::ui
