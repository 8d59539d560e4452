#pragma once

#include "sms/SegmentCounter.h"

#include <algorithm>

namespace textdesk::sim {

// num_segments as the provider reports it: at least 1, also for a media-only message.
inline int segmentCount(const QString &body)
{
    return std::max(1, sms::analyse(body).segments);
}

} // namespace textdesk::sim
