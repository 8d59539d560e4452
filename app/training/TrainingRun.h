#pragma once

#include "Scoring.h"
#include "TrainingScenario.h"

// A scenario played headless: the scripted replies against the simulated customer
// (CustomerPlayer) on a FakeClock, turn by turn — the agent waits for the customer to finish
// typing, then replies `delayMinutes` later, while a customer left waiting escalates — and the
// transcript scored. `textdesk training run` and the tests use it.
namespace textdesk::training {

struct RunResult
{
    Transcript transcript;
    ScenarioScore score;
};

RunResult playScript(const Scenario &scenario, const QList<ScriptedReply> &replies, quint32 seed,
                     const QStringList &jargon);

QJsonObject toJson(const RunResult &result);

} // namespace textdesk::training
