#include "Reminders.h"

#include "compliance/RevocationHoldNote.h"
#include "contacts/CsvMapping.h"
#include "core/Csv.h"
#include "storage/Consent.h"
#include "storage/RuleStore.h"
#include "storage/TimerStore.h"
#include "sync/Outbox.h"
#include "sync/SendRules.h"
#include "templates/TemplateFiller.h"
#include "templates/TemplateVariables.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

namespace textdesk::broadcasts {

namespace {

QString timerKey(qint64 id, qint64 dueAt)
{
    // The due time is in the key: a quiet-hours wait stores a new timer from inside the old
    // one's handler (as scheduled messages do).
    return QStringLiteral("reminder-send:%1:%2").arg(id).arg(dueAt);
}

Status arm(Database &db, qint64 id, qint64 dueAt, qint64 nowMs)
{
    auto timer = TimerStore::put(
        db, { 0, Reminders::timerKind(), id, dueAt, {}, timerKey(id, dueAt) }, nowMs);
    return timer ? success() : Status(timer.error());
}

int columnNamed(const QStringList &names, std::initializer_list<const char *> candidates)
{
    for (const char *candidate : candidates) {
        const qsizetype i = names.indexOf(QLatin1String(candidate));
        if (i >= 0)
            return int(i);
    }
    return -1;
}

// Pending, with the reason, until the agent answers the customer's request to stop in other
// words; said once in the thread (the conversation of the reminder's numbers, else the one with
// the request). Looked at again hourly, or at the appointment if that is sooner.
Status holdReminderForRevocation(Database &db, const ReminderRecord &r, qint64 flagConversation,
                                 qint64 nowMs)
{
    const QString held = QStringLiteral("revocation_pending");
    if (r.reason != held) {
        auto moved = ReminderStore::setState(db, r.id, QStringLiteral("pending"), held, nowMs);
        if (!moved)
            return moved.error();
        auto conversation = RuleStore::conversationFor(db, r.number, r.from);
        if (!conversation)
            return conversation.error();
        const qint64 where = conversation->value_or(flagConversation);
        if (where) {
            if (Status s = compliance::RevocationHoldNote::add(
                    db, where, Reminders::tr("Appointment reminder"), nowMs);
                !s) {
                return s;
            }
        }
    }
    return arm(db, r.id, std::min(r.appointmentAt, nowMs + Reminders::kRevocationRecheckMs), nowMs);
}

} // namespace

Result<int> Reminders::releaseRevocationHold(Database &db, const QString &number, bool optOut,
                                             qint64 nowMs)
{
    auto rows = ReminderStore::pending(db);
    if (!rows)
        return rows.error();
    int released = 0;
    for (const ReminderRecord &r : std::as_const(*rows)) {
        if (r.number != number || r.reason != QLatin1String("revocation_pending"))
            continue;
        if (optOut) {
            auto moved = ReminderStore::setState(db, r.id, QStringLiteral("skipped"),
                                                 QStringLiteral("opted_out"), nowMs);
            if (!moved)
                return moved.error();
            if (auto removed = TimerStore::cancelFor(db, timerKind(), r.id); !removed)
                return removed.error();
            continue;
        }
        auto moved = ReminderStore::setState(db, r.id, QStringLiteral("pending"), {}, nowMs);
        if (!moved)
            return moved.error();
        if (auto removed = TimerStore::cancelFor(db, timerKind(), r.id); !removed)
            return removed.error();
        if (Status s = arm(db, r.id, nowMs, nowMs); !s)
            return s.error();
        ++released;
    }
    return released;
}

QString Reminders::timerKind()
{
    return QStringLiteral("reminder-send");
}

qint64 Reminders::parseDateTime(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    // With an offset or Z, the file says which instant it means.
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    const QDateTime iso = QDateTime::fromString(t, Qt::ISODate);
    if (iso.isValid() && offset.match(t).hasMatch())
        return iso.toMSecsSinceEpoch();
    if (iso.isValid()) // local wall-clock time
        return QDateTime(iso.date(), iso.time(), zone).toMSecsSinceEpoch();
    for (const char *format :
         { "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy HH:mm", "d.M.yyyy H:mm" }) {
        const QDateTime local = QDateTime::fromString(t, QLatin1String(format));
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone).toMSecsSinceEpoch();
    }
    return 0;
}

