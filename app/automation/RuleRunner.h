#pragma once

#include "BusinessHours.h"
#include "RuleEvaluator.h"
#include "engine/Scheduler.h"
#include "storage/Records.h"
#include "storage/RuleStore.h"

namespace textdesk::automation {

// The workspace's rules as they run: read from the cache (storage/RuleStore), templates
// resolved to their bodies, with the business hours of each sending number.
struct RuleBook
{
    QList<Rule> rules;
    QHash<QString, BusinessHours> hours; // by our number; "*" for every other
    QStringList problems; // stored rules that cannot be read (they do not run), in words

    // Whether the number's business hours are open; nullopt when none are set for it.
    std::optional<bool> isOpen(const QString &ourNumber, qint64 atMs) const;
    bool hasEnabled(Event event) const;
    static Result<RuleBook> load(Database &db);
};

// Runs the rules on the cache: the inbound hook (messages received, the first from a number),
// the "no agent reply within N minutes" timers, and the dry run. What a rule does is written in
// the caller's transaction: replies into the outbox (the consent check is the outbox's too), the
// rest through ConversationActions / Snooze / SurveySender; each run leaves a note naming the
// rule in the thread, a line in the audit log and a rule_runs row the loop guard counts.
namespace RuleRunner {

QString noReplyTimerKind(); // "rule-no-reply", subject: the conversation, payload: the rule id

// A message newer than this when it reaches the cache runs the rules; older ones (history, a
// first pull, "Load older messages") never do.
constexpr qint64 kFreshMs = 3600'000;

// The inbound hook: the rules for a customer's message; no-reply timers armed. Nothing for
// STOP/START/HELP (the consent hook before it handles them) or an old message.
Status onInbound(Database &db, const MessageRecord &message, qint64 nowMs,
                 const RuleSettings &settings);

// What would happen for a message from `customerNumber` to `ourNumber` (empty: the first of
// the workspace's numbers the customer has a conversation with) saying `text`, now: nothing is
// done. A customer not yet in the cache is a new one.
Result<Evaluation> dryRun(Database &db, const QList<Rule> &rules, const QString &customerNumber,
                          const QString &ourNumber, const QString &text, qint64 nowMs,
                          const RuleSettings &settings);

// Carries out an evaluation (in the caller's transaction).
Status perform(Database &db, const Facts &facts, const Evaluation &evaluation, qint64 nowMs);

QString resolvedTimerKind(); // "rule-resolved", subject: the conversation

// A conversation's status changed (engine/Snooze, in the caller's transaction): a resolve by
// anyone but a rule arms the "conversation resolved" rules' timer, due now.
Status onStatusChanged(Database &db, qint64 conversationId, const QString &status, qint64 nowMs);
Status fireResolved(Database &db, const TimerRecord &timer, qint64 nowMs,
                    const RuleSettings &settings);

// The work of a no-reply timer.
Status fireNoReply(Database &db, const TimerRecord &timer, qint64 nowMs,
                   const RuleSettings &settings);

void registerWith(engine::Scheduler &scheduler, const RuleSettings &settings = {});

} // namespace RuleRunner
} // namespace textdesk::automation
