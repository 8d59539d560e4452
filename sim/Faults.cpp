#include "Faults.h"

#include <QtCore/QUrl>

namespace textdesk::sim {

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
};

constexpr KindName kKinds[] = {
    { FaultKind::Error, "error" },
    { FaultKind::Throttle, "throttle" },
    { FaultKind::Latency, "latency" },
    { FaultKind::Stall, "stall" },
    { FaultKind::Cut, "cut" },
    { FaultKind::DuplicatePage, "duplicate-page" },
    { FaultKind::ReorderPage, "reorder-page" },
    { FaultKind::Redirect, "redirect" },
};

QString kindName(FaultKind kind)
{
    for (const auto &entry : kKinds) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

} // namespace

QStringList Faults::endpoints()
{
    return { QStringLiteral("messages.create"), QStringLiteral("messages.list"),
             QStringLiteral("messages.fetch"),  QStringLiteral("messages.update"),
             QStringLiteral("messages.delete"), QStringLiteral("media.list"),
             QStringLiteral("media.fetch"),     QStringLiteral("media.delete"),
             QStringLiteral("media.content"),   QStringLiteral("numbers.list"),
             QStringLiteral("accounts.fetch"),  QStringLiteral("*") };
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &json, QString *error)
{
    FaultRule rule;
    rule.endpoint = json.value(QLatin1String("endpoint")).toString(QStringLiteral("*"));
    if (!Faults::endpoints().contains(rule.endpoint)) {
        *error = QStringLiteral("unknown endpoint \"%1\"; one of %2")
                     .arg(rule.endpoint, Faults::endpoints().join(QLatin1String(", ")));
        return std::nullopt;
    }
    const QString kind = json.value(QLatin1String("kind")).toString();
    bool known = false;
    for (const auto &entry : kKinds) {
        if (kind == QLatin1String(entry.name)) {
            rule.kind = entry.kind;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("unknown kind \"%1\"").arg(kind);
        return std::nullopt;
    }
    if (json.contains(QLatin1String("rate"))) {
        rule.rate = json.value(QLatin1String("rate")).toDouble(-1);
        if (rule.rate < 0 || rule.rate > 1) {
            *error = QStringLiteral("rate must be between 0 and 1");
            return std::nullopt;
        }
        rule.remaining = -1;
    } else {
        rule.remaining = json.value(QLatin1String("count")).toInt(1);
        if (rule.remaining < 1) {
            *error = QStringLiteral("count must be at least 1");
            return std::nullopt;
        }
    }
    if (rule.kind == FaultKind::Redirect) {
        rule.status = json.value(QLatin1String("status")).toInt(307);
        if (rule.status < 300 || rule.status > 308) {
            *error = QStringLiteral("a redirect's status is 3xx (301, 302, 303, 307, 308)");
            return std::nullopt;
        }
        rule.location = json.value(QLatin1String("location")).toString();
        if (!rule.location.isEmpty() && !QUrl(rule.location, QUrl::StrictMode).isValid()) {
            *error = QStringLiteral("location must be a URL");
            return std::nullopt;
        }
        return rule;
    }
    rule.status
        = json.value(QLatin1String("status")).toInt(rule.kind == FaultKind::Throttle ? 429 : 500);
    if (rule.status < 400 || rule.status > 599) {
        *error = QStringLiteral("status must be an HTTP error status (400-599)");
        return std::nullopt;
    }
    rule.code = json.value(QLatin1String("code")).toInt(0);
    rule.message = json.value(QLatin1String("message")).toString();
    const QJsonValue retryAfter = json.value(QLatin1String("retryAfter"));
    if (retryAfter.isDouble())
        rule.retryAfter = QByteArray::number(retryAfter.toInt());
    else if (retryAfter.isString())
        rule.retryAfter = retryAfter.toString().toLatin1();
    rule.latencyMs = json.value(QLatin1String("latencyMs")).toInt(0);
    if (rule.kind == FaultKind::Latency && rule.latencyMs <= 0)
        rule.latencyMs = 1000;
    return rule;
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject json {
        { QStringLiteral("id"), id },
        { QStringLiteral("endpoint"), endpoint },
        { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("status"), status },
    };
    if (remaining >= 0)
        json.insert(QStringLiteral("count"), remaining);
    else
        json.insert(QStringLiteral("rate"), rate);
    if (code)
        json.insert(QStringLiteral("code"), code);
    if (!message.isEmpty())
        json.insert(QStringLiteral("message"), message);
    if (!retryAfter.isEmpty())
        json.insert(QStringLiteral("retryAfter"), QString::fromLatin1(retryAfter));
    if (latencyMs)
        json.insert(QStringLiteral("latencyMs"), latencyMs);
    if (!location.isEmpty())
        json.insert(QStringLiteral("location"), location);
    return json;
}

Faults::Faults(quint32 seed)
    : m_random(quint64(seed) ^ 0xfa0175ULL)
{ }

int Faults::add(FaultRule rule)
{
    rule.id = m_nextId++;
    m_rules.append(rule);
    return rule.id;
}

void Faults::clear()
{
    m_rules.clear();
}

QJsonArray Faults::toJson() const
{
    QJsonArray array;
    for (const auto &rule : m_rules)
        array.append(rule.toJson());
    return array;
}

FaultPlan Faults::take(const QString &endpoint, bool isList)
{
    FaultPlan plan;
    for (auto &rule : m_rules) {
        if (rule.endpoint != QLatin1String("*") && rule.endpoint != endpoint)
            continue;
        if (rule.isPageFault() && !isList)
            continue;
        // One action per request: a later error rule waits for a later request.
        const bool isAction = !rule.isPageFault() && rule.kind != FaultKind::Latency;
        if (isAction && plan.action)
            continue;
        const bool fires
            = rule.remaining > 0 || (rule.remaining < 0 && m_random.uniform() < rule.rate);
        if (!fires)
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        plan.latencyMs = std::max(plan.latencyMs, rule.latencyMs);
        if (rule.kind == FaultKind::DuplicatePage)
            plan.duplicatePage = true;
        else if (rule.kind == FaultKind::ReorderPage)
            plan.reorderPage = true;
        else if (isAction)
            plan.action = rule;
    }
    m_rules.removeIf([](const FaultRule &rule) { return rule.remaining == 0; });
    return plan;
}

} // namespace textdesk::sim
