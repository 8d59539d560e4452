#include "BroadcastPlan.h"

#include "contacts/CsvMapping.h"
#include "core/Csv.h"
#include "sync/SendRules.h"
#include "templates/TemplateFiller.h"
#include "templates/TemplateVariables.h"

#include <QtCore/QLocale>
#include <QtCore/QSet>
#include <QtCore/QTimeZone>

namespace textdesk::broadcasts {

namespace {

// One row of the audience before the rules: the number as written and the variables it brings.
struct Candidate
{
    int line = 0;
    QString number;
    QHash<QString, QString> values;
};

// The zone for quiet hours: a time zone among the variables (the profile's custom field, or
// the CSV's column), else the number's, else the workspace's.
QTimeZone zoneOf(const QHash<QString, QString> &values, const QString &e164,
                 const QString &fallback)
{
    QString written;
    for (const char *key : { "time_zone", "timezone", "tz" }) {
        written = values.value(QLatin1String(key)).trimmed();
        if (!written.isEmpty())
            break;
    }
    return compliance::zoneForCustomer(written, e164, fallback);
}

} // namespace

QString Planner::reasonText(const QString &reason)
{
    if (reason == Reason::optedOut())
        return tr("Opted out");
    if (reason == Reason::revocationPending())
        return tr("Asked to stop (awaiting an agent)");
    if (reason == Reason::invalidNumber())
        return tr("Invalid number");
    if (reason == Reason::duplicate())
        return tr("Duplicate");
    if (reason == Reason::missingVariable())
        return tr("Missing variable");
    if (reason == Reason::refused())
        return tr("Refused by the outbox");
    if (reason == Reason::quietHours())
        return tr("Held for quiet hours");
    return reason;
}

Plan Planner::plan(Database &db, const PlanRequest &request, qint64 nowMs)
{
    Plan plan;
    if (request.body.trimmed().isEmpty()) {
        plan.error = tr("The template is empty.");
        return plan;
    }
    QList<Candidate> candidates;
    if (!request.audience.tag.trimmed().isEmpty()) {
        auto numbers = BroadcastStore::numbersWithTag(db, request.audience.tag);
        if (!numbers) {
            plan.error = numbers.error().message();
            return plan;
        }
        if (numbers->isEmpty()) {
            plan.error = tr("No customer has the tag \"%1\".").arg(request.audience.tag.trimmed());
            return plan;
        }
        candidates.reserve(numbers->size());
        for (const QString &number : std::as_const(*numbers))
            candidates.append({ 0, number, {} });
    } else {
        const csv::Table table = csv::Reader::read(request.audience.csv);
        if (!table.ok()) {
            plan.error = table.error;
            return plan;
        }
        if (table.records.size() < 2) {
            plan.error = tr("The file has no recipients: it needs a header line and one line per "
                            "recipient.");
            return plan;
        }
        const QStringList header = table.records.first().fields;
        const contacts::CsvMapping mapping = contacts::CsvMapping::recognise(header);
        int numberColumn = -1;
        for (qsizetype i = 0; i < mapping.columns.size() && numberColumn < 0; ++i) {
            if (mapping.columns.at(i).field == contacts::Field::Number)
                numberColumn = int(i);
        }
        if (numberColumn < 0) {
            plan.error = tr("The file has no column of phone numbers. Name one \"phone\" or "
                            "\"number\" in the header line.");
            return plan;
        }
        QStringList names;
        for (const QString &written : header)
            names << TemplateFiller::normalizedName(written);
        candidates.reserve(table.records.size() - 1);
        for (qsizetype r = 1; r < table.records.size(); ++r) {
            const csv::Record &record = table.records.at(r);
            Candidate c;
            c.line = record.line;
            c.number = record.fields.value(numberColumn).trimmed();
            for (qsizetype i = 0; i < record.fields.size() && i < names.size(); ++i) {
                const QString value = csv::unneutralised(record.fields.at(i).trimmed());
                if (i != numberColumn && !names.at(i).isEmpty() && !value.isEmpty())
                    c.values.insert(names.at(i), value);
            }
            candidates.append(c);
        }
    }

    QSet<QString> seen;
    plan.recipients.reserve(candidates.size());
    for (const Candidate &c : std::as_const(candidates)) {
        PlannedRecipient p;
        p.line = c.line;
        p.number = c.number;
        const auto skip = [&](const QString &reason, const QString &detail) {
            p.skipped = true;
            p.reason = reason;
            p.detail = detail;
            ++plan.skipped[reason];
            plan.recipients.append(p);
        };
        // The rules of every path that writes first (a valid number, not opted out), and of
        // what is proactive (no unanswered request to stop in other words).
        const sync::Recipient to = sync::SendRules::check(db, c.number, request.region, true);
        if (to.refusal == sync::Recipient::Refusal::Storage) {
            plan.error = to.reason;
            return plan;
        }
        if (to.refusal == sync::Recipient::Refusal::InvalidNumber) {
            skip(Reason::invalidNumber(), to.reason);
            continue;
        }
        p.number = to.e164;
        if (seen.contains(to.e164)) {
            skip(Reason::duplicate(), tr("Already a recipient of this broadcast."));
            continue;
        }
        seen.insert(to.e164);
        if (to.refusal == sync::Recipient::Refusal::OptedOut) {
            skip(Reason::optedOut(), to.reason);
            continue;
        }
        if (to.refusal == sync::Recipient::Refusal::RevocationPending) {
            skip(Reason::revocationPending(), to.reason);
            continue;
        }
        QHash<QString, QString> values
            = TemplateVariables::fromProfile(to.profile, {}, request.ourCompany);
        for (auto it = c.values.cbegin(); it != c.values.cend(); ++it)
            values.insert(it.key(), it.value());
        const FilledTemplate filled = TemplateFiller::render(request.body, values);
        if (!filled.complete()) {
            QStringList braces;
            for (const QString &name : filled.unfilled)
                braces << QStringLiteral("{{%1}}").arg(name);
            p.text = filled.text;
            skip(Reason::missingVariable(),
                 tr("No value for %1.").arg(QLocale().createSeparatedList(braces)));
            continue;
        }
        p.text = filled.text;
        const QTimeZone zone = zoneOf(values, to.e164, request.defaultTimeZone);
        p.timeZone = QString::fromUtf8(zone.id());
        const qint64 allowedAt = request.quietHours.nextAllowed(nowMs, zone);
        if (allowedAt > nowMs) {
            p.reason = Reason::quietHours();
            p.notBefore = allowedAt;
            ++plan.held;
        }
        ++plan.eligible;
        plan.recipients.append(p);
    }
    return plan;
}

Result<qint64> Planner::create(Database &db, const PlanRequest &request, const Plan &plan,
                               qint64 nowMs)
{
    if (!plan.ok())
        return StorageError(StorageError::Kind::InvalidInput, {}, plan.error);
    if (plan.eligible == 0)
        return StorageError(StorageError::Kind::InvalidInput, {},
                            tr("Nobody can receive this broadcast: every recipient is skipped."));
    BroadcastRecord broadcast;
    broadcast.name = request.name;
    broadcast.body = request.body;
    broadcast.from = request.from.trimmed();
    broadcast.rate = request.rate > 0 ? request.rate : 1.0;
    broadcast.source = request.audience.tag.trimmed().isEmpty()
        ? QStringLiteral("csv:") + request.audience.csvName
        : QStringLiteral("tag:") + request.audience.tag.trimmed();
    broadcast.state = QStringLiteral("running");
    broadcast.createdAt = nowMs;
    QList<BroadcastRecipientRow> rows;
    rows.reserve(plan.recipients.size());
    for (const PlannedRecipient &p : plan.recipients) {
        BroadcastRecipientRow row;
        row.line = p.line;
        row.number = p.number;
        row.body = p.skipped ? QString() : p.text;
        row.timeZone = p.timeZone;
        row.state = p.skipped ? QStringLiteral("skipped") : QStringLiteral("waiting");
        row.reason = p.reason;
        row.notBefore = p.notBefore;
        rows.append(row);
    }
    return BroadcastStore::insert(db, broadcast, rows);
}

} // namespace textdesk::broadcasts
