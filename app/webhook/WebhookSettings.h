#pragma once

#include "WebhookReceiver.h"

#include <optional>

namespace textdesk::provider {

// The webhook endpoint a workspace asks for: [webhook] port=… listen=… in its workspace.ini,
// and the public address the provider calls (ProviderSettings::webhookPublicUrl, refused at
// start when it is plain http beyond this computer); nullopt when it has none (the default:
// sync polls). The app and `textdesk serve` read it the same way.
std::optional<WebhookReceiver::Config> webhookConfig(const QString &settingsPath,
                                                     const QByteArray &signingToken);

// The token that signs the provider's webhooks: the account's Auth Token. With an API key the
// API secret is not it, so the Auth Token must be given apart (`webhookToken`, e.g.
// TEXTDESK_WEBHOOK_AUTH_TOKEN); empty when it is missing (webhooks then stay off).
QByteArray webhookSigningToken(bool usesApiKey, const QByteArray &secret,
                               const QByteArray &webhookToken);

} // namespace textdesk::provider
