#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>

namespace textdesk::sync {

// Sender throughput, per sending number, in segments per second: a token bucket that allows a
// small burst. The provider queues what exceeds its rate and starts refusing (21611) when that
// queue is full; keeping the burst here keeps the overflow in our outbox, where it is visible
// and survives a restart.
class SendThrottle
{
public:
    SendThrottle(double segmentsPerSecond, double burstSegments);

    // How long until `segments` may go from `number` (0: now). A message larger than the burst
    // goes once the bucket is full, and the debt it leaves delays the next one.
    qint64 waitMs(const QString &number, int segments, qint64 nowMs);
    void take(const QString &number, int segments, qint64 nowMs);
    // What a new process knows of the past (e.g. when it last sent from `number`): the bucket
    // holds `tokens` (at most the burst) at nowMs.
    void setTokens(const QString &number, double tokens, qint64 nowMs);
    // The provider asked us to wait (Retry-After): nothing goes from `number` before untilMs.
    void holdUntil(const QString &number, qint64 untilMs);

    double segmentsPerSecond() const { return m_rate; }
    double burstSegments() const { return m_burst; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedAt = 0;
        qint64 heldUntil = 0;
    };
    Bucket &refilled(const QString &number, qint64 nowMs);

    double m_rate;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace textdesk::sync
