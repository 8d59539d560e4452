#include "WebhookSettings.h"

#include "workspace/ProviderSettings.h"

#include <QtCore/QSettings>

namespace textdesk::provider {

std::optional<WebhookReceiver::Config> webhookConfig(const QString &settingsPath,
                                                     const QByteArray &signingToken)
{
    const QSettings ini(settingsPath, QSettings::IniFormat);
    const int port = ini.value(QStringLiteral("webhook/port"), 0).toInt();
    if (port <= 0 || port > 65535)
        return std::nullopt;
    WebhookReceiver::Config config;
    config.address = QHostAddress(
        ini.value(QStringLiteral("webhook/listen"), QStringLiteral("127.0.0.1")).toString());
    config.port = quint16(port);
    config.publicBaseUrl = ProviderSettings::load(settingsPath).webhookPublicUrl;
    config.authToken = signingToken;
    return config;
}

QByteArray webhookSigningToken(bool usesApiKey, const QByteArray &secret,
                               const QByteArray &webhookToken)
{
    return usesApiKey ? webhookToken : secret;
}

} // namespace textdesk::provider
