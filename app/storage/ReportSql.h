#pragma once

// Helpers shared by the report queries (ReportQueries.cpp, ReportHandled.cpp); not for use
// outside storage/.

#include "Database.h"
#include "Statement.h"

#include <algorithm>
#include <span>
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

// The customers' tags (customer → tags), read once for a grouping by tag done in C++ rather
// than by a join per conversation or message. In arrays indexed by the customer's id (row ids,
// dense in practice), not a hash of vectors: no allocation per customer, no hashing per look-up.
class TagsOf
{
public:
    std::span<const qint64> of(qint64 contact) const
    {
        if (m_dense) {
            if (contact < 0 || size_t(contact) + 1 >= m_begin.size())
                return {};
            return { m_tags.data() + m_begin[size_t(contact)],
                     m_tags.data() + m_begin[size_t(contact) + 1] };
        }
        const auto [lo, hi] = std::equal_range(m_contacts.begin(), m_contacts.end(), contact);
        return { m_tags.data() + (lo - m_contacts.begin()),
                 m_tags.data() + (hi - m_contacts.begin()) };
    }

    // Only `onlyTag` when set.
    Status read(Database &db, qint64 onlyTag)
    {
        QString sql = QStringLiteral("SELECT contact_id, tag_id FROM contact_tags");
        if (onlyTag)
            sql += QStringLiteral(" WHERE tag_id = %1").arg(onlyTag);
        sql += QStringLiteral(" ORDER BY contact_id, tag_id");
        if (auto st = eachNative(db, sql,
                                 [&](const Statement &r) {
                                     m_contacts.push_back(r.int64(0));
                                     m_tags.push_back(r.int64(1));
                                 });
            !st) {
            return st;
        }
        constexpr qint64 kDenseIds = 1 << 24;
        m_dense = m_contacts.empty() || (m_contacts.front() >= 0 && m_contacts.back() < kDenseIds);
        if (!m_dense)
            return success();
        m_begin.assign(m_contacts.empty() ? 1 : size_t(m_contacts.back()) + 2, 0);
        for (qint64 contact : m_contacts)
            ++m_begin[size_t(contact) + 1];
        for (size_t i = 1; i < m_begin.size(); ++i)
            m_begin[i] += m_begin[i - 1];
        m_contacts = {};
        return success();
    }

private:
    bool m_dense = false;
    std::vector<qint64> m_contacts; // sorted, beside m_tags (when not dense)
    std::vector<qint64> m_tags;
    std::vector<quint32> m_begin; // contact → its first tag in m_tags (dense)
};

// Kept for the callers' words: reads the customers' tags into `tagsOf`.
inline Status customerTags(Database &db, qint64 onlyTag, TagsOf &tagsOf)
{
    return tagsOf.read(db, onlyTag);
}

} // namespace textdesk::ReportQueries::detail
