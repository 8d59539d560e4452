#include "Scenario.h"

namespace textdesk::sim {

namespace {

class EmptyScenario final : public Scenario
{
public:
    QStringList ourNumbers() const override { return { QStringLiteral("+15005550006") }; }
    QList<SeedMessage> history(const QDateTime &) const override { return {}; }
    QList<ScriptedInbound> reactTo(const QString &, const QString &, const QString &) override
    {
        return {};
    }
    QList<ScriptedInbound> tick(const QDateTime &) override { return {}; }
};

} // namespace

std::unique_ptr<Scenario> makeEmptyScenario()
{
    return std::make_unique<EmptyScenario>();
}

} // namespace textdesk::sim
