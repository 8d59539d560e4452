#include "WriterCall.h"

#include "engine/SyncWorker.h"

#include <QPointer>
#include <QThread>

namespace textdesk::ui {

Writer writerFor(engine::SyncWorker *worker)
{
    QPointer<engine::SyncWorker> target(worker);
    return [target](const Change &change) -> Status {
        if (!target)
            return StorageError(StorageError::Kind::CannotOpen, {});
        Status result = success();
        const auto run = [&] { result = target->runOnWriter(change); };
        if (target->thread() == QThread::currentThread())
            run();
        else
            QMetaObject::invokeMethod(target, run, Qt::BlockingQueuedConnection);
        return result;
    };
}

Status writeOnWorker(engine::SyncWorker *worker, const Change &change)
{
    return writerFor(worker)(change);
}

} // namespace textdesk::ui
