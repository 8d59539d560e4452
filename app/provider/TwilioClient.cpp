#include "TwilioClient.h"

#include "TwilioCall.h"
#include "TwilioJson.h"
#include "core/Version.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>

namespace textdesk::provider {

namespace {

bool matchesSid(const QString &sid, QLatin1String prefixes)
{
    // prefixes: "SMMM" = SM or MM. 2 letters + 32 hex digits.
    if (sid.size() != 34)
        return false;
    bool prefixOk = false;
    for (qsizetype i = 0; i + 1 < prefixes.size(); i += 2)
        prefixOk |= sid.startsWith(prefixes.sliced(i, 2));
    if (!prefixOk)
        return false;
    for (qsizetype i = 2; i < sid.size(); ++i) {
        if (!isxdigit(sid.at(i).toLatin1()))
            return false;
    }
    return true;
}

} // namespace

QUrl ProviderConfig::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.twilio.com"));
}

// Twilio's SIDs: two letters and 32 hexadecimal digits.
bool ProviderCredentials::isAccountSid(const QString &sid)
{
    return matchesSid(sid, QLatin1String("AC"));
}

bool ProviderCredentials::isApiKeySid(const QString &sid)
{
    return matchesSid(sid, QLatin1String("SK"));
}

bool TwilioClient::isMessageSid(const QString &sid)
{
    return matchesSid(sid, QLatin1String("SMMM"));
}

bool TwilioClient::isMediaSid(const QString &sid)
{
    return matchesSid(sid, QLatin1String("ME"));
}

TwilioClient::TwilioClient(QNetworkAccessManager *network, ProviderConfig config, QObject *parent)
    : Provider(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    const QByteArray userPass
        = m_config.credentials.user().toUtf8() + ':' + m_config.credentials.secret;
    m_authorization = "Basic " + userPass.toBase64();
    m_userAgent = "Textdesk/" TEXTDESK_VERSION;
}

QUrl TwilioClient::accountUrl(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/2010-04-01/Accounts/") + m_config.credentials.accountSid
                + u'/' + path);
    return url;
}

QUrl TwilioClient::providerLink(const QString &link) const
{
    const QUrl relative(link);
    if (!relative.isValid() || link.isEmpty())
        return {};
    const QUrl resolved = m_config.baseUrl.resolved(relative);
    // The credentials go with every request: never to a host the user did not configure.
    if (resolved.scheme() != m_config.baseUrl.scheme() || resolved.host() != m_config.baseUrl.host()
        || resolved.port() != m_config.baseUrl.port()) {
        return {};
    }
    return resolved;
}

template<typename Job> Job *TwilioClient::refuse(ProviderError error)
{
    auto *job = new Job(this);
    QTimer::singleShot(0, job, [job, error] { job->finish(error); });
    return job;
}

MessageJob *TwilioClient::messageCall(HttpRequest request)
{
    auto *job = new MessageJob(this);
    auto *call
        = new TwilioCall(m_network, m_authorization, m_userAgent, std::move(request),
                         m_config.retry, job, [job](const QByteArray &body, const QByteArray &) {
                             ProviderError error;
                             if (auto message = twilio::parseMessageBody(body, &error))
                                 job->message = std::move(*message);
                             return error;
                         });
    call->start();
    return job;
}

MessageJob *TwilioClient::send(const OutgoingMessage &message)
{
    twilio::Fields form;
    form.append({ QStringLiteral("To"), message.to });
    if (!message.from.isEmpty())
        form.append({ QStringLiteral("From"), message.from });
    if (!message.messagingServiceSid.isEmpty())
        form.append({ QStringLiteral("MessagingServiceSid"), message.messagingServiceSid });
    if (!message.body.isEmpty())
        form.append({ QStringLiteral("Body"), message.body });
    for (const QUrl &media : message.mediaUrls)
        form.append({ QStringLiteral("MediaUrl"), media.toString(QUrl::FullyEncoded) });
    if (message.statusCallback.isValid())
        form.append({ QStringLiteral("StatusCallback"),
                      message.statusCallback.toString(QUrl::FullyEncoded) });
    if (message.validityPeriodSeconds > 0)
        form.append(
            { QStringLiteral("ValidityPeriod"), QString::number(message.validityPeriodSeconds) });
    if (message.sendAtMs > 0) {
        form.append({ QStringLiteral("ScheduleType"), QStringLiteral("fixed") });
        form.append(
            { QStringLiteral("SendAt"),
              QDateTime::fromMSecsSinceEpoch(message.sendAtMs, Qt::UTC).toString(Qt::ISODate) });
    }
    HttpRequest request;
    request.method = "POST";
    request.url = accountUrl(QStringLiteral("Messages.json"));
    request.body = twilio::formEncode(form);
    request.idempotent = false;
    return messageCall(std::move(request));
}

