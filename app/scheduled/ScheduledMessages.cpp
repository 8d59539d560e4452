#include "ScheduledMessages.h"

#include "compliance/QuietHoldNote.h"
#include "compliance/QuietHours.h"
#include "compliance/RevocationHoldNote.h"
#include "storage/Consent.h"
#include "storage/ConversationActions.h"
#include "storage/TimerStore.h"
#include "sync/Outbox.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QSettings>

namespace textdesk::scheduled {

namespace {

// The words of this file, in one translation context.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::scheduled::ScheduledMessages)
};

StorageError refusal(const QString &words)
{
    return StorageError(StorageError::Kind::InvalidInput, {}, words);
}

QString timerKey(qint64 id, qint64 dueAt)
{
    // The due time is part of the key: a quiet-hours wait stores a new timer from inside the
    // old one's handler, which the scheduler then marks fired (as surveys/SurveySender does).
    return QStringLiteral("scheduled-send:%1:%2").arg(id).arg(dueAt);
}

Status arm(Database &db, qint64 id, qint64 dueAt, qint64 nowMs)
{
    auto timer = TimerStore::put(db, { 0, timerKind(), id, dueAt, {}, timerKey(id, dueAt) }, nowMs);
    return timer ? success() : Status(timer.error());
}

// What the agent typed and chose, checked before anything is stored.
Status validate(Database &db, const ScheduleRequest &request, const ScheduledRecipient &to,
                qint64 nowMs)
{
    if (request.body.trimmed().isEmpty())
        return refusal(Words::tr("The message is empty."));
    const qsizetype chars = request.body.toUcs4().size();
    if (chars > sync::Outbox::kMaxBodyChars) {
        return refusal(
            Words::tr("The message has %1 characters; at most %2 can be sent. Shorten it or "
                      "split it.")
                .arg(chars)
                .arg(sync::Outbox::kMaxBodyChars));
    }
    if (request.dueAt <= nowMs)
        return refusal(Words::tr("That time has already passed. Choose a time in the future."));
    auto consent = Consent::refusalFor(db, to.contactE164);
    if (!consent)
        return consent.error();
    if (!consent->isEmpty())
        return refusal(*consent);
    return success();
}

Result<ScheduledRecipient> recipientOf(Database &db, qint64 conversationId)
{
    auto to = ScheduledStore::recipient(db, conversationId);
    if (!to)
        return to.error();
    if (!*to)
        return refusal(Words::tr("The conversation no longer exists."));
    return **to;
}

// Held until the agent answers the customer's request to stop in other words, said in the
// thread (compliance/RevocationHoldNote).
Status holdForRevocation(Database &db, const ScheduledMessage &row, qint64 nowMs)
{
    auto moved
        = ScheduledStore::setState(db, row.id, { QStringLiteral("pending") },
                                   QStringLiteral("held"), Reason::revocationPending(), nowMs);
    if (!moved)
        return moved.error();
    if (!*moved)
        return success();
    return compliance::RevocationHoldNote::add(db, row.conversationId,
                                               Words::tr("Scheduled follow-up"), nowMs);
}

QString durationText(qint64 ms)
{
    const qint64 minutes = ms / 60'000;
    if (minutes < 120)
        return Words::tr("%n minute(s)", nullptr, int(minutes));
    return Words::tr("%n hour(s)", nullptr, int(minutes / 60));
}

} // namespace

QString timerKind()
{
    return QStringLiteral("scheduled-send");
}

QString reasonText(const QString &reason)
{
    if (reason == Reason::customerReplied())
        return Words::tr("Cancelled: the customer wrote first.");
    if (reason == Reason::cancelledByAgent())
        return Words::tr("Cancelled by an agent.");
    if (reason == Reason::optedOut())
        return Words::tr("Not sent: the customer opted out of text messages.");
    if (reason == Reason::tooLate())
        return Words::tr(
            "Held: Textdesk was not running at the time it was due. Send it now or cancel "
            "it.");
    if (reason == Reason::sentLate())
        return Words::tr("Sent late: Textdesk was not running at the time it was due.");
    if (reason == Reason::quietHours())
        return Words::tr("Waiting for the customer's quiet hours to end.");
    if (reason == Reason::refused())
        return Words::tr("Held: it could not be queued. Edit it or cancel it.");
    if (reason == Reason::revocationPending())
        return Words::tr("Held: the customer asked to stop messages. It goes out when an agent "
                         "answers \"Not a request\" in the conversation, and is cancelled on "
                         "\"Opt out\".");
    if (reason == Reason::revocationLate())
        return Words::tr("Held: it waited for an answer to the customer's request to stop "
                         "messages until long past its time. Send it now or cancel it.");
    return {};
}

