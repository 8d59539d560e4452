#include "SendRules.h"

#include "phone/PhoneNumbers.h"
#include "storage/Consent.h"
#include "storage/ContactStore.h"
#include "storage/States.h"

namespace textdesk::sync {

Recipient SendRules::check(Database &db, const QString &typedNumber, const QString &region,
                           bool proactive)
{
    Recipient r;
    const PhoneNumbers::Parsed parsed = PhoneNumbers::toE164(typedNumber, region);
    if (!parsed.ok()) {
        r.refusal = Recipient::Refusal::InvalidNumber;
        r.reason = parsed.error;
        return r;
    }
    r.e164 = parsed.e164;
    r.profile.e164 = parsed.e164;
    auto id = ContactStore(db).findContact(parsed.e164);
    if (!id) {
        r.refusal = Recipient::Refusal::Storage;
        r.reason = id.error().message();
        return r;
    }
    if (*id == 0)
        return r; // a new customer: nothing refused yet
    auto profile = ContactProfiles::load(db, *id);
    if (!profile) {
        r.refusal = Recipient::Refusal::Storage;
        r.reason = profile.error().message();
        return r;
    }
    r.profile = *profile;
    const QString who = profile->displayName.trimmed().isEmpty()
        ? PhoneNumbers::display(parsed.e164, region)
        : profile->displayName.trimmed();
    if (proactive) {
        auto refusal = Consent::proactiveRefusalFor(db, parsed.e164, who);
        if (!refusal) {
            r.refusal = Recipient::Refusal::Storage;
            r.reason = refusal.error().message();
        } else if (!refusal->allowed()) {
            r.refusal = refusal->kind == Consent::ProactiveRefusal::Kind::OptedOut
                ? Recipient::Refusal::OptedOut
                : Recipient::Refusal::RevocationPending;
            r.reason = refusal->words;
        }
        return r;
    }
    auto refusal = Consent::refusalFor(db, parsed.e164, who); // the outbox's own check and words
    if (!refusal) {
        r.refusal = Recipient::Refusal::Storage;
        r.reason = refusal.error().message();
    } else if (!refusal->isEmpty()) {
        r.refusal = Recipient::Refusal::OptedOut;
        r.reason = *refusal;
    }
    return r;
}

} // namespace textdesk::sync
