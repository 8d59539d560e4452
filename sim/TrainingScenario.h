#pragma once

#include "Scenario.h"

#include <memory>

// A training scenario's customer in the simulator: the same rules (training::CustomerPlayer) as
// `textdesk training run`, played at human pace on the simulator's clock, reacting to the words
// of each message the agent's client sends.
namespace textdesk::sim {

// "training:FILE" or "training:ID" (a built-in scenario) as a scenario name.
bool isTrainingScenarioName(const QString &name);

// `minuteMs`: how long a scenario minute lasts (60000 in the app; tests make it short).
std::unique_ptr<Scenario> makeTrainingScenario(const QString &name, quint32 seed, int minuteMs,
                                               QString *error);

} // namespace textdesk::sim
