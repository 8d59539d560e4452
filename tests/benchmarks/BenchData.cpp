#include "BenchData.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <random>

namespace textdesk::bench {

namespace {
const char *const kWords[] = {
    "hi",         "hello",       "thanks",   "thank",     "you",      "order",
    "my",         "the",         "is",       "a",         "to",       "for",
    "and",        "it",          "when",     "will",      "where",    "status",
    "tracking",   "number",      "refund",   "please",    "can",      "i",
    "get",        "appointment", "tomorrow", "today",     "delivery", "package",
    "arrived",    "not",         "yet",      "still",     "waiting",  "help",
    "need",       "change",      "time",     "address",   "cancel",   "subscription",
    "payment",    "card",        "charged",  "twice",     "account",  "password",
    "reset",      "login",       "store",    "pickup",    "ready",    "shipped",
    "delayed",    "sorry",       "about",    "that",      "we",       "have",
    "sent",       "replacement", "return",   "label",     "email",    "phone",
    "call",       "back",        "morning",  "afternoon", "evening",  "monday",
    "friday",     "week",        "great",    "perfect",   "ok",       "okay",
    "yes",        "no",          "could",    "would",     "like",     "reschedule",
    "confirm",    "confirmed",   "booking",  "reference", "invoice",  "receipt",
    "price",      "discount",    "code",     "coupon",    "broken",   "damaged",
    "missing",    "item",        "size",     "color",     "exchange", "warranty",
    "repair",     "technician",  "visit",    "window",    "between",  "minutes",
    "hours",      "days",        "update",   "soon",      "asap",     "urgent",
    "frustrated", "again",       "what",     "why",       "how",      "who",
    "there",      "this",        "was",      "be",        "on",       "in",
    "of",         "with",        "your",     "our",       "team",     "service",
    "support",    "agent",       "manager",  "survey",    "rate",     "experience",
    "best",
};

QString makeSid(std::mt19937_64 &rng)
{
    static const char hex[] = "0123456789abcdef";
    QString sid(34, Qt::Uninitialized);
    sid[0] = QLatin1Char('S');
    sid[1] = QLatin1Char('M');
    quint64 a = rng(), b = rng();
    for (int i = 0; i < 16; ++i) {
        sid[2 + i] = QLatin1Char(hex[(a >> (i * 4)) & 0xf]);
        sid[18 + i] = QLatin1Char(hex[(b >> (i * 4)) & 0xf]);
    }
    return sid;
}
} // namespace

Workload generate(qint64 messages, qint64 conversations, qint64 bigThread, quint64 seed)
{
    std::mt19937_64 rng(seed);
    Workload w;
    bigThread = std::min(bigThread, messages - (conversations - 1));

    // Vocabulary: the support words first (most frequent), then rarer filler terms.
    QStringList vocabulary;
    for (const char *word : kWords)
        vocabulary << QString::fromLatin1(word);
    for (int i = 0; i < 4000; ++i)
        vocabulary << QStringLiteral("term%1").arg(i);
    std::vector<double> weights(vocabulary.size());
    for (size_t i = 0; i < weights.size(); ++i)
        weights[i] = 1.0 / std::pow(double(i + 1), 0.9);
    std::discrete_distribution<int> pickWord(weights.begin(), weights.end());
    std::uniform_int_distribution<int> wordCount(4, 22);

    const QStringList inboxes = { QStringLiteral("+14155550100"), QStringLiteral("+14155550101"),
                                  QStringLiteral("+14155550102") };
    QStringList contacts;
    contacts.reserve(conversations);
    for (qint64 i = 0; i < conversations; ++i)
        contacts << QStringLiteral("+1628%1").arg(2000000 + i, 7, 10, QLatin1Char('0'));
    w.bigConversationContact = 0;
    w.bigThreadE164 = contacts.first();

    // Which conversation each message belongs to: the long thread, one for every other
    // conversation, the rest at random; then shuffled and laid out in time.
    std::vector<qint32> owner;
    owner.reserve(messages);
    owner.insert(owner.end(), bigThread, 0);
    for (qint64 c = 1; c < conversations; ++c)
        owner.push_back(qint32(c));
    std::uniform_int_distribution<qint32> anyOther(1, qint32(conversations - 1));
    while (qint64(owner.size()) < messages)
        owner.push_back(anyOther(rng));
    std::shuffle(owner.begin(), owner.end(), rng);

    const qint64 end = 1'790'000'000'000; // Sep 2026
    const qint64 span = 365LL * 24 * 3600 * 1000;
    const qint64 step = std::max<qint64>(1, span / messages);
    std::uniform_int_distribution<int> percent(0, 99);

    w.rows.reserve(messages);
    QString body;
    for (qint64 i = 0; i < messages; ++i) {
        ImportMessage row;
        const qint32 c = owner[i];
        row.contactE164 = contacts.at(c);
        row.inboxE164 = inboxes.at(c % inboxes.size());
        MessageRecord &m = row.message;
        m.sid = makeSid(rng);
        const int words = wordCount(rng);
        body.clear();
        for (int k = 0; k < words; ++k) {
            if (k)
                body += QLatin1Char(' ');
            body += vocabulary.at(pickWord(rng));
        }
        m.body = body;
        m.direction = percent(rng) < 55 ? Direction::Inbound : Direction::Outbound;
        if (m.direction == Direction::Inbound) {
            m.status = QStringLiteral("received");
        } else {
            const int p = percent(rng);
            m.status = p < 90 ? QStringLiteral("delivered")
                : p < 95      ? QStringLiteral("sent")
                : p < 98      ? QStringLiteral("undelivered")
                              : QStringLiteral("failed");
            if (p >= 95)
                m.errorCode = 30003 + (p % 5);
        }
        m.numSegments = body.size() > 160 ? 2 : 1;
        m.encoding = QStringLiteral("gsm7");
        m.createdAt = end - span + i * step;
        m.sentAt = m.createdAt;
        m.updatedAt = m.createdAt;
        w.rows.push_back(std::move(row));
    }
    return w;
}

Percentiles percentiles(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    auto at = [&samples](double q) {
        return samples[std::min(samples.size() - 1, size_t(q * double(samples.size() - 1) + 0.5))];
    };
    return { at(0.5), at(0.95) };
}

} // namespace textdesk::bench
