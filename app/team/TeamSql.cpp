#include "TeamSql.h"

#include <QSqlError>

namespace textdesk::team {

TeamResult<QSqlQuery> teamExec(const QSqlDatabase &db, const QString &statement,
                               std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.size() == 0) {
        if (!query.exec(statement))
            return TeamError::fromSql(query.lastError());
        return query;
    }
    if (!query.prepare(statement))
        return TeamError::fromSql(query.lastError());
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
    if (!query.exec())
        return TeamError::fromSql(query.lastError());
    return query;
}

} // namespace textdesk::team
