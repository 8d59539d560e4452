#include "ProviderTypes.h"

namespace textdesk::provider {

bool ProviderMessage::isFinal() const
{
    static const QStringList finalStatuses = {
        QStringLiteral("delivered"), QStringLiteral("undelivered"), QStringLiteral("failed"),
        QStringLiteral("received"),  QStringLiteral("read"),        QStringLiteral("canceled"),
    };
    return finalStatuses.contains(status);
}

QString ProviderMedia::contentUri() const
{
    return uri.endsWith(QLatin1String(".json")) ? uri.chopped(5) : uri;
}

} // namespace textdesk::provider
