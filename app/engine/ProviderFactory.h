#pragma once

#include "provider/ProviderConfig.h"
#include "provider/ProviderJob.h"

class QNetworkAccessManager;

namespace textdesk::engine {

// The one place outside provider/ that picks a provider implementation: the engine, `textdesk
// configure` and `textdesk send` get theirs here. A provider on this machine (the training
// simulator, a test's) is reached without the system's proxy.
provider::Provider *makeProvider(QNetworkAccessManager *network,
                                 const provider::ProviderConfig &config, QObject *parent = nullptr);

} // namespace textdesk::engine
