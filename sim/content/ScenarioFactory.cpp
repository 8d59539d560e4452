#include "Scenario.h"

namespace textdesk::sim {

std::unique_ptr<Scenario> makeEmptyScenario();
std::unique_ptr<Scenario> makeDemoScenario(quint32 seed);

std::unique_ptr<Scenario> makeScenario(const QString &name, quint32 seed)
{
    if (name == QLatin1String("demo"))
        return makeDemoScenario(seed);
    if (name == QLatin1String("empty"))
        return makeEmptyScenario();
    return nullptr;
}

QStringList scenarioNames()
{
    return { QStringLiteral("demo"), QStringLiteral("empty") };
}

} // namespace textdesk::sim
