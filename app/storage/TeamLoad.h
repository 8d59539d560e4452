#pragma once

#include "Database.h"

#include <QList>
#include <QString>

namespace textdesk {

// The team's load at a glance (View → Team): per agent, the conversations assigned that are
// open, pending or snoozed, and how many customers wait for an answer; agent 0 is the
// unassigned queue. From the cache, so the same for a single desktop and a team desktop (whose
// replica writes the team's agents and assignments here).
namespace TeamLoad {

struct Agent
{
    qint64 id = 0;
    QString name;
};

struct Load
{
    qint64 agentId = 0; // 0: nobody (the unassigned queue)
    int open = 0;
    int pending = 0;
    int snoozed = 0;
    // Open or pending, the customer wrote last and has not opted out: they wait for a reply.
    int waiting = 0;
    qint64 oldestWaitingSince = 0; // ms since the epoch; 0: nobody waits
};

// The agents one can assign to, by name without case and accents, then as the user's language
// sorts them; a team replica's placeholders (no name yet) left out.
Result<QList<Agent>> agents(Database &db);
// One grouped query over the conversations that are not resolved (by the status index); an
// agent with nothing assigned has no row.
Result<QList<Load>> loads(Database &db);

} // namespace TeamLoad
} // namespace textdesk
