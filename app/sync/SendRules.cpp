#include "SendRules.h"

#include "phone/PhoneNumbers.h"
#include "storage/ContactStore.h"
#include "storage/States.h"

namespace textdesk::sync {

QString SendRules::optedOutReason(const QString &who)
{
    return tr("%1 texted STOP, so no message can be sent to them. They can text START to "
              "receive messages again.")
        .arg(who);
}

Recipient SendRules::check(Database &db, const QString &typedNumber, const QString &region)
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
    if (consentStateFromString(profile->consentState) == ConsentState::OptedOut) {
        r.refusal = Recipient::Refusal::OptedOut;
        const QString who = profile->displayName.trimmed().isEmpty()
            ? PhoneNumbers::display(parsed.e164, region)
            : profile->displayName.trimmed();
        r.reason = optedOutReason(who);
    }
    return r;
}

} // namespace textdesk::sync
