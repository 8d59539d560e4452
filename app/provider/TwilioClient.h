#pragma once

#include "ProviderJob.h"
#include "RetryPolicy.h"

#include <QtCore/QUrl>

class QNetworkAccessManager;

namespace textdesk::provider {

struct HttpRequest;

// Who we are to Twilio. The secret lives here in memory only: never in settings, logs or the
// database (the UI keeps it in the OS keychain).
struct TwilioCredentials
{
    QString accountSid; // AC…, always in the path
    QString apiKeySid; // SK…; empty: authenticate with the Account SID and Auth Token
    QByteArray secret; // the Auth Token, or the API key's secret

    QString user() const { return apiKeySid.isEmpty() ? accountSid : apiKeySid; }
    static bool isAccountSid(const QString &sid);
    static bool isApiKeySid(const QString &sid);
};

struct TwilioConfig
{
    QUrl baseUrl
        = QUrl(QStringLiteral("https://api.twilio.com")); // a regional edge, or the simulator
    TwilioCredentials credentials;
    RetryPolicy retry;
    // Where outgoing MMS files are uploaded (POST of the bytes with their Content-Type, answered
    // by JSON {"url": "…"}): the training simulator's /sim/media, or the company's own file
    // host. Twilio's Messages API has no upload of its own. Empty: pictures cannot be sent.
    // The account's credentials go only to an upload URL on the provider's own origin.
    QUrl mediaUploadUrl;
};

// Provider over Twilio's Programmable Messaging REST API (2010-04-01, .json paths), one job
// per call on the injected QNetworkAccessManager.
class TwilioClient final : public Provider
{
    Q_OBJECT
public:
    TwilioClient(QNetworkAccessManager *network, TwilioConfig config, QObject *parent = nullptr);

    const TwilioConfig &config() const { return m_config; }

    MessageJob *send(const OutgoingMessage &message) override;
    MessageJob *fetch(const QString &messageSid) override;
    MessagePageJob *listMessages(const MessageQuery &query) override;
    MessagePageJob *nextPage(const QString &nextPageUri) override;
    MessageJob *cancelScheduled(const QString &messageSid) override;
    MessageJob *redact(const QString &messageSid) override;
    ProviderJob *deleteMessage(const QString &messageSid) override;
    MediaListJob *listMedia(const QString &messageSid) override;
    MediaContentJob *downloadMedia(const ProviderMedia &media, qint64 maxBytes) override;
    bool canUploadMedia() const override;
    MediaUploadJob *uploadMedia(const QByteArray &bytes, const QString &contentType) override;
    NumberListJob *listNumbers() override;
    ProviderJob *checkCredentials() override;

    static bool isMessageSid(const QString &sid);
    static bool isMediaSid(const QString &sid);

private:
    QUrl accountUrl(const QString &path) const;
    // A link the provider gave us (relative, or absolute on our own host); empty if foreign.
    QUrl providerLink(const QString &link) const;
    MessageJob *messageCall(HttpRequest request);
    MessageJob *updateMessage(const QString &messageSid, const QByteArray &form);
    MessagePageJob *pageCall(const QUrl &url);
    template<typename Job> Job *refuse(ProviderError error);

    QNetworkAccessManager *m_network;
    TwilioConfig m_config;
    QByteArray m_authorization;
    QByteArray m_userAgent;
};

} // namespace textdesk::provider
