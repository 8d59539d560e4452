#pragma once

#include "storage/ContactProfiles.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace textdesk::sync {

// Whether we may write first to a number, as every path that starts a conversation decides it
// (the new-conversation dialog, `textdesk send`): the number must be a valid one — typed in
// any common form, read with the workspace's region —, and the customer must not have opted
// out (STOP; 47 CFR 64.1200(a)(10): a revocation is honoured, nothing more is sent).
struct Recipient
{
    enum class Refusal { None, InvalidNumber, OptedOut, RevocationPending, Storage };
    Refusal refusal = Refusal::None;
    QString reason; // in words for a person; empty when allowed
    QString e164;
    // The customer's profile when we know them (id 0 otherwise; e164 is always set when the
    // number is valid): the values of their template variables.
    ContactProfile profile;
    bool ok() const { return refusal == Refusal::None; }
};

class SendRules
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::sync::SendRules)
public:
    // proactive: for a message no agent types (a broadcast), also refused while the customer's
    // request to stop in other words awaits an agent's answer (Consent::proactiveRefusalFor).
    static Recipient check(Database &db, const QString &typedNumber, const QString &region,
                           bool proactive = false);
};

} // namespace textdesk::sync
