#include "DemoCast.h"

#include <array>
#include <iterator>

namespace textdesk::sim::demo {

namespace {

struct Item
{
    const char *name;
    int cents;
    bool furniture; // delivered by appointment
};

constexpr Item kItems[] = {
    { "floor lamp", 8900, false },    { "mug set", 3499, false },
    { "throw blanket", 4250, false }, { "glass vase", 2899, false },
    { "wool rug", 12900, false },     { "desk lamp", 5900, false },
    { "cutting board", 2250, false }, { "duvet cover", 11900, false },
    { "blender", 7999, false },       { "coffee table", 24900, true },
    { "bookshelf", 18900, true },     { "standing mirror", 14900, true },
    { "dining chairs", 32000, true }, { "sofa", 89900, true },
};

constexpr const char *kNames[] = {
    "Maria",  "James",  "Aisha",  "Tom",   "Mei",      "Carlos",  "Olivia", "Dev",
    "Hannah", "Marcus", "Sofia",  "Kenji", "Emily",    "Andre",   "Grace",  "Luis",
    "Nora",   "Sean",   "Fatima", "Jake",  "Chloe",    "Omar",    "Rachel", "Ben",
    "Leila",  "Tyler",  "Ana",    "Chris", "Priyanka", "Mike",    "Zoe",    "Daniel",
    "Yuki",   "Jordan", "Isabel", "Kevin", "Amara",    "Ryan",    "Elena",  "Noah",
    "Bianca", "Victor", "Holly",  "Sam",   "Ines",     "Patrick", "Lucy",   "Eric",
};

constexpr const char *kAgents[] = { "Sam", "Priya", "Marco", "Jen" };

// Real US area codes; libphonenumber knows each.
constexpr int kAreaCodes[]
    = { 415, 312, 646, 212, 718, 917, 617, 206, 503, 512, 303, 404, 305, 702, 213, 310, 773, 619,
        480, 602, 215, 412, 614, 919, 704, 713, 214, 612, 313, 314, 615, 801, 858, 720, 267, 347 };

constexpr const char *kDays[]
    = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

// How many customers of each kind the cast has (40 in all).
constexpr std::array<std::pair<Persona, int>, 16> kMix = { {
    { Persona::OrderStatus, 6 },
    { Persona::Refund, 4 },
    { Persona::Appointment, 4 },
    { Persona::DeliveryProblem, 3 },
    { Persona::Damaged, 3 },
    { Persona::Angry, 2 },
    { Persona::OptedOut, 2 },
    { Persona::Survey, 2 },
    { Persona::Invoice, 2 },
    { Persona::Screenshot, 2 },
    { Persona::Video, 1 },
    { Persona::Question, 4 },
    { Persona::AddressChange, 2 },
    { Persona::Unreachable, 1 },
    { Persona::PhoneOff, 1 },
    { Persona::CorruptPicture, 1 },
} };

template<typename T> void shuffle(QList<T> &list, QRandomGenerator &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, rng.bounded(int(i) + 1));
}

QString tracking(QRandomGenerator &rng)
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPRSTVWXY";
    QString code = QStringLiteral("1Z");
    for (int i = 0; i < 16; ++i)
        code += QLatin1Char(kAlphabet[rng.bounded(int(sizeof kAlphabet) - 1)]);
    return code;
}

