#include "TrainingRun.h"

#include "CustomerPlayer.h"
#include "core/Clock.h"

#include <QtCore/QJsonArray>

#include <algorithm>

namespace textdesk::training {

namespace {

// After the last reply, how long a customer left waiting may still escalate.
constexpr double kEpilogueMinutes = 60;

class Runner
{
public:
    Runner(const Scenario &scenario, quint32 seed, const QStringList &jargon)
        : m_player(scenario, seed, jargon)
        , m_clock(0)
    { }

    Transcript run(const QList<ScriptedReply> &replies)
    {
        queue(m_player.openings());
        for (const ScriptedReply &reply : replies) {
            deliverUntil(latestPending()); // the agent lets the customer finish
            const double at = m_lastEvent + reply.delayMinutes;
            queue(m_player.ignoredUntil(at));
            deliverUntil(at);
            m_clock.setNow(qint64(at * 60'000));
            m_transcript << TranscriptMessage { reply.customer, true, reply.text, QString(), at };
            m_lastEvent = at;
            queue(m_player.react(reply.customer, reply.text, at));
        }
        deliverUntil(latestPending());
        const double end = m_lastEvent + kEpilogueMinutes;
        queue(m_player.ignoredUntil(end));
        deliverUntil(end);
        return m_transcript;
    }

private:
    void queue(const QList<CustomerMessage> &messages)
    {
        m_pending << messages;
        std::stable_sort(m_pending.begin(), m_pending.end(),
                         [](const CustomerMessage &a, const CustomerMessage &b) {
                             return a.atMinutes < b.atMinutes;
                         });
    }

    double latestPending() const
    {
        return m_pending.isEmpty() ? m_lastEvent : m_pending.last().atMinutes;
    }

    // Customer messages arrive in time order as the clock moves to each.
    void deliverUntil(double minutes)
    {
        while (!m_pending.isEmpty() && m_pending.first().atMinutes <= minutes) {
            const CustomerMessage m = m_pending.takeFirst();
            m_clock.setNow(std::max(m_clock.nowMs(), qint64(m.atMinutes * 60'000)));
            m_transcript << TranscriptMessage { m.customer, false, m.text, m.media,
                                                m_clock.nowMs() / 60'000.0 };
            m_lastEvent = std::max(m_lastEvent, m.atMinutes);
        }
    }

    CustomerPlayer m_player;
    FakeClock m_clock;
    QList<CustomerMessage> m_pending;
    Transcript m_transcript;
    double m_lastEvent = 0;
};

} // namespace

RunResult playScript(const Scenario &scenario, const QList<ScriptedReply> &replies, quint32 seed,
                     const QStringList &jargon)
{
    RunResult result;
    result.transcript = Runner(scenario, seed, jargon).run(replies);
    result.score = Scoring::score(scenario, result.transcript, jargon);
    return result;
}

QJsonObject toJson(const RunResult &result)
{
    QJsonObject o = Scoring::toJson(result.score);
    QJsonArray transcript;
    for (const TranscriptMessage &m : result.transcript) {
        QJsonObject line { { QStringLiteral("from"),
                             m.fromAgent ? QStringLiteral("agent") : QStringLiteral("customer") },
                           { QStringLiteral("customer"), m.customer },
                           { QStringLiteral("minute"), std::round(m.atMinutes * 100) / 100 },
                           { QStringLiteral("text"), m.text } };
        if (!m.media.isEmpty())
            line.insert(QStringLiteral("media"), m.media);
        transcript.append(line);
    }
    o.insert(QStringLiteral("transcript"), transcript);
    return o;
}

} // namespace textdesk::training
