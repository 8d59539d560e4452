#include "Reports.h"

#include "Periods.h"
#include "storage/Directory.h"
#include "storage/ReportQueries.h"

#include <algorithm>

namespace textdesk::reports {

namespace {
// As people list names: "Agent 2" before "Agent 10" (runs of digits by their value), the rest
// case aside in the locale's order. QCollator's numeric mode would do it, but not in every
// locale (not in C, which tests and servers run in).
int peopleOrder(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool digitA = a.at(i).isDigit(), digitB = b.at(j).isDigit();
        qsizetype endA = i, endB = j;
        while (endA < a.size() && a.at(endA).isDigit() == digitA)
            ++endA;
        while (endB < b.size() && b.at(endB).isDigit() == digitB)
            ++endB;
        const QStringView runA = QStringView(a).mid(i, endA - i);
        const QStringView runB = QStringView(b).mid(j, endB - j);
        int order = 0;
        if (digitA && digitB) {
            // By value: fewer digits (leading zeros aside) is smaller, then digit by digit.
            QStringView valueA = runA, valueB = runB;
            while (valueA.size() > 1 && valueA.front() == u'0')
                valueA = valueA.mid(1);
            while (valueB.size() > 1 && valueB.front() == u'0')
                valueB = valueB.mid(1);
            order = valueA.size() != valueB.size() ? (valueA.size() < valueB.size() ? -1 : 1)
                                                   : valueA.compare(valueB);
        } else {
            order
                = runA.toString().toCaseFolded().localeAwareCompare(runB.toString().toCaseFolded());
        }
        if (order != 0)
            return order;
        i = endA;
        j = endB;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : (a.size() - i) > (b.size() - j) ? 1 : 0;
}
} // namespace

namespace {
// Adds one query's figures to the rows by key (each query fills its own fields).
void merge(QList<Row> &rows, const QList<Row> &part, void (*take)(Row &, const Row &))
{
    for (const Row &p : part) {
        auto it
            = std::find_if(rows.begin(), rows.end(), [&](const Row &r) { return r.key == p.key; });
        if (it == rows.end()) {
            rows.append(Row {});
            rows.last().key = p.key;
            it = rows.end() - 1;
        }
        take(*it, p);
    }
}

void takeSurveys(Row &to, const Row &from)
{
    to.sent = from.sent;
    to.answered = from.answered;
    to.scored = from.scored;
    to.scoreSum = from.scoreSum;
    to.positive = from.positive;
    to.negative = from.negative;
}

void takeDurations(Row &to, const Row &from)
{
    to.firstResponse = from.firstResponse;
    to.resolution = from.resolution;
}

void takeHandled(Row &to, const Row &from)
{
    to.messages = from.messages;
    to.conversations = from.conversations;
}

// The rows of the grouping and, from the same passes, the total (each item counted once).
Result<QList<Row>> figures(Database &db, const Query &query, Row *total)
{
    QList<Row> rows;
    if (query.kind == Kind::ResponseTimes) {
        ReportQueries::SharedTags tags;
        auto d = ReportQueries::durations(db, query, query.grouping, total, &tags);
        if (!d)
            return d.error();
        merge(rows, *d, takeDurations);
        auto h = ReportQueries::handled(db, query, query.grouping, total, &tags);
        if (!h)
            return h.error();
        merge(rows, *h, takeHandled);
    } else {
        auto s = ReportQueries::surveys(db, query, query.grouping, total);
        if (!s)
            return s.error();
        merge(rows, *s, takeSurveys);
    }
    return rows;
}
} // namespace

Result<Report> Reports::run(Database &db, const Query &query)
{
    Report report;
    report.query = query;
    auto rows = figures(db, query, &report.total);
    if (!rows)
        return rows.error();
    report.total.label = tr("Total");

    if (isTimeGrouping(query.grouping)) {
        // Every period, so that an empty one shows as empty rather than missing.
        report.rows = Periods::all(query);
        for (Row &period : report.rows) {
            for (const Row &r : *rows) {
                if (r.key == period.key) {
                    const Row bounds = period;
                    period = r;
                    period.label = bounds.label;
                    period.periodStartMs = bounds.periodStartMs;
                    period.periodEndMs = bounds.periodEndMs;
                }
            }
        }
        return report;
    }

    QHash<qint64, QString> names;
    if (query.grouping == Grouping::Agent) {
        auto agents = Directory::agentNames(db);
        if (!agents)
            return agents.error();
        names = *agents;
    } else if (query.grouping == Grouping::Number) {
        auto inboxes = Directory::inboxes(db);
        if (!inboxes)
            return inboxes.error();
        for (const auto &inbox : *inboxes)
            names.insert(inbox.id,
                         inbox.friendlyName.isEmpty()
                             ? inbox.e164
                             : QStringLiteral("%1 (%2)").arg(inbox.friendlyName, inbox.e164));
    } else if (query.grouping == Grouping::Tag) {
        auto tags = Directory::tags(db);
        if (!tags)
            return tags.error();
        for (const auto &tag : *tags)
            names.insert(tag.id, tag.name);
    }
    for (Row &row : *rows) {
        if (query.grouping == Grouping::None)
            row.label = tr("All");
        else if (query.grouping == Grouping::Agent && row.key == 0)
            row.label = tr("No agent");
        else
            row.label = names.value(row.key, tr("Unknown (%1)").arg(row.key));
    }
    std::sort(rows->begin(), rows->end(),
              [](const Row &a, const Row &b) { return peopleOrder(a.label, b.label) < 0; });
    report.rows = *rows;
    return report;
}

Result<QList<Item>> Reports::items(Database &db, const Query &query, qint64 key)
{
    return ReportQueries::items(db, query, key, kDrillLimit);
}

QString Reports::title(Kind kind)
{
    switch (kind) {
    case Kind::Csat:
        return tr("Customer satisfaction (CSAT)");
    case Kind::Nps:
        return tr("Net Promoter Score (NPS)");
    case Kind::Ces:
        return tr("Customer effort (CES)");
    case Kind::ResponseTimes:
        return tr("Response and resolution times");
    }
    return {};
}

QString Reports::groupingTitle(Grouping grouping)
{
    switch (grouping) {
    case Grouping::None:
        return tr("No grouping");
    case Grouping::Agent:
        return tr("By agent");
    case Grouping::Number:
        return tr("By our number");
    case Grouping::Tag:
        return tr("By tag");
    case Grouping::Day:
        return tr("By day");
    case Grouping::Week:
        return tr("By week");
    case Grouping::Month:
        return tr("By month");
    }
    return {};
}

} // namespace textdesk::reports
