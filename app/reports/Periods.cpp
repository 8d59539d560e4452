#include "Periods.h"

#include <QLocale>

namespace textdesk::reports::Periods {

namespace {
constexpr qint64 kDayMs = 86400000;
const QDate kEpoch(1970, 1, 1);

// The zone's offset at `column`, as SQL: a CASE over the transitions inside the range (a DST
// change), or a constant when there is none.
QString offsetSql(const Query &query, const QString &column)
{
    // A day either side, so that a period starting before the range still gets its own offset.
    const QDateTime from
        = QDateTime::fromMSecsSinceEpoch(query.fromMs() - kDayMs, QTimeZone::utc());
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(query.toMs() + kDayMs, QTimeZone::utc());
    const auto transitions = query.zone.transitions(from, to);
    const qint64 first = query.zone.offsetFromUtc(from) * 1000LL;
    if (transitions.isEmpty())
        return QString::number(first);
    QString sql = QStringLiteral("CASE");
    qint64 before = first;
    for (const auto &t : transitions) {
        sql += QStringLiteral(" WHEN %1 < %2 THEN %3")
                   .arg(column)
                   .arg(t.atUtc.toMSecsSinceEpoch())
                   .arg(before);
        before = t.offsetFromUtc * 1000LL;
    }
    return sql + QStringLiteral(" ELSE %1 END").arg(before);
}

qint64 monthIndex(QDate date)
{
    return (date.year() - 1970) * 12LL + date.month() - 1;
}

QDate monthStart(qint64 index)
{
    return QDate(1970 + int(index / 12), int(index % 12) + 1, 1);
}

qint64 startMs(const Query &query, QDate date)
{
    return date.startOfDay(query.zone).toMSecsSinceEpoch();
}
} // namespace

QString keySql(const Query &query, const QString &column)
{
    const QString localDay
        = QStringLiteral("((%1 + %2) / %3)").arg(column, offsetSql(query, column)).arg(kDayMs);
    switch (query.grouping) {
    case Grouping::Day:
        return localDay;
    case Grouping::Week:
        // 1970-01-01 was a Thursday: +3 makes weeks start on Monday (ISO 8601).
        return QStringLiteral("((%1 + 3) / 7)").arg(localDay);
    case Grouping::Month: {
        // Months are not of equal length: a CASE over the month starts of the range (none for
        // a range inside one month: "CASE ELSE … END" is not SQL).
        const qint64 first = monthIndex(query.from);
        const qint64 last = monthIndex(query.to);
        if (first == last)
            return QString::number(last);
        QString sql = QStringLiteral("CASE");
        for (qint64 m = first + 1; m <= last; ++m)
            sql += QStringLiteral(" WHEN %1 < %2 THEN %3")
                       .arg(column)
                       .arg(startMs(query, monthStart(m)))
                       .arg(m - 1);
        return sql + QStringLiteral(" ELSE %1 END").arg(last);
    }
    default:
        return QStringLiteral("0");
    }
}

KeyOf::KeyOf(const Query &query)
    : m_grouping(query.grouping)
{
    // As offsetSql() and keySql(): the same transitions and month starts, the same arithmetic.
    const QDateTime from
        = QDateTime::fromMSecsSinceEpoch(query.fromMs() - kDayMs, QTimeZone::utc());
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(query.toMs() + kDayMs, QTimeZone::utc());
    m_firstOffset = query.zone.offsetFromUtc(from) * 1000LL;
    for (const auto &t : query.zone.transitions(from, to))
        m_transitions.emplace_back(t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc * 1000LL);
    if (m_grouping == Grouping::Month) {
        const qint64 first = monthIndex(query.from);
        m_lastMonth = monthIndex(query.to);
        for (qint64 m = first + 1; m <= m_lastMonth; ++m)
            m_monthStarts.emplace_back(startMs(query, monthStart(m)), m - 1);
    }
}

qint64 KeyOf::operator()(qint64 ms) const
{
    switch (m_grouping) {
    case Grouping::Day:
    case Grouping::Week: {
        qint64 offset = m_firstOffset;
        for (const auto &[at, after] : m_transitions) {
            if (ms < at)
                break;
            offset = after;
        }
        const qint64 localDay = (ms + offset) / kDayMs;
        return m_grouping == Grouping::Day ? localDay : (localDay + 3) / 7;
    }
    case Grouping::Month:
        for (const auto &[start, before] : m_monthStarts) {
            if (ms < start)
                return before;
        }
        return m_lastMonth;
    default:
        return 0;
    }
}

Row period(const Query &query, qint64 key)
{
    Row row;
    row.key = key;
    QDate start;
    QDate end;
    switch (query.grouping) {
    case Grouping::Day:
        start = kEpoch.addDays(key);
        end = start.addDays(1);
        row.label = start.toString(Qt::ISODate);
        break;
    case Grouping::Week:
        start = kEpoch.addDays(key * 7 - 3);
        end = start.addDays(7);
        row.label = start.toString(Qt::ISODate);
        break;
    case Grouping::Month:
        start = monthStart(key);
        end = start.addMonths(1);
        row.label = start.toString(QStringLiteral("yyyy-MM"));
        break;
    default:
        return row;
    }
    row.periodStartMs = startMs(query, start);
    row.periodEndMs = startMs(query, end);
    return row;
}

QList<Row> all(const Query &query)
{
    QList<Row> rows;
    qint64 first = 0;
    qint64 last = -1;
    const qint64 fromDay = kEpoch.daysTo(query.from);
    const qint64 toDay = kEpoch.daysTo(query.to);
    switch (query.grouping) {
    case Grouping::Day:
        first = fromDay;
        last = toDay;
        break;
    case Grouping::Week:
        first = (fromDay + 3) / 7;
        last = (toDay + 3) / 7;
        break;
    case Grouping::Month:
        first = monthIndex(query.from);
        last = monthIndex(query.to);
        break;
    default:
        break;
    }
    for (qint64 key = first; key <= last; ++key)
        rows.append(period(query, key));
    return rows;
}

} // namespace textdesk::reports::Periods
