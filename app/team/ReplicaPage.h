#pragma once

#include "TeamFeed.h"
#include "storage/Database.h"

namespace textdesk::team {

// Writes one page of the team's change feed into the cache, inside the caller's transaction
// (TeamReplica::apply holds it, with the cursor): the rows as the cache keeps them (see
// TeamReplica and docs/team.md for the mapping). How many messages and notes were new.
Result<qint64> writeReplicaPage(Database &cache, const FeedPage &page, qint64 nowMs);

} // namespace textdesk::team
