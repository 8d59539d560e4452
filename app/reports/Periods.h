#pragma once

#include "Report.h"

#include <utility>
#include <vector>

namespace textdesk::reports {

// The periods of a time grouping in the query's time zone. The SQL computes a period's index
// from a time in ms with integer arithmetic (the zone's UTC offset as a CASE over the range's
// DST transitions), so grouping costs no date functions per row; C++ turns indexes into dates.
namespace Periods {

// An SQL expression of `column` (ms since the epoch) giving its period's index.
QString keySql(const Query &query, const QString &column);

// The same index as keySql(), computed in C++ from a time in ms: for rows stepped natively,
// where a CASE per row in the SQL cost more than the scan. Built once per query.
class KeyOf
{
public:
    explicit KeyOf(const Query &query);
    qint64 operator()(qint64 ms) const;

private:
    Grouping m_grouping;
    qint64 m_firstOffset = 0;
    std::vector<std::pair<qint64, qint64>> m_transitions; // (at, offset from then on), in order
    qint64 m_lastMonth = 0;
    std::vector<std::pair<qint64, qint64>> m_monthStarts; // (start, index of the month before)
};

// Every period overlapping the query's range, in order, with key, label and bounds set.
QList<Row> all(const Query &query);

// The period's bounds and label for an index.
Row period(const Query &query, qint64 key);

} // namespace Periods
} // namespace textdesk::reports
