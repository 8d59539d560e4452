#include "ProviderError.h"

namespace textdesk::provider {

ProviderError::ProviderError(Kind kind, int httpStatus, int providerCode, QString providerMessage)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_providerCode(providerCode)
    , m_providerMessage(std::move(providerMessage))
{ }

ProviderError::Kind ProviderError::kindForCode(int providerCode, int httpStatus)
{
    switch (providerCode) {
    case 20003:
        return Kind::WrongCredentials;
    case 20404:
        return Kind::NotFound;
    case 20429:
        return Kind::RateLimited;
    case 21211:
    case 21614:
        return Kind::InvalidNumber;
    case 21610:
        return Kind::OptedOut;
    case 21606:
        return Kind::NotOurNumber;
    case 21602:
    case 21603:
    case 21604:
        return Kind::MissingContent;
    case 21617:
        return Kind::MessageTooLong;
    case 21611:
        return Kind::QueueFull;
    case 35114:
    case 35115:
    case 35118:
        return Kind::SchedulingRejected;
    default:
        break;
    }
    if (httpStatus == 401 || httpStatus == 403)
        return Kind::WrongCredentials;
    if (httpStatus == 404)
        return Kind::NotFound;
    if (httpStatus == 429)
        return Kind::RateLimited;
    if (httpStatus >= 500)
        return Kind::ProviderDown;
    return Kind::Rejected;
}

bool ProviderError::isTransient() const
{
    switch (m_kind) {
    case Kind::RateLimited:
    case Kind::ProviderDown:
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::QueueFull:
        return true;
    default:
        return false;
    }
}

QString ProviderError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::WrongCredentials:
        return tr(
            "The provider did not accept the account SID and secret. Check them in Settings.");
    case Kind::NotFound:
        return tr("The provider does not know this message or account any more.");
    case Kind::InvalidNumber:
        return tr(
            "This phone number cannot receive text messages. Check the number with the customer.");
    case Kind::OptedOut:
        return tr("The customer has opted out (replied STOP). They must text START before you can "
                  "write to them again.");
    case Kind::NotOurNumber:
        return tr("The sending number is not one of this account's numbers.");
    case Kind::MissingContent:
        return tr("The message is missing a text, a sender or a recipient.");
    case Kind::MessageTooLong:
        return tr("The message is longer than 1,600 characters. Shorten it or split it.");
    case Kind::QueueFull:
        return tr("The provider's queue for this number is full. The message will be sent when it "
                  "has room.");
    case Kind::SchedulingRejected:
        return tr("The provider refused the scheduled time. Pick a time between 15 minutes and 35 "
                  "days from now.");
    case Kind::RateLimited:
        return tr("The provider is asking us to slow down. Textdesk will try again shortly.");
    case Kind::ProviderDown:
        return tr("The provider is having problems right now. Textdesk will try again shortly.");
    case Kind::Offline:
        return tr(
            "Cannot reach the provider. Check the network connection; Textdesk will keep trying.");
    case Kind::Timeout:
        return tr("The provider did not answer in time. Textdesk will try again shortly.");
    case Kind::Uncertain:
        return tr("The connection broke after the message was handed over. Textdesk will check "
                  "whether the provider received it before sending it again.");
    case Kind::TlsError:
        return tr("The secure connection to the provider could not be verified, so nothing was "
                  "sent. Check the system clock and any proxy.");
    case Kind::BadResponse:
        return tr("The provider sent an answer Textdesk cannot read.");
    case Kind::TooLarge:
        return tr("The file is larger than Textdesk accepts.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Rejected:
        return tr("The provider refused the request.");
    case Kind::Redirected:
        return tr("The provider's address sent Textdesk on to another server. Textdesk did not "
                  "follow, so the account's credentials stayed with the provider. Check the "
                  "provider address in Settings.");
    }
    return {};
}

QString ProviderError::details() const
{
    QString text = message();
    if (m_providerCode != 0 || !m_providerMessage.isEmpty()) {
        text += u' '
            + tr("(provider said: %1 %2)")
                  .arg(m_providerCode != 0 ? QString::number(m_providerCode) : QString(),
                       m_providerMessage)
                  .simplified();
    } else if (m_httpStatus != 0) {
        text += u' ' + tr("(HTTP %1)").arg(m_httpStatus);
    }
    return text;
}

} // namespace textdesk::provider
