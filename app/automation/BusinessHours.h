#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QStringList>
#include <QtCore/QTimeZone>

#include <optional>

namespace textdesk::automation {

// One weekly shift in the number's local (wall-clock) time. It belongs to the day it starts on:
// Fri 22:00–02:00 is open from Friday 22:00 to Saturday 02:00.
struct Shift
{
    int day = Qt::Monday; // Qt::DayOfWeek, 1 Monday … 7 Sunday
    int startMinute = 0; // minutes after local midnight
    int endMinute = 0; // at or before the start: the next day (02:00); 1440 is midnight

    bool operator==(const Shift &) const = default;
};

// A day the desk is closed: the shifts that start on it do not open. `yearly`: the same day
// every year (25 December).
struct Holiday
{
    QDate date;
    bool yearly = false;

    bool operator==(const Holiday &) const = default;
};

// The hours one of our numbers is staffed, in its own time zone (IANA id): weekly shifts, split
// shifts (two on a day), shifts past midnight, holidays. Times are wall-clock times in the zone,
// so 09:00 stays 09:00 across a DST change (QTimeZone does the arithmetic); a shift boundary in
// the hour a spring change skips moves on by the gap's length.
class BusinessHours
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::automation::BusinessHours)
public:
    QTimeZone zone = QTimeZone::utc();
    QList<Shift> shifts;
    QList<Holiday> holidays;

    // No shifts at all: never open (an away reply goes at any time).
    bool isOpen(qint64 atMs) const;
    // `atMs` when open, else when the next shift opens; nullopt when none opens within a year
    // (no shifts, or every day a holiday).
    std::optional<qint64> nextOpening(qint64 atMs) const;
    bool isHoliday(const QDate &localDate) const;

    // {"time_zone": "America/Chicago",
    //  "shifts": [{"days": ["mon", "tue"], "from": "09:00", "to": "17:00"}, …],
    //  "holidays": [{"date": "2026-12-25", "yearly": true}, …]}
    QJsonObject toJson() const;
    // The hours in that form; nullopt with *error (words for a person) when something is wrong.
    static std::optional<BusinessHours> fromJson(const QJsonObject &json, QString *error);

    // "Mon 09:00–17:00, Fri 22:00–02:00 (America/Chicago)", for lists and the dry run.
    QString describe() const;

private:
    struct Interval
    {
        qint64 from = 0;
        qint64 to = 0;
    };
    // The shifts that start on this local date, in UTC ms (none on a holiday).
    QList<Interval> intervalsStarting(const QDate &localDate) const;
    qint64 toUtc(const QDate &date, int minute) const;
};

} // namespace textdesk::automation
