#include "TimeFormat.h"

#include <QtCore/QDateTime>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

namespace textdesk::sim {

namespace {

struct Civil
{
    int year, month, day, hour, minute, second, weekday; // weekday 0 = Sunday
};

// Howard Hinnant's days-to-civil: exact for the proleptic Gregorian calendar.
Civil civil(qint64 ms)
{
    qint64 seconds = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    qint64 days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    const qint64 secondOfDay = seconds - days * 86400;
    Civil c {};
    c.hour = int(secondOfDay / 3600);
    c.minute = int(secondOfDay % 3600 / 60);
    c.second = int(secondOfDay % 60);
    c.weekday = int((days % 7 + 11) % 7); // 1970-01-01 was a Thursday
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    c.day = int(doy - (153 * mp + 2) / 5 + 1);
    c.month = int(mp < 10 ? mp + 3 : mp - 9);
    c.year = int(yoe + era * 400 + (c.month <= 2 ? 1 : 0));
    return c;
}

void put2(QChar *&out, int value)
{
    *out++ = QLatin1Char(char('0' + value / 10 % 10));
    *out++ = QLatin1Char(char('0' + value % 10));
}

void putText(QChar *&out, const char *text)
{
    while (*text)
        *out++ = QLatin1Char(*text++);
}

} // namespace

QString rfc2822(qint64 msecsSinceEpoch)
{
    static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char *const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const Civil c = civil(msecsSinceEpoch);
    QString text(31, Qt::Uninitialized);
    QChar *out = text.data();
    putText(out, days[c.weekday]);
    putText(out, ", ");
    put2(out, c.day);
    *out++ = QLatin1Char(' ');
    putText(out, months[c.month - 1]);
    *out++ = QLatin1Char(' ');
    put2(out, c.year / 100);
    put2(out, c.year % 100);
    *out++ = QLatin1Char(' ');
    put2(out, c.hour);
    *out++ = QLatin1Char(':');
    put2(out, c.minute);
    *out++ = QLatin1Char(':');
    put2(out, c.second);
    putText(out, " +0000");
    return text;
}

QString rawDlrDoneDate(qint64 msecsSinceEpoch)
{
    const Civil c = civil(msecsSinceEpoch);
    QString text(10, Qt::Uninitialized);
    QChar *out = text.data();
    put2(out, c.year % 100);
    put2(out, c.month);
    put2(out, c.day);
    put2(out, c.hour);
    put2(out, c.minute);
    return text;
}

std::optional<qint64> parseIsoDateTime(const QString &value)
{
    QDateTime parsed = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toMSecsSinceEpoch();
}

std::optional<TimeSpan> parseDateFilter(const QString &value)
{
    const QString text = value.trimmed();
    static const QRegularExpression dayOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dayOnly.match(text).hasMatch()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        const qint64 start = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        return TimeSpan { start, start + 86'400'000 - 1 };
    }
    std::optional<qint64> at = parseIsoDateTime(text);
    if (!at) {
        const QDateTime rfc = QDateTime::fromString(text, Qt::RFC2822Date);
        if (rfc.isValid())
            at = rfc.toMSecsSinceEpoch();
    }
    if (!at) {
        QDateTime plain
            = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd hh:mm:ss"));
        if (plain.isValid()) {
            plain.setTimeZone(QTimeZone::utc());
            at = plain.toMSecsSinceEpoch();
        }
    }
    if (!at)
        return std::nullopt;
    const qint64 second = *at - ((*at % 1000) + 1000) % 1000;
    return TimeSpan { second, second + 999 };
}

} // namespace textdesk::sim
