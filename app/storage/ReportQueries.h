#pragma once

#include "Database.h"
#include "reports/Report.h"

#include <memory>

namespace textdesk::ReportQueries {

namespace detail {
class TagsOf;
}

// The customers' tags, read once (on first use) for all the queries of one report grouped by
// tag: response times need them for the durations and for the messages handled.
class SharedTags
{
public:
    SharedTags();
    ~SharedTags();
    SharedTags(const SharedTags &) = delete;
    SharedTags &operator=(const SharedTags &) = delete;
    Result<const detail::TagsOf *> get(Database &db);

private:
    std::unique_ptr<detail::TagsOf> m_tags;
};

// The figures of reports over the cache, one row per group that has any (Row::key set, labels
// left to the caller), and into `total` (when given) the same figures ungrouped, from the same
// pass: a tag grouping's rows overlap, so the total counts each item once. `grouping`
// overrides the query's. docs/reports.md says how each is read.
Result<QList<reports::Row>> surveys(Database &db, const reports::Query &query,
                                    reports::Grouping grouping, reports::Row *total = nullptr);
// First response time (conversations whose first reply fell in the period) and resolution time
// (conversations resolved in it), into Row::firstResponse and Row::resolution.
// `tags` (optional) shares the customers' tags with other queries of the same report.
Result<QList<reports::Row>> durations(Database &db, const reports::Query &query,
                                      reports::Grouping grouping, reports::Row *total = nullptr,
                                      SharedTags *tags = nullptr);
// Messages agents sent in the period, and the conversations they were sent in.
Result<QList<reports::Row>> handled(Database &db, const reports::Query &query,
                                    reports::Grouping grouping, reports::Row *total = nullptr,
                                    SharedTags *tags = nullptr);

// The conversations (and for surveys the answers and comments) behind one row's figures,
// newest first, at most `limit`. `key` as in Row::key of the query's grouping.
Result<QList<reports::Item>> items(Database &db, const reports::Query &query, qint64 key,
                                   int limit = 500);

} // namespace textdesk::ReportQueries
