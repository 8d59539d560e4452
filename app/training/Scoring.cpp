#include "Scoring.h"

#include "CustomerPlayer.h"
#include "ReplyAnalysis.h"
#include "compliance/QuietHours.h"
#include "storage/ConsentKeywords.h"

#include <QtCore/QJsonArray>
#include <QtCore/QTimeZone>

#include <algorithm>
#include <cmath>

namespace textdesk::training {

namespace {

// Proactive: the agent writes this long after the customer's last message.
constexpr double kProactiveGapMinutes = 60;

QString minutes(double m)
{
    const double tenths = std::round(m * 10) / 10;
    return QString::number(tenths, 'f', tenths == std::floor(tenths) || tenths >= 10 ? 0 : 1);
}

bool isStop(const TranscriptMessage &m)
{
    return !m.fromAgent && Consent::stateForKeyword(m.text) == QLatin1String("opted_out");
}

bool isHelp(const TranscriptMessage &m)
{
    const QString word = m.text.trimmed().toUpper();
    return !m.fromAgent && (word == QLatin1String("HELP") || word == QLatin1String("INFO"));
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Goal lines as the customer says them, for reading the goal off a transcript.
bool isGoalLine(const Scenario &scenario, const TranscriptMessage &m)
{
    if (m.fromAgent || m.customer < 0 || m.customer >= scenario.customers.size())
        return false;
    const Customer &c = scenario.customers.at(m.customer);
    for (const Reaction &r : c.reactions) {
        if (!r.goal)
            continue;
        for (const Line &line : r.then) {
            for (const QString &text : line.texts) {
                if (CustomerPlayer::fill(text, c) == m.text)
                    return true;
            }
        }
    }
    return false;
}

class Scorer
{
public:
    Scorer(const Scenario &scenario, const Transcript &transcript, const QStringList &jargon)
        : s(scenario)
        , t(transcript)
        , m_jargon(jargon + scenario.checks.jargon)
    {
        for (const TranscriptMessage &m : t) {
            const Customer &c = s.customers.value(m.customer);
            facts << (m.fromAgent ? analyseReply(m.text, s, c, m_jargon) : ReplyFacts());
        }
    }

    ScenarioScore run();

private:
    void add(const QString &id, const QString &title, bool passed, int index,
             const QString &explanation)
    {
        Check c {
            id, title, passed, index, index >= 0 ? t.at(index).text : QString(), explanation
        };
        out.checks << c;
    }
    // The first agent message matching `bad`, or -1.
    template<typename F> int firstReply(F bad) const
    {
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t.at(i).fromAgent && bad(int(i)))
                return int(i);
        }
        return -1;
    }
    void timing();
    void goal();
    void length();
    void personalisation();
    void clarity();
    void templates();
    void compliance();
    void survey();

