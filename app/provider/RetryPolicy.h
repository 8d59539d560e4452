#pragma once

#include <QtCore/QtGlobal>

#include <functional>

namespace textdesk::provider {

// When and how often a failed call is tried again: exponential backoff with full jitter
// (a random wait between 0 and the capped exponential), or the provider's Retry-After.
struct RetryPolicy
{
    int maxAttempts = 5; // including the first
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 30'000;
    // A Retry-After longer than this is not waited out inside the call: the error goes back
    // to the caller with retryAfterMs() set, so the sync engine can schedule it.
    qint64 maxRetryAfterMs = 60'000;
    // No byte moved for this long: the call is abandoned.
    qint64 inactivityTimeoutMs = 30'000;
    // Uniform in [0, 1); replaceable so tests and benchmarks are deterministic.
    std::function<double()> random;

    qint64 backoffMs(int failedAttempts) const;
};

} // namespace textdesk::provider
