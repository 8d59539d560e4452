#include "RuleRunner.h"

#include "compliance/QuietHoldNote.h"
#include "compliance/QuietHours.h"
#include "engine/Snooze.h"
#include "phone/PhoneNumbers.h"
#include "storage/Consent.h"
#include "storage/ConsentKeywords.h"
#include "storage/ContactProfiles.h"
#include "storage/ConversationActions.h"
#include "storage/TimerStore.h"
#include "surveys/SurveySender.h"
#include "sync/Outbox.h"
#include "templates/TemplateStore.h"
#include "templates/TemplateVariables.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <algorithm>

namespace textdesk::automation {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::automation::RuleRunner)
};

const QString kAnyNumber = QStringLiteral("*");

// HELP and INFO are answered by the HELP reply (CTIA), never by a rule.
bool isKeyword(const QString &body)
{
    const QString word = body.trimmed().toUpper().remove(QLatin1Char('.'));
    return !Consent::stateForKeyword(body).isEmpty() || word == QLatin1String("HELP")
        || word == QLatin1String("INFO");
}

QString zoneField(const ContactProfile &profile)
{
    for (const auto &[name, value] : profile.customFields) {
        const QString key = name.trimmed().toLower();
        if (key == QLatin1String("time_zone") || key == QLatin1String("timezone")
            || key == QLatin1String("time zone") || key == QLatin1String("tz"))
            return value;
    }
    return {};
}

Result<Facts> gather(Database &db, const RuleContext &ctx, const RuleBook &book, Event event,
                     const QString &text, qint64 messageId, qint64 nowMs,
                     const RuleSettings &settings)
{
    Facts f;
    f.event = event;
    f.nowMs = nowMs;
    f.conversationId = ctx.conversationId;
    f.contactId = ctx.contactId;
    f.messageId = messageId;
    f.ourNumber = ctx.ourNumber;
    f.customerNumber = ctx.customerNumber;
    f.text = text;
    auto profile = ContactProfiles::load(db, ctx.contactId);
    if (!profile)
        return profile.error();
    for (const QString &tag : std::as_const(profile->tags))
        f.tags << foldedText(tag);
    f.fields = TemplateVariables::fromProfile(*profile, {}, settings.company);
    f.firstFromNumber = event == Event::MessageReceived && ctx.inboundFromCustomer == 1;
    f.businessHoursOpen = book.isOpen(ctx.ourNumber, nowMs);
    auto consent = Consent::proactiveRefusalFor(db, ctx.customerNumber);
    if (!consent)
        return consent.error();
    f.optedOut = consent->kind == Consent::ProactiveRefusal::Kind::OptedOut;
    f.revocationPending = consent->kind == Consent::ProactiveRefusal::Kind::RevocationPending;
    f.shortCode = PhoneNumbers::isShortCode(ctx.customerNumber);
    const QTimeZone zone = compliance::zoneForCustomer(zoneField(*profile), ctx.customerNumber);
    const compliance::QuietHours quiet;
    f.quietHoursAllow = quiet.allows(nowMs, zone);
    f.quietHoursOpenAt = quiet.nextAllowed(nowMs, zone);
    f.quietHoursZone = zone.id();
    f.automatedRepliesLastHour = ctx.automatedRepliesLastHour;
    f.quickAnswersToAutomation = ctx.quickAnswersToAutomation;
    f.lastAgentReplyAt = ctx.lastAgentReplyAt;
    f.lastAwayReplyAt = ctx.lastAwayReplyAt;
    return f;
}

// Set while a rule's actions run: a status a rule sets does not trigger rules again.
thread_local int t_performing = 0;

struct Performing
{
    Performing() { ++t_performing; }
    ~Performing() { --t_performing; }
    Performing(const Performing &) = delete;
    Performing &operator=(const Performing &) = delete;
};

QString noReplyKey(qint64 ruleId, qint64 conversationId)
{
    return QStringLiteral("rule-no-reply:%1:%2").arg(ruleId).arg(conversationId);
}

// A failed action other than the cache's own error: said in the note, the rest goes on.
QString failure(const StorageError &error)
{
    return error.kind() == StorageError::Kind::InvalidInput ? error.message() : QString();
}

