#pragma once

#include "ProviderError.h"
#include "RetryPolicy.h"

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace textdesk::provider {

class ProviderJob;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // form-encoded, for POST (or contentType)
    QByteArray contentType; // of a POST body; empty: application/x-www-form-urlencoded
    // Safe to repeat when the outcome is unknown (GET, DELETE, a redaction). A create is not:
    // once its body may have reached the provider, the call ends Uncertain instead.
    bool idempotent = true;
    qint64 maxBytes = 8 * 1024 * 1024;
    // A media download: the provider answers with a redirect to a storage host holding the
    // bytes behind a signed URL. Followed (GET only, https or loopback) without credentials.
    // Anything else follows no redirect to another origin.
    bool followRedirects = false;
};

// The HTTP exchange behind one ProviderJob: sends, times out on inactivity, retries what is
// safe to retry, turns failures into ProviderError, and hands a 2xx body to `onSuccess`.
// A child of its job: cancelling or deleting the job ends it.
class TwilioCall : public QObject
{
    Q_OBJECT
public:
    using SuccessHandler
        = std::function<ProviderError(const QByteArray &body, const QByteArray &contentType)>;

    TwilioCall(QNetworkAccessManager *network, QByteArray authorization, QByteArray userAgent,
               HttpRequest request, RetryPolicy policy, ProviderJob *job, SuccessHandler onSuccess);
    ~TwilioCall() override;

    void start();

private:
    void sendAttempt();
    void sendTo(const QUrl &url, bool withCredentials);
    // A 3xx answer: true when followed (a new request is out), false when finish() was called.
    bool handleRedirect(QNetworkReply *reply, int status);
    void onReplyFinished();
    void onActivity();
    void onInactive();
    void abortReply();
    void retryOrFinish(ProviderError error, bool safeToRepeat);
    void finish(const ProviderError &error);

    QNetworkAccessManager *m_network;
    QByteArray m_authorization;
    QByteArray m_userAgent;
    HttpRequest m_request;
    RetryPolicy m_policy;
    ProviderJob *m_job;
    SuccessHandler m_onSuccess;

    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QTimer m_retryTimer;
    int m_attempt = 0;
    int m_hops = 0; // redirects followed in this attempt
    QUrl m_url; // where this attempt's current request went
    bool m_bodySent = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};

} // namespace textdesk::provider
