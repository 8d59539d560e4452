#pragma once

// Helpers shared by the report queries (ReportQueries.cpp, ReportHandled.cpp); not for use
// outside storage/.

#include "Database.h"
#include "Statement.h"

#include <unordered_map>
#include <vector>

namespace textdesk::ReportQueries::detail {

// Steps a statement natively (no QVariant per value) for the hot loops of the reports.
template<typename Read> Status eachNative(Database &db, const QString &sql, Read read)
{
    Statement st(db, sql);
    if (!st.prepared())
        return st.prepared();
    Statement::Step step;
    while ((step = st.step()) == Statement::Step::Row)
        read(st);
    if (step == Statement::Step::Error)
        return st.error();
    return success();
}

using TagsOf = std::unordered_map<qint64, std::vector<qint64>>;

// The customers' tags (customer → tags; only `onlyTag` when set), read once for a grouping by
// tag done in C++ rather than by a join per conversation or message.
inline Status customerTags(Database &db, qint64 onlyTag, TagsOf &tagsOf)
{
    QString sql = QStringLiteral("SELECT contact_id, tag_id FROM contact_tags");
    if (onlyTag)
        sql += QStringLiteral(" WHERE tag_id = %1").arg(onlyTag);
    return eachNative(db, sql,
                      [&](const Statement &r) { tagsOf[r.int64(0)].push_back(r.int64(1)); });
}

} // namespace textdesk::ReportQueries::detail
