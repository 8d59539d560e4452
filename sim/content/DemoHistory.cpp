#include "DemoHistory.h"

#include <algorithm>

namespace textdesk::sim::demo {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

using Media = QList<MediaKind>;

// One conversation, written step by step with pauses, placed in time afterwards.
class Thread
{
public:
    Thread(QRandomGenerator &rng, const Customer &customer)
        : m_rng(rng)
        , m_customer(customer)
    { }

    // The customer writes, `from`–`to` seconds after the previous message.
    Thread &in(qint64 from, qint64 to, const QString &body, const Media &media = {})
    {
        return add(true, from, to, body, media, QStringLiteral("received"), 0);
    }
    // An agent writes.
    Thread &out(qint64 from, qint64 to, const QString &body, const Media &media = {})
    {
        return add(false, from, to, body, media, QStringLiteral("delivered"), 0);
    }
    Thread &outFailed(qint64 from, qint64 to, const QString &body, const QString &status,
                      int errorCode)
    {
        return add(false, from, to, body, {}, status, errorCode);
    }

    bool isEmpty() const { return m_steps.isEmpty(); }
    qint64 span() const { return m_steps.isEmpty() ? 0 : m_steps.last().offset; }

    void placeAt(const QDateTime &start, QList<SeedMessage> &out) const
    {
        for (const Step &step : m_steps) {
            SeedMessage message;
            message.inbound = step.inbound;
            message.customer = m_customer.number;
            message.ourNumber = m_customer.ourNumber;
            message.body = step.body;
            message.media = step.media;
            message.at = start.addSecs(step.offset);
            message.status = step.status;
            message.errorCode = step.errorCode;
            out << message;
        }
    }

private:
    struct Step
    {
        bool inbound;
        qint64 offset;
        QString body;
        Media media;
        QString status;
        int errorCode;
    };

    Thread &add(bool inbound, qint64 from, qint64 to, const QString &body, const Media &media,
                const QString &status, int errorCode)
    {
        // At least a second apart, so that the order in time is the order written.
        const qint64 gap = std::max<qint64>(1, from + m_rng.bounded(to - from + 1));
        m_steps << Step { inbound, span() + gap, body, media, status, errorCode };
        return *this;
    }

    QRandomGenerator &m_rng;
    const Customer &m_customer;
    QList<Step> m_steps;
};

// Agents answer within minutes to a few hours; customers within seconds to half an hour.
constexpr qint64 kAgentFrom = 3 * kMinute;
constexpr qint64 kAgentTo = 3 * kHour;
constexpr qint64 kCustomerFrom = 20;
constexpr qint64 kCustomerTo = 30 * kMinute;

void survey(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    if (chance(rng, 2)) {
        t.out(10 * kMinute, 2 * kHour,
              say(rng, c,
                  { "Thanks for contacting {shop}! How would you rate your experience today, "
                    "1-5? Just reply with a number.",
                    "Quick one: on a scale of 1-5, how did we do? Reply with a number 🙂" }));
        t.in(kCustomerFrom, 2 * kHour,
             say(rng, c, { "5", "5", "4", "5!", "4 - quick answer thx" }));
    } else {
        t.out(10 * kMinute, 2 * kHour,
              say(rng, c,
                  { "Thanks for shopping with {shop}! How likely are you to recommend us to a "
                    "friend, 0-10?" }));
        t.in(kCustomerFrom, 3 * kHour, say(rng, c, { "10", "9", "8", "10 🙌", "9, great service" }));
    }
}

void orderStatus(Thread &t, QRandomGenerator &rng, const Customer &c, bool waiting)
{
    t.in(0, 0,
         say(rng, c,
             { "Hi, where's my order #{order}? It's been a week",
               "hey any update on order {order}??",
               "Hi! Just wondering when my {item} will ship. Order #{order}",
               "hello, I ordered a {item} last week (#{order}) and havent heard anything",
               "Hi there, order {order} still says processing, is that normal?" }));
    if (waiting)
        return;
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "Hi {name}, thanks for reaching out! Order #{order} shipped yesterday with UPS, "
                "tracking {tracking}. It should arrive by {day}.",
                "Hi {name}! Your {item} left our warehouse this morning. Tracking: {tracking}. "
                "Expected {day}. - {agent}" }));
    t.in(kCustomerFrom, kCustomerTo,
         say(rng, c,
             { "great thanks!!", "Perfect, thank you 🙏", "ok thx", "awesome ty",
               "thanks! does it need a signature?" }));
    if (chance(rng, 3)) {
        t.out(kAgentFrom, kAgentTo,
              say(rng, c, { "You're welcome! Enjoy your {item} 🙂", "Happy to help {name}!" }));
    }
}

