#include "HistoryGenerator.h"

#include "Random.h"
#include "Segments.h"

namespace textdesk::sim {

namespace {

const char *const kInbound[] = {
    "Hi, where is my order?",
    "Is the store open on Sunday?",
    "Thanks, that worked!",
    "Can I change my delivery address?",
    "I'd like a refund please",
    "What time do you close today?",
    "My package arrived damaged",
    "Do you have this in a size 10?",
    "Ok great, see you then",
    "Can I move my appointment to Thursday?",
    "Still waiting for an answer...",
    "Perfect, thank you so much",
    "How much is shipping to Canada?",
    "The tracking link doesn't work",
    "Yes please",
    "No thanks",
    "Is there a discount code?",
    "I never got the confirmation email",
    "Could you call me back?",
    "👍",
};

const char *const kOutbound[] = {
    "Hi! Your order has shipped and should arrive in 2-3 days.",
    "Thanks for reaching out, we're looking into it now.",
    "We're open 9am-6pm Monday to Saturday.",
    "Your refund has been processed. It can take 5-7 business days to appear.",
    "Your appointment is confirmed for Thursday at 10:00.",
    "Sorry about that! Could you send us a photo of the damage?",
    "Here is your tracking link: https://track.example.com/1Z999",
    "Yes, we have it in stock. Want us to hold one for you?",
    "You're welcome! Anything else we can help with?",
    "We've updated your delivery address.",
    "Shipping to Canada is $12.50 flat.",
    "Use code THANKYOU10 for 10% off your next order.",
    "How would you rate your experience today, from 1 to 5?",
    "We'll call you back within the hour.",
    "Reminder: your appointment is tomorrow at 2pm. Reply C to confirm.",
};

// Area codes libphonenumber accepts as valid US numbers with any 2xx-9xx exchange.
constexpr int kAreaCodes[] = { 201, 202, 212, 213, 305, 312, 404, 415, 503, 512,
                               602, 617, 646, 702, 713, 718, 773, 818, 917, 919 };

constexpr int kHistoryFailedCodes[] = { 30001, 30008 };
constexpr int kHistoryUndeliveredCodes[] = { 30003, 30005, 30006, 30007 };

} // namespace

HistoryGenerator::HistoryGenerator(quint32 seed, qint64 count, qint64 now)
    : m_seed(seed)
    , m_count(count)
    , m_now(now)
{ }

QString HistoryGenerator::customerNumber(quint32 seed, quint32 index)
{
    const quint64 h = splitMix64((quint64(seed) << 32) ^ index ^ 0xc0ffeeULL);
    const int area = kAreaCodes[index % std::size(kAreaCodes)];
    int exchange = 200 + int((h >> 8) % 800);
    if (exchange % 100 == 11 || exchange == 555)
        exchange += 1; // N11 and 555 are not subscriber exchanges
    const int line = int((h >> 32) % 10000);
    return QStringLiteral("+1%1%2%3").arg(area).arg(exchange).arg(line, 4, 10, QLatin1Char('0'));
}

void HistoryGenerator::generate(SimStore &store, MediaLibrary &media, SidGenerator &sids,
                                SidGenerator &mediaSids, const QList<quint32> &ourNumbers) const
{
    if (m_count <= 0 || ourNumbers.isEmpty())
        return;
    Random random(quint64(m_seed) ^ 0x4157025ULL);
    const qint64 customers = std::clamp<qint64>(m_count / 25, 20, 200'000);
    QList<quint32> customerIndex;
    customerIndex.reserve(customers);
    for (qint64 i = 0; i < customers; ++i)
        customerIndex.append(store.internNumber(customerNumber(m_seed, quint32(i))));

    struct Body
    {
        quint32 index;
        quint8 segments;
    };
    auto table = [&](const auto &texts) {
        QList<Body> bodies;
        for (const char *text : texts) {
            const QString body = QString::fromUtf8(text);
            bodies.append({ store.sharedBody(body), quint8(segmentCount(body)) });
        }
        return bodies;
    };
    const QList<Body> inbound = table(kInbound);
    const QList<Body> outbound = table(kOutbound);
    const quint32 photo = media.generated(MediaKind::Photo, 0);
    const quint32 screenshot = media.generated(MediaKind::Screenshot, 1);

    // Evenly spread over six months, ending a minute ago; created times strictly increase.
    const qint64 span = 182LL * 24 * 3600 * 1000;
    const qint64 start = m_now - 60'000 - span;
    const qint64 slot = std::max<qint64>(1, span / m_count);
    for (qint64 i = 0; i < m_count; ++i) {
        MessageRow row;
        row.sid = sids.next();
        row.created
            = start + i * slot + qint64(random.bounded(quint32(std::min<qint64>(slot, 1 << 30))));
        const quint32 c = random.bounded(quint32(customers));
        const quint32 customer = customerIndex[c];
        const quint32 ours = ourNumbers[c % ourNumbers.size()];
        const bool isInbound = random.bounded(100) < 50;
        row.flags = MessageRow::Priced;
        if (isInbound) {
            const Body &body = inbound[random.bounded(quint32(inbound.size()))];
            row.direction = Direction::Inbound;
            row.from = customer;
            row.to = ours;
            row.body = body.index;
            row.segments = body.segments;
            row.status = Status::Received;
            row.sent = row.created;
            row.updated = row.created;
            if (random.bounded(100) < 3) {
                MessageExtra extra;
                extra.media.append(
                    { mediaSids.next(), random.bounded(2) ? photo : screenshot, row.created });
                row.extra = store.addExtra(extra);
                row.flags |= MessageRow::Mms;
            }
        } else {
            const Body &body = outbound[random.bounded(quint32(outbound.size()))];
            row.direction = Direction::OutboundApi;
            row.from = ours;
            row.to = customer;
            row.body = body.index;
            row.segments = body.segments;
            const quint32 fate = random.bounded(100);
            row.sent = row.created + 1000 + random.bounded(2000);
            row.updated = row.sent + 2000 + random.bounded(3000);
            if (fate < 95) {
                row.status = Status::Delivered;
            } else if (fate < 98) {
                row.status = Status::Undelivered;
                row.errorCode
                    = kHistoryUndeliveredCodes[fate % std::size(kHistoryUndeliveredCodes)];
            } else {
                row.status = Status::Failed;
                row.errorCode = kHistoryFailedCodes[fate % std::size(kHistoryFailedCodes)];
                row.sent = -1;
            }
        }
        store.load(row);
    }
}

} // namespace textdesk::sim