Result<qint64> schedule(Database &db, const ScheduleRequest &request, qint64 nowMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    auto to = recipientOf(db, request.conversationId);
    if (!to)
        return to.error();
    if (Status s = validate(db, request, *to, nowMs); !s)
        return s.error();
    ScheduledMessage row;
    row.conversationId = request.conversationId;
    row.body = request.body;
    row.from = to->inboxE164;
    row.dueAt = request.dueAt;
    row.timeZone = request.timeZone;
    row.cancelOnReply = request.cancelOnReply;
    row.state = QStringLiteral("pending");
    row.createdBy = request.agentId;
    row.createdAt = nowMs;
    auto id = ScheduledStore::insert(db, row);
    if (!id)
        return id.error();
    if (Status s = arm(db, *id, request.dueAt, nowMs); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status edit(Database &db, qint64 id, const ScheduleRequest &request, qint64 nowMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto row = ScheduledStore::get(db, id);
    if (!row)
        return row.error();
    if (!*row)
        return refusal(Words::tr("The scheduled message no longer exists."));
    auto to = recipientOf(db, (*row)->conversationId);
    if (!to)
        return to.error();
    if (Status s = validate(db, request, *to, nowMs); !s)
        return s;
    ScheduledMessage changed = **row;
    changed.body = request.body;
    changed.dueAt = request.dueAt;
    changed.timeZone = request.timeZone;
    changed.cancelOnReply = request.cancelOnReply;
    auto updated = ScheduledStore::update(db, changed, nowMs);
    if (!updated)
        return updated.error();
    if (!*updated)
        return refusal(Words::tr("It was already sent or cancelled, so it cannot be changed."));
    if (auto removed = TimerStore::cancelFor(db, timerKind(), id); !removed)
        return removed.error();
    if (Status s = arm(db, id, request.dueAt, nowMs); !s)
        return s;
    return tx.commit();
}

Status cancel(Database &db, qint64 id, qint64 nowMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto moved
        = ScheduledStore::setState(db, id, { QStringLiteral("pending"), QStringLiteral("held") },
                                   QStringLiteral("cancelled"), Reason::cancelledByAgent(), nowMs);
    if (!moved)
        return moved.error();
    if (!*moved)
        return refusal(Words::tr("It was already sent or cancelled."));
    if (auto removed = TimerStore::cancelFor(db, timerKind(), id); !removed)
        return removed.error();
    return tx.commit();
}

Status confirm(Database &db, qint64 id, qint64 nowMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto row = ScheduledStore::get(db, id);
    if (!row)
        return row.error();
    if (*row) {
        // It would only be held again: the agent answers the request first.
        auto to = recipientOf(db, (*row)->conversationId);
        if (!to)
            return to.error();
        auto asked = Consent::proactiveRefusalFor(db, to->contactE164);
        if (!asked)
            return asked.error();
        if (asked->kind == Consent::ProactiveRefusal::Kind::RevocationPending)
            return refusal(Words::tr("The customer asked to stop messages. Answer the request "
                                     "in the conversation (Opt out or Not a request) first."));
    }
    auto moved = ScheduledStore::setState(db, id, { QStringLiteral("held") },
                                          QStringLiteral("pending"), {}, nowMs);
    if (!moved)
        return moved.error();
    if (!*moved)
        return refusal(Words::tr("Only a held message can be confirmed."));
    if (auto removed = TimerStore::cancelFor(db, timerKind(), id); !removed)
        return removed.error();
    // Due now: the timer fires at once, on time, with the same checks as any other.
    if (Status s = arm(db, id, nowMs, nowMs); !s)
        return s;
    return tx.commit();
}

Status fire(Database &db, qint64 id, qint64 timerDueAt, qint64 nowMs, qint64 lateLimitMs)
{
    auto found = ScheduledStore::get(db, id);
    if (!found)
        return found.error();
    if (!*found || (*found)->state != QLatin1String("pending"))
        return success(); // cancelled, held, or sent by an earlier run
    const ScheduledMessage &row = **found;
    const auto moveTo = [&](const QString &state, const QString &reason) -> Status {
        auto moved
            = ScheduledStore::setState(db, id, { QStringLiteral("pending") }, state, reason, nowMs);
        return moved ? success() : Status(moved.error());
    };

    auto recipient = ScheduledStore::recipient(db, row.conversationId);
    if (!recipient)
        return recipient.error();
    if (!*recipient)
        return success(); // the conversation is gone, and the row with it
    const std::optional<ScheduledRecipient> &to = *recipient;
    auto consent = Consent::proactiveRefusalFor(db, to->contactE164);
    if (!consent)
        return consent.error();
    if (consent->kind == Consent::ProactiveRefusal::Kind::OptedOut)
        return moveTo(QStringLiteral("cancelled"), Reason::optedOut());
    if (consent->kind == Consent::ProactiveRefusal::Kind::RevocationPending)
        return holdForRevocation(db, row, nowMs);

    // The computer was off (or Textdesk not running) at its time.
    const qint64 late = nowMs - timerDueAt;
    if (late > lateLimitMs)
        return moveTo(QStringLiteral("held"), Reason::tooLate());

    // A follow-up is proactive: quiet hours at the customer's location apply (compliance.md);
    // it waits for the window to open.
    const QTimeZone zone
        = compliance::zoneForProfile(to->customFields, to->contactE164, row.timeZone);
    const qint64 allowedAt = compliance::QuietHours().nextAllowed(nowMs, zone);
    if (allowedAt > nowMs) {
        auto noted
            = ScheduledStore::setState(db, id, { QStringLiteral("pending") },
                                       QStringLiteral("pending"), Reason::quietHours(), nowMs);
        if (!noted)
            return noted.error();
        if (Status s = compliance::QuietHoldNote::add(
                db, row.conversationId, Words::tr("Scheduled follow-up"), allowedAt, zone, nowMs);
            !s) {
            return s;
        }
        return arm(db, id, allowedAt, nowMs);
    }

    sync::Outbox outbox(db);
    const sync::EnqueueResult queued
        = outbox.enqueue({ to->contactE164, row.from, row.body, row.createdBy, {}, true }, nowMs);
    if (!queued.ok()) {
        if (queued.error == sync::EnqueueResult::Error::Storage)
            return StorageError(StorageError::Kind::Other, {}, queued.errorMessage);
        if (queued.error == sync::EnqueueResult::Error::OptedOut)
            return moveTo(QStringLiteral("cancelled"), Reason::optedOut());
        if (queued.error == sync::EnqueueResult::Error::RevocationPending)
            return holdForRevocation(db, row, nowMs);
        return moveTo(QStringLiteral("held"), Reason::refused());
    }
    const bool wasLate = late > kOnTimeSlackMs;
    auto sent = ScheduledStore::markSent(db, id, queued.entry.clientId, queued.message.id,
                                         wasLate ? Reason::sentLate() : QString(), nowMs);
    if (!sent)
        return sent.error();
    if (wasLate) {
        // The agent (and whoever reads the thread) sees why it went out at another time.
        const QString due
            = QLocale().toString(QDateTime::fromMSecsSinceEpoch(timerDueAt), QLocale::ShortFormat);
        auto note = ConversationActions::addNote(
            db, row.conversationId,
            Words::tr(
                "Scheduled message sent %1 late: it was due at %2, when Textdesk was not running.")
                .arg(durationText(late), due),
            0, nowMs);
        if (!note)
            return note.error();
    }
    return success();
}

Result<int> releaseRevocationHold(Database &db, const QString &contactE164, bool optOut,
                                  qint64 nowMs, qint64 lateLimitMs)
{
    auto rows = ScheduledStore::open(db);
    if (!rows)
        return rows.error();
    int released = 0;
    for (const ScheduledMessage &row : std::as_const(*rows)) {
        if (row.state != QLatin1String("held") || row.reason != Reason::revocationPending()
            || row.contactE164 != contactE164)
            continue;
        const bool tooLate = nowMs - row.dueAt > lateLimitMs;
        const QString state = optOut ? QStringLiteral("cancelled")
            : tooLate                ? QStringLiteral("held")
                                     : QStringLiteral("pending");
        const QString reason = optOut ? Reason::optedOut()
            : tooLate                 ? Reason::revocationLate()
                                      : QString();
        auto moved = ScheduledStore::setState(db, row.id, { QStringLiteral("held") }, state, reason,
                                              nowMs);
        if (!moved)
            return moved.error();
        if (!*moved || state != QLatin1String("pending"))
            continue;
        // Due now: the timer fires at once with every check again (quiet hours, consent).
        if (Status s = arm(db, row.id, nowMs, nowMs); !s)
            return s.error();
        ++released;
    }
    return released;
}

Status cancelOnReply(Database &db, const MessageRecord &message)
{
    if (message.direction != Direction::Inbound)
        return success();
    // The provider's dates have whole seconds: a message stamped in the second the agent
    // scheduled may have been written after it, and counts as writing first.
    auto ids = ScheduledStore::cancellableByReply(db, message.conversationId,
                                                  message.createdAt + kProviderDatePrecisionMs);
    if (!ids)
        return ids.error();
    for (qint64 id : std::as_const(*ids)) {
        auto moved = ScheduledStore::setState(db, id, { QStringLiteral("pending") },
                                              QStringLiteral("cancelled"),
                                              Reason::customerReplied(), message.createdAt);
        if (!moved)
            return moved.error();
        if (auto removed = TimerStore::cancelFor(db, timerKind(), id); !removed)
            return removed.error();
    }
    return success();
}

void registerWith(engine::Scheduler &scheduler, qint64 lateLimitMs)
{
    scheduler.registerHandler(timerKind(),
                              [lateLimitMs](Database &db, const TimerRecord &timer, qint64 nowMs) {
                                  return fire(db, timer.subject, timer.dueAt, nowMs, lateLimitMs);
                              });
}

qint64 configuredLateLimitMs(const QString &settingsPath)
{
    const QSettings ini(settingsPath, QSettings::IniFormat);
    bool ok = false;
    const int minutes = ini.value(QStringLiteral("scheduled/late_limit_minutes")).toInt(&ok);
    if (!ok || minutes < 0 || minutes > 7 * 24 * 60)
        return kDefaultLateLimitMs;
    return qint64(minutes) * 60'000;
}

} // namespace textdesk::scheduled