void refund(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.in(
        0, 0,
        say(rng, c,
            { "Hi, I sent back the {item} 2 weeks ago and still no refund?",
              "hello, when do I get my refund for order {order}",
              "I returned order #{order}, tracking says you got it on monday. where's my money" }));
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "Hi {name}, sorry for the wait! Your return arrived and I've just issued a refund "
                "of {amount} to your card.",
                "Hi {name}, thanks for your patience. The refund of {amount} for order #{order} "
                "went out today. - {agent}" }));
    t.in(kCustomerFrom, kCustomerTo,
         say(rng, c,
             { "ok when will I see it?", "how long does it take to show up?",
               "thanks, when will it be on my card" }));
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "Usually 3-5 business days, depending on your bank.",
                "It normally shows up within 5 business days. If not, text us and we'll check!" }));
    t.in(kCustomerFrom, kCustomerTo, say(rng, c, { "ok thanks", "ok 👍", "got it thx" }));
    if (chance(rng, 2))
        survey(t, rng, c);
}

void appointment(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.in(0, 0,
         say(rng, c,
             { "Hi, I need to move my delivery appointment for the {item} on {day}, something "
               "came up at work",
               "can we reschedule the {item} delivery? {day} doesnt work anymore sorry",
               "Hi this is {name}, any chance to change my delivery slot?" }));
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "No problem {name}! We have Thu 9am-12pm, Fri 1-4pm or Mon 9am-12pm. Which works "
                "best?",
                "Sure thing. Open slots: Thu 9am-12pm, Fri 1-4pm, Mon 9am-12pm. Let me know!" }));
    t.in(kCustomerFrom, kCustomerTo,
         say(rng, c, { "fri 1-4 pls", "Monday morning works", "thursday!", "Fri afternoon 👍" }));
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "Done, you're booked! The driver will text 30 min before arriving. - {agent}",
                "All set {name}. See you then!" }));
    t.in(kCustomerFrom, kCustomerTo, say(rng, c, { "thank you!", "👍", "perfect" }));
}

void deliveryProblem(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.in(0, 0,
         say(rng, c,
             { "my package says delivered but it's not here",
               "Tracking says delivered yesterday but nothing at my door 😕",
               "hi I think the driver left my {item} at the wrong address" }));
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "Oh no, sorry {name}! Could you check with your neighbors or the mailroom? If it "
                "doesn't turn up by tomorrow we'll send a replacement." }));
    t.in(3 * kHour, 20 * kHour,
         say(rng, c,
             { "checked everywhere, nothing", "neighbor didnt get it either",
               "not in the mailroom either" }));
    t.out(
        kAgentFrom, kAgentTo,
        say(rng, c,
            { "Thanks for checking. I've sent a replacement by express, tracking {tracking}. "
              "So sorry about this!",
              "Sorry about that {name}. A new {item} ships today with express shipping, on us." }));
    t.in(kCustomerFrom, kCustomerTo,
         say(rng, c,
             { "thank you so much!!", "ok great, thanks for sorting it", "appreciate it 🙏" }));
}

void damaged(Thread &t, QRandomGenerator &rng, const Customer &c, bool waiting)
{
    t.in(0, 0,
         say(rng, c,
             { "my {item} arrived broken", "hi, the {item} came damaged 😡 box was crushed",
               "The {item} I got today is cracked" }),
         { MediaKind::Photo });
    if (chance(rng, 2))
        t.in(20, 120, say(rng, c, { "see pic", "box looked like this when it came" }),
             { MediaKind::Photo });
    if (waiting)
        return;
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "I'm so sorry {name}! Thanks for the photos. We'll ship a replacement today, no "
                "need to send the broken one back.",
                "That's not how it should arrive, sorry! A replacement {item} is on its way, "
                "tracking {tracking}. - {agent}" }));
    t.in(kCustomerFrom, kCustomerTo,
         say(rng, c, { "wow thanks, that was fast", "ok thank you", "great, thx!" }));
    if (chance(rng, 2))
        survey(t, rng, c);
}

void angry(Thread &t, QRandomGenerator &rng, const Customer &c, bool waiting)
{
    t.in(0, 0,
         say(rng, c,
             { "This is the THIRD time I'm writing about order {order}. Nobody answers!!",
               "where is my refund?? its been 3 weeks. this is ridiculous",
               "I paid for express shipping and my {item} is a week late. What is going on" }));
    t.out(kAgentFrom, kAgentTo,
          say(rng, c, { "Hi {name}, I'm looking into this now.", "Hi {name}, checking on it." }));
    t.in(kCustomerFrom, 10 * kMinute,
         say(rng, c,
             { "that's what the last person said", "I've heard that before. I want it fixed TODAY",
               "seriously?? that's it?" }));
    if (waiting)
        return; // the agent in training owes them an apology
    t.out(kAgentFrom, kHour,
          say(rng, c,
              { "I'm really sorry {name}, you should never have had to chase us. I've refunded "
                "your shipping and your {item} ships today with express, tracking {tracking}." }));
    t.in(kCustomerFrom, kCustomerTo,
         say(rng, c, { "ok. thanks for actually fixing it", "fine. appreciate the apology" }));
}

