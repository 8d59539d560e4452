#pragma once

#include "StorageError.h"

#include <QStringList>

#include <vector>

namespace textdesk {

class Database;

// Every change to the cache's schema, numbered, in one place. A migration is never edited once
// released: a change is a new migration. The schema version is SQLite's user_version.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

namespace Migrations {
const std::vector<Migration> &all();
int latestVersion();
// Applies every migration after fromVersion in one transaction.
Status apply(Database &db, int fromVersion);
// For tests of upgrades: brings an empty or older cache to exactly `version`.
Status applyUpTo(Database &db, int fromVersion, int version);
} // namespace Migrations

} // namespace textdesk
