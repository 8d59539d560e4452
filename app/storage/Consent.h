#pragma once

#include "Database.h"

namespace textdesk {

// A customer's consent to receive messages follows the carrier keywords they text (STOP,
// START, …), the provider's refusals (21610: unsubscribed) and agents' edits. Kept as a history
// (consent_events) with the current state on the contact; an older event never overrides a
// newer one, so a late-synced STOP does not undo the START that followed it.
namespace Consent {

// "opted_out" for STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT; "opted_in" for
// START, UNSTOP, YES; empty otherwise. The whole message must be the keyword (case and
// surrounding spaces or a full stop do not matter), as carriers match it.
QString stateForKeyword(const QString &body);

// Records a change for the customer of this conversation. `keyword` may be empty, `source` is
// keyword, provider, agent or import; messageId may be 0.
Status record(Database &db, qint64 conversationId, const QString &state, const QString &keyword,
              const QString &source, qint64 messageId, qint64 occurredAtMs);

} // namespace Consent
} // namespace textdesk
