#include "Snooze.h"

#include "automation/RuleRunner.h"
#include "storage/ConversationActions.h"
#include "surveys/SurveySender.h"

namespace textdesk::engine::Snooze {

QString kind()
{
    return QStringLiteral("snooze");
}

QString keyFor(qint64 conversationId)
{
    return QStringLiteral("snooze:%1").arg(conversationId);
}

Status setStatus(Database &db, qint64 conversationId, const QString &status, qint64 snoozeUntilMs,
                 qint64 nowMs, qint64 actorId)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (Status s
        = ConversationActions::setStatus(db, conversationId, status, snoozeUntilMs, nowMs, actorId);
        !s) {
        return s;
    }
    if (status == QLatin1String("snoozed")) {
        auto id = TimerStore::put(
            db, { 0, kind(), conversationId, snoozeUntilMs, {}, keyFor(conversationId) }, nowMs);
        if (!id)
            return id.error();
    } else if (auto removed = TimerStore::cancel(db, keyFor(conversationId)); !removed) {
        return removed.error();
    }
    // A resolve schedules the survey; a reopen before it goes out cancels it.
    if (Status s
        = surveys::SurveySender::onStatusChanged(db, conversationId, status, actorId, nowMs);
        !s) {
        return s;
    }
    // A resolve runs the "conversation resolved" rules (a timer due now, fired by the scheduler).
    if (Status s = automation::RuleRunner::onStatusChanged(db, conversationId, status, nowMs); !s)
        return s;
    return tx.commit();
}

void registerWith(Scheduler &scheduler)
{
    scheduler.registerHandler(
        kind(), [](Database &db, const TimerRecord &, qint64 nowMs) -> Status {
            // Every snooze that has ended wakes (their own timers then find nothing to do).
            if (auto woken = ConversationActions::wakeSnoozed(db, nowMs); !woken)
                return woken.error();
            return success();
        });
}

} // namespace textdesk::engine::Snooze
