#include "ProviderFactory.h"

#include "provider/TwilioClient.h"

#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>

namespace textdesk::engine {

provider::Provider *makeProvider(QNetworkAccessManager *network,
                                 const provider::ProviderConfig &config, QObject *parent)
{
    const QString host = config.baseUrl.host();
    if (QHostAddress(host).isLoopback() || host == QLatin1String("localhost"))
        network->setProxy(QNetworkProxy::NoProxy);
    return new provider::TwilioClient(network, config, parent);
}

} // namespace textdesk::engine
