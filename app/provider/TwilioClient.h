#pragma once

#include "ProviderConfig.h"
#include "ProviderJob.h"

class QNetworkAccessManager;

namespace textdesk::provider {

struct HttpRequest;

// Provider over Twilio's Programmable Messaging REST API (2010-04-01, .json paths), one job
// per call on the injected QNetworkAccessManager.
class TwilioClient final : public Provider
{
    Q_OBJECT
public:
    TwilioClient(QNetworkAccessManager *network, ProviderConfig config, QObject *parent = nullptr);

    const ProviderConfig &config() const { return m_config; }

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
    ProviderConfig m_config;
    QByteArray m_authorization;
    QByteArray m_userAgent;
};

} // namespace textdesk::provider
