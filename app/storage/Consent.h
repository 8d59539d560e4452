#pragma once

#include "ConsentKeywords.h"
#include "Database.h"

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

} // namespace Consent
} // namespace textdesk
