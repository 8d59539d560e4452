#pragma once

#include "TeamError.h"

#include <QSqlDatabase>
#include <QStringList>

namespace textdesk::team {

// The team store's schema in PostgreSQL: numbered migrations of its own (not the cache's), kept in
// `textdesk_schema`. A database written by a newer Textdesk is refused with both versions named;
// nothing is ever downgraded. docs/team.md lists the tables, the roles and what each role may do.
namespace TeamSchema {

// The group roles that `team add-agent` puts each login in (cluster-wide names: one team per
// PostgreSQL server, or per set of these roles).
inline constexpr const char *kAgentRole = "textdesk_agent";
inline constexpr const char *kLeadRole = "textdesk_lead";
inline constexpr const char *kAdminRole = "textdesk_admin";

int supportedVersion();

// The version the database holds: 0 for an empty database; NotATeamDatabase is never returned.
TeamResult<int> storedVersion(const QSqlDatabase &db);

// For a client: Ok when the database holds exactly this Textdesk's schema; NotATeamDatabase,
// NewerSchema or OlderSchema (the administrator runs `team init` again to upgrade) otherwise.
TeamStatus check(const QSqlDatabase &db);

// For `team init`: creates the roles, then applies the missing migrations in one transaction
// under an advisory lock (two at once wait for each other). Returns the version it left.
TeamResult<int> migrate(const QSqlDatabase &db);

// The statements of migration `version` (1-based), for the tests' digest of the schema.
QStringList migrationStatements(int version);

} // namespace TeamSchema
} // namespace textdesk::team
