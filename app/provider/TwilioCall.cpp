#include "TwilioCall.h"

#include "ProviderJob.h"
#include "TwilioJson.h"

#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslError>

Q_LOGGING_CATEGORY(lcProvider, "textdesk.provider", QtInfoMsg)

namespace textdesk::provider {

qint64 RetryPolicy::backoffMs(int failedAttempts) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(maxDelayMs, baseDelayMs << std::min(exponent, 20));
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    return static_cast<qint64>(r * double(ceiling));
}

namespace {

using Kind = ProviderError::Kind;

// Failures that happen before a request can have left this machine.
bool failsBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    // QNetworkReply maps 4xx/5xx answers to codes from 200 up (content, protocol, server
    // errors); 1–199 are the connection and the proxy failing, whatever status came before.
    return error == QNetworkReply::NoError || error >= 200;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("https") ? 443 : 80)
        == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// Where bytes may be fetched from: https, or plain http on this machine (the simulator).
bool isSafeToFetch(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return !url.host().isEmpty();
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

constexpr int kMaxHops = 5;

} // namespace

TwilioCall::TwilioCall(QNetworkAccessManager *network, QByteArray authorization,
                       QByteArray userAgent, HttpRequest request, RetryPolicy policy,
                       ProviderJob *job, SuccessHandler onSuccess)
    : QObject(job)
    , m_network(network)
    , m_authorization(std::move(authorization))
    , m_userAgent(std::move(userAgent))
    , m_request(std::move(request))
    , m_policy(std::move(policy))
    , m_job(job)
    , m_onSuccess(std::move(onSuccess))
{
    m_inactivity.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, &TwilioCall::onInactive);
    connect(&m_retryTimer, &QTimer::timeout, this, &TwilioCall::sendAttempt);
    connect(job, &ProviderJob::cancelRequested, this, [this] {
        m_retryTimer.stop();
        abortReply();
    });
}

TwilioCall::~TwilioCall()
{
    abortReply();
}

void TwilioCall::start()
{
    // Queued, so a job never finishes before its creator has connected to it.
    QMetaObject::invokeMethod(this, &TwilioCall::sendAttempt, Qt::QueuedConnection);
}

void TwilioCall::sendAttempt()
{
    if (m_job->isFinished())
        return;
    ++m_attempt;
    m_bodySent = false;
    m_timedOut = false;
    m_tooLarge = false;
    m_hops = 0;
    sendTo(m_request.url, true);
}

void TwilioCall::sendTo(const QUrl &url, bool withCredentials)
{
    m_url = url;
    QNetworkRequest request(url);
    if (withCredentials && !m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (withCredentials)
        request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    // Qt keeps a raw Authorization header across a redirect to another origin: every redirect
    // comes back to handleRedirect() to be judged.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_request.method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          m_request.contentType.isEmpty()
                              ? QByteArrayLiteral("application/x-www-form-urlencoded")
                              : m_request.contentType);

    qCDebug(lcProvider) << m_request.method << url.host() << url.path() << "attempt" << m_attempt
                        << "hop" << m_hops;
    QNetworkReply *reply = m_request.method == "POST"
        ? m_network->post(request, m_request.body)
        : m_network->sendCustomRequest(request, m_request.method);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &TwilioCall::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            m_bodySent = true;
        onActivity();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        // The body of a non-idempotent request is surely with the server once it answers.
        m_bodySent = true;
        onActivity();
        if (std::max(received, total) > m_request.maxBytes) {
            m_tooLarge = true;
            abortReply();
        } else {
            emit m_job->progress(received, total);
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        // Never ignored: the reply then fails with SslHandshakeFailedError, reported below.
        for (const QSslError &error : errors)
            qCWarning(lcProvider) << "TLS:" << error.errorString();
    });
    m_inactivity.start(int(m_policy.inactivityTimeoutMs));
}

void TwilioCall::onActivity()
{
    if (m_reply)
        m_inactivity.start(int(m_policy.inactivityTimeoutMs));
}

void TwilioCall::onInactive()
{
    m_timedOut = true;
    abortReply();
}