    const Scenario &s;
    const Transcript &t;
    const QStringList m_jargon;
    QList<ReplyFacts> facts;
    ScenarioScore out;
    std::optional<double> m_goalAt;
};

void Scorer::timing()
{
    QList<double> waits;
    int late = -1;
    int lateCustomer = -1;
    for (qsizetype c = 0; c < s.customers.size(); ++c) {
        std::optional<double> asked;
        std::optional<int> answer;
        for (qsizetype i = 0; i < t.size() && !answer; ++i) {
            if (t.at(i).customer != c)
                continue;
            if (!t.at(i).fromAgent && !asked)
                asked = t.at(i).atMinutes;
            else if (t.at(i).fromAgent && asked)
                answer = int(i);
        }
        if (!asked)
            continue;
        const double wait = answer ? t.at(*answer).atMinutes - *asked : -1;
        if (answer)
            waits << wait;
        if ((!answer || wait > s.checks.firstReplyMinutes) && lateCustomer < 0) {
            lateCustomer = int(c);
            late = answer.value_or(-1);
        }
    }
    if (!waits.isEmpty())
        out.firstReplyMinutes = *std::max_element(waits.begin(), waits.end());
    const QString title
        = Scoring::tr("First reply within %1 minutes").arg(minutes(s.checks.firstReplyMinutes));
    if (lateCustomer < 0) {
        add(QStringLiteral("first_reply"), title, true, -1,
            Scoring::tr("The customer had an answer after %1 minutes.")
                .arg(minutes(out.firstReplyMinutes.value_or(0))));
    } else if (late < 0) {
        add(QStringLiteral("first_reply"), title, false, -1,
            Scoring::tr("%1 never got an answer.").arg(s.customers.at(lateCustomer).name));
    } else {
        add(QStringLiteral("first_reply"), title, false, late,
            Scoring::tr("%1 waited %2 minutes for a first answer; a texting customer expects one "
                        "within minutes.")
                .arg(s.customers.at(lateCustomer).name, minutes(waits.value(lateCustomer, 0))));
    }
}

void Scorer::goal()
{
    // Reached by a phrase the agent says, or once every customer with a goal reaction has
    // had theirs (two conversations at once: both).
    int index = -1;
    for (qsizetype i = 0; i < t.size() && index < 0 && !s.goal.phrases.isEmpty(); ++i) {
        const TranscriptMessage &m = t.at(i);
        if (m.fromAgent
            && std::any_of(s.goal.phrases.begin(), s.goal.phrases.end(), [&m](const QString &p) {
                   return m.text.contains(p, Qt::CaseInsensitive);
               }))
            index = int(i);
    }
    if (index < 0 && s.goal.byReaction) {
        int last = -1;
        bool all = true;
        for (qsizetype c = 0; c < s.customers.size(); ++c) {
            const auto &reactions = s.customers.at(c).reactions;
            if (std::none_of(reactions.begin(), reactions.end(),
                             [](const Reaction &r) { return r.goal; }))
                continue;
            int first = -1;
            for (qsizetype i = 0; i < t.size() && first < 0; ++i) {
                if (t.at(i).customer == c && isGoalLine(s, t.at(i)))
                    first = int(i);
            }
            all = all && first >= 0;
            last = std::max(last, first);
        }
        if (all)
            index = last;
    }
    const double start = t.isEmpty() ? 0 : t.first().atMinutes;
    if (index >= 0) {
        m_goalAt = t.at(index).atMinutes;
        out.resolutionMinutes = *m_goalAt - start;
    }
    add(QStringLiteral("goal"), Scoring::tr("Goal: %1").arg(s.goal.description), index >= 0, index,
        index >= 0 ? Scoring::tr("Reached.")
                   : Scoring::tr("Not reached: the conversation ended without it."));
    const QString title
        = Scoring::tr("Resolved within %1 minutes").arg(minutes(s.checks.resolutionMinutes));
    if (index < 0)
        add(QStringLiteral("resolution"), title, false, -1, Scoring::tr("Not resolved."));
    else
        add(QStringLiteral("resolution"), title,
            *out.resolutionMinutes <= s.checks.resolutionMinutes, index,
            Scoring::tr("Resolved after %1 minutes.").arg(minutes(*out.resolutionMinutes)));
}

void Scorer::length()
{
    int total = 0;
    int characters = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (!t.at(i).fromAgent)
            continue;
        ++out.replies;
        total += facts.at(i).segments;
        characters += facts.at(i).length;
        out.maxSegments = std::max(out.maxSegments, facts.at(i).segments);
    }
    if (out.replies) {
        out.meanSegments = double(total) / out.replies;
        out.meanLength = double(characters) / out.replies;
    }
    const int longOne
        = firstReply([this](int i) { return facts.at(i).segments > s.checks.maxSegments; });
    add(QStringLiteral("reply_length"),
        Scoring::tr("Replies of at most %n segment(s)", nullptr, s.checks.maxSegments), longOne < 0,
        longOne,
        longOne < 0 ? Scoring::tr("Short replies: %1 segments on average.")
                          .arg(QString::number(out.meanSegments, 'f', 1))
                    : Scoring::tr("This reply takes %n segments: on a phone it is a wall of text, "
                                  "and each segment is billed.",
                                  nullptr, facts.at(longOne).segments));
    const int lookAlike = firstReply([this](int i) { return facts.at(i).lookAlikesForcedUcs2; });
    add(QStringLiteral("look_alikes"), Scoring::tr("No look-alike characters forcing UCS-2"),
        lookAlike < 0, lookAlike,
        lookAlike < 0 ? Scoring::tr("Every reply could go as plain GSM text.")
                      : Scoring::tr("\"%1\" (a typographic look-alike) made this reply UCS-2: 70 "
                                    "characters a segment instead of 160. Use the plain character.")
                            .arg(facts.at(lookAlike).lookAlike));
}

