#pragma once

#include "provider/ProviderConfig.h"

#include <QtCore/QCoreApplication>

namespace textdesk {

// Which provider a workspace talks to, as workspace.ini records it: the provider, its base
// URL and the account (and API key) SID. Never the secret: that comes from the keychain, or
// for headless use from TEXTDESK_AUTH_TOKEN or standard input.
struct ProviderSettings
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::ProviderSettings)
public:
    QString provider = QStringLiteral("twilio");
    QUrl baseUrl = provider::ProviderConfig::defaultBaseUrl();
    QString accountSid;
    QString apiKeySid;
    // [media] upload_url: where outgoing pictures are put for the provider to fetch (see
    // provider::ProviderConfig::mediaUploadUrl). Empty: pictures cannot be sent.
    QUrl mediaUploadUrl;
    // [webhook] public_url: the address the provider calls for webhooks (a reverse proxy with
    // TLS in front of the receiver). Empty: the receiver's own address.
    QUrl webhookPublicUrl;

    static ProviderSettings load(const QString &settingsPath);
    // false with *error (translated) when the file cannot be written.
    bool save(const QString &settingsPath, QString *error) const;
    // What is wrong with these settings, for a person; empty when they are usable.
    QString problem() const;
    // Why `url` may not carry the account's credentials or customers' messages, for a person;
    // empty when it is https, or plain http to this computer (a simulator, a local proxy).
    static QString insecureUrlProblem(const QUrl &url, const QString &what);

    provider::ProviderConfig providerConfig(const QByteArray &secret) const;
};

} // namespace textdesk
