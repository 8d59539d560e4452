#pragma once

#include "WebhookReceiver.h"

#include <optional>

namespace textdesk::provider {

// The webhook endpoint a workspace asks for: [webhook] port=… listen=… public_url=… in its
// workspace.ini; nullopt when it has none (the default: sync polls). The app and `textdesk
// serve` read it the same way.
std::optional<WebhookReceiver::Config> webhookConfig(const QString &settingsPath,
                                                     const QByteArray &signingToken);

} // namespace textdesk::provider
