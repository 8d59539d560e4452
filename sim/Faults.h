#pragma once

#include "Random.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace textdesk::sim {

enum class FaultKind {
    Error,
    Throttle,
    Latency,
    Stall,
    Cut,
    DuplicatePage,
    ReorderPage,
    Redirect, // a 3xx to another origin ("location", default the media host)
};

// One rule set through POST /sim/faults. It fires for the next `count` matching requests, or
// for each matching request with probability `rate` (drawn from the seeded generator).
struct FaultRule
{
    int id = 0;
    QString endpoint; // "messages.create", … or "*"
    FaultKind kind = FaultKind::Error;
    int remaining = 1; // requests left; -1 when `rate` decides
    double rate = 0;
    int status = 500;
    int code = 0; // 0: derived from status (20000 + status, e.g. 20500, 20429)
    QString message;
    QByteArray retryAfter; // empty: no Retry-After header
    int latencyMs = 0;
    QString location; // Redirect: where to; empty: the media host, same path

    static std::optional<FaultRule> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    bool isPageFault() const
    {
        return kind == FaultKind::DuplicatePage || kind == FaultKind::ReorderPage;
    }
};

// What the rules decided for one request.
struct FaultPlan
{
    int latencyMs = 0;
    std::optional<FaultRule> action; // error, throttle, stall or cut
    bool duplicatePage = false;
    bool reorderPage = false;
};

class Faults
{
public:
    explicit Faults(quint32 seed);

    int add(FaultRule rule);
    void clear();
    QJsonArray toJson() const;
    bool isEmpty() const { return m_rules.isEmpty(); }

    // Consumes the counts of the rules that fire. Page faults only fire on list endpoints.
    FaultPlan take(const QString &endpoint, bool isList);

    static QStringList endpoints();

private:
    QList<FaultRule> m_rules;
    Random m_random;
    int m_nextId = 1;
};

} // namespace textdesk::sim