void Scorer::personalisation()
{
    for (qsizetype c = 0; c < s.customers.size(); ++c) {
        const Customer &customer = s.customers.at(c);
        for (const QString &field : s.checks.personalFields) {
            if (customer.field(field).isEmpty())
                continue;
            const int used = firstReply([&](int i) {
                return t.at(i).customer == c && facts.at(i).mentioned.contains(field);
            });
            const QString what = field == QLatin1String("name")
                ? Scoring::tr("%1's name").arg(customer.firstName())
                : Scoring::tr("%1's %2 (%3)")
                      .arg(customer.firstName(), field, customer.field(field));
            add(QStringLiteral("personal_") + field, Scoring::tr("Used %1").arg(what), used >= 0,
                used,
                used >= 0 ? Scoring::tr("Personal and specific.")
                          : Scoring::tr("No reply used %1; it shows you know who you are "
                                        "talking to and what about.")
                                .arg(what));
        }
    }
}

void Scorer::clarity()
{
    const int caps = firstReply([this](int i) { return facts.at(i).allCaps; });
    add(QStringLiteral("all_caps"), Scoring::tr("No ALL CAPS"), caps < 0, caps,
        caps < 0 ? Scoring::tr("No shouting.")
                 : Scoring::tr("Capitals read as shouting in a text message."));
    const int jargon = firstReply([this](int i) { return !facts.at(i).jargon.isEmpty(); });
    add(QStringLiteral("jargon"), Scoring::tr("No internal jargon"), jargon < 0, jargon,
        jargon < 0 ? Scoring::tr("Plain words throughout.")
                   : Scoring::tr("The customer does not know \"%1\"; say what it means.")
                         .arg(facts.at(jargon).jargon.join(QLatin1String("\", \""))));
    // Every customer question needs an agent message after it (a STOP ends the duty).
    int unanswered = -1;
    for (qsizetype i = 0; i < t.size() && unanswered < 0; ++i) {
        const TranscriptMessage &q = t.at(i);
        if (q.fromAgent || !isQuestion(q.text))
            continue;
        bool answered = false;
        bool stopped = false;
        for (qsizetype j = i + 1; j < t.size(); ++j) {
            if (t.at(j).customer != q.customer)
                continue;
            stopped = stopped || isStop(t.at(j));
            answered = answered || (t.at(j).fromAgent && !stopped);
        }
        if (!answered && !stopped)
            unanswered = int(i);
    }
    add(QStringLiteral("questions_answered"), Scoring::tr("Every customer question answered"),
        unanswered < 0, unanswered,
        unanswered < 0 ? Scoring::tr("No question left open.")
                       : Scoring::tr("This question got no answer."));
}

void Scorer::templates()
{
    if (s.checks.expectedTemplate.isEmpty())
        return;
    const int used
        = firstReply([this](int i) { return facts.at(i).templateId == s.checks.expectedTemplate; });
    add(QStringLiteral("template"),
        Scoring::tr("Used the template \"%1\"").arg(s.checks.expectedTemplate), used >= 0, used,
        used >= 0
            ? Scoring::tr("The team's wording, filled in.")
            : Scoring::tr("The team has a template for this: /%1.").arg(s.checks.expectedTemplate));
}

