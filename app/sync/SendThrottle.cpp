#include "SendThrottle.h"

#include <algorithm>
#include <cmath>

namespace textdesk::sync {

SendThrottle::SendThrottle(double segmentsPerSecond, double burstSegments)
    : m_rate(std::max(0.001, segmentsPerSecond))
    , m_burst(std::max(1.0, burstSegments))
{ }

SendThrottle::Bucket &SendThrottle::refilled(const QString &number, qint64 nowMs)
{
    auto it = m_buckets.find(number);
    if (it == m_buckets.end())
        it = m_buckets.insert(number, Bucket { m_burst, nowMs, 0 });
    Bucket &bucket = *it;
    if (nowMs > bucket.updatedAt) {
        bucket.tokens
            = std::min(m_burst, bucket.tokens + double(nowMs - bucket.updatedAt) * m_rate / 1000.0);
        bucket.updatedAt = nowMs;
    }
    return bucket;
}

qint64 SendThrottle::waitMs(const QString &number, int segments, qint64 nowMs)
{
    Bucket &bucket = refilled(number, nowMs);
    const double needed = std::min(m_burst, double(std::max(1, segments)));
    qint64 wait = 0;
    if (bucket.tokens < needed)
        wait = qint64(std::ceil((needed - bucket.tokens) * 1000.0 / m_rate));
    return std::max(wait, bucket.heldUntil - nowMs);
}

void SendThrottle::take(const QString &number, int segments, qint64 nowMs)
{
    refilled(number, nowMs).tokens -= double(std::max(1, segments));
}

void SendThrottle::setTokens(const QString &number, double tokens, qint64 nowMs)
{
    Bucket &bucket = refilled(number, nowMs);
    bucket.tokens = std::clamp(tokens, 0.0, m_burst);
}

void SendThrottle::holdUntil(const QString &number, qint64 untilMs)
{
    Bucket &bucket = m_buckets[number];
    if (bucket.updatedAt == 0)
        bucket.tokens = m_burst;
    bucket.heldUntil = std::max(bucket.heldUntil, untilMs);
}

} // namespace textdesk::sync
