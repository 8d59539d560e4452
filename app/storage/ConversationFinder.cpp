#include "ConversationFinder.h"

#include "SearchQuery.h"
#include "SummaryRows.h"

#include <QStringBuilder>

namespace textdesk {

Result<QList<ConversationSummary>> ConversationFinder::byIds(const QList<qint64> &ids)
{
    QList<ConversationSummary> found;
    if (ids.isEmpty())
        return found;
    // Integers inline: nothing to escape, one statement for any number of ids.
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list << QString::number(id);
    auto query = m_db.prepareOwned(
        SummaryRows::select()
        % QStringLiteral("WHERE c.id IN (%1)").arg(list.join(QLatin1Char(','))));
    if (!query)
        return query.error();
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    QHash<qint64, ConversationSummary> byId;
    while ((*query)->next()) {
        ConversationSummary summary = SummaryRows::read(**query);
        byId.insert(summary.id, std::move(summary));
    }
    for (const qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            found.append(*it);
    }
    return found;
}

Result<QList<ConversationSummary>> ConversationFinder::forCustomers(const QString &typed,
                                                                    int perCustomer, int limit)
{
    QList<ConversationSummary> found;
    // Names are typed as they come to mind: the last word is a prefix.
    const QString match = SearchQuery::toFts(typed, SearchQuery::Prefix::LastTerm);
    const QString digits = SearchQuery::digitsOf(typed);
    QStringList hits;
    QVariantList values;
    if (!match.isEmpty()) {
        hits << QStringLiteral("SELECT rowid, 0 FROM contact_fts WHERE contact_fts MATCH ?");
        values << match;
    }
    if (digits.size() >= 3) {
        hits << QStringLiteral("SELECT id, 1 FROM contacts WHERE e164 LIKE ?");
        values << QString(QLatin1Char('%') + digits + QLatin1Char('%'));
    }
    if (hits.isEmpty())
        return found;
    values << perCustomer << limit;
    // The matching customers (by name before by number), their conversations numbered by
    // recent activity, and the summary rows of the first few of each.
    auto query = m_db.prepare(
        QStringLiteral("WITH hit(contact_id, rank) AS (%1), "
                       "customer(contact_id, rank) AS (SELECT contact_id, min(rank) FROM hit "
                       "GROUP BY contact_id), "
                       "ranked(id, rank, contact_id, activity, n) AS (SELECT v.id, cu.rank, "
                       "v.contact_id, v.last_activity_at, row_number() OVER (PARTITION BY "
                       "v.contact_id ORDER BY v.last_activity_at DESC, v.id DESC) FROM customer "
                       "cu JOIN conversations v ON v.contact_id = cu.contact_id) ")
            .arg(hits.join(QStringLiteral(" UNION ALL ")))
        % SummaryRows::select()
        % QStringLiteral("JOIN ranked r ON r.id = c.id WHERE r.n <= ? "
                         "ORDER BY r.rank, r.contact_id DESC, r.activity DESC, r.id DESC "
                         "LIMIT ?"));
    if (!query)
        return query.error();
    for (int i = 0; i < values.size(); ++i)
        (*query)->bindValue(i, values.at(i));
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    while ((*query)->next())
        found.append(SummaryRows::read(**query));
    (*query)->finish();
    return found;
}

} // namespace textdesk
