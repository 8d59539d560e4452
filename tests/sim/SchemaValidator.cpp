#include "SchemaValidator.h"

#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>

#include <cmath>

namespace textdesk::simtest {

namespace {

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == std::floor(number) ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

bool typeMatches(const QString &actual, const QString &wanted)
{
    return actual == wanted
        || (wanted == QLatin1String("number") && actual == QLatin1String("integer"));
}

} // namespace

SchemaValidator::SchemaValidator(const QJsonObject &document)
    : m_schemas(document.value(QLatin1String("components"))
                    .toObject()
                    .value(QLatin1String("schemas"))
                    .toObject())
{ }

QJsonObject SchemaValidator::resolve(const QJsonObject &schema) const
{
    QJsonObject resolved = schema;
    for (int depth = 0; depth < 8 && resolved.contains(QLatin1String("$ref")); ++depth) {
        const QString ref = resolved.value(QLatin1String("$ref")).toString();
        static const QLatin1String prefix("#/components/schemas/");
        const bool nullable = resolved.value(QLatin1String("nullable")).toBool();
        resolved = ref.startsWith(prefix) ? m_schemas.value(ref.mid(prefix.size())).toObject()
                                          : QJsonObject();
        if (nullable)
            resolved.insert(QStringLiteral("nullable"), true);
    }
    return resolved;
}

QStringList SchemaValidator::validate(const QJsonValue &value, const QString &schemaName) const
{
    QStringList problems;
    if (!m_schemas.contains(schemaName))
        return { QStringLiteral("no schema named %1").arg(schemaName) };
    check(value, m_schemas.value(schemaName).toObject(), QStringLiteral("$"), problems);
    return problems;
}

void SchemaValidator::check(const QJsonValue &value, const QJsonObject &unresolved,
                            const QString &path, QStringList &problems) const
{
    const QJsonObject schema = resolve(unresolved);
    if (schema.isEmpty()) {
        problems.append(QStringLiteral("%1: unresolvable schema").arg(path));
        return;
    }
    const QString actual = typeOf(value);
    if (value.isNull()) {
        if (!schema.value(QLatin1String("nullable")).toBool())
            problems.append(QStringLiteral("%1: null, but not nullable").arg(path));
        return;
    }
    const QString wanted = schema.value(QLatin1String("type")).toString();
    if (!wanted.isEmpty() && !typeMatches(actual, wanted)) {
        problems.append(QStringLiteral("%1: %2, expected %3").arg(path, actual, wanted));
        return;
    }
    if (schema.contains(QLatin1String("enum"))
        && !schema.value(QLatin1String("enum")).toArray().contains(value))
        problems.append(QStringLiteral("%1: %2 is not one of the enum")
                            .arg(path, value.toVariant().toString()));
    if (actual == QLatin1String("string")) {
        const QString text = value.toString();
        if (schema.contains(QLatin1String("minLength"))
            && text.size() < schema.value(QLatin1String("minLength")).toInt())
            problems.append(QStringLiteral("%1: shorter than minLength").arg(path));
        if (schema.contains(QLatin1String("maxLength"))
            && text.size() > schema.value(QLatin1String("maxLength")).toInt())
            problems.append(QStringLiteral("%1: longer than maxLength").arg(path));
        if (schema.contains(QLatin1String("pattern"))) {
            const QRegularExpression pattern(schema.value(QLatin1String("pattern")).toString());
            if (!pattern.match(text).hasMatch())
                problems.append(QStringLiteral("%1: \"%2\" does not match %3")
                                    .arg(path, text, pattern.pattern()));
        }
    }
    if (actual == QLatin1String("array") && schema.contains(QLatin1String("items"))) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            check(items[i], schema.value(QLatin1String("items")).toObject(),
                  QStringLiteral("%1[%2]").arg(path).arg(i), problems);
    }
    if (actual == QLatin1String("object") && schema.contains(QLatin1String("properties"))) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!object.contains(it.key()))
                problems.append(QStringLiteral("%1.%2: missing").arg(path, it.key()));
            else
                check(object.value(it.key()), it.value().toObject(),
                      path + QLatin1Char('.') + it.key(), problems);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!properties.contains(it.key()))
                problems.append(QStringLiteral("%1.%2: not in the schema").arg(path, it.key()));
        }
    }
    for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
        if (!value.toObject().contains(name.toString()))
            problems.append(QStringLiteral("%1.%2: required").arg(path, name.toString()));
    }
}

} // namespace textdesk::simtest