// A proactive rule action held by the customer's quiet hours says so in the thread.
Status noteRuleHeld(Database &db, const Facts &facts, const QString &ruleName, qint64 nowMs)
{
    return compliance::QuietHoldNote::add(
        db, facts.conversationId, Words::tr("Rule “%1”").arg(ruleName), facts.quietHoursOpenAt,
        QTimeZone(facts.quietHoursZone), nowMs);
}

} // namespace

std::optional<bool> RuleBook::isOpen(const QString &ourNumber, qint64 atMs) const
{
    auto it = hours.constFind(ourNumber);
    if (it == hours.cend())
        it = hours.constFind(kAnyNumber);
    if (it == hours.cend())
        return std::nullopt;
    return it->isOpen(atMs);
}

bool RuleBook::hasEnabled(Event event) const
{
    return std::any_of(rules.cbegin(), rules.cend(),
                       [event](const Rule &r) { return r.enabled && r.event == event; });
}

Result<RuleBook> RuleBook::load(Database &db)
{
    RuleBook book;
    auto rows = RuleStore::rules(db);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return book;
    auto templates = TemplateStore(db).all();
    if (!templates)
        return templates.error();
    for (const RuleRow &row : std::as_const(*rows)) {
        QString error;
        auto rule
            = RuleJson::read(QJsonDocument::fromJson(row.definition.toUtf8()).object(), &error);
        if (!rule) {
            book.problems << Words::tr("Rule “%1” cannot be read: %2").arg(row.name, error);
            continue;
        }
        rule->id = row.id;
        rule->position = row.position;
        rule->name = row.name;
        rule->enabled = row.enabled;
        for (Action &a : rule->actions) {
            if (a.templateName.isEmpty())
                continue;
            a.text.clear(); // no such template: the evaluation says so
            for (const MessageTemplate &t : std::as_const(*templates)) {
                if (t.title.compare(a.templateName, Qt::CaseInsensitive) == 0
                    || t.shortcut.compare(a.templateName, Qt::CaseInsensitive) == 0) {
                    a.text = t.body;
                    break;
                }
            }
        }
        book.rules.append(*rule);
    }
    auto hours = RuleStore::businessHours(db);
    if (!hours)
        return hours.error();
    for (auto it = hours->cbegin(); it != hours->cend(); ++it) {
        QString error;
        auto h = BusinessHours::fromJson(QJsonDocument::fromJson(it.value().toUtf8()).object(),
                                         &error);
        if (h)
            book.hours.insert(it.key(), *h);
        else
            book.problems
                << Words::tr("The business hours of %1 cannot be read: %2").arg(it.key(), error);
    }
    return book;
}

