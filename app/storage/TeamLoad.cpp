#include "TeamLoad.h"

#include "SqlHelpers.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace textdesk::TeamLoad {

Result<QList<Agent>> agents(Database &db)
{
    auto query = sql::run(
        db, QStringLiteral("SELECT id, name FROM agents WHERE name <> '' ORDER BY id"), {});
    if (!query)
        return query.error();
    QList<Agent> list;
    while ((*query)->next())
        list.append({ (*query)->value(0).toLongLong(), (*query)->value(1).toString() });
    (*query)->finish();
    // By name without case and accents first ("Zoë" before "Zoltan" in any system locale),
    // then as the user's language sorts them.
    const auto folded = [](const QString &name) {
        QString out;
        for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                out.append(c.toCaseFolded());
        }
        return out;
    };
    QList<QPair<QString, Agent>> keyed;
    for (const Agent &agent : std::as_const(list))
        keyed.append({ folded(agent.name), agent });
    QCollator collator;
    std::stable_sort(keyed.begin(), keyed.end(), [&collator](const auto &a, const auto &b) {
        if (const int c = a.first.compare(b.first))
            return c < 0;
        return collator.compare(a.second.name, b.second.name) < 0;
    });
    list.clear();
    for (const auto &[key, agent] : std::as_const(keyed))
        list.append(agent);
    return list;
}

Result<QList<Load>> loads(Database &db)
{
    // Resolved conversations are most of a cache; the status index reaches the rest without
    // reading them. "Waiting" is read as the inbox reads it (SummaryRows): a customer who opted
    // out waits for nobody; the contact is looked up only for a conversation that waits.
    auto query = sql::run(
        db,
        QStringLiteral(
            "SELECT agent, status, count(*), count(waits), min(waits) FROM ("
            "SELECT coalesce(c.assignee_id, 0) AS agent, c.status AS status, "
            "CASE WHEN c.waiting_since IS NOT NULL AND c.status IN ('open', 'pending') AND "
            "NOT EXISTS (SELECT 1 FROM contacts ct WHERE ct.id = c.contact_id AND "
            "ct.consent_state = 'opted_out') THEN c.waiting_since END AS waits "
            "FROM conversations c WHERE c.status IN ('open', 'pending', 'snoozed')) "
            "GROUP BY agent, status"),
        {});
    if (!query)
        return query.error();
    QList<Load> list;
    QHash<qint64, qsizetype> slot;
    while ((*query)->next()) {
        const QSqlQuery &q = **query;
        const qint64 agent = q.value(0).toLongLong();
        auto it = slot.find(agent);
        if (it == slot.end()) {
            it = slot.insert(agent, list.size());
            list.append(Load { agent });
        }
        Load &load = list[*it];
        const QString status = q.value(1).toString();
        const int count = q.value(2).toInt();
        if (status == QLatin1String("open"))
            load.open = count;
        else if (status == QLatin1String("pending"))
            load.pending = count;
        else
            load.snoozed = count;
        load.waiting += q.value(3).toInt();
        const qint64 since = q.value(4).toLongLong();
        if (since > 0 && (load.oldestWaitingSince == 0 || since < load.oldestWaitingSince))
            load.oldestWaitingSince = since;
    }
    (*query)->finish();
    return list;
}

} // namespace textdesk::TeamLoad
