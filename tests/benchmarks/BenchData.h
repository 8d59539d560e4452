#pragma once

#include "storage/BulkImporter.h"

#include <vector>

namespace textdesk::bench {

// A deterministic support-inbox history: `conversations` customers, one of them with a long
// thread of `bigThread` messages, the rest sharing the remaining messages; bodies drawn from a
// support vocabulary with a Zipf-like skew, so that common words are common.
struct Workload
{
    std::vector<ImportMessage> rows; // in time order
    qint64 bigConversationContact = 0; // index of the customer with the long thread
    QString bigThreadE164;
};

Workload generate(qint64 messages, qint64 conversations, qint64 bigThread, quint64 seed);

// Median and 95th percentile of a sample in milliseconds.
struct Percentiles
{
    double median = 0;
    double p95 = 0;
};
Percentiles percentiles(std::vector<double> samples);

} // namespace textdesk::bench
