#pragma once

#include "SimEngine.h"

#include <QtCore/QJsonObject>

namespace textdesk::sim {

// The provider's JSON for each resource, built from compact rows when served. Every field of
// the OpenAPI schema is present, with its type (counts and price as strings, dates RFC 2822).
class ResourceJson
{
public:
    explicit ResourceJson(SimEngine &engine);

    QString messagePath(const MessageRow &row) const; // ".../Messages/SM….json" without .json
    QJsonObject message(const MessageRow &row) const;
    // The same JSON as message(), written straight into `out`: list pages of 1000 messages
    // are built several times faster than through QJsonObject.
    void appendMessage(QByteArray &out, const MessageRow &row) const;
    QJsonObject media(const MessageRow &row, const MediaItem &item) const;
    QJsonObject phoneNumber(qsizetype index) const; // index into engine.ourNumbers()
    QJsonObject account() const;

private:
    SimEngine &m_engine;
    QString m_accountPath;
};

} // namespace textdesk::sim
