#include "QuietHoldNote.h"

#include "storage/ConversationActions.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QLocale>

namespace textdesk::compliance::QuietHoldNote {

QString text(const QString &what, qint64 heldUntilMs, const QTimeZone &zone, qint64 nowMs)
{
    const QTimeZone there = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(heldUntilMs, there);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, there);
    const QLocale locale;
    // Hours and minutes: the C locale's short format has seconds, which say nothing here.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    QString when = locale.toString(until.time(), timeFormat);
    if (until.date() != now.date() && until.date() != now.date().addDays(1)) {
        when = locale.toString(until.date(), QLocale::ShortFormat) + QLatin1Char(' ') + when;
    }
    // Another zone than the agent's: say whose clock it is.
    if (there.id() != QTimeZone::systemTimeZoneId())
        when += QLatin1Char(' ') + there.abbreviation(until);
    return QCoreApplication::translate("textdesk::compliance::QuietHoldNote",
                                       "%1 held until %2 (the customer's quiet hours).")
        .arg(what, when);
}

Status add(Database &db, qint64 conversationId, const QString &what, qint64 heldUntilMs,
           const QTimeZone &zone, qint64 nowMs)
{
    auto note = ConversationActions::addNote(db, conversationId,
                                             text(what, heldUntilMs, zone, nowMs), 0, nowMs);
    if (!note)
        return note.error();
    return success();
}

} // namespace textdesk::compliance::QuietHoldNote
