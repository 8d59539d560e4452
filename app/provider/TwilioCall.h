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
    bool m_bodySent = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};

} // namespace textdesk::provider
