#pragma once

#include "TrainingScenario.h"

#include <QtCore/QList>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>

// The simulated customer of a training scenario: what they write first, how they answer the
// agent's words, and how they escalate while nobody answers. The one place these rules are
// played: the simulator's training scenario and the headless runner both use it, so a reply
// script gets the same customer in either. Time is in minutes since the scenario started;
// every choice comes from the seed.
namespace textdesk::training {

struct CustomerMessage
{
    int customer = 0;
    QString text;
    QString media; // "", "photo", …
    double atMinutes = 0;
};

class CustomerPlayer
{
public:
    CustomerPlayer(const Scenario &scenario, quint32 seed, const QStringList &jargon);

    // Every customer's opening messages, by time.
    QList<CustomerMessage> openings();
    // The agent wrote `text` to `customer` at `atMinutes`: the customer's answer, times after it.
    QList<CustomerMessage> react(int customer, const QString &text, double atMinutes);
    // What customers left waiting send by `untilMinutes` (a nudge, a complaint, a STOP).
    QList<CustomerMessage> ignoredUntil(double untilMinutes);

    bool stopped(int customer) const { return m_states.at(customer).stopped; }
    const Scenario &scenario() const { return m_scenario; }

    // A line's text as this customer says it: `{{name}}`, `{{order}}`, … filled.
    static QString fill(const QString &text, const Customer &customer);

private:
    struct State
    {
        double lastMessageAt = 0; // the customer's latest message
        double waitingSince = -1; // unanswered since; -1: not waiting
        int ignoredStep = 0;
        bool stopped = false;
        QSet<int> fired; // reactions marked "once" that fired
    };

    bool holds(const Condition &when, const Customer &customer, const QString &text,
               double minutesWaited) const;
    double pace(const Customer &customer);
    static void waitIfAsked(State &state, const QList<CustomerMessage> &said);
    void say(int customer, const QList<Line> &lines, bool stop, double at,
             QList<CustomerMessage> &out);

    const Scenario m_scenario;
    const QStringList m_jargon;
    QRandomGenerator m_rng;
    QList<State> m_states;
};

} // namespace textdesk::training
