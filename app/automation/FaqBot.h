#pragma once

#include "FaqMatcher.h"
#include "RuleEvaluator.h"
#include "storage/Records.h"

namespace textdesk::automation {

// The FAQ bot in the engine: an inbound hook after the rules (engine/SyncEngine). It answers a
// fresh customer message in a conversation it holds, or takes a new conversation when the
// workspace turns it on ([faq] enabled); a request for a person or a question it is unsure of
// hands the conversation to the agents with a note saying why, and it never answers there again.
// Its answers go through the outbox (consent checked there; not while the customer's request to
// stop in other words awaits an agent: then it hands the conversation to the agents) and count
// in the rules' loop guard (a rule_runs row named "FAQ bot"); each leaves a note and an audit
// line (actor "faq-bot").
// Nothing for STOP/START/HELP (the consent hook's), a short code, an old message, or a message a
// rule has already answered.
namespace FaqBot {

QString name(); // "FAQ bot", translated

Status onInbound(Database &db, const MessageRecord &message, qint64 nowMs,
                 const RuleSettings &settings);

// What the bot would do with a message, on the stored FAQ: nothing is sent or changed.
Result<FaqMatch> test(Database &db, const QString &text, const RuleSettings &settings,
                      QList<FaqEntry> *entries = nullptr);

} // namespace FaqBot
} // namespace textdesk::automation
