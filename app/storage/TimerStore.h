#pragma once

#include "Database.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace textdesk {

// A durable timer: some work of `kind` about `subject`, due at a time. Its key names it, so that
// setting it again (a snooze moved) replaces it instead of adding a second.
struct TimerRecord
{
    qint64 id = 0;
    QString kind;
    qint64 subject = 0;
    qint64 dueAt = 0;
    QString payload;
    QString key;
};

// The SQL of the `timers` table (migration 7); engine::Scheduler runs them.
namespace TimerStore {

// Stores the timer (replacing, and re-arming, one with the same key); its id.
Result<qint64> put(Database &db, const TimerRecord &timer, qint64 nowMs);
// Whether a timer with this key is waiting to fire.
Result<bool> isPending(Database &db, const QString &key);
// Removes a timer that has not fired; true if there was one.
Result<bool> cancel(Database &db, const QString &key);
// Removes every unfired timer of this kind about this subject (whatever its key); how many.
Result<int> cancelFor(Database &db, const QString &kind, qint64 subject);
// The earliest unfired timer of these kinds due at or before `nowMs`.
Result<std::optional<TimerRecord>> nextDue(Database &db, const QStringList &kinds, qint64 nowMs);
// When the earliest unfired timer of these kinds is due; nullopt when there is none.
Result<std::optional<qint64>> earliest(Database &db, const QStringList &kinds);
// Marks it fired, in the caller's transaction; false if it had already fired (or was replaced).
Result<bool> markFired(Database &db, qint64 id, qint64 nowMs);
// A timer whose work failed is tried again later.
Status postpone(Database &db, qint64 id, qint64 dueAt);

} // namespace TimerStore

} // namespace textdesk
