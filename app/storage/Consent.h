#pragma once

#include "ConsentKeywords.h"
#include "Database.h"

#include <QtCore/QList>

namespace textdesk {

// A customer's consent to receive messages follows the carrier keywords they text (STOP,
// START, …), the provider's refusals (21610: unsubscribed) and agents' edits. Kept as a history
// (consent_events) with the current state on the contact; an older event never overrides a
// newer one, so a late-synced STOP does not undo the START that followed it.
namespace Consent {

// Records a change for the customer of this conversation. `keyword` may be empty, `source` is
// keyword, provider, agent or import; messageId may be 0.
Status record(Database &db, qint64 conversationId, const QString &state, const QString &keyword,
              const QString &source, qint64 messageId, qint64 occurredAtMs);

// The one check every send path makes before anything is queued (composer, `textdesk send`,
// scheduled messages, surveys): empty when the customer at this number may be texted, else why
// not, in words for a person. Opted out is refused (47 CFR 64.1200(a)(10), compliance.md); a
// customer we know nothing about may be texted (they are not in the cache, or never said).
// `who` names the customer in the sentence (their name as the agent knows it); the number when
// empty. Every refusal of an opted-out customer in the app and the CLI is worded here.
Result<QString> refusalFor(Database &db, const QString &contactE164, const QString &who = {});

// Why a proactive message may not go to a customer now.
struct ProactiveRefusal
{
    enum class Kind { None, OptedOut, RevocationPending };
    Kind kind = Kind::None;
    QString words; // for a person; empty when None
    qint64 conversationId = 0; // RevocationPending: the conversation with the open request
    bool allowed() const { return kind == Kind::None; }
};

// The one check every proactive path makes: everything no agent typed at that moment (a
// broadcast, a reminder, a scheduled message when it fires, a survey, a rule's or the FAQ bot's
// reply, a survey's thank-you). First refusalFor; then a request to stop in other words
// ("please stop texting me", storage/RevocationFlags) in any conversation of the customer's that
// no agent has answered yet: consent may be revoked "by any reasonable means" (47 CFR
// 64.1200(a)(10), compliance.md), so nothing automatic goes until an agent decides. An agent's
// own reply is not proactive and asks refusalFor only (the thread shows the agent the request).
Result<ProactiveRefusal> proactiveRefusalFor(Database &db, const QString &contactE164,
                                             const QString &who = {});

// One change of a customer's consent, for the profile's history and its CSV.
struct Event
{
    qint64 occurredAt = 0;
    QString state; // opted_in, opted_out, unknown
    QString keyword; // as texted, e.g. "STOP"; empty when none
    QString source; // keyword, provider, agent, import
    qint64 messageId = 0;
    QString messageBody; // the message that carried it, if cached
    QString ourNumber; // the number it was texted to
};

// A customer's consent history, oldest first.
Result<QList<Event>> history(Database &db, qint64 contactId);

} // namespace Consent
} // namespace textdesk
