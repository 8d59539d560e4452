#pragma once

#include <QtCore/QString>

#include <limits>
#include <optional>

namespace textdesk::sim {

// "Fri, 24 May 2019 17:18:27 +0000": the provider's date format (RFC 2822, GMT). Hand-written
// because a 1000-message page formats 3000 of them.
QString rfc2822(qint64 msecsSinceEpoch);

// "YYMMDDhhmm" (GMT), the RawDlrDoneDate of delivery reports.
QString rawDlrDoneDate(qint64 msecsSinceEpoch);

// An inclusive span of milliseconds since the epoch.
struct TimeSpan
{
    qint64 first = std::numeric_limits<qint64>::min();
    qint64 last = std::numeric_limits<qint64>::max();
};

// A DateSent filter value: "YYYY-MM-DD" is that whole GMT day; a date-time (ISO 8601, RFC 2822,
// "YYYY-MM-DD hh:mm:ss[.zzz]") is that second. nullopt when unreadable.
std::optional<TimeSpan> parseDateFilter(const QString &value);

// SendAt: an ISO 8601 date-time (UTC when no offset is given).
std::optional<qint64> parseIsoDateTime(const QString &value);

} // namespace textdesk::sim