MessageJob *TwilioClient::fetch(const QString &messageSid)
{
    if (!isMessageSid(messageSid))
        return refuse<MessageJob>(ProviderError(ProviderError::Kind::NotFound, 0, 0, messageSid));
    HttpRequest request;
    request.url = accountUrl(QStringLiteral("Messages/%1.json").arg(messageSid));
    return messageCall(std::move(request));
}

MessageJob *TwilioClient::updateMessage(const QString &messageSid, const QByteArray &form)
{
    if (!isMessageSid(messageSid))
        return refuse<MessageJob>(ProviderError(ProviderError::Kind::NotFound, 0, 0, messageSid));
    HttpRequest request;
    request.method = "POST";
    request.url = accountUrl(QStringLiteral("Messages/%1.json").arg(messageSid));
    request.body = form;
    request.idempotent = true; // setting the same state twice has the same effect
    return messageCall(std::move(request));
}

MessageJob *TwilioClient::cancelScheduled(const QString &messageSid)
{
    return updateMessage(
        messageSid,
        twilio::formEncode({ { QStringLiteral("Status"), QStringLiteral("canceled") } }));
}

MessageJob *TwilioClient::redact(const QString &messageSid)
{
    return updateMessage(messageSid, twilio::formEncode({ { QStringLiteral("Body"), QString() } }));
}

ProviderJob *TwilioClient::deleteMessage(const QString &messageSid)
{
    if (!isMessageSid(messageSid))
        return refuse<ProviderJob>(ProviderError(ProviderError::Kind::NotFound, 0, 0, messageSid));
    auto *job = new ProviderJob(this);
    HttpRequest request;
    request.method = "DELETE";
    request.url = accountUrl(QStringLiteral("Messages/%1.json").arg(messageSid));
    auto *call = new TwilioCall(
        m_network, m_authorization, m_userAgent, std::move(request), m_config.retry, job,
        [](const QByteArray &, const QByteArray &) { return ProviderError(); });
    call->start();
    return job;
}

MessagePageJob *TwilioClient::pageCall(const QUrl &url)
{
    auto *job = new MessagePageJob(this);
    HttpRequest request;
    request.url = url;
    request.maxBytes = 64 * 1024 * 1024;
    auto *call
        = new TwilioCall(m_network, m_authorization, m_userAgent, std::move(request),
                         m_config.retry, job, [job](const QByteArray &body, const QByteArray &) {
                             ProviderError error;
                             if (auto page = twilio::parseMessagePage(body, &error))
                                 job->page = std::move(*page);
                             return error;
                         });
    call->start();
    return job;
}

MessagePageJob *TwilioClient::listMessages(const MessageQuery &query)
{
    twilio::Fields fields;
    if (!query.to.isEmpty())
        fields.append({ QStringLiteral("To"), query.to });
    if (!query.from.isEmpty())
        fields.append({ QStringLiteral("From"), query.from });
    if (!query.dateSentOnOrAfter.isEmpty())
        fields.append({ QStringLiteral("DateSent>"), query.dateSentOnOrAfter });
    if (!query.dateSentOnOrBefore.isEmpty())
        fields.append({ QStringLiteral("DateSent<"), query.dateSentOnOrBefore });
    if (query.pageSize > 0)
        fields.append(
            { QStringLiteral("PageSize"), QString::number(std::min(query.pageSize, 1000)) });
    QUrl url = accountUrl(QStringLiteral("Messages.json"));
    if (!fields.isEmpty())
        url.setQuery(QString::fromLatin1(twilio::formEncode(fields)), QUrl::StrictMode);
    return pageCall(url);
}

MessagePageJob *TwilioClient::nextPage(const QString &nextPageUri)
{
    const QUrl url = providerLink(nextPageUri);
    if (url.isEmpty()) {
        return refuse<MessagePageJob>(
            ProviderError(ProviderError::Kind::BadResponse, 0, 0,
                          QStringLiteral("unusable page link: %1").arg(nextPageUri)));
    }
    return pageCall(url);
}

MediaListJob *TwilioClient::listMedia(const QString &messageSid)
{
    if (!isMessageSid(messageSid))
        return refuse<MediaListJob>(ProviderError(ProviderError::Kind::NotFound, 0, 0, messageSid));
    auto *job = new MediaListJob(this);
    HttpRequest request;
    request.url = accountUrl(QStringLiteral("Messages/%1/Media.json").arg(messageSid));
    auto *call
        = new TwilioCall(m_network, m_authorization, m_userAgent, std::move(request),
                         m_config.retry, job, [job](const QByteArray &body, const QByteArray &) {
                             ProviderError error;
                             if (auto media = twilio::parseMediaList(body, &error))
                                 job->media = std::move(*media);
                             return error;
                         });
    call->start();
    return job;
}

