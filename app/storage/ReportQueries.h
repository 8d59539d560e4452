#pragma once

#include "Database.h"
#include "reports/Report.h"

namespace textdesk::ReportQueries {

// The figures of reports, computed in SQL over the cache, one row per group that has any
// (Row::key set, labels left to the caller). `grouping` overrides the query's, so that the
// caller can ask for the ungrouped total with the same filters.
Result<QList<reports::Row>> surveys(Database &db, const reports::Query &query,
                                    reports::Grouping grouping);
// First response time (conversations whose first reply fell in the period) and resolution time
// (conversations resolved in it), into Row::firstResponse and Row::resolution.
Result<QList<reports::Row>> durations(Database &db, const reports::Query &query,
                                      reports::Grouping grouping);
// Messages agents sent in the period, and the conversations they were sent in.
Result<QList<reports::Row>> handled(Database &db, const reports::Query &query,
                                    reports::Grouping grouping);

// The conversations (and for surveys the answers and comments) behind one row's figures,
// newest first, at most `limit`. `key` as in Row::key of the query's grouping.
Result<QList<reports::Item>> items(Database &db, const reports::Query &query, qint64 key,
                                   int limit = 500);

} // namespace textdesk::ReportQueries
