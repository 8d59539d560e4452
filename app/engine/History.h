#pragma once

#include "storage/Database.h"

#include <QtCore/QString>

#include <optional>

namespace textdesk::engine {

// How far back the first sync of a workspace goes: `[sync] history_days` in workspace.ini
// (default 90) or `textdesk sync --history-days N|all`. A longer horizon later fetches the
// older stretch once.
namespace History {

constexpr int kDefaultDays = 90;

// "all" → 0 (everything the provider lists), "N" (N ≥ 1) → N days in ms; nullopt when neither.
std::optional<qint64> parseDays(const QString &text);
// The workspace's setting; an unreadable value falls back to the default, with *problem set.
qint64 configuredHorizonMs(const QString &settingsPath, QString *problem = nullptr);
// From which date history is cached: "all", an ISO date (UTC), or empty before a first sync.
QString cachedFrom(Database &db);

} // namespace History

} // namespace textdesk::engine