void TwilioCall::abortReply()
{
    m_inactivity.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        // finished() is emitted synchronously by abort(); it must come back here only when
        // the abort is ours to classify (timeout, too large), not on cancel or destruction.
        if (m_timedOut || m_tooLarge) {
            m_reply = reply;
            reply->abort();
        } else {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void TwilioCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    m_inactivity.stop();
    reply->deleteLater();
    if (m_job->isFinished())
        return;

    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_tooLarge) {
        finish(ProviderError(Kind::TooLarge, status));
        return;
    }
    if (m_timedOut) {
        // The body may be with the provider; for a create that is not a failure we may repeat.
        const bool safe = m_request.idempotent || !m_bodySent;
        retryOrFinish(ProviderError(safe ? Kind::Timeout : Kind::Uncertain, status), safe);
        return;
    }
    if (status == 0 || !isHttpStatusError(networkError)) {
        if (networkError == QNetworkReply::SslHandshakeFailedError) {
            finish(ProviderError(Kind::TlsError, 0, 0, reply->errorString()));
            return;
        }
        const bool notSent = failsBeforeSending(networkError) || !m_bodySent;
        const bool safe = m_request.idempotent || notSent;
        ProviderError error(safe ? Kind::Offline : Kind::Uncertain, status, 0,
                            reply->errorString());
        if (!notSent && safe)
            error = ProviderError(Kind::ProviderDown, status, 0, reply->errorString());
        retryOrFinish(error, safe);
        return;
    }

    if (isRedirect(status)) {
        handleRedirect(reply, status);
        return;
    }

    const QByteArray body = reply->readAll();
    bool lengthKnown = false;
    const qint64 declaredLength
        = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&lengthKnown);
    if (lengthKnown && body.size() < declaredLength) {
        // The connection broke mid-body; Qt 6.4 may still call that a success. The answer is
        // lost, but a create it answered has happened: Uncertain, not a failure to repeat.
        const bool safe = m_request.idempotent;
        retryOrFinish(ProviderError(safe ? Kind::ProviderDown : Kind::Uncertain, status, 0,
                                    QStringLiteral("answer cut off after %1 of %2 bytes")
                                        .arg(body.size())
                                        .arg(declaredLength)),
                      safe);
        return;
    }
    if (status >= 200 && status < 300) {
        ProviderError error
            = m_onSuccess(body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        if (error.kind() == Kind::BadResponse && !m_request.idempotent) {
            // The provider accepted the create but we cannot read what it said about it.
            error = ProviderError(Kind::Uncertain, status, 0, error.providerMessage());
        }
        finish(error);
        return;
    }

    ProviderError error = twilio::parseError(body, status);
    if (const auto wait = twilio::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                  QDateTime::currentMSecsSinceEpoch())) {
        error.setRetryAfterMs(*wait);
    }
    if (status == 429) {
        // The provider documents 429 as "not processed": repeating is safe even for a create.
        retryOrFinish(error, true);
    } else if (status >= 500) {
        const bool safe = m_request.idempotent;
        if (!safe)
            error = ProviderError(Kind::Uncertain, status, error.providerCode(),
                                  error.providerMessage());
        retryOrFinish(error, safe);
    } else {
        finish(error);
    }
}

bool TwilioCall::handleRedirect(QNetworkReply *reply, int status)
{
    QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!target.isValid() || target.isEmpty())
        target = QUrl(QString::fromLatin1(reply->rawHeader("Location")));
    target = m_url.resolved(target);
    const QString where = target.scheme() + QStringLiteral("://") + target.host()
        + (target.port() > 0 ? QStringLiteral(":%1").arg(target.port()) : QString());
    const auto refuse = [&](const QString &why) {
        finish(ProviderError(Kind::Redirected, status, 0, why));
        return false;
    };
    if (!target.isValid() || target.host().isEmpty())
        return refuse(QStringLiteral("a redirect without a usable address"));
    if (m_request.method != "GET") {
        // A create answered by a redirect was not processed; it is never posted anywhere else.
        return refuse(QStringLiteral("%1 redirected to %2; not repeated there")
                          .arg(QString::fromLatin1(m_request.method), where));
    }
    if (++m_hops > kMaxHops)
        return refuse(QStringLiteral("too many redirects (the last to %1)").arg(where));
    if (m_request.followRedirects) {
        // The bytes live elsewhere: fetched there without the account's credentials.
        if (!isSafeToFetch(target))
            return refuse(QStringLiteral("a redirect to %1, which is not https").arg(where));
        sendTo(target, false);
        return true;
    }
    if (!sameOrigin(target, m_url) || !isSafeToFetch(target))
        return refuse(QStringLiteral("a redirect to another server, %1; not followed").arg(where));
    // The same server: the credentials go where they already went.
    sendTo(target, true);
    return true;
}

void TwilioCall::retryOrFinish(ProviderError error, bool safeToRepeat)
{
    error.setAttempts(m_attempt);
    if (!safeToRepeat || m_attempt >= m_policy.maxAttempts) {
        finish(error);
        return;
    }
    qint64 delay = m_policy.backoffMs(m_attempt);
    if (error.retryAfterMs() > 0) {
        if (error.retryAfterMs() > m_policy.maxRetryAfterMs) {
            finish(error); // the caller schedules it; holding a job for minutes helps nobody
            return;
        }
        delay = error.retryAfterMs();
    }
    qCInfo(lcProvider).noquote() << m_request.method << m_request.url.path()
                                 << "failed:" << error.details() << "- retrying in" << delay
                                 << "ms";
    emit m_job->retrying(error, m_attempt, delay);
    m_retryTimer.start(int(delay));
}

void TwilioCall::finish(const ProviderError &error)
{
    ProviderError final = error;
    if (final.attempts() == 0)
        final.setAttempts(m_attempt);
    if (final.isError()) {
        qCInfo(lcProvider).noquote()
            << m_request.method << m_request.url.path() << "->" << final.details();
    }
    m_job->finish(final);
}

} // namespace textdesk::provider
