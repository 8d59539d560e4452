#pragma once

#include "TeamError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace textdesk::team {

// Runs one statement on a team connection with positional values ('?'); the query to read rows
// from, or why not. QPSQL formats the values on the client (SQL PREPARE/EXECUTE): right on a
// direct connection, wrong behind a transaction-pooling PgBouncer (docs/team.md).
TeamResult<QSqlQuery> teamExec(const QSqlDatabase &db, const QString &statement,
                               std::initializer_list<QVariant> values = {});

// Runs `work` in one transaction: committed when it succeeds, rolled back when it fails.
template<typename Work> auto inTransaction(QSqlDatabase db, Work work) -> decltype(work())
{
    if (!db.transaction())
        return TeamError::fromSql(db.lastError());
    auto result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        TeamError error = TeamError::fromSql(db.lastError());
        db.rollback();
        return error;
    }
    return result;
}

} // namespace textdesk::team
