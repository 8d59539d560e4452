#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace textdesk {

// Times the way a chat shows them, in the user's locale.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::TimeText)
public:
    // "now", "5 min", "14:32" today, "Mon" this week, "3 Nov" this year, "3/11/25" before.
    static QString relative(qint64 ms, const QDateTime &now);
    // "3 Nov 2026" (or "3 Nov") in the locale's order and words.
    static QString date(const QDate &date, bool withYear = true);
    // "Today", "Yesterday", "Monday", "3 November 2026": the separator above a day's messages.
    static QString day(qint64 ms, const QDateTime &now);
    // "14:32"
    static QString clock(qint64 ms);
    // A time ahead, as a snooze names it: "Tue 9:00" within a week, else "3 Nov 9:00".
    static QString ahead(qint64 ms, const QDateTime &now);
    // How long a customer has waited: "45 s", "12 min", "2 h 5 min", "3 d".
    static QString duration(qint64 ms);
    // The locale's short time format, without seconds.
    static QString shortTimeFormat();
};

} // namespace textdesk