void optedOut(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.out(0, 0,
          say(rng, c,
              { "{shop}: Our spring sale starts today! 20% off everything with code SPRING20. "
                "Reply STOP to opt out.",
                "{shop}: New arrivals are in 🌿 Free shipping this weekend only. Reply STOP to "
                "unsubscribe." }));
    t.in(kCustomerFrom, 2 * kHour, say(rng, c, { "STOP", "Stop", "stop" }));
}

void invoice(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.in(0, 0,
         say(rng, c,
             { "can u send me an invoice for order {order}? need it for my expenses",
               "Hi! could I get a receipt for my last order pls" }));
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "Of course! Here's the invoice for order #{order}. - {agent}",
                "Here you go {name} 🙂" }),
          { MediaKind::Pdf });
    t.in(kCustomerFrom, kCustomerTo, say(rng, c, { "perfect thanks", "got it 👍" }));
}

void screenshot(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.in(0, 0,
         say(rng, c,
             { "getting this error when I try to pay",
               "the checkout keeps failing, see screenshot" }),
         { MediaKind::Screenshot });
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "Thanks for the screenshot, {name}! That usually means the bank declined it. "
                "Could you try again or use another card?" }));
    t.in(kCustomerFrom, kCustomerTo,
         say(rng, c, { "worked with my other card, thanks", "tried again and it went through 👍" }));
}

void video(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.in(0, 0,
         say(rng, c,
             { "the {item} makes this weird noise, here's a video",
               "hi, video of the problem attached. it rattles like this after 10 sec" }),
         { MediaKind::Video });
    t.out(kAgentFrom, kAgentTo,
          say(rng, c,
              { "Thanks for the video {name}, that's definitely not normal. We'll send you a "
                "replacement and a return label for the old one." }));
    t.in(kCustomerFrom, kCustomerTo, say(rng, c, { "ok great thx", "thank you!" }));
}

void question(Thread &t, QRandomGenerator &rng, const Customer &c, bool waiting)
{
    // Questions and their answers go together.
    static constexpr const char *kAsked[][3] = {
        { "do u have the {item} in grey?", "We do! The grey one is back in stock this week.",
          "ordered, thx!" },
        { "Hi, is the {item} dishwasher safe?", "Hi {name}, yes it is, top rack recommended.",
          "great thank you" },
        { "whats the return window? got a {item} as a gift",
          "You have 60 days from delivery, and gifts can be exchanged without a receipt 🙂",
          "perfect" },
        { "hey do you ship to Canada?",
          "We do! Shipping to Canada takes 5-8 business days and duties are included.", "awesome" },
    };
    const auto &asked = kAsked[rng.bounded(int(std::size(kAsked)))];
    t.in(0, 0, fill(rng, c, asked[0]));
    if (waiting)
        return;
    t.out(kAgentFrom, kAgentTo, fill(rng, c, asked[1]));
    t.in(kCustomerFrom, kCustomerTo, fill(rng, c, asked[2]));
}

void addressChange(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.in(0, 0,
         say(rng, c,
             { "Hi, can I change the delivery address for order {order}? we're moving",
               "oops I put my old address on order {order} 🤦 can you change it?" }));
    t.out(kAgentFrom, kAgentTo, say(rng, c, { "Sure! What's the new address?" }));
    t.in(kCustomerFrom, kCustomerTo,
         say(rng, c, { "2140 Lake St apt 3", "88 Willow Ave, unit 12", "415 Harrison st #5B" }));
    t.out(kAgentFrom, kAgentTo,
          say(rng, c, { "Updated! Your {item} will go to the new address. - {agent}" }));
    t.in(kCustomerFrom, kCustomerTo, say(rng, c, { "thank you!!", "ty" }));
}

void unreachable(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    // A number from a web order that turns out to be a landline.
    t.outFailed(0, 0,
                fill(rng, c,
                     "Hi {name}, this is {agent} from {shop} about order #{order}: the {item} "
                     "is backordered until next week. Would you like to wait or get a refund?"),
                QStringLiteral("undelivered"), 30006);
    t.outFailed(kDay, 2 * kDay,
                fill(rng, c,
                     "Hi {name}, following up on order #{order}. Please reply or call us at "
                     "your convenience."),
                QStringLiteral("undelivered"), 30006);
}