void Scorer::compliance()
{
    // No message after the customer's STOP (47 CFR 64.1200(a)(10); compliance.md).
    bool anyStop = false;
    int after = -1;
    QSet<int> stopped;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (isStop(t.at(i))) {
            stopped.insert(t.at(i).customer);
            anyStop = true;
        } else if (t.at(i).fromAgent && stopped.contains(t.at(i).customer) && after < 0) {
            after = int(i);
        }
    }
    if (anyStop)
        add(QStringLiteral("no_send_after_stop"), Scoring::tr("Nothing sent after STOP"), after < 0,
            after,
            after < 0 ? Scoring::tr("The opt-out was respected.")
                      : Scoring::tr("The customer opted out; any further text breaks the rules "
                                    "(and the provider refuses it)."));
    // HELP is answered (CTIA Messaging Principles: how to get help, how to opt out).
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (!isHelp(t.at(i)))
            continue;
        bool answered = false;
        for (qsizetype j = i + 1; j < t.size(); ++j)
            answered = answered || (t.at(j).fromAgent && t.at(j).customer == t.at(i).customer);
        add(QStringLiteral("help_answered"), Scoring::tr("HELP answered"), answered, int(i),
            answered ? Scoring::tr("The customer got help.")
                     : Scoring::tr("A customer who texts HELP must get an answer."));
        break;
    }
    // Nothing proactive in quiet hours at the customer's (47 CFR 64.1200(c)(1)).
    if (s.startsAt.isEmpty())
        return;
    int quiet = -1;
    for (qsizetype i = 0; i < t.size() && quiet < 0; ++i) {
        if (!t.at(i).fromAgent)
            continue;
        // A reply to a customer who just wrote is not proactive; a message long after their
        // last one (a follow-up nobody asked for) is.
        int lastCustomer = -1;
        for (qsizetype j = i - 1; j >= 0 && lastCustomer < 0; --j) {
            if (t.at(j).customer == t.at(i).customer && !t.at(j).fromAgent)
                lastCustomer = int(j);
        }
        const bool proactive = lastCustomer < 0
            || t.at(i).atMinutes - t.at(lastCustomer).atMinutes >= kProactiveGapMinutes;
        if (!proactive)
            continue;
        const Customer &c = s.customers.value(t.at(i).customer);
        const QTimeZone zone
            = compliance::zoneForCustomer(c.profile.value(QStringLiteral("time_zone")), c.number);
        QDateTime local = QDateTime::fromString(s.startsAt, QStringLiteral("yyyy-MM-ddTHH:mm"));
        local.setTimeZone(zone);
        const qint64 at = local.toMSecsSinceEpoch() + qint64(t.at(i).atMinutes * 60'000);
        if (!compliance::QuietHours().allows(at, zone))
            quiet = int(i);
    }
    add(QStringLiteral("quiet_hours"), Scoring::tr("Nothing proactive in quiet hours"), quiet < 0,
        quiet,
        quiet < 0 ? Scoring::tr("Follow-ups waited for the day.")
                  : Scoring::tr("An unprompted message between 9 p.m. and 8 a.m. at the "
                                "customer's; wait until morning."));
}

void Scorer::survey()
{
    if (s.survey.kind.isEmpty())
        return;
    // The simulated customer's CSAT follows what they lived through: each miss they felt
    // costs a point, and an angry customer nobody apologised to takes one more.
    static const QStringList felt { QStringLiteral("first_reply"),
                                    QStringLiteral("goal"),
                                    QStringLiteral("questions_answered"),
                                    QStringLiteral("all_caps"),
                                    QStringLiteral("jargon"),
                                    QStringLiteral("personal_name") };
    int score = 5;
    for (const Check &c : std::as_const(out.checks)) {
        if (!c.passed && felt.contains(c.id))
            --score;
    }
    const bool angry = std::any_of(s.customers.begin(), s.customers.end(), [](const Customer &c) {
        return c.temperament == QLatin1String("angry");
    });
    const bool apologised
        = std::any_of(facts.begin(), facts.end(), [](const ReplyFacts &f) { return f.apologises; });
    if (angry && !apologised)
        --score;
    score = std::clamp(score, 1, 5);
    out.surveyScore = score;
    add(QStringLiteral("survey"),
        Scoring::tr("Customer satisfaction of %1 or more").arg(s.survey.threshold),
        score >= s.survey.threshold, -1,
        Scoring::tr("The customer would answer the survey with %1 of 5.").arg(score));
}

ScenarioScore Scorer::run()
{
    out.scenarioId = s.id;
    out.title = s.title;
    timing();
    goal();
    length();
    personalisation();
    clarity();
    templates();
    compliance();
    survey();
    for (const ScriptedReply &r : s.modelAnswer)
        out.modelAnswer << r.text;
    const qsizetype passed = std::count_if(out.checks.begin(), out.checks.end(),
                                           [](const Check &c) { return c.passed; });
    out.score = out.checks.isEmpty() ? 0 : int(std::lround(100.0 * passed / out.checks.size()));
    static const QStringList rules { QStringLiteral("no_send_after_stop"),
                                     QStringLiteral("quiet_hours"),
                                     QStringLiteral("help_answered") };
    const bool compliant = std::none_of(out.checks.begin(), out.checks.end(), [](const Check &c) {
        return !c.passed && rules.contains(c.id);
    });
    out.passed = compliant && out.score >= s.checks.passScore;
    return out;
}

} // namespace