Reminders::Plan Reminders::plan(Database &db, const Request &request, qint64 nowMs)
{
    Plan plan;
    if (request.body.trimmed().isEmpty()) {
        plan.error = tr("The template is empty.");
        return plan;
    }
    const csv::Table table = csv::Reader::read(request.csv);
    if (!table.ok()) {
        plan.error = table.error;
        return plan;
    }
    if (table.records.size() < 2) {
        plan.error = tr("The file has no appointments: it needs a header line and one line per "
                        "appointment.");
        return plan;
    }
    const QStringList header = table.records.first().fields;
    const contacts::CsvMapping mapping = contacts::CsvMapping::recognise(header);
    int numberColumn = -1;
    for (qsizetype i = 0; i < mapping.columns.size() && numberColumn < 0; ++i) {
        if (mapping.columns.at(i).field == contacts::Field::Number)
            numberColumn = int(i);
    }
    QStringList names;
    for (const QString &written : header)
        names << TemplateFiller::normalizedName(written);
    const int whenColumn
        = columnNamed(names,
                      { "date_time", "datetime", "appointment", "appointment_at",
                        "appointment_time", "when", "due", "termin", "cita", "rendez_vous" });
    const int dateColumn = columnNamed(names, { "date", "datum", "fecha" });
    const int timeColumn = columnNamed(names, { "time", "uhrzeit", "zeit", "hora", "heure" });
    if (numberColumn < 0) {
        plan.error = tr("The file has no column of phone numbers. Name one \"phone\" or "
                        "\"number\" in the header line.");
        return plan;
    }
    if (whenColumn < 0 && dateColumn < 0) {
        plan.error = tr("The file has no column with the appointment's date and time. Name one "
                        "\"date\" (and \"time\", if the time is in a column of its own).");
        return plan;
    }

    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const csv::Record &record = table.records.at(r);
        const auto fail = [&](const QString &message) {
            plan.errors.append({ record.line, message });
        };
        const QString number = record.fields.value(numberColumn).trimmed();
        const sync::Recipient to = sync::SendRules::check(db, number, request.region);
        if (to.refusal == sync::Recipient::Refusal::Storage) {
            plan.error = to.reason;
            return plan;
        }
        if (!to.ok()) {
            fail(to.reason);
            continue;
        }
        QHash<QString, QString> values
            = TemplateVariables::fromProfile(to.profile, {}, request.ourCompany);
        for (qsizetype i = 0; i < record.fields.size() && i < names.size(); ++i) {
            const QString value = csv::unneutralised(record.fields.at(i).trimmed());
            if (i != numberColumn && !names.at(i).isEmpty() && !value.isEmpty())
                values.insert(names.at(i), value);
        }
        QString written;
        for (const char *key : { "time_zone", "timezone", "tz" }) {
            written = values.value(QLatin1String(key)).trimmed();
            if (!written.isEmpty())
                break;
        }
        const QTimeZone zone
            = compliance::zoneForCustomer(written, to.e164, request.defaultTimeZone);
        QString when
            = whenColumn >= 0 ? record.fields.value(whenColumn) : record.fields.value(dateColumn);
        if (whenColumn < 0 && timeColumn >= 0)
            when += QLatin1Char(' ') + record.fields.value(timeColumn).trimmed();
        const qint64 at = parseDateTime(when, zone);
        if (at == 0) {
            fail(tr("\"%1\" is not a date and time Textdesk can read; write it as 2026-03-04 "
                    "14:30.")
                     .arg(when.trimmed()));
            continue;
        }
        if (at <= nowMs) {
            fail(tr("The appointment (%1) has already passed.")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at, zone),
                                             QLocale::ShortFormat)));
            continue;
        }
        const FilledTemplate filled = TemplateFiller::render(request.body, values);
        if (!filled.complete()) {
            QStringList braces;
            for (const QString &name : filled.unfilled)
                braces << QStringLiteral("{{%1}}").arg(name);
            fail(tr("No value for %1.").arg(QLocale().createSeparatedList(braces)));
            continue;
        }
        ReminderRecord reminder;
        reminder.line = record.line;
        reminder.number = to.e164;
        reminder.from = request.from.trimmed();
        reminder.body = filled.text;
        reminder.timeZone = QString::fromUtf8(zone.id());
        reminder.appointmentAt = at;
        reminder.dueAt = std::max(nowMs, at - request.offsetMs);
        reminder.state = QStringLiteral("pending");
        plan.reminders.append(reminder);
    }
    return plan;
}

