#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>

namespace textdesk::reports {

// Which figures a report shows. Survey reports count the surveys *sent* in the period (so that
// the response rate compares like with like); response times count what happened in it.
enum class Kind { Csat, Nps, Ces, ResponseTimes };
enum class Grouping { None, Agent, Number, Tag, Day, Week, Month };

// The words of the command line and of the CSV/JSON files (stable, never translated).
QString kindName(Kind kind);
bool kindFromName(const QString &name, Kind *kind);
QString groupingName(Grouping grouping);
bool groupingFromName(const QString &name, Grouping *grouping);
bool isTimeGrouping(Grouping grouping);

struct Query
{
    Kind kind = Kind::Csat;
    Grouping grouping = Grouping::None;
    // Both days included, in `zone` (the workspace's local time: a day is 23 or 25 hours long
    // on a DST change).
    QDate from;
    QDate to;
    QTimeZone zone = QTimeZone::systemTimeZone();
    // Filters on the other dimensions; 0 is "any".
    qint64 agentId = 0;
    qint64 inboxId = 0;
    qint64 tagId = 0;

    qint64 fromMs() const;
    qint64 toMs() const; // exclusive: the start of the day after `to`
};

// Median and 90th percentile of durations, with the count per bucket. The median is the middle
// value (the mean of the two middle ones for an even count); the 90th percentile is by nearest
// rank: the value at rank ⌈0.9·n⌉ in ascending order (so it is always an observed value).
struct Durations
{
    enum Bucket {
        UnderOneHour,
        OneToFourHours,
        FourToEightHours,
        EightToTwentyFourHours,
        OverADay
    };
    static constexpr int kBuckets = 5;
    int count = 0;
    double medianMs = 0;
    qint64 p90Ms = 0;
    std::array<int, kBuckets> buckets {};
};

struct Row
{
    // The agent's, number's or tag's id (0: none, e.g. not assigned), or for time groupings the
    // period's index (days/weeks since 1970-01-01 local, months since 1970-01).
    qint64 key = 0;
    QString label;
    qint64 periodStartMs = 0; // time groupings: the period's first instant
    qint64 periodEndMs = 0;

    // Surveys of the report's kind sent in the period, and the ones answered.
    int sent = 0;
    int answered = 0;
    // Explicit scores within the kind's scale (inferred ones are shown elsewhere, never counted).
    int scored = 0;
    qint64 scoreSum = 0;
    int positive = 0; // CSAT 4–5, NPS 9–10 (promoters)
    int negative = 0; // NPS 0–6 (detractors)

    Durations firstResponse;
    Durations resolution;
    int conversations = 0; // conversations an agent wrote in during the period
    int messages = 0; // messages agents sent in the period

    double responseRate() const { return sent ? 100.0 * answered / sent : 0; }
    double average() const { return scored ? double(scoreSum) / scored : 0; }
    double csatPercent() const { return scored ? 100.0 * positive / scored : 0; }
    int passive() const { return scored - positive - negative; }
    double nps() const { return scored ? 100.0 * (positive - negative) / scored : 0; }
    bool hasData() const;
};

struct Report
{
    Query query;
    QList<Row> rows; // every period of a time grouping, empty ones included
    Row total;
};

// What stands behind a figure, for the drill-down: a conversation and, for surveys, the answer.
struct Item
{
    qint64 conversationId = 0;
    qint64 at = 0;
    int score = -1; // -1: none
    bool inferred = false;
    QString comment;
    QString customerName; // empty when the customer has none
    QString customerE164;
};

} // namespace textdesk::reports
