#include "ProviderTypes.h"

#include "storage/States.h"

namespace textdesk::provider {

bool ProviderMessage::isFinal() const
{
    return state::isFinal(messageStatusFromString(status));
}

QString ProviderMedia::contentUri() const
{
    return uri.endsWith(QLatin1String(".json")) ? uri.chopped(5) : uri;
}

} // namespace textdesk::provider
