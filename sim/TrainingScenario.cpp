#include "TrainingScenario.h"

#include "training/CustomerPlayer.h"
#include "training/ReplyAnalysis.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>

#include <cmath>

namespace textdesk::sim {

namespace {

const QLatin1String kPrefix("training:");

MediaKind mediaKind(const QString &name)
{
    if (name == QLatin1String("screenshot"))
        return MediaKind::Screenshot;
    if (name == QLatin1String("video"))
        return MediaKind::Video;
    if (name == QLatin1String("pdf"))
        return MediaKind::Pdf;
    return MediaKind::Photo;
}

class TrainingScenario final : public Scenario
{
public:
    TrainingScenario(const training::Scenario &scenario, quint32 seed, int minuteMs)
        : m_player(scenario, seed, training::defaultJargon())
        , m_minuteMs(std::max(1, minuteMs))
    { }

    QStringList ourNumbers() const override { return { m_player.scenario().ourNumber }; }

    QList<SeedMessage> history(const QDateTime &) const override { return {}; }

    QList<ScriptedInbound> reactTo(const QString &customer, const QString &,
                                   const QString &body) override
    {
        const int index = m_player.scenario().customerIndex(customer);
        if (index < 0 || m_started < 0)
            return {};
        const double now = minutesAt(QDateTime::currentMSecsSinceEpoch());
        return inbound(m_player.react(index, body, now), now);
    }

    QList<ScriptedInbound> tick(const QDateTime &now) override
    {
        if (m_started < 0) {
            // The scenario starts when the simulator's clock first ticks.
            m_started = now.toMSecsSinceEpoch();
            return inbound(m_player.openings(), 0);
        }
        const double minutes = minutesAt(now.toMSecsSinceEpoch());
        return inbound(m_player.ignoredUntil(minutes), minutes);
    }

private:
    double minutesAt(qint64 ms) const { return double(ms - m_started) / m_minuteMs; }

    QList<ScriptedInbound> inbound(const QList<training::CustomerMessage> &messages, double now)
    {
        QList<ScriptedInbound> out;
        for (const training::CustomerMessage &m : messages) {
            ScriptedInbound in;
            in.customer = m_player.scenario().customers.at(m.customer).number;
            in.ourNumber = m_player.scenario().ourNumber;
            in.body = m.text;
            if (!m.media.isEmpty())
                in.media = { mediaKind(m.media) };
            in.delayMs = int(std::lround(std::max(0.0, m.atMinutes - now) * m_minuteMs));
            out << in;
        }
        return out;
    }

    training::CustomerPlayer m_player;
    const int m_minuteMs;
    qint64 m_started = -1;
};

} // namespace

bool isTrainingScenarioName(const QString &name)
{
    return name.startsWith(kPrefix);
}

std::unique_ptr<Scenario> makeTrainingScenario(const QString &name, quint32 seed, int minuteMs,
                                               QString *error)
{
    QList<training::ScenarioError> errors;
    const auto scenario = training::ScenarioLoader::load(name.mid(kPrefix.size()), &errors);
    if (!scenario) {
        QStringList lines;
        for (const training::ScenarioError &e : errors)
            lines << e.toString();
        *error = QCoreApplication::translate("textdesk::sim::Simulator",
                                             "The training scenario \"%1\" cannot be used: %2")
                     .arg(name.mid(kPrefix.size()), lines.join(QLatin1String("; ")));
        return nullptr;
    }
    return std::make_unique<TrainingScenario>(*scenario, seed, minuteMs);
}

} // namespace textdesk::sim