ScenarioScore Scoring::score(const Scenario &scenario, const Transcript &transcript,
                             const QStringList &jargon)
{
    return Scorer(scenario, transcript, jargon).run();
}

OverallScore Scoring::overall(const QList<ScenarioScore> &scores)
{
    OverallScore o;
    QList<double> first;
    QList<double> resolution;
    double total = 0;
    for (const ScenarioScore &s : scores) {
        ++o.scenarios;
        o.passed += s.passed ? 1 : 0;
        total += s.score;
        if (s.firstReplyMinutes)
            first << *s.firstReplyMinutes;
        if (s.resolutionMinutes)
            resolution << *s.resolutionMinutes;
        QSet<QString> missed;
        for (const Check &c : s.checks) {
            if (!c.passed)
                missed.insert(c.id);
        }
        for (const QString &id : std::as_const(missed))
            ++o.missed[id];
    }
    o.meanScore = o.scenarios ? total / o.scenarios : 0;
    o.medianFirstReplyMinutes = median(first);
    o.medianResolutionMinutes = median(resolution);
    return o;
}

QJsonObject Scoring::toJson(const ScenarioScore &s)
{
    QJsonArray checks;
    for (const Check &c : s.checks) {
        QJsonObject o { { QStringLiteral("id"), c.id },
                        { QStringLiteral("title"), c.title },
                        { QStringLiteral("passed"), c.passed },
                        { QStringLiteral("explanation"), c.explanation } };
        if (c.messageIndex >= 0) {
            o.insert(QStringLiteral("message_index"), c.messageIndex);
            o.insert(QStringLiteral("message"), c.message);
        }
        checks.append(o);
    }
    auto optional = [](const std::optional<double> &v) {
        return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue();
    };
    return {
        { QStringLiteral("scenario"), s.scenarioId },
        { QStringLiteral("title"), s.title },
        { QStringLiteral("score"), s.score },
        { QStringLiteral("passed"), s.passed },
        { QStringLiteral("first_reply_minutes"), optional(s.firstReplyMinutes) },
        { QStringLiteral("resolution_minutes"), optional(s.resolutionMinutes) },
        { QStringLiteral("replies"), s.replies },
        { QStringLiteral("max_segments"), s.maxSegments },
        { QStringLiteral("mean_segments"), std::round(s.meanSegments * 10) / 10 },
        { QStringLiteral("mean_length"), std::round(s.meanLength) },
        { QStringLiteral("survey_score"),
          s.surveyScore ? QJsonValue(*s.surveyScore) : QJsonValue() },
        { QStringLiteral("checks"), checks },
        { QStringLiteral("model_answer"), QJsonArray::fromStringList(s.modelAnswer) },
    };
}

QJsonObject Scoring::toJson(const OverallScore &o)
{
    QJsonObject missed;
    for (auto it = o.missed.begin(); it != o.missed.end(); ++it)
        missed.insert(it.key(), it.value());
    auto optional = [](const std::optional<double> &v) {
        return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue();
    };
    return { { QStringLiteral("scenarios"), o.scenarios },
             { QStringLiteral("passed"), o.passed },
             { QStringLiteral("mean_score"), std::round(o.meanScore * 10) / 10 },
             { QStringLiteral("median_first_reply_minutes"), optional(o.medianFirstReplyMinutes) },
             { QStringLiteral("median_resolution_minutes"), optional(o.medianResolutionMinutes) },
             { QStringLiteral("missed"), missed } };
}

QString Scoring::toText(const ScenarioScore &s)
{
    QString text = tr("%1: %2 of 100 (%3)\n")
                       .arg(s.title)
                       .arg(s.score)
                       .arg(s.passed ? tr("passed") : tr("not passed"));
    for (const Check &c : s.checks) {
        text += QStringLiteral("  [%1] %2: %3\n")
                    .arg(c.passed ? QStringLiteral("x") : QStringLiteral(" "), c.title,
                         c.explanation);
        if (!c.passed && !c.message.isEmpty())
            text += QStringLiteral("        \"%1\"\n").arg(c.message);
    }
    if (!s.modelAnswer.isEmpty()) {
        text += tr("Model answer:\n");
        for (const QString &line : s.modelAnswer)
            text += QStringLiteral("  > %1\n").arg(line);
    }
    return text;
}

} // namespace textdesk::training
