#include "SurveySender.h"

#include "compliance/QuietHoldNote.h"
#include "compliance/QuietHours.h"
#include "storage/Consent.h"
#include "storage/TimerStore.h"
#include "sync/Outbox.h"

#include <QtCore/QCoreApplication>

namespace textdesk::surveys::SurveySender {

namespace {

QString sendKey(qint64 responseId, qint64 dueAt)
{
    // The due time is part of the key: a quiet-hours wait stores a new timer from inside the
    // old one's handler, which the scheduler then marks fired.
    return QStringLiteral("survey-send:%1:%2").arg(responseId).arg(dueAt);
}

Status armSend(Database &db, qint64 responseId, qint64 dueAt, qint64 nowMs)
{
    auto id = TimerStore::put(
        db, { 0, sendTimerKind(), responseId, dueAt, {}, sendKey(responseId, dueAt) }, nowMs);
    if (!id)
        return id.error();
    return success();
}

Status skip(Database &db, qint64 responseId, const QString &reason)
{
    auto moved = SurveyStore::setState(db, responseId, QStringLiteral("scheduled"),
                                       QStringLiteral("skipped"), reason);
    if (!moved)
        return moved.error();
    return success();
}

Result<qint64> schedule(Database &db, const Survey &survey, const SurveyRecipient &to,
                        const QString &trigger, qint64 agentId, qint64 dueAt, qint64 nowMs)
{
    SurveyResponseRecord row;
    row.surveyId = survey.id;
    row.kind = survey.kind;
    row.conversationId = to.conversationId;
    row.contactId = to.contactId;
    row.inboxId = to.inboxId;
    row.agentId = agentId;
    row.language = customerLanguage(to.customFields, survey.defaultLanguage);
    row.trigger = trigger;
    row.state = QStringLiteral("scheduled");
    row.dueAt = dueAt;
    row.createdAt = nowMs;
    auto id = SurveyStore::insertResponse(db, row);
    if (!id)
        return id.error();
    if (Status s = armSend(db, *id, dueAt, nowMs); !s)
        return s.error();
    return *id;
}

} // namespace

QString sendTimerKind()
{
    return QStringLiteral("survey-send");
}

QString expireTimerKind()
{
    return QStringLiteral("survey-expire");
}

Status onStatusChanged(Database &db, qint64 conversationId, const QString &status, qint64 actorId,
                       qint64 nowMs)
{
    if (status != QLatin1String("resolved")) {
        // Reopened (or snoozed) before the survey went out: it is not sent.
        auto cancelled
            = SurveyStore::cancelScheduled(db, conversationId, QStringLiteral("resolve"));
        if (!cancelled)
            return cancelled.error();
        return success();
    }
    auto survey = SurveyStore::forResolve(db);
    if (!survey)
        return survey.error();
    if (!*survey)
        return success();
    auto to = SurveyStore::recipient(db, conversationId);
    if (!to)
        return to.error();
    if (!*to)
        return success();
    // Resolved twice: the first schedule stands.
    if (auto dropped = SurveyStore::cancelScheduled(db, conversationId, QStringLiteral("resolve"));
        !dropped) {
        return dropped.error();
    }
    const qint64 due = nowMs + qint64((*survey)->delayMinutes) * 60'000;
    auto id = schedule(db, **survey, **to, QStringLiteral("resolve"), actorId, due, nowMs);
    if (!id)
        return id.error();
    return success();
}

Result<qint64> sendNow(Database &db, qint64 conversationId, qint64 surveyId, const QString &trigger,
                       qint64 agentId, qint64 nowMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    auto survey = surveyId ? SurveyStore::get(db, surveyId) : SurveyStore::firstActive(db);
    if (!survey)
        return survey.error();
    if (!*survey || !(*survey)->active) {
        return StorageError(StorageError::Kind::InvalidInput, {},
                            QCoreApplication::translate("textdesk::surveys::SurveySender",
                                                        "No survey is turned on. Turn one on in "
                                                        "File → Surveys…"));
    }
    auto to = SurveyStore::recipient(db, conversationId);
    if (!to)
        return to.error();
    if (!*to)
        return StorageError(StorageError::Kind::InvalidInput, {},
                            QCoreApplication::translate("textdesk::surveys::SurveySender",
                                                        "The conversation no longer exists."));
    // By hand, the agent is waiting for an answer: say at once why nothing will be sent
    // rather than record a skip they would never see.
    if ((*to)->consentState == QLatin1String("opted_out"))
        return StorageError(StorageError::Kind::InvalidInput, {},
                            QCoreApplication::translate(
                                "textdesk::surveys::SurveySender",
                                "No survey was sent: this customer opted out of messages (they "
                                "replied STOP or asked to be left alone)."));
    auto asked = Consent::proactiveRefusalFor(db, (*to)->contactE164);
    if (!asked)
        return asked.error();
    if (asked->kind == Consent::ProactiveRefusal::Kind::RevocationPending)
        return StorageError(
            StorageError::Kind::InvalidInput, {},
            QCoreApplication::translate("textdesk::surveys::SurveySender",
                                        "No survey was sent: this customer asked to stop messages. "
                                        "Answer the request in the conversation first."));
    auto id = schedule(db, **survey, **to, trigger, agentId, nowMs, nowMs);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status fire(Database &db, qint64 responseId, qint64 nowMs)
{
    auto row = SurveyStore::response(db, responseId);
    if (!row)
        return row.error();
    if (!*row || (*row)->state != QLatin1String("scheduled"))
        return success(); // cancelled, or sent by an earlier run
    SurveyResponseRecord r = **row;
    auto survey = SurveyStore::get(db, r.surveyId);
    if (!survey)
        return survey.error();
    auto to = SurveyStore::recipient(db, r.conversationId);
    if (!to)
        return to.error();
    if (!*survey || !*to)
        return success(); // deleted: the row went with it
    const Survey &s = **survey;
    const SurveyRecipient &c = **to;

    if (r.trigger == QLatin1String("resolve") && c.status != QLatin1String("resolved")) {
        auto moved = SurveyStore::setState(db, r.id, QStringLiteral("scheduled"),
                                           QStringLiteral("cancelled"), SkipReason::reopened());
        return moved ? success() : Status(moved.error());
    }
    if (!s.active)
        return skip(db, r.id, SkipReason::surveyOff());
    // The same consent check as every other proactive send (the outbox makes it again).
    auto refusal = Consent::proactiveRefusalFor(db, c.contactE164);
    if (!refusal)
        return refusal.error();
    if (refusal->kind == Consent::ProactiveRefusal::Kind::OptedOut)
        return skip(db, r.id, SkipReason::optedOut());
    if (refusal->kind == Consent::ProactiveRefusal::Kind::RevocationPending)
        return skip(db, r.id, SkipReason::revocationPending());
    if (c.agentReplies == 0)
        return skip(db, r.id, SkipReason::noAgentReply());
    auto open = SurveyStore::openIn(db, r.conversationId, nowMs, r.id);
    if (!open)
        return open.error();
    if (*open)
        return skip(db, r.id, SkipReason::alreadyOpen());
    auto recent = SurveyStore::surveyedSince(db, r.contactId,
                                             nowMs - qint64(s.cooldownDays) * 24 * 3600'000, r.id);
    if (!recent)
        return recent.error();
    if (*recent)
        return skip(db, r.id, SkipReason::recentlySurveyed());

    // Quiet hours at the customer's location: wait for the window to open.
    const QTimeZone zone
        = compliance::zoneForProfile(c.customFields, c.contactE164, s.defaultTimeZone);
    const qint64 allowedAt = compliance::QuietHours().nextAllowed(nowMs, zone);
    if (allowedAt > nowMs) {
        if (Status st = SurveyStore::postpone(db, r.id, allowedAt); !st)
            return st;
        if (Status st = compliance::QuietHoldNote::add(
                db, r.conversationId,
                QCoreApplication::translate("textdesk::surveys::SurveySender", "Survey"), allowedAt,
                zone, nowMs);
            !st) {
            return st;
        }
        return armSend(db, r.id, allowedAt, nowMs);
    }

    r.language = customerLanguage(c.customFields, s.defaultLanguage);
    const FilledTemplate text = SurveyTexts::render(s.wording(r.language).question, s);
    if (!text.unfilled.isEmpty() || text.text.trimmed().isEmpty())
        return skip(db, r.id, SkipReason::wording());
    if (!r.agentId)
        r.agentId = c.lastReplyAgentId;
    r.inboxId = c.inboxId;

    sync::Outbox outbox(db);
    const sync::EnqueueResult queued
        = outbox.enqueue({ c.contactE164, c.inboxE164, text.text, 0, {}, true }, nowMs);
    if (!queued.ok()) {
        if (queued.error == sync::EnqueueResult::Error::Storage)
            return StorageError(StorageError::Kind::Other, {}, queued.errorMessage);
        if (queued.error == sync::EnqueueResult::Error::OptedOut)
            return skip(db, r.id, SkipReason::optedOut());
        if (queued.error == sync::EnqueueResult::Error::RevocationPending)
            return skip(db, r.id, SkipReason::revocationPending());
        return skip(db, r.id, SkipReason::wording());
    }
    if (Status st = SurveyStore::markSent(db, r, queued.message.id, nowMs); !st)
        return st;
    const qint64 expiresAt = nowMs + qint64(s.responseWindowHours) * 3600'000;
    auto timer = TimerStore::put(
        db,
        { 0, expireTimerKind(), r.id, expiresAt, {}, QStringLiteral("survey-expire:%1").arg(r.id) },
        nowMs);
    if (!timer)
        return timer.error();
    return success();
}

void registerWith(engine::Scheduler &scheduler)
{
    scheduler.registerHandler(sendTimerKind(),
                              [](Database &db, const TimerRecord &timer, qint64 nowMs) {
                                  return fire(db, timer.subject, nowMs);
                              });
    scheduler.registerHandler(
        expireTimerKind(), [](Database &db, const TimerRecord &timer, qint64) -> Status {
            // Unanswered in its window: no longer open; a late reply is a plain message.
            auto moved = SurveyStore::setState(db, timer.subject, QStringLiteral("sent"),
                                               QStringLiteral("expired"));
            return moved ? success() : Status(moved.error());
        });
}

} // namespace textdesk::surveys::SurveySender
