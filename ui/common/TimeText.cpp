#include "TimeText.h"

#include <QLocale>

namespace textdesk {

QString TimeText::relative(qint64 ms, const QDateTime &now)
{
    if (ms <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const qint64 ago = when.msecsTo(now);
    if (ago < 60'000)
        return tr("now");
    if (ago < 3'600'000)
        return tr("%n min", nullptr, int(ago / 60'000));
    const QLocale locale;
    const QDate date = when.date();
    const QDate today = now.date();
    if (date == today)
        return locale.toString(when.time(), shortTimeFormat());
    if (date.daysTo(today) < 7)
        return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
    if (date.year() == today.year()) {
        return TimeText::date(date, false);
    }
    return locale.toString(date, QLocale::ShortFormat);
}

QString TimeText::date(const QDate &date, bool withYear)
{
    // The locale's long date, weekday dropped and month abbreviated: "3 Nov 2026", "3. Nov. 2026",
    // "Nov 3, 2026"; without its year: "3 Nov" / "Nov 3".
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QLatin1String("dddd"));
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    if (!withYear)
        format.remove(QLatin1String("yyyy"));
    format = format.trimmed();
    while (!format.isEmpty() && !format.back().isLetter())
        format.chop(1);
    while (!format.isEmpty() && !format.front().isLetter())
        format.remove(0, 1);
    return locale.toString(date, format);
}

QString TimeText::day(qint64 ms, const QDateTime &now)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms).date();
    const qint64 days = date.daysTo(now.date());
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    const QLocale locale;
    if (days > 1 && days < 7)
        return locale.dayName(date.dayOfWeek(), QLocale::LongFormat);
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QLatin1String("dddd,")).remove(QLatin1String("dddd"));
    return locale.toString(date, format.trimmed());
}

QString TimeText::ahead(qint64 ms, const QDateTime &now)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms).date();
    const qint64 days = now.date().daysTo(date);
    const QString day = days >= 0 && days < 7
        ? QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat)
        : TimeText::date(date, date.year() != now.date().year());
    return tr("%1 %2", "day, time: Tue 9:00").arg(day, clock(ms));
}

QString TimeText::clock(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), shortTimeFormat());
}

QString TimeText::shortTimeFormat()
{
    // Some locales' (C's) "short" time still has seconds; a chat does not need them.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
    return format;
}

QString TimeText::duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    if (s < 60)
        return tr("%n s", nullptr, int(s));
    if (s < 3600)
        return tr("%n min", nullptr, int(s / 60));
    if (s < 86400) {
        const int minutes = int(s % 3600 / 60);
        return minutes ? tr("%1 h %2 min").arg(s / 3600).arg(minutes)
                       : tr("%n h", nullptr, int(s / 3600));
    }
    return tr("%n d", nullptr, int(s / 86400));
}

} // namespace textdesk
