#pragma once

#include "Scenario.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>

#include <initializer_list>

// The people of the "demo" scenario: an online home-goods shop ("Maple & Pine") with three
// numbers, its agents, and the customers who text it. Shared by the history and the live rules.
namespace textdesk::sim::demo {

// What a customer wrote in about; decides their history and how they answer.
enum class Persona {
    OrderStatus,
    Refund,
    Appointment,
    DeliveryProblem,
    Damaged, // sends photos of a broken item
    Angry,
    OptedOut, // texted STOP to a promotion
    Survey, // an order question closed with a satisfaction survey
    Invoice, // gets a PDF from the agent
    Screenshot,
    Video,
    Question,
    AddressChange,
    Unreachable, // a landline: every text to it is undelivered
    PhoneOff, // the first reply was undelivered, the retry went through
    CorruptPicture, // a picture that arrived broken, then sent again
    Stranger, // a number the agent texted that the scenario did not know
};

struct Customer
{
    QString number; // E.164
    QString name; // first name
    QString ourNumber; // the line they usually text
    Persona persona = Persona::Question;
    QString item; // what they bought
    int priceCents = 0;
    int order = 0;
    bool waiting = false; // the history ends with them waiting for an answer, recently
    bool earlierThread = false; // an older, resolved conversation too

    // Live state for reactTo and tick.
    int anger = 0; // 0 calm … 3 furious
    bool optedOut = false;
    bool askedWhen = false;
    bool followedUp = false;
    int replies = 0;
};

struct Cast
{
    QStringList ourNumbers; // support, deliveries, updates (promotions)
    QStringList ourNames;
    QList<Customer> customers;
};

inline constexpr int kCustomers = 40;

Cast makeCast(quint32 seed);

// A new US number (valid for libphonenumber: a real area code, an exchange 2xx–9xx that is not
// N11 or 555) not in `used`, which it joins.
QString newUsNumber(QRandomGenerator &rng, QSet<QString> &used);

// A customer who was not in the cast (a walk-in from tick(), or a number an agent typed).
Customer newCustomer(QRandomGenerator &rng, QSet<QString> &used, Persona persona,
                     const QString &ourNumber);

// Something from the shop's catalogue for the customer to have bought (furniture, which comes
// by appointment, for Persona::Appointment).
void chooseItem(QRandomGenerator &rng, Customer &customer);

// One of `lines`, chosen by rng, with {name} {order} {item} {amount} {tracking} {day} {agent}
// {shop} filled from the customer.
QString say(QRandomGenerator &rng, const Customer &customer,
            std::initializer_list<const char *> lines);
QString fill(QRandomGenerator &rng, const Customer &customer, const char *line);

// True one time in `outOf`.
inline bool chance(QRandomGenerator &rng, int outOf)
{
    return rng.bounded(outOf) == 0;
}

} // namespace textdesk::sim::demo
