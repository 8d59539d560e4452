#pragma once

#include "Database.h"

#include <QString>
#include <QVariant>

namespace textdesk {

// Named positions of the sync (sync_cursors: the pull's high-water mark, its pass in progress),
// written in the caller's transaction so that a position moves together with what it covers.
namespace SyncCursors {

// The value, or an empty string when none is stored.
Result<QString> read(Database &db, const QString &name);
Status write(Database &db, const QString &name, const QVariant &value, qint64 nowMs);
Status remove(Database &db, const QString &name);

} // namespace SyncCursors
} // namespace textdesk
