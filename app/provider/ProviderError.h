#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace textdesk::provider {

// Why a provider call did not do what was asked, in words a person understands, keeping what
// the provider itself said (code and message) for support and logs.
class ProviderError
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::provider::ProviderError)
public:
    enum class Kind {
        None,
        WrongCredentials, // 401 / 20003
        NotFound, // 404 / 20404
        InvalidNumber, // 21211, 21614: the customer's number cannot receive messages
        OptedOut, // 21610: the customer texted STOP
        NotOurNumber, // 21606: "From" is not one of the account's numbers
        MissingContent, // 21602, 21603, 21604: no body, no sender, no recipient
        MessageTooLong, // 21617
        QueueFull, // 21611: the sender's queue at the provider is full
        SchedulingRejected, // 35114, 35115, 35118
        RateLimited, // 429 / 20429: too many requests, retried and still refused
        ProviderDown, // 5xx
        Offline, // no connection to the provider at all
        Timeout, // the provider did not answer in time (and nothing was sent, or it is safe)
        Uncertain, // the request may have reached the provider: check before repeating it
        TlsError, // the connection is not trustworthy; never ignored
        BadResponse, // the provider answered something we cannot read
        TooLarge, // a download is bigger than the cap
        Cancelled, // cancelled by the user or the program
        Rejected, // any other 4xx the provider explained itself
        Redirected, // sent to another server; not followed with the account's credentials
    };

    ProviderError() = default;
    ProviderError(Kind kind, int httpStatus = 0, int providerCode = 0,
                  QString providerMessage = {});

    // From a provider error code (Twilio's numbering) and HTTP status.
    static Kind kindForCode(int providerCode, int httpStatus);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    int providerCode() const { return m_providerCode; }
    QString providerMessage() const { return m_providerMessage; }
    // Milliseconds the provider asked us to wait (Retry-After), 0 if it did not say.
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    void setRetryAfterMs(qint64 ms) { m_retryAfterMs = ms; }
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }

    // Worth trying again later as is (offline, provider down, rate limited, timeout).
    bool isTransient() const;

    // What happened and what to do, for a person (translated).
    QString message() const;
    // message() plus the provider's own code and words, for logs and details panes.
    QString details() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_providerCode = 0;
    QString m_providerMessage;
    qint64 m_retryAfterMs = 0;
    int m_attempts = 0;
};

} // namespace textdesk::provider