Result<int> Reminders::store(Database &db, const Plan &plan, qint64 nowMs)
{
    if (!plan.ok())
        return StorageError(StorageError::Kind::InvalidInput, {}, plan.error);
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    int added = 0;
    for (const ReminderRecord &reminder : plan.reminders) {
        auto id = ReminderStore::insert(db, reminder, nowMs);
        if (!id)
            return id.error();
        if (!*id)
            continue; // imported before
        if (Status s = arm(db, **id, reminder.dueAt, nowMs); !s)
            return s.error();
        ++added;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Status Reminders::fire(Database &db, qint64 id, qint64 nowMs,
                       const compliance::QuietHours &quietHours)
{
    auto found = ReminderStore::get(db, id);
    if (!found)
        return found.error();
    if (!*found || (*found)->state != QLatin1String("pending"))
        return success(); // sent by an earlier run, or cancelled
    const ReminderRecord &r = **found;
    const auto moveTo = [&](const QString &state, const QString &reason) -> Status {
        auto moved = ReminderStore::setState(db, id, state, reason, nowMs);
        return moved ? success() : Status(moved.error());
    };
    if (nowMs >= r.appointmentAt)
        return moveTo(QStringLiteral("skipped"), QStringLiteral("too_late"));
    auto consent = Consent::proactiveRefusalFor(db, r.number);
    if (!consent)
        return consent.error();
    if (consent->kind == Consent::ProactiveRefusal::Kind::OptedOut)
        return moveTo(QStringLiteral("skipped"), QStringLiteral("opted_out"));
    if (consent->kind == Consent::ProactiveRefusal::Kind::RevocationPending)
        return holdReminderForRevocation(db, r, consent->conversationId, nowMs);
    const QTimeZone zone
        = r.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(r.timeZone.toUtf8());
    const qint64 allowedAt = quietHours.nextAllowed(nowMs, zone);
    if (allowedAt > nowMs) {
        // A reminder after the appointment is no reminder.
        if (allowedAt >= r.appointmentAt)
            return moveTo(QStringLiteral("skipped"), QStringLiteral("quiet_hours"));
        return arm(db, id, allowedAt, nowMs);
    }
    sync::Outbox outbox(db);
    const sync::EnqueueResult queued
        = outbox.enqueue({ r.number, r.from, r.body, 0, {}, true }, nowMs);
    if (!queued.ok()) {
        if (queued.error == sync::EnqueueResult::Error::Storage)
            return StorageError(StorageError::Kind::Other, {}, queued.errorMessage);
        if (queued.error == sync::EnqueueResult::Error::RevocationPending)
            return holdReminderForRevocation(db, r, 0, nowMs);
        return moveTo(QStringLiteral("skipped"),
                      queued.error == sync::EnqueueResult::Error::OptedOut
                          ? QStringLiteral("opted_out")
                          : QStringLiteral("refused"));
    }
    auto sent = ReminderStore::markSent(db, id, queued.entry.clientId, queued.message.id, nowMs);
    return sent ? success() : Status(sent.error());
}

void Reminders::registerWith(engine::Scheduler &scheduler)
{
    scheduler.registerHandler(timerKind(),
                              [](Database &db, const TimerRecord &timer, qint64 nowMs) {
                                  return fire(db, timer.subject, nowMs);
                              });
}

} // namespace textdesk::broadcasts
