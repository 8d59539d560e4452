#include "BusinessHours.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QLocale>

#include <algorithm>

namespace textdesk::automation {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
// How far nextOpening() looks: a year of holidays in a row is not business hours.
constexpr int kSearchDays = 370;

const QStringList &dayNames()
{
    static const QStringList names
        = { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
            QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
            QStringLiteral("sun") };
    return names;
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// "09:00" → 540; "24:00" → 1440 (only as an end); -1 when it is not a time of day.
int parseClock(const QString &text, bool allowMidnightEnd)
{
    if (allowMidnightEnd && text.trimmed() == QLatin1String("24:00"))
        return kMinutesPerDay;
    const QTime time = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
    return time.isValid() ? time.hour() * 60 + time.minute() : -1;
}

} // namespace

qint64 BusinessHours::toUtc(const QDate &date, int minute) const
{
    const QDate day = date.addDays(minute / kMinutesPerDay);
    const int m = minute % kMinutesPerDay;
    const QDateTime local(day, QTime(m / 60, m % 60), zone);
    if (local.isValid())
        return local.toMSecsSinceEpoch();
    // In the hour a spring change skips: moved on by the gap's length (the offset before the
    // change applied to the wall-clock time), as a clock on the wall would be.
    const QDateTime asUtc(day, QTime(m / 60, m % 60), QTimeZone::utc());
    const qint64 before = asUtc.toMSecsSinceEpoch() - 86'400'000;
    return asUtc.toMSecsSinceEpoch()
        - qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(before, QTimeZone::utc())))
        * 1000;
}

bool BusinessHours::isHoliday(const QDate &localDate) const
{
    return std::any_of(holidays.cbegin(), holidays.cend(), [&](const Holiday &h) {
        if (!h.yearly)
            return h.date == localDate;
        return h.date.month() == localDate.month() && h.date.day() == localDate.day();
    });
}

QList<BusinessHours::Interval> BusinessHours::intervalsStarting(const QDate &localDate) const
{
    QList<Interval> out;
    if (isHoliday(localDate))
        return out;
    const int weekday = localDate.dayOfWeek();
    for (const Shift &shift : shifts) {
        if (shift.day != weekday)
            continue;
        const int end = shift.endMinute <= shift.startMinute ? shift.endMinute + kMinutesPerDay
                                                             : shift.endMinute;
        out.append({ toUtc(localDate, shift.startMinute), toUtc(localDate, end) });
    }
    return out;
}

bool BusinessHours::isOpen(qint64 atMs) const
{
    if (shifts.isEmpty())
        return false;
    const QDate today = QDateTime::fromMSecsSinceEpoch(atMs, zone).date();
    // A shift that started yesterday may run past midnight into today.
    for (const QDate &day : { today.addDays(-1), today }) {
        for (const Interval &i : intervalsStarting(day)) {
            if (i.from <= atMs && atMs < i.to)
                return true;
        }
    }
    return false;
}

std::optional<qint64> BusinessHours::nextOpening(qint64 atMs) const
{
    if (shifts.isEmpty())
        return std::nullopt;
    if (isOpen(atMs))
        return atMs;
    const QDate today = QDateTime::fromMSecsSinceEpoch(atMs, zone).date();
    for (int d = 0; d <= kSearchDays; ++d) {
        std::optional<qint64> best;
        for (const Interval &i : intervalsStarting(today.addDays(d))) {
            if (i.from > atMs && (!best || i.from < *best))
                best = i.from;
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

QJsonObject BusinessHours::toJson() const
{
    QJsonArray shiftArray;
    for (const Shift &s : shifts) {
        shiftArray.append(
            QJsonObject { { QStringLiteral("days"), QJsonArray { dayNames().value(s.day - 1) } },
                          { QStringLiteral("from"), clockText(s.startMinute) },
                          { QStringLiteral("to"), clockText(s.endMinute) } });
    }
    QJsonArray holidayArray;
    for (const Holiday &h : holidays) {
        QJsonObject o { { QStringLiteral("date"), h.date.toString(Qt::ISODate) } };
        if (h.yearly)
            o.insert(QStringLiteral("yearly"), true);
        holidayArray.append(o);
    }
    return { { QStringLiteral("time_zone"), QString::fromUtf8(zone.id()) },
             { QStringLiteral("shifts"), shiftArray },
             { QStringLiteral("holidays"), holidayArray } };
}

std::optional<BusinessHours> BusinessHours::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &words) {
        if (error)
            *error = words;
        return std::nullopt;
    };
    BusinessHours hours;
    const QString zoneId = json.value(QStringLiteral("time_zone")).toString();
    hours.zone = QTimeZone(zoneId.toUtf8());
    if (zoneId.isEmpty() || !hours.zone.isValid())
        return fail(tr("\"%1\" is not a time zone; write one such as America/Chicago or "
                       "Europe/Berlin.")
                        .arg(zoneId));
    const QJsonArray shiftArray = json.value(QStringLiteral("shifts")).toArray();
    for (int n = 0; n < shiftArray.size(); ++n) {
        const QJsonObject o = shiftArray.at(n).toObject();
        const int from = parseClock(o.value(QStringLiteral("from")).toString(), false);
        const int to = parseClock(o.value(QStringLiteral("to")).toString(), true);
        if (from < 0 || to < 0)
            return fail(tr("Shift %1: the hours must be written like 09:00 and 17:30.").arg(n + 1));
        const QJsonArray days = o.value(QStringLiteral("days")).toArray();
        if (days.isEmpty())
            return fail(tr("Shift %1 names no day (mon, tue, … sun).").arg(n + 1));
        for (const QJsonValue &day : days) {
            const int index = dayNames().indexOf(day.toString().trimmed().left(3).toLower());
            if (index < 0)
                return fail(tr("Shift %1: \"%2\" is not a day; write mon, tue, wed, thu, fri, "
                               "sat or sun.")
                                .arg(n + 1)
                                .arg(day.toString()));
            hours.shifts.append({ index + 1, from, to });
        }
    }
    const QJsonArray holidayArray = json.value(QStringLiteral("holidays")).toArray();
    for (int n = 0; n < holidayArray.size(); ++n) {
        const QJsonObject o = holidayArray.at(n).toObject();
        const QDate date
            = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("Holiday %1: the date must be written like 2026-12-25.").arg(n + 1));
        hours.holidays.append({ date, o.value(QStringLiteral("yearly")).toBool() });
    }
    return hours;
}

QString BusinessHours::describe() const
{
    QStringList parts;
    for (const Shift &s : shifts) {
        parts << QStringLiteral("%1 %2–%3")
                     .arg(QLocale().dayName(s.day, QLocale::ShortFormat), clockText(s.startMinute),
                          clockText(s.endMinute));
    }
    if (parts.isEmpty())
        parts << tr("never open");
    return tr("%1 (%2)").arg(parts.join(QStringLiteral(", ")), QString::fromUtf8(zone.id()));
}

} // namespace textdesk::automation
