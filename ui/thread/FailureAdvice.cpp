#include "FailureAdvice.h"

namespace textdesk {

QString FailureAdvice::forCode(int code)
{
    switch (code) {
    case 21211:
        return tr("The number is not a valid phone number. Check it in the customer's profile.");
    case 21408:
        return tr("Your account may not send to this country. Your administrator can allow it "
                  "in the provider's geographic permissions.");
    case 21610:
        return tr("The customer texted STOP, so the carrier blocks messages to them. They can "
                  "text START to receive messages again; add a note instead.");
    case 21611:
        return tr("Too many messages are waiting at the provider for this number. Retry in a "
                  "few minutes.");
    case 21612:
        return tr("This number cannot send to that customer (the route is not supported). Try "
                  "another of our numbers or call the customer.");
    case 21614:
        return tr("The customer's number is not a mobile number and cannot receive texts. Call "
                  "them, or ask for a mobile number.");
    case 21617:
        return tr("The message is longer than 1,600 characters. Shorten it or split it in two, "
                  "then send again.");
    case 30001:
    case 21601:
        return tr("The provider's queue was full. Retry in a few minutes.");
    case 30002:
        return tr("The provider account is suspended. Ask your administrator; retrying will "
                  "not help until it is active again.");
    case 30003:
        return tr("The customer's phone is off or out of coverage. Retry later.");
    case 30004:
        return tr("The customer's phone or carrier blocks messages from this number. Ask them "
                  "another way to unblock it, or call them.");
    case 30005:
        return tr("The number does not exist or is no longer in service. Check the number with "
                  "the customer.");
    case 30006:
        return tr("The number is a landline or its carrier cannot receive texts. Call the "
                  "customer instead.");
    case 30007:
        return tr("The carrier filtered the message as possible spam. Rewrite it without "
                  "links, shortened URLs or capitals, then retry.");
    case 30008:
        return tr("The carrier gave no reason. Retry once; if it fails again, call the "
                  "customer.");
    case 30022:
    case 30023:
        return tr("This number has sent more than its carrier allows today. Wait until "
                  "tomorrow or send from another of our numbers.");
    default:
        return {};
    }
}

QString FailureAdvice::describe(int code, const QString &providerMessage)
{
    if (const QString advice = forCode(code); !advice.isEmpty())
        return tr("%1 (error %2)", "advice (the provider's error code)").arg(advice).arg(code);
    if (!providerMessage.isEmpty())
        return providerMessage;
    return tr("The provider gave no reason.");
}

bool FailureAdvice::retryMayHelp(int code)
{
    switch (code) {
    case 21211:
    case 21408:
    case 21610:
    case 21612:
    case 21614:
    case 30002:
    case 30005:
    case 30006:
        return false;
    default:
        return true;
    }
}

} // namespace textdesk
