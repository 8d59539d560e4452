#include "DemoCast.h"
#include "DemoHistory.h"
#include "SurveyAnswers.h"

#include <QtCore/QRegularExpression>

// The "demo" scenario: a home-goods shop's text support line with a couple of months of
// history, and customers who answer agents and write in on their own. Also the training mode
// for new agents, so the rules favour replies that make a trainee's next step obvious.
namespace textdesk::sim {

using namespace demo;

namespace {

constexpr int kMaxWalkIns = 200; // new numbers tick() may add over a long session

// Agents' words that the customers react to. Case-insensitive; matched anywhere in the text.
QRegularExpression words(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &surveyWords()
{
    static const QRegularExpression re
        = words("\\brat(e|ing)\\b|\\b[01]\\s*(-|to)\\s*(5|10)\\b|how likely|scale of|\\bsurvey\\b");
    return re;
}

const QRegularExpression &recommendWords()
{
    // Net-promoter questions are 0-10; everything else is scored 1-5.
    static const QRegularExpression re = words("how likely|recommend|\\b[01]\\s*(-|to)\\s*10\\b");
    return re;
}

const QRegularExpression &apologyWords()
{
    static const QRegularExpression re = words("sorry|apologi[sz]e|apologies|my bad|our fault");
    return re;
}

const QRegularExpression &dayWords()
{
    static const QRegularExpression re
        = words("\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day)?\\b|\\btomorrow\\b");
    return re;
}

const QRegularExpression &timeWords()
{
    static const QRegularExpression re = words("\\b\\d{1,2}(:\\d{2})?\\s*(am|pm)\\b");
    return re;
}

QStringList allMatches(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    return found;
}

class DemoScenario final : public Scenario
{
public:
    explicit DemoScenario(quint32 seed)
        : m_seed(seed)
        , m_cast(makeCast(seed))
        , m_live(m_cast.customers)
        , m_rng(seed ^ 0x4ea7'0001u)
        , m_tickRng(seed ^ 0x71c4'0002u)
    {
        m_used = QSet<QString>(m_cast.ourNumbers.begin(), m_cast.ourNumbers.end());
        for (const Customer &customer : m_live)
            m_used.insert(customer.number);
    }

    QStringList ourNumbers() const override { return m_cast.ourNumbers; }

    QString friendlyName(const QString &ourNumber) const override
    {
        return m_cast.ourNames.value(m_cast.ourNumbers.indexOf(ourNumber));
    }

    QList<SeedMessage> history(const QDateTime &now) const override
    {
        return demoHistory(m_cast, m_seed, now);
    }

    QList<ScriptedInbound> reactTo(const QString &customer, const QString &ourNumber,
                                   const QString &body) override;
    QList<ScriptedInbound> tick(const QDateTime &now) override;

private:
    Customer &customerFor(const QString &number, const QString &ourNumber);
    QStringList answer(Customer &c, const QString &body, QList<MediaKind> &media);
    QStringList score(Customer &c, const QString &body);
    QStringList angryAnswer(Customer &c, const QString &body);
    QStringList pickSlot(Customer &c, const QString &body);
    ScriptedInbound opener();

    const quint32 m_seed;
    const Cast m_cast; // as the history has them
    QList<Customer> m_live; // as they are now, walk-ins included
    QSet<QString> m_used;
    QRandomGenerator m_rng; // reactions
    QRandomGenerator m_tickRng; // conversations customers start
    QDateTime m_nextOpener;
    int m_lateMs = 0; // a late survey answer's delay, set by answer()
};

Customer &DemoScenario::customerFor(const QString &number, const QString &ourNumber)
{
    for (Customer &c : m_live) {
        if (c.number == number)
            return c;
    }
    // An agent texted a number nobody in the scenario has: someone surprised answers.
    Customer stranger;
    stranger.number = number;
    stranger.persona = Persona::Stranger;
    stranger.ourNumber = ourNumber;
    m_used.insert(number);
    m_live << stranger;
    return m_live.last();
}

QList<ScriptedInbound> DemoScenario::reactTo(const QString &customer, const QString &ourNumber,
                                             const QString &body)
{
    Customer &c = customerFor(customer, ourNumber);
    if (c.optedOut || c.persona == Persona::Unreachable)
        return {}; // blocked by the provider, or a landline that never sees the text
    QList<MediaKind> media;
    m_lateMs = 0;
    const QStringList texts = answer(c, body, media);
    QList<ScriptedInbound> replies;
    int delayMs = m_lateMs ? m_lateMs : m_rng.bounded(2000, 12001);
    for (const QString &text : texts) {
        ScriptedInbound reply;
        reply.customer = c.number;
        reply.ourNumber = ourNumber;
        reply.body = text;
        if (replies.isEmpty())
            reply.media = media;
        reply.delayMs = delayMs;
        replies << reply;
        delayMs = std::min(20000, delayMs + m_rng.bounded(2000, 8001)); // a second quick text
    }
    c.replies += int(replies.size());
    return replies;
}

// The first rule that matches decides; most answers are one text, a few two.
QStringList DemoScenario::answer(Customer &c, const QString &body, QList<MediaKind> &media)
{
    auto has = [&body](const char *pattern) { return words(pattern).match(body).hasMatch(); };
    QRandomGenerator &rng = m_rng;

    // Textdesk's own surveys (any of the four languages), their follow-ups and thanks.
    if (const auto kind = surveys::classify(body); kind != surveys::QuestionKind::None) {
        const surveys::SurveyAnswer a
            = surveys::answer(rng, kind, surveys::languageOf(body), c.persona == Persona::Angry);
        m_lateMs = a.delayMs;
        return a.texts;
    }
    if (surveyWords().match(body).hasMatch())
        return score(c, body);
    if (c.anger > 0)
        return angryAnswer(c, body);
    if (c.persona == Persona::Stranger && c.replies == 0) {
        if (chance(rng, 3))
            return {};
        return { say(rng, c, { "who is this?", "sorry, who's this?", "wrong number I think" }) };
    }
    if (has("\\b(photo|picture|pic|pics|image)\\b")) {
        media = { MediaKind::Photo };
        return { say(rng, c, { "here", "here u go", "this is what it looks like" }) };
    }
    // Times offered as a choice, not a time mentioned in passing ("arrives by 5pm").
    const qsizetype times = allMatches(timeWords(), body).size();
    if (has("appointment|\\bslots?\\b|reschedul|availab|what time|which (day|time)|works best")
        || times > 1 || (times == 1 && body.contains(QLatin1Char('?'))))
        return pickSlot(c, body);
    if (has("refund|money back|reimburs|\\bcredit")) {
        if (!c.askedWhen) {
            c.askedWhen = true;
            return { say(rng, c,
                         { "ok when will I see it?", "how long does that take?",
                           "thanks! when will it show up on my card?" }) };
        }
        return { say(rng, c, { "ok thanks", "ok 👍", "great, thx" }) };
    }
    if (has("invoice|receipt")) {
        return { say(rng, c, { "got it, thanks!", "perfect ty", "thanks, that's what I needed" }) };
    }
    if (has("address")) {
        return { say(rng, c,
                     { "2140 Lake St apt 3", "88 Willow Ave, unit 12",
                       "same as last time, 415 Harrison st #5B" }) };
    }
    if (has("cancel")) {
        return { say(rng, c, { "yes please cancel it", "no keep it, thanks", "yes pls" }) };
    }
    if (has("order|ship|track|deliver|on (its|it's|the) way|arriv|dispatch")) {
        if (!c.followedUp && chance(rng, 2)) {
            c.followedUp = true;
            return { say(rng, c,
                         { "thanks! will it get here before {day}?",
                           "ok. do I need to be home to sign for it?",
                           "thx. can you text me when it's out for delivery?" }) };
        }
        return { say(rng, c, { "thanks!", "great thank you 🙏", "ok thx", "awesome ty" }) };
    }
    if (apologyWords().match(body).hasMatch())
        return { say(rng, c, { "no worries!", "it's ok, thanks for checking", "all good" }) };
    if (has("you're welcome|have a (great|good|nice)|anything else|happy to help")) {
        if (chance(rng, 2))
            return {};
        return { say(rng, c, { "you too!", "no that's all, thanks", "👍" }) };
    }
    if (body.contains(QLatin1Char('?'))) {
        const QString first = say(
            rng, c, { "yes please", "yes", "no that's all thanks", "hmm not sure, let me check" });
        if (first.startsWith(QLatin1String("hmm")))
            return { first, say(rng, c, { "ok yes", "yeah that's right", "ok no" }) };
        return { first };
    }
    if (chance(rng, 3))
        return {}; // not everything gets an answer
    return { say(rng, c, { "thanks!", "ok 👍", "👍", "ok cool", "thank you" }) };
}

QStringList DemoScenario::score(Customer &c, const QString &body)
{
    QRandomGenerator &rng = m_rng;
    const bool unhappy = c.persona == Persona::Angry;
    if (recommendWords().match(body).hasMatch()) {
        if (unhappy)
            return { say(rng, c, { "6", "5", "7 - took too long but you fixed it" }) };
        return { say(rng, c, { "10", "9", "9", "8", "10 🙌", "9, great service" }) };
    }
    if (unhappy)
        return { say(rng, c, { "3", "3 - slow to respond", "2" }) };
    return { say(rng, c,
                 { "5", "5", "4", "5!", "4 - quick answer thx", "5 thanks for the help" }) };
}

// Angry customers escalate until someone apologises, then calm down.
QStringList DemoScenario::angryAnswer(Customer &c, const QString &body)
{
    QRandomGenerator &rng = m_rng;
    if (apologyWords().match(body).hasMatch()) {
        c.anger = std::max(0, c.anger - 2);
        if (c.anger == 0) {
            return { say(rng, c,
                         { "ok. thank you, I appreciate that", "fine. thanks for the apology",
                           "ok. appreciate it. just want my {item}" }) };
        }
        return { say(rng, c, { "sorry doesn't fix anything", "ok but I need this sorted TODAY" }) };
    }
    c.anger = std::min(3, c.anger + 1);
    if (c.anger < 3) {
        return { say(rng, c,
                     { "that doesn't answer my question", "I've been waiting for DAYS",
                       "you're not listening" }) };
    }
    return { say(rng, c,
                 { "I want to speak to a manager.", "this is unacceptable",
                   "unbelievable. I'm leaving a review" }),
             say(rng, c, { "and I want a refund for shipping", "seriously", "😡" }) };
}

// Picks one of the days or times the agent offered, or names a time of their own.
QStringList DemoScenario::pickSlot(Customer &c, const QString &body)
{
    QRandomGenerator &rng = m_rng;
    const QStringList days = allMatches(dayWords(), body);
    const QStringList times = allMatches(timeWords(), body);
    if (!days.isEmpty()) {
        const int i = rng.bounded(int(days.size()));
        QString slot = days.at(i);
        if (times.size() == days.size())
            slot += QLatin1Char(' ') + times.at(i);
        const QString pattern = say(rng, c, { "%1 works for me", "%1 pls", "let's do %1" });
        return { pattern.arg(slot.toLower()) };
    }
    if (!times.isEmpty()) {
        const QString time = times.at(rng.bounded(int(times.size())));
        return { say(rng, c, { "%1 is good", "%1 works" }).arg(time) };
    }
    return { say(rng, c,
                 { "tomorrow afternoon would be best", "any time after 3pm works",
                   "mornings are better for me" }) };
}

QList<ScriptedInbound> DemoScenario::tick(const QDateTime &now)
{
    // About one conversation a minute: each next one 30–90 s after the last.
    auto interval = [this] { return qint64(m_tickRng.bounded(30'000, 90'001)); };
    if (!m_nextOpener.isValid() || m_nextOpener.msecsTo(now) > 10 * 60'000) {
        // First call, or back from a pause: start counting now rather than catch up.
        m_nextOpener = now.addMSecs(interval());
        return {};
    }
    QList<ScriptedInbound> openers;
    while (m_nextOpener <= now && openers.size() < 3) {
        openers << opener();
        m_nextOpener = m_nextOpener.addMSecs(interval());
    }
    return openers;
}

// Someone writes in unprompted: a new customer now and then, else one the shop knows.
ScriptedInbound DemoScenario::opener()
{
    QRandomGenerator &rng = m_tickRng;
    Customer *c = nullptr;
    if (m_live.size() < kCustomers + kMaxWalkIns && chance(rng, 5)) {
        static constexpr Persona kWalkIns[]
            = { Persona::OrderStatus, Persona::Question,    Persona::Damaged,
                Persona::Refund,      Persona::Appointment, Persona::DeliveryProblem };
        const Persona persona = kWalkIns[rng.bounded(int(std::size(kWalkIns)))];
        const QString line = persona == Persona::Appointment || persona == Persona::DeliveryProblem
            ? m_cast.ourNumbers.at(1)
            : m_cast.ourNumbers.at(0);
        m_live << newCustomer(rng, m_used, persona, line);
        c = &m_live.last();
    } else {
        do {
            c = &m_live[rng.bounded(int(m_live.size()))];
        } while (c->optedOut || c->persona == Persona::Unreachable);
    }
    c->askedWhen = false;
    c->followedUp = false;

    ScriptedInbound message;
    message.customer = c->number;
    message.ourNumber = c->ourNumber;
    message.delayMs = rng.bounded(3001);
    if (c->anger > 0) {
        message.body
            = say(rng, *c,
                  { "still waiting for an answer", "HELLO??", "is anyone going to reply or not" });
        return message;
    }
    switch (c->persona) {
    case Persona::OrderStatus:
    case Persona::Survey:
    case Persona::Angry:
        message.body = say(rng, *c,
                           { "hi any update on order {order}?", "when will my {item} arrive?",
                             "Hi, I just placed another order, can you add gift wrap?",
                             "hey is order {order} shipped yet" });
        break;
    case Persona::Refund:
        message.body = say(rng, *c,
                           { "still don't see the refund on my card",
                             "hi did the refund for {order} go through?",
                             "Hi, I'd like to return the {item}, how do I do that?" });
        break;
    case Persona::Appointment:
    case Persona::AddressChange:
        message.body = say(rng, *c,
                           { "what time is the delivery tomorrow?",
                             "can the driver call me when he's close?",
                             "Hi, I need to change my delivery appointment" });
        break;
    case Persona::DeliveryProblem:
        message.body = say(rng, *c,
                           { "tracking hasn't updated in 3 days", "box was left out in the rain 😩",
                             "hi my {item} still hasnt arrived" });
        break;
    case Persona::Damaged:
    case Persona::CorruptPicture:
        message.body = say(rng, *c,
                           { "the {item} arrived chipped 🙄", "hi, this is how my {item} came",
                             "the box was crushed and the {item} is scratched" });
        message.media = { MediaKind::Photo };
        break;
    case Persona::Screenshot:
        message.body = say(rng, *c, { "the app shows this now", "can't log in, see screenshot" });
        message.media = { MediaKind::Screenshot };
        break;
    case Persona::Video:
        message.body = say(rng, *c, { "the noise is back, video attached" });
        message.media = { MediaKind::Video };
        break;
    case Persona::Invoice:
        message.body = say(rng, *c,
                           { "could you send the invoice for my last order too?",
                             "Hi, I need a receipt for order {order} pls" });
        break;
    case Persona::PhoneOff:
        message.body = say(rng, *c, { "sorry missed your texts, is the order cancelled?" });
        break;
    case Persona::Stranger:
        message.body = say(rng, *c, { "hi who is this?", "did you text me?" });
        break;
    case Persona::Question:
    case Persona::OptedOut:
    case Persona::Unreachable:
        message.body = say(rng, *c,
                           { "do you have gift cards?", "Hi! Do you do price matching?",
                             "are you open on sundays?", "do u ship to Canada?",
                             "is the {item} back in stock?" });
        break;
    }
    return message;
}

} // namespace

std::unique_ptr<Scenario> makeDemoScenario(quint32 seed)
{
    return std::make_unique<DemoScenario>(seed);
}

} // namespace textdesk::sim