MediaContentJob *TwilioClient::downloadMedia(const ProviderMedia &media, qint64 maxBytes)
{
    const QUrl url = providerLink(media.contentUri());
    if (url.isEmpty() || !isMediaSid(media.sid)) {
        return refuse<MediaContentJob>(
            ProviderError(ProviderError::Kind::BadResponse, 0, 0,
                          QStringLiteral("unusable media link: %1").arg(media.uri)));
    }
    auto *job = new MediaContentJob(this);
    HttpRequest request;
    request.url = url;
    request.maxBytes = maxBytes;
    request.followRedirects = true; // to the storage host, without credentials
    auto *call = new TwilioCall(
        m_network, m_authorization, m_userAgent, std::move(request), m_config.retry, job,
        [job, maxBytes](const QByteArray &body, const QByteArray &contentType) {
            if (body.size() > maxBytes)
                return ProviderError(ProviderError::Kind::TooLarge);
            job->content = body;
            job->contentType = QString::fromLatin1(contentType);
            return ProviderError();
        });
    call->start();
    return job;
}

bool TwilioClient::canUploadMedia() const
{
    const QUrl &url = m_config.mediaUploadUrl;
    return url.isValid()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

MediaUploadJob *TwilioClient::uploadMedia(const QByteArray &bytes, const QString &contentType)
{
    if (!canUploadMedia()) {
        return refuse<MediaUploadJob>(
            ProviderError(ProviderError::Kind::Rejected, 0, 0,
                          QStringLiteral("no media upload URL is configured for this workspace")));
    }
    auto *job = new MediaUploadJob(this);
    HttpRequest request;
    request.method = "POST";
    request.url = m_config.mediaUploadUrl;
    request.body = bytes;
    request.contentType = contentType.toLatin1();
    request.idempotent = true; // a second copy on the host is harmless
    request.maxBytes = 64 * 1024;
    const QUrl &base = m_config.baseUrl;
    const bool sameOrigin = request.url.scheme() == base.scheme()
        && request.url.host() == base.host() && request.url.port() == base.port();
    auto *call = new TwilioCall(
        m_network, sameOrigin ? m_authorization : QByteArray(), m_userAgent, std::move(request),
        m_config.retry, job, [job](const QByteArray &body, const QByteArray &) {
            const QJsonObject object = QJsonDocument::fromJson(body).object();
            const QUrl url(object.value(QLatin1String("url")).toString(), QUrl::StrictMode);
            if (!url.isValid() || url.isRelative()
                || (url.scheme() != QLatin1String("https")
                    && url.scheme() != QLatin1String("http")))
                return ProviderError(ProviderError::Kind::BadResponse, 0, 0,
                                     QStringLiteral("the media host answered without a usable "
                                                    "\"url\""));
            job->url = url;
            return ProviderError();
        });
    call->start();
    return job;
}

NumberListJob *TwilioClient::listNumbers()
{
    auto *job = new NumberListJob(this);
    HttpRequest request;
    request.url = accountUrl(QStringLiteral("IncomingPhoneNumbers.json"));
    request.url.setQuery(QStringLiteral("PageSize=1000"));
    auto *call
        = new TwilioCall(m_network, m_authorization, m_userAgent, std::move(request),
                         m_config.retry, job, [job](const QByteArray &body, const QByteArray &) {
                             ProviderError error;
                             if (auto numbers = twilio::parseNumbers(body, &error))
                                 job->numbers = std::move(*numbers);
                             return error;
                         });
    call->start();
    return job;
}

ProviderJob *TwilioClient::checkCredentials()
{
    if (!ProviderCredentials::isAccountSid(m_config.credentials.accountSid)) {
        return refuse<ProviderJob>(
            ProviderError(ProviderError::Kind::WrongCredentials, 0, 0,
                          QStringLiteral("not an Account SID (AC + 32 hex digits)")));
    }
    // One cheap call that needs exactly the permission Textdesk needs.
    auto *job = new ProviderJob(this);
    HttpRequest request;
    request.url = accountUrl(QStringLiteral("Messages.json"));
    request.url.setQuery(QStringLiteral("PageSize=1"));
    RetryPolicy once = m_config.retry;
    once.maxAttempts = 1; // the user is waiting for an answer, not for a retry schedule
    auto *call = new TwilioCall(m_network, m_authorization, m_userAgent, std::move(request), once,
                                job, [](const QByteArray &body, const QByteArray &) {
                                    ProviderError error;
                                    twilio::parseMessagePage(body, &error);
                                    return error;
                                });
    call->start();
    return job;
}

} // namespace textdesk::provider
