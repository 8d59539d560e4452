#pragma once

#include <QtCore/QString>
#include <QtCore/QTimeZone>

namespace textdesk::compliance {

// When proactive messages (surveys, automation) may reach a customer: 47 CFR 64.1200(c)(1) bars
// them before 8 a.m. and after 9 p.m. at the called party's location (compliance.md); some
// states are stricter, so the window is a value the caller may change per region.
struct QuietHours
{
    int openMinute = 8 * 60; // local time the window opens (minutes after midnight)
    int closeMinute = 21 * 60; // local time it closes

    // Whether `atMs` is inside the window in `zone`.
    bool allows(qint64 atMs, const QTimeZone &zone) const;
    // `atMs` if it is allowed, else the next opening of the window in `zone` (a DST change in
    // between is the zone's business: the opening is 8:00 wall-clock time).
    qint64 nextAllowed(qint64 atMs, const QTimeZone &zone) const;
};

// The customer's time zone: the profile's field (an IANA id such as "America/Chicago") if
// valid, else the number's (North American area codes, else the country's main zone), else
// `fallback` (the workspace's), else this computer's.
QTimeZone zoneForCustomer(const QString &profileZone, const QString &e164,
                          const QString &fallback = {});

// The same, with the zone read from a profile's custom fields (JSON; the first of "time_zone",
// "timezone", "Time zone", "tz" that is set): what surveys and scheduled messages use.
QTimeZone zoneForProfile(const QString &customFieldsJson, const QString &e164,
                         const QString &fallback = {});

// The number's zone alone; invalid when the number does not say.
QTimeZone zoneForNumber(const QString &e164);

} // namespace textdesk::compliance