void phoneOff(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.in(0, 0, say(rng, c, { "hi can I still cancel order {order}?" }));
    t.outFailed(kAgentFrom, kAgentTo,
                fill(rng, c, "Hi {name}, yes! Would you like me to cancel the whole order?"),
                QStringLiteral("undelivered"), 30003);
    t.outFailed(kHour, 3 * kHour,
                fill(rng, c, "Hi {name}, just checking: cancel the whole order #{order}?"),
                QStringLiteral("failed"), 30008);
    t.out(12 * kHour, 20 * kHour,
          fill(rng, c, "Hi {name}, trying once more: should I cancel order #{order}?"));
    t.in(kCustomerFrom, kCustomerTo,
         say(rng, c,
             { "sorry my phone died. yes cancel pls", "yes please cancel it, phone was off" }));
    t.out(kAgentFrom, kAgentTo, fill(rng, c, "Done, order #{order} is cancelled and refunded."));
}

void corruptPicture(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    t.in(0, 0, say(rng, c, { "here's the scratch on the {item}" }), { MediaKind::CorruptImage });
    t.in(30, 90, say(rng, c, { "did that come thru? my phone is acting up" }));
    t.out(kAgentFrom, kAgentTo,
          fill(rng, c,
               "Hi {name}, unfortunately the picture didn't come through. Could you try "
               "sending it again?"));
    t.in(kCustomerFrom, kCustomerTo, say(rng, c, { "trying again", "how about now" }),
         { MediaKind::Photo });
    t.out(kAgentFrom, kAgentTo,
          fill(rng, c, "Got it, thanks! That's covered, we'll send a new {item} this week."));
}

void story(Thread &t, QRandomGenerator &rng, const Customer &c)
{
    switch (c.persona) {
    case Persona::OrderStatus:
        return orderStatus(t, rng, c, c.waiting);
    case Persona::Refund:
        return refund(t, rng, c);
    case Persona::Appointment:
        return appointment(t, rng, c);
    case Persona::DeliveryProblem:
        return deliveryProblem(t, rng, c);
    case Persona::Damaged:
        return damaged(t, rng, c, c.waiting);
    case Persona::Angry:
        return angry(t, rng, c, c.waiting);
    case Persona::OptedOut:
        return optedOut(t, rng, c);
    case Persona::Survey:
        orderStatus(t, rng, c, false);
        return survey(t, rng, c);
    case Persona::Invoice:
        return invoice(t, rng, c);
    case Persona::Screenshot:
        return screenshot(t, rng, c);
    case Persona::Video:
        return video(t, rng, c);
    case Persona::Question:
        return question(t, rng, c, c.waiting);
    case Persona::AddressChange:
        return addressChange(t, rng, c);
    case Persona::Unreachable:
        return unreachable(t, rng, c);
    case Persona::PhoneOff:
        return phoneOff(t, rng, c);
    case Persona::CorruptPicture:
        return corruptPicture(t, rng, c);
    case Persona::Stranger:
        return;
    }
}

// A start between `earliest` and `latest` seconds before now, such that the thread ends before
// now; the end is what matters for "waiting" threads.
QDateTime placeEnding(QRandomGenerator &rng, const QDateTime &now, const Thread &t, qint64 earliest,
                      qint64 latest)
{
    const qint64 endAgo = earliest + rng.bounded(latest - earliest);
    return now.addSecs(-endAgo - t.span());
}

} // namespace

QList<SeedMessage> demoHistory(const Cast &cast, quint32 seed, const QDateTime &now)
{
    // Whole seconds, as the provider's dates have.
    const QDateTime end = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - 1, Qt::UTC);
    QRandomGenerator rng(seed ^ 0x5eed'41a7u);
    QList<SeedMessage> messages;
    for (const Customer &customer : cast.customers) {
        if (customer.earlierThread) {
            // A resolved conversation a month or two ago, about something else.
            Customer earlier = customer;
            earlier.persona = chance(rng, 2) ? Persona::OrderStatus : Persona::Question;
            earlier.waiting = false;
            earlier.order -= rng.bounded(300, 3000); // an older order, of something else
            chooseItem(rng, earlier);
            Thread t(rng, earlier);
            story(t, rng, earlier);
            t.placeAt(placeEnding(rng, end, t, 32 * kDay, 58 * kDay), messages);
        }
        Thread t(rng, customer);
        story(t, rng, customer);
        if (customer.waiting)
            t.placeAt(placeEnding(rng, end, t, 5 * kMinute, 8 * kHour), messages);
        else
            t.placeAt(placeEnding(rng, end, t, kHour, 28 * kDay), messages);
    }
    std::stable_sort(messages.begin(), messages.end(),
                     [](const SeedMessage &a, const SeedMessage &b) { return a.at < b.at; });
    return messages;
}

} // namespace textdesk::sim::demo
