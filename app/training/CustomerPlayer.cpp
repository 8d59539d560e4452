#include "CustomerPlayer.h"

#include "ReplyAnalysis.h"
#include "templates/TemplateFiller.h"

#include <QtCore/QHash>

#include <algorithm>

namespace textdesk::training {

CustomerPlayer::CustomerPlayer(const Scenario &scenario, quint32 seed, const QStringList &jargon)
    : m_scenario(scenario)
    , m_jargon(jargon + scenario.checks.jargon)
    // qHash with an explicit seed is the same in every process, unlike QHash's own seed.
    , m_rng(seed ^ quint32(qHash(scenario.id, 0)))
    , m_states(scenario.customers.size())
{ }

QString CustomerPlayer::fill(const QString &text, const Customer &customer)
{
    QHash<QString, QString> values;
    for (auto it = customer.profile.begin(); it != customer.profile.end(); ++it)
        values.insert(it.key(), it.value());
    values.insert(QStringLiteral("name"), customer.firstName());
    values.insert(QStringLiteral("first_name"), customer.firstName());
    values.insert(QStringLiteral("full_name"), customer.name);
    return TemplateFiller::fill(text, values).text;
}

QList<CustomerMessage> CustomerPlayer::openings()
{
    QList<CustomerMessage> out;
    for (qsizetype i = 0; i < m_scenario.customers.size(); ++i) {
        const Customer &c = m_scenario.customers.at(i);
        double at = 0;
        for (const Line &line : c.opening) {
            at = std::max(at, line.afterMinutes);
            CustomerMessage m;
            m.customer = int(i);
            m.text = fill(line.texts.at(m_rng.bounded(int(line.texts.size()))), c);
            m.media = line.media;
            m.atMinutes = at;
            out << m;
            at += 0.25; // a second text a few seconds later
        }
        State &s = m_states[i];
        if (!c.opening.isEmpty()) {
            s.lastMessageAt = out.last().atMinutes;
            s.waitingSince = c.opening.first().afterMinutes;
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CustomerMessage &a, const CustomerMessage &b) {
                         return a.atMinutes < b.atMinutes;
                     });
    return out;
}

// How long this customer takes to answer: people read, think and type.
double CustomerPlayer::pace(const Customer &customer)
{
    int from = 60;
    int to = 180;
    if (customer.temperament == QLatin1String("impatient")) {
        from = 30;
        to = 90;
    } else if (customer.temperament == QLatin1String("angry")) {
        from = 20;
        to = 60;
    }
    return m_rng.bounded(from, to + 1) / 60.0;
}

void CustomerPlayer::say(int customer, const QList<Line> &lines, bool stop, double at,
                         QList<CustomerMessage> &out)
{
    const Customer &c = m_scenario.customers.at(customer);
    State &s = m_states[customer];
    for (const Line &line : lines) {
        CustomerMessage m;
        m.customer = customer;
        m.text = fill(line.texts.at(m_rng.bounded(int(line.texts.size()))), c);
        m.media = line.media;
        m.atMinutes = at;
        out << m;
        s.lastMessageAt = at;
        at += m_rng.bounded(15, 46) / 60.0;
    }
    if (stop) {
        out << CustomerMessage { customer, QStringLiteral("STOP"), QString(), at };
        s.lastMessageAt = at;
        s.stopped = true;
    }
}

// A customer who asked something waits for the answer (and escalates while ignored); one who
// only said thanks does not.
void CustomerPlayer::waitIfAsked(State &state, const QList<CustomerMessage> &said)
{
    if (state.stopped)
        return;
    for (const CustomerMessage &m : said) {
        if (isQuestion(m.text)) {
            state.waitingSince = m.atMinutes;
            return;
        }
    }
}

bool CustomerPlayer::holds(const Condition &when, const Customer &customer, const QString &text,
                           double minutesWaited) const
{
    const ReplyFacts f = analyseReply(text, m_scenario, customer, m_jargon);
    for (const QString &field : when.mentions) {
        if (!f.mentioned.contains(field))
            return false;
    }
    for (const QString &field : when.omits) {
        if (f.mentioned.contains(field))
            return false;
    }
    if (!when.contains.isEmpty()
        && std::none_of(when.contains.begin(), when.contains.end(), [&text](const QString &w) {
               return text.contains(w, Qt::CaseInsensitive);
           }))
        return false;
    if (when.apologises && *when.apologises != f.apologises)
        return false;
    if (when.asksQuestion && *when.asksQuestion != f.asksQuestion)
        return false;
    if (when.allCaps && *when.allCaps != f.allCaps)
        return false;
    if (when.jargon && *when.jargon != !f.jargon.isEmpty())
        return false;
    if (when.segmentsOver && f.segments <= *when.segmentsOver)
        return false;
    if (when.afterMinutes && minutesWaited <= *when.afterMinutes)
        return false;
    if (when.usesTemplate) {
        const QString &wanted = *when.usesTemplate;
        const bool used
            = wanted == QLatin1String("*") ? !f.templateId.isEmpty() : f.templateId == wanted;
        if (wanted.isEmpty() ? !f.templateId.isEmpty() : !used)
            return false;
    }
    return true;
}

QList<CustomerMessage> CustomerPlayer::react(int customer, const QString &text, double atMinutes)
{
    QList<CustomerMessage> out;
    if (customer < 0 || customer >= m_states.size() || m_states.at(customer).stopped)
        return out;
    const Customer &c = m_scenario.customers.at(customer);
    State &s = m_states[customer];
    const double waited = std::max(0.0, atMinutes - s.lastMessageAt);
    s.waitingSince = -1;
    s.ignoredStep = 0;
    const double at = atMinutes + pace(c);
    for (qsizetype i = 0; i < c.reactions.size(); ++i) {
        const Reaction &r = c.reactions.at(i);
        if (r.once && s.fired.contains(int(i)))
            continue;
        if (!holds(r.when, c, text, waited))
            continue;
        s.fired.insert(int(i));
        say(customer, r.then, r.stop, at, out);
        if (!r.goal)
            waitIfAsked(s, out);
        return out;
    }
    say(customer, c.otherwise, false, at, out);
    waitIfAsked(s, out);
    return out;
}

QList<CustomerMessage> CustomerPlayer::ignoredUntil(double untilMinutes)
{
    QList<CustomerMessage> out;
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        State &s = m_states[i];
        const Customer &c = m_scenario.customers.at(i);
        while (!s.stopped && s.waitingSince >= 0 && s.ignoredStep < c.ignored.size()) {
            const Ignored &step = c.ignored.at(s.ignoredStep);
            const double at = s.waitingSince + step.afterMinutes;
            if (at > untilMinutes)
                break;
            ++s.ignoredStep;
            say(int(i), step.then, step.stop, at, out);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const CustomerMessage &a, const CustomerMessage &b) {
                         return a.atMinutes < b.atMinutes;
                     });
    return out;
}

} // namespace textdesk::training
