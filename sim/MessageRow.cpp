#include "MessageRow.h"

namespace textdesk::sim {

namespace {

const char *const kStatusNames[] = {
    "accepted",    "scheduled", "queued",    "sending",  "sent", "delivered",
    "undelivered", "failed",    "receiving", "received", "read", "canceled",
};

const char *const kDirectionNames[]
    = { "inbound", "outbound-api", "outbound-call", "outbound-reply" };

} // namespace

QString statusName(Status status)
{
    return QLatin1String(kStatusNames[int(status)]);
}

std::optional<Status> statusFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kStatusNames)); ++i) {
        if (name == QLatin1String(kStatusNames[i]))
            return Status(i);
    }
    return std::nullopt;
}

QString directionName(Direction direction)
{
    return QLatin1String(kDirectionNames[int(direction)]);
}

bool isFinal(Status status)
{
    switch (status) {
    case Status::Delivered:
    case Status::Undelivered:
    case Status::Failed:
    case Status::Received:
    case Status::Read:
    case Status::Canceled:
        return true;
    default:
        return false;
    }
}

} // namespace textdesk::sim