QString money(int cents)
{
    return QStringLiteral("$%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString lineFor(Persona persona, const QStringList &ourNumbers)
{
    switch (persona) {
    case Persona::Appointment:
    case Persona::DeliveryProblem:
    case Persona::AddressChange:
        return ourNumbers.at(1);
    case Persona::OptedOut:
        return ourNumbers.at(2);
    default:
        return ourNumbers.at(0);
    }
}

} // namespace

void chooseItem(QRandomGenerator &rng, Customer &customer)
{
    const Item *item = nullptr;
    if (customer.persona == Persona::Video) {
        item = &kItems[8]; // a blender: a noise is worth filming
    } else {
        const bool furniture = customer.persona == Persona::Appointment;
        do {
            item = &kItems[rng.bounded(int(std::size(kItems)))];
        } while (furniture && !item->furniture);
    }
    customer.item = QString::fromUtf8(item->name);
    customer.priceCents = item->cents;
}

QString newUsNumber(QRandomGenerator &rng, QSet<QString> &used)
{
    for (;;) {
        const int area = kAreaCodes[rng.bounded(int(std::size(kAreaCodes)))];
        const int exchange = rng.bounded(200, 1000);
        const int line = rng.bounded(10000);
        if (exchange % 100 == 11 || exchange == 555 || exchange == 950 || exchange == 958
            || exchange == 959 || exchange == 976)
            continue; // service codes and the fictional 555: not numbers a customer has
        const QString number
            = QStringLiteral("+1%1%2%3").arg(area).arg(exchange).arg(line, 4, 10, QLatin1Char('0'));
        if (!used.contains(number)) {
            used.insert(number);
            return number;
        }
    }
}

Customer newCustomer(QRandomGenerator &rng, QSet<QString> &used, Persona persona,
                     const QString &ourNumber)
{
    Customer customer;
    customer.number = newUsNumber(rng, used);
    customer.name = QString::fromUtf8(kNames[rng.bounded(int(std::size(kNames)))]);
    customer.persona = persona;
    customer.ourNumber = ourNumber;
    chooseItem(rng, customer);
    customer.order = rng.bounded(40000, 60000);
    return customer;
}

Cast makeCast(quint32 seed)
{
    QRandomGenerator rng(seed);
    Cast cast;
    cast.ourNumbers = { QStringLiteral("+14158023317"), QStringLiteral("+13127364410"),
                        QStringLiteral("+16469082255") };
    cast.ourNames
        = { QStringLiteral("Support"), QStringLiteral("Deliveries"), QStringLiteral("Updates") };

    QList<Persona> personas;
    for (const auto &[persona, count] : kMix) {
        for (int i = 0; i < count; ++i)
            personas << persona;
    }
    Q_ASSERT(personas.size() == kCustomers);
    shuffle(personas, rng);
    QList<const char *> names(std::begin(kNames), std::end(kNames));
    shuffle(names, rng);

    QSet<QString> used(cast.ourNumbers.begin(), cast.ourNumbers.end());
    int angry = 0;
    int waitingOrders = 0;
    int waitingQuestions = 0;
    int waitingDamaged = 0;
    for (int i = 0; i < kCustomers; ++i) {
        Customer customer;
        customer.number = newUsNumber(rng, used);
        customer.name = QString::fromUtf8(names.at(i));
        customer.persona = personas.at(i);
        customer.ourNumber = lineFor(customer.persona, cast.ourNumbers);
        chooseItem(rng, customer);
        customer.order = rng.bounded(40000, 60000);
        switch (customer.persona) {
        case Persona::Angry:
            // One is still fuming and waiting for an apology; the other was calmed earlier.
            if (angry++ == 0) {
                customer.waiting = true;
                customer.anger = 2;
            }
            break;
        case Persona::OrderStatus:
            customer.waiting = waitingOrders++ < 2;
            break;
        case Persona::Question:
            customer.waiting = waitingQuestions++ < 1;
            break;
        case Persona::Damaged:
            customer.waiting = waitingDamaged++ < 1;
            break;
        case Persona::OptedOut:
            customer.optedOut = true;
            break;
        default:
            break;
        }
        const bool canHaveHistory
            = customer.persona != Persona::OptedOut && customer.persona != Persona::Unreachable;
        customer.earlierThread = canHaveHistory && i % 5 == 2;
        cast.customers << customer;
    }
    return cast;
}

QString fill(QRandomGenerator &rng, const Customer &customer, const char *line)
{
    QString text = QString::fromUtf8(line);
    auto replace = [&text](const char *key, const QString &value) {
        text.replace(QLatin1String(key), value);
    };
    replace("{name}", customer.name);
    replace("{order}", QString::number(customer.order));
    replace("{item}", customer.item);
    replace("{amount}", money(customer.priceCents));
    replace("{shop}", QStringLiteral("Maple & Pine"));
    if (text.contains(QLatin1String("{tracking}")))
        replace("{tracking}", tracking(rng));
    if (text.contains(QLatin1String("{day}")))
        replace("{day}", QString::fromUtf8(kDays[rng.bounded(int(std::size(kDays)))]));
    if (text.contains(QLatin1String("{agent}")))
        replace("{agent}", QString::fromUtf8(kAgents[rng.bounded(int(std::size(kAgents)))]));
    return text;
}

QString say(QRandomGenerator &rng, const Customer &customer,
            std::initializer_list<const char *> lines)
{
    const int index = rng.bounded(int(lines.size()));
    return fill(rng, customer, *(lines.begin() + index));
}

} // namespace textdesk::sim::demo
