#include "Scenario.h"

namespace textdesk::sim {

std::unique_ptr<Scenario> makeEmptyScenario();

std::unique_ptr<Scenario> makeScenario(const QString &name, quint32 seed)
{
    Q_UNUSED(seed)
    if (name == QLatin1String("empty"))
        return makeEmptyScenario();
    return nullptr; // "demo" lands with DemoScenario.cpp
}

QStringList scenarioNames()
{
    return { QStringLiteral("empty") };
}

} // namespace textdesk::sim
