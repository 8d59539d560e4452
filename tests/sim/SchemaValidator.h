#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QStringList>

namespace textdesk::simtest {

// The JSON Schema subset of Twilio's OpenAPI spec that the simulator's resources use: $ref
// (#/components/schemas/…), type, nullable, properties, required, enum, items, minLength,
// maxLength, pattern. Stricter than the spec on purpose: every declared property must be
// present (the provider sends them all, null when empty) and no undeclared property may appear.
class SchemaValidator
{
public:
    explicit SchemaValidator(const QJsonObject &document);

    bool isValid() const { return !m_schemas.isEmpty(); }
    // Problems found, each as "path: what" (empty when the value conforms).
    QStringList validate(const QJsonValue &value, const QString &schemaName) const;

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path,
               QStringList &problems) const;
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_schemas;
};

} // namespace textdesk::simtest
