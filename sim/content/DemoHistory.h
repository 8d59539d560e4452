#pragma once

#include "DemoCast.h"

namespace textdesk::sim::demo {

// Every customer's conversation (and, for some, an older one), placed in the ~60 days before
// `now`, oldest first. The same cast, seed and now give the same messages.
QList<SeedMessage> demoHistory(const Cast &cast, quint32 seed, const QDateTime &now);

} // namespace textdesk::sim::demo
