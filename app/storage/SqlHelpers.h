#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace textdesk::sql {

// Positional binding of a whole row at once; QtSql's named placeholders cannot repeat a name.
inline void bind(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
}

// NULL for "not known" values, so that the schema's NULL means the same everywhere.
inline QVariant orNull(qint64 value)
{
    return value ? QVariant(value) : QVariant(QMetaType(QMetaType::LongLong));
}
inline QVariant orNull(int value)
{
    return value ? QVariant(value) : QVariant(QMetaType(QMetaType::Int));
}
inline QVariant orNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}
// Text for a NOT NULL column: QtSql binds a null QString as NULL, but an empty body (a picture
// without words, a redacted message) is "".
inline QVariant notNull(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

// Prepares (cached), binds and runs one statement: the query to read rows from, or why not.
inline Result<QSqlQuery *> run(Database &db, const QString &statement,
                               std::initializer_list<QVariant> values)
{
    auto q = db.prepare(statement);
    if (!q)
        return q.error();
    bind(**q, values);
    if (auto s = db.exec(**q); !s)
        return s.error();
    return *q;
}

} // namespace textdesk::sql
