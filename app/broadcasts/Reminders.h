#pragma once

#include "compliance/QuietHours.h"
#include "engine/Scheduler.h"
#include "storage/ReminderStore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

namespace textdesk::broadcasts {

// Appointment (or order) reminders from a CSV: a number column, a date/time column ("date",
// "time", "appointment", "when", …; or a date column and a time column) and any other columns
// as template variables. One message each, `offset` before its date, by a durable timer
// (`reminder-send`), through the outbox with the same rules as every send: a valid number,
// consent (checked again when it fires), every variable filled, quiet hours at the customer's
// location (it waits for the window, unless that would be after the appointment).
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::broadcasts::Reminders)
public:
    struct Request
    {
        QByteArray csv;
        QString body; // the template body
        QString from; // our sending number
        qint64 offsetMs = 24 * 3600'000; // before the appointment
        QString region; // numbers without +country
        QString ourCompany; // {{company}}
        QString defaultTimeZone; // a date without an offset is read in the customer's zone
    };
    struct LineError
    {
        int line = 0;
        QString message; // translated
    };
    struct Plan
    {
        QString error; // the file cannot be read at all; empty when planned
        QList<ReminderRecord> reminders; // state pending; id 0
        QList<LineError> errors; // lines not taken, with why
        bool ok() const { return error.isEmpty(); }
    };

    // The file read and checked line by line; nothing written. A line whose reminder time has
    // passed (but not its appointment) gets its reminder now.
    static Plan plan(Database &db, const Request &request, qint64 nowMs);
    // The reminders and their timers, in one transaction; how many were new (an appointment
    // already imported for that number is not added twice). The caller re-arms its scheduler.
    static Result<int> store(Database &db, const Plan &plan, qint64 nowMs);

    static QString timerKind(); // "reminder-send", subject: the reminders row
    // The timer's work, in the scheduler's transaction: queued into the outbox once. While the
    // customer's request to stop in other words awaits an agent's answer it stays pending with
    // the reason `revocation_pending` and a note in the thread, looked at again hourly (and at
    // once when the agent answers: releaseRevocationHold).
    static Status fire(Database &db, qint64 id, qint64 nowMs,
                       const compliance::QuietHours &quietHours = {});
    // The agent answered the customer's request to stop in other words (engine/RevocationAnswer),
    // in the caller's transaction: their reminders held for it are, with optOut, skipped (opted
    // out); else due now, through every check again (a reminder after the appointment is
    // skipped). How many were released to go now.
    static Result<int> releaseRevocationHold(Database &db, const QString &number, bool optOut,
                                             qint64 nowMs);
    // A held reminder is looked at again this often (a STOP meanwhile ends it, as does the
    // appointment's time).
    static constexpr qint64 kRevocationRecheckMs = 3600'000;
    static void registerWith(engine::Scheduler &scheduler);

    // Reads "2026-03-04 14:30", "2026-03-04T14:30:00", with an offset or Z, "04.03.2026 14:30"
    // (a date without an offset is in `zone`); 0 when it is none of them.
    static qint64 parseDateTime(const QString &text, const QTimeZone &zone);
};

} // namespace textdesk::broadcasts