namespace RuleRunner {

QString noReplyTimerKind()
{
    return QStringLiteral("rule-no-reply");
}

QString resolvedTimerKind()
{
    return QStringLiteral("rule-resolved");
}

Status perform(Database &db, const Facts &facts, const Evaluation &evaluation, qint64 nowMs)
{
    const Performing performing;
    for (const RuleOutcome &outcome : evaluation.outcomes) {
        if (!outcome.matched)
            continue;
        QStringList done;
        qint64 replyId = 0;
        for (const PlannedAction &p : outcome.actions) {
            if (!p.skipped.isEmpty()) {
                done << Words::tr("did not %1: %2")
                            .arg(RuleJson::actionName(p.action.kind), p.skipped);
                continue;
            }
            switch (p.action.kind) {
            case Action::Kind::Reply: {
                sync::Outbox outbox(db);
                const sync::EnqueueResult queued = outbox.enqueue(
                    { facts.customerNumber, facts.ourNumber, p.text, 0, {}, true }, nowMs);
                if (queued.error == sync::EnqueueResult::Error::Storage)
                    return StorageError(StorageError::Kind::Other, {}, queued.errorMessage);
                if (!queued.ok()) {
                    done << Words::tr("did not reply: %1").arg(queued.errorMessage);
                    break;
                }
                replyId = queued.message.id;
                done << Words::tr("replied “%1”").arg(p.text);
                break;
            }
            case Action::Kind::Assign: {
                auto agent = ConversationActions::ensureAgent(db, p.action.text, nowMs);
                if (!agent)
                    return agent.error();
                if (auto s = ConversationActions::assign(db, facts.conversationId, *agent, nowMs);
                    !s)
                    return s;
                done << Words::tr("assigned to %1").arg(p.action.text);
                break;
            }
            case Action::Kind::Tag: {
                auto profile = ContactProfiles::load(db, facts.contactId);
                if (!profile)
                    return profile.error();
                profile->tags << p.action.text;
                profile->tags = ContactProfiles::normalizedTags(profile->tags);
                if (auto s = ContactProfiles::save(db, *profile, nowMs); !s)
                    return s;
                done << Words::tr("tagged %1").arg(p.action.text);
                break;
            }
            case Action::Kind::SetStatus:
            case Action::Kind::Snooze: {
                const bool snooze = p.action.kind == Action::Kind::Snooze;
                const QString status = snooze ? QStringLiteral("snoozed") : p.action.text;
                const qint64 until = snooze ? nowMs + qint64(p.action.minutes) * 60'000 : 0;
                if (auto s
                    = engine::Snooze::setStatus(db, facts.conversationId, status, until, nowMs, 0);
                    !s)
                    return s;
                done << (snooze ? Words::tr("snoozed for %n minute(s)", nullptr, p.action.minutes)
                                : Words::tr("set the status to %1").arg(status));
                break;
            }
            case Action::Kind::Note: {
                auto note
                    = ConversationActions::addNote(db, facts.conversationId, p.text, 0, nowMs);
                if (!note)
                    return note.error();
                done << Words::tr("wrote a note");
                break;
            }
            case Action::Kind::Survey: {
                auto survey = surveys::SurveySender::sendNow(db, facts.conversationId, 0,
                                                             QStringLiteral("rule"), 0, nowMs);
                if (!survey && failure(survey.error()).isEmpty())
                    return survey.error();
                done << (survey ? Words::tr("sent the survey")
                                : Words::tr("did not send the survey: %1")
                                      .arg(failure(survey.error())));
                break;
            }
            }
        }
        // Every automated action names its rule in the thread and in the audit log.
        const QString summary
            = Words::tr("Rule “%1”: %2.").arg(outcome.ruleName, done.join(QStringLiteral("; ")));
        if (auto note = ConversationActions::addNote(db, facts.conversationId, summary, 0, nowMs);
            !note)
            return note.error();
        // The audit log names the rule and the kinds of action, not their texts (which may
        // hold the customer's name, and outlive an erasure there).
        QJsonArray kinds;
        for (const PlannedAction &p : outcome.actions) {
            kinds.append(p.willRun() ? RuleJson::actionName(p.action.kind)
                                     : QString(RuleJson::actionName(p.action.kind)
                                               + QStringLiteral(" (not done)")));
        }
        const QJsonObject details { { QStringLiteral("rule"), outcome.ruleName },
                                    { QStringLiteral("event"), RuleJson::eventName(facts.event) },
                                    { QStringLiteral("message_id"), facts.messageId },
                                    { QStringLiteral("actions"), kinds } };
        if (auto s = RuleStore::audit(
                db, nowMs, outcome.ruleId, facts.conversationId,
                QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
            !s)
            return s;
        if (auto s = RuleStore::recordRun(db,
                                          { outcome.ruleId, outcome.ruleName, facts.conversationId,
                                            facts.messageId, replyId, outcome.away, nowMs });
            !s)
            return s;
    }
    return success();
}

Status onInbound(Database &db, const MessageRecord &message, qint64 nowMs,
                 const RuleSettings &settings)
{
    if (message.direction != Direction::Inbound || isKeyword(message.body))
        return success(); // STOP, START and HELP are the consent hook's, first
    if (message.createdAt < nowMs - kFreshMs)
        return success(); // history: nobody is waiting for an answer to it
    auto book = RuleBook::load(db);
    if (!book)
        return book.error();
    const bool received
        = book->hasEnabled(Event::MessageReceived) || book->hasEnabled(Event::FirstMessage);
    const bool noReply = book->hasEnabled(Event::NoAgentReply);
    if (!received && !noReply)
        return success();
    auto ctx = RuleStore::context(db, message.conversationId, nowMs, RuleEvaluator::kAutoAnswerMs);
    if (!ctx)
        return ctx.error();
    if (!*ctx)
        return success();
    if (received) {
        auto facts = gather(db, **ctx, *book, Event::MessageReceived, message.body, message.id,
                            nowMs, settings);
        if (!facts)
            return facts.error();
        const Evaluation evaluation = RuleEvaluator::evaluate(book->rules, *facts, settings);
        if (auto s = perform(db, *facts, evaluation, nowMs); !s)
            return s;
    }
    // The wait for an agent starts at the first unanswered message: a timer already waiting is
    // left alone.
    for (const Rule &rule : std::as_const(book->rules)) {
        if (!rule.enabled || rule.event != Event::NoAgentReply)
            continue;
        const QString key = noReplyKey(rule.id, message.conversationId);
        auto pending = TimerStore::isPending(db, key);
        if (!pending)
            return pending.error();
        if (*pending)
            continue;
        const qint64 since = std::min(message.createdAt, nowMs);
        auto put = TimerStore::put(db,
                                   { 0, noReplyTimerKind(), message.conversationId,
                                     nowMs + qint64(rule.minutes) * 60'000,
                                     QStringLiteral("%1:%2").arg(rule.id).arg(since), key },
                                   nowMs);
        if (!put)
            return put.error();
    }
    return success();
}

Status onStatusChanged(Database &db, qint64 conversationId, const QString &status, qint64 nowMs)
{
    if (t_performing || status != QLatin1String("resolved"))
        return success();
    auto rows = RuleStore::rules(db);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return success();
    auto put
        = TimerStore::put(db,
                          { 0,
                            resolvedTimerKind(),
                            conversationId,
                            nowMs,
                            {},
                            QStringLiteral("rule-resolved:%1:%2").arg(conversationId).arg(nowMs) },
                          nowMs);
    return put ? success() : Status(put.error());
}

Status fireResolved(Database &db, const TimerRecord &timer, qint64 nowMs,
                    const RuleSettings &settings)
{
    auto book = RuleBook::load(db);
    if (!book)
        return book.error();
    if (!book->hasEnabled(Event::ConversationResolved))
        return success();
    auto ctx = RuleStore::context(db, timer.subject, nowMs, RuleEvaluator::kAutoAnswerMs);
    if (!ctx)
        return ctx.error();
    if (!*ctx || (*ctx)->status != QLatin1String("resolved"))
        return success(); // gone, or reopened since
    auto facts = gather(db, **ctx, *book, Event::ConversationResolved, (*ctx)->lastInboundBody, 0,
                        nowMs, settings);
    if (!facts)
        return facts.error();
    const Evaluation evaluation = RuleEvaluator::evaluate(book->rules, *facts, settings);
    for (const RuleOutcome &o : evaluation.outcomes) {
        for (const PlannedAction &p : o.actions) {
            if (!p.heldForQuietHours)
                continue;
            // A message after a resolve is proactive: it waits for the customer's window.
            const qint64 due = facts->quietHoursOpenAt;
            auto put = TimerStore::put(
                db,
                { 0,
                  resolvedTimerKind(),
                  timer.subject,
                  due,
                  {},
                  QStringLiteral("rule-resolved:%1:%2").arg(timer.subject).arg(due) },
                nowMs);
            if (!put)
                return put.error();
            return noteRuleHeld(db, *facts, o.ruleName, nowMs);
        }
    }
    return perform(db, *facts, evaluation, nowMs);
}

Status fireNoReply(Database &db, const TimerRecord &timer, qint64 nowMs,
                   const RuleSettings &settings)
{
    const QStringList parts = timer.payload.split(QLatin1Char(':'));
    const qint64 ruleId = parts.value(0).toLongLong();
    const qint64 since = parts.value(1).toLongLong();
    auto book = RuleBook::load(db);
    if (!book)
        return book.error();
    const auto rule = std::find_if(book->rules.cbegin(), book->rules.cend(), [&](const Rule &r) {
        return r.id == ruleId && r.enabled && r.event == Event::NoAgentReply;
    });
    if (rule == book->rules.cend())
        return success(); // removed or turned off since
    auto ctx = RuleStore::context(db, timer.subject, nowMs, RuleEvaluator::kAutoAnswerMs);
    if (!ctx)
        return ctx.error();
    if (!*ctx || (*ctx)->lastAgentReplyAt >= since || (*ctx)->status == QLatin1String("resolved"))
        return success(); // answered (or closed) in time
    auto facts = gather(db, **ctx, *book, Event::NoAgentReply, (*ctx)->lastInboundBody,
                        (*ctx)->lastInboundId, nowMs, settings);
    if (!facts)
        return facts.error();
    const Evaluation evaluation = RuleEvaluator::evaluate({ *rule }, *facts, settings);
    for (const RuleOutcome &o : evaluation.outcomes) {
        for (const PlannedAction &p : o.actions) {
            if (!p.heldForQuietHours)
                continue;
            // Not an answer to what the customer wrote just now: it waits for their window.
            const qint64 due = facts->quietHoursOpenAt;
            auto put = TimerStore::put(
                db,
                { 0, noReplyTimerKind(), timer.subject, due, timer.payload,
                  noReplyKey(ruleId, timer.subject) + QStringLiteral(":%1").arg(due) },
                nowMs);
            if (!put)
                return put.error();
            return noteRuleHeld(db, *facts, o.ruleName, nowMs);
        }
    }
    return perform(db, *facts, evaluation, nowMs);
}

Result<Evaluation> dryRun(Database &db, const QList<Rule> &rules, const QString &customerNumber,
                          const QString &ourNumber, const QString &text, qint64 nowMs,
                          const RuleSettings &settings)
{
    Evaluation none;
    if (isKeyword(text)) {
        none.skippedAll = Words::tr("STOP, START and HELP are handled by the consent rules, "
                                    "before any rule");
        return none;
    }
    auto book = RuleBook::load(db);
    if (!book)
        return book.error();
    auto conversation = RuleStore::conversationFor(db, customerNumber, ourNumber);
    if (!conversation)
        return conversation.error();
    std::optional<RuleContext> ctx;
    if (*conversation) {
        auto found = RuleStore::context(db, **conversation, nowMs, RuleEvaluator::kAutoAnswerMs);
        if (!found)
            return found.error();
        ctx = *found;
    }
    if (!ctx) {
        // A new customer: this would be their first message.
        ctx = RuleContext {};
        ctx->customerNumber = customerNumber;
        ctx->ourNumber = ourNumber;
    }
    // The sample counts as one more message from the customer.
    ++ctx->inboundFromCustomer;
    Facts facts;
    if (ctx->contactId) {
        auto gathered = gather(db, *ctx, *book, Event::MessageReceived, text, 0, nowMs, settings);
        if (!gathered)
            return gathered.error();
        facts = *gathered;
    } else {
        facts.nowMs = nowMs;
        facts.ourNumber = ourNumber;
        facts.customerNumber = customerNumber;
        facts.text = text;
        facts.firstFromNumber = true;
        facts.businessHoursOpen = book->isOpen(ourNumber, nowMs);
        facts.shortCode = PhoneNumbers::isShortCode(customerNumber);
        ContactProfile newcomer;
        newcomer.e164 = customerNumber;
        facts.fields = TemplateVariables::fromProfile(newcomer, {}, settings.company);
    }
    return RuleEvaluator::evaluate(rules, facts, settings, true);
}

void registerWith(engine::Scheduler &scheduler, const RuleSettings &settings)
{
    scheduler.registerHandler(noReplyTimerKind(),
                              [settings](Database &db, const TimerRecord &timer, qint64 nowMs) {
                                  return fireNoReply(db, timer, nowMs, settings);
                              });
    scheduler.registerHandler(resolvedTimerKind(),
                              [settings](Database &db, const TimerRecord &timer, qint64 nowMs) {
                                  return fireResolved(db, timer, nowMs, settings);
                              });
}

} // namespace RuleRunner
} // namespace textdesk::automation
