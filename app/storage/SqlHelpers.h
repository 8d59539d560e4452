#pragma once

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

} // namespace textdesk::sql
