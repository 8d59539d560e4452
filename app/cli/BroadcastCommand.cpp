// `textdesk broadcast` and `textdesk reminders`: a template to many customers, paced, and
// appointment reminders, without a window (app/broadcasts; docs/broadcasts.md).
#include "CommandLine.h"
#include "Configured.h"
#include "ProgressLine.h"
#include "broadcasts/BroadcastPlan.h"
#include "broadcasts/BroadcastRunner.h"
#include "broadcasts/Reminders.h"
#include "core/Csv.h"
#include "engine/ProviderFactory.h"
#include "engine/Timers.h"
#include "phone/PhoneNumbers.h"
#include "scheduled/ScheduledMessages.h"
#include "sync/OutboxSender.h"
#include "templates/TemplateStore.h"
#include "templates/TemplateVariables.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <optional>

namespace textdesk {

namespace {

using broadcasts::Planner;

// A template by its shortcut ("/promo" or "promo") or its title, ignoring case.
std::optional<MessageTemplate> findTemplate(Database &db, const QString &name, QString *error)
{
    QString wanted = name.trimmed();
    if (wanted.startsWith(QLatin1Char('/')))
        wanted.remove(0, 1);
    auto templates = TemplateStore(db).all();
    if (!templates) {
        *error = templates.error().message();
        return std::nullopt;
    }
    for (const MessageTemplate &t : std::as_const(*templates)) {
        if (t.shortcut.compare(wanted, Qt::CaseInsensitive) == 0
            || t.title.compare(wanted, Qt::CaseInsensitive) == 0)
            return t;
    }
    *error = CommandLine::tr("there is no template \"%1\" (give its shortcut or its title).")
                 .arg(name.trimmed());
    return std::nullopt;
}

// --from, else the workspace's first number; empty (with the reason on err) when none.
QString sendingNumber(Database &db, const QString &given, QTextStream &err)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    auto first = db.scalar(QStringLiteral("SELECT e164 FROM inboxes ORDER BY id LIMIT 1"));
    if (!first || first->toString().isEmpty()) {
        err << CommandLine::tr("textdesk: the workspace knows none of our numbers; give --from.")
            << Qt::endl;
        return {};
    }
    return first->toString();
}

std::optional<QByteArray> readFile(const QString &path, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << CommandLine::tr("textdesk: cannot read %1: %2").arg(path, file.errorString())
            << Qt::endl;
        return std::nullopt;
    }
    return file.readAll();
}

void printPlan(const broadcasts::Plan &plan, bool everyRecipient, QTextStream &out)
{
    if (everyRecipient) {
        for (const broadcasts::PlannedRecipient &p : plan.recipients) {
            const QString where = p.line > 0 ? CommandLine::tr("line %1: ").arg(p.line) : QString();
            if (p.skipped)
                out << CommandLine::tr("%1%2 skipped (%3): %4")
                           .arg(where, p.number, Planner::reasonText(p.reason), p.detail)
                    << Qt::endl;
            else if (p.notBefore > 0)
                out << CommandLine::tr("%1%2 (held until %3): %4")
                           .arg(where, p.number,
                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.notBefore),
                                                   QLocale::ShortFormat),
                                p.text)
                    << Qt::endl;
            else
                out << CommandLine::tr("%1%2: %3").arg(where, p.number, p.text) << Qt::endl;
        }
    }
    int skipped = 0;
    QStringList reasons;
    for (const QString &reason :
         { broadcasts::Reason::optedOut(), broadcasts::Reason::revocationPending(),
           broadcasts::Reason::invalidNumber(), broadcasts::Reason::duplicate(),
           broadcasts::Reason::missingVariable() }) {
        const int n = plan.skipped.value(reason);
        skipped += n;
        if (n > 0)
            reasons << QStringLiteral("%1 %2").arg(n).arg(Planner::reasonText(reason).toLower());
    }
    out << CommandLine::tr("%n recipient(s): %1 to send (%2 held for quiet hours), %3 skipped",
                           nullptr, int(plan.recipients.size()))
               .arg(plan.eligible)
               .arg(plan.held)
               .arg(skipped);
    if (!reasons.isEmpty())
        out << CommandLine::tr(" (%1)").arg(reasons.join(QStringLiteral(", ")));
    out << Qt::endl;
}

bool writeReport(Database &db, qint64 broadcastId, const QString &path, QTextStream &err)
{
    auto rows = BroadcastStore::recipients(db, broadcastId);
    if (!rows) {
        err << CommandLine::tr("textdesk: %1").arg(rows.error().message()) << Qt::endl;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        err << CommandLine::tr("textdesk: cannot write %1: %2").arg(path, file.errorString())
            << Qt::endl;
        return false;
    }
    file.write(csv::kBom);
    file.write(csv::line(
        { csv::cell(QStringLiteral("line"), false), csv::cell(QStringLiteral("number"), false),
          csv::cell(QStringLiteral("state"), false), csv::cell(QStringLiteral("reason"), false),
          csv::cell(QStringLiteral("reason_text"), false),
          csv::cell(QStringLiteral("message_status"), false),
          csv::cell(QStringLiteral("text"), false) }));
    for (const BroadcastRecipientRow &r : std::as_const(*rows)) {
        file.write(
            csv::line({ csv::cell(QString::number(r.line), false), csv::cell(r.number),
                        csv::cell(r.state, false), csv::cell(r.reason, false),
                        // The reason in words, for whoever opens the file.
                        csv::cell(r.reason.isEmpty() ? QString() : Planner::reasonText(r.reason)),
                        csv::cell(r.messageStatus, false), csv::cell(r.body) }));
    }
    if (!file.commit()) {
        err << CommandLine::tr("textdesk: cannot write %1: %2").arg(path, file.errorString())
            << Qt::endl;
        return false;
    }
    return true;
}

// Runs every unfinished broadcast of the workspace until each is queued, and then the outbox
// until it is empty or `waitSeconds` pass. Ok when nothing is left. `rate`: the outbox sends at
// least this fast (and at least as fast as each broadcast).
int runBroadcasts(cli::Configured &configured, double rate, int waitSeconds, QTextStream &out,
                  QTextStream &err)
{
    Workspace &workspace = *configured.workspace;
    Database &db = workspace.database();
    Clock &clock = Clock::system();
    if (auto woken = engine::fireDueTimers(
            db, clock, scheduled::configuredLateLimitMs(workspace.settingsPath()),
            automation::RuleSettings::fromIni(workspace.settingsPath()));
        !woken)
        err << CommandLine::tr("textdesk: %1").arg(woken.error().message()) << Qt::endl;
    auto left = BroadcastStore::unfinished(db, false);
    if (!left) {
        err << CommandLine::tr("textdesk: %1").arg(left.error().message()) << Qt::endl;
        return CommandLine::Failed;
    }
    for (const BroadcastRecord &b : std::as_const(*left))
        rate = std::max(rate, b.rate);
    QNetworkAccessManager network;
    const std::unique_ptr<provider::Provider> client(
        engine::makeProvider(&network, configured.settings.providerConfig(configured.secret)));
    sync::OutboxOptions options;
    options.mediaDirectory = workspace.mediaDirectory();
    // The broadcast paces itself; the outbox must not be the slower of the two.
    options.segmentsPerSecond = std::max(1.0, rate);
    options.burstSegments = std::max(3.0, rate);
    sync::OutboxSender sender(client.get(), db, options);
    const QString region = PhoneNumbers::workspaceRegion(workspace.settingsPath());
    broadcasts::BroadcastRunner runner(db, clock, region);
    cli::ProgressLine progress(err, cli::ProgressLine::stderrIsTerminal(), clock);

    QEventLoop loop;
    bool queuing = true;
    bool draining = false;
    qint64 heldUntil = 0; // only recipients held for quiet hours are left, until then
    QString failure;
    int open = 0;
    // Once nothing waits to be queued, only the outbox is left: it gets waitSeconds more.
    const auto look = [&] {
        if (!failure.isEmpty()) {
            loop.quit();
            return;
        }
        auto unfinished = BroadcastStore::unfinished(db, false);
        queuing = (!unfinished || !unfinished->isEmpty()) && heldUntil <= clock.nowMs();
        if (!queuing && !draining) {
            draining = true;
            QTimer::singleShot(std::max(1, waitSeconds) * 1000, &loop, &QEventLoop::quit);
            auto count = sender.outbox().openCount();
            open = count ? *count : 0;
        }
        if (!queuing && open == 0)
            loop.quit();
    };
    QObject::connect(&runner, &broadcasts::BroadcastRunner::queued, &sender,
                     &sync::OutboxSender::retryNow);
    QObject::connect(
        &runner, &broadcasts::BroadcastRunner::progressed, &loop,
        [&](qint64 id, int queued, int total) {
            progress.update(
                CommandLine::tr("Broadcast %1: %2 of %3 queued").arg(id).arg(queued).arg(total));
        });
    QObject::connect(&runner, &broadcasts::BroadcastRunner::failed, &loop,
                     [&](const QString &message) {
                         failure = message;
                         loop.quit();
                     });
    QObject::connect(&sender, &sync::OutboxSender::openCountChanged, &loop, [&](int count) {
        open = count;
        if (!queuing && open == 0)
            loop.quit();
    });
    QObject::connect(&runner, &broadcasts::BroadcastRunner::finished, &loop, [&](qint64) {
        QTimer::singleShot(0, &loop, look); // after the runner's pass has returned
    });
    // What is left waits for the customers' quiet hours to end: this command does not wait
    // hours for it; the next run (or sync, serve, the window) sends it then.
    QObject::connect(&runner, &broadcasts::BroadcastRunner::held, &loop, [&](qint64 untilMs) {
        heldUntil = untilMs;
        QTimer::singleShot(0, &loop, look);
    });
    sender.start();
    runner.start();
    QTimer::singleShot(0, &loop, look);
    loop.exec();
    runner.stop();
    sender.stop();
    progress.breakLine();
    if (!failure.isEmpty()) {
        err << CommandLine::tr("textdesk: %1").arg(failure) << Qt::endl;
        return CommandLine::Failed;
    }
    for (const BroadcastRecord &b : std::as_const(*left)) {
        auto counts = BroadcastStore::counts(db, b.id);
        if (!counts)
            continue;
        out << CommandLine::tr("Broadcast %1: %2 queued, %3 skipped, %4 cancelled, %5 waiting.")
                   .arg(b.id)
                   .arg(counts->queued)
                   .arg(counts->skipped)
                   .arg(counts->cancelled)
                   .arg(counts->waiting)
            << Qt::endl;
    }
    if (heldUntil > clock.nowMs()) {
        out << CommandLine::tr("The rest is held for the customers' quiet hours until %1; it goes "
                               "out then with \"textdesk broadcast --resume\", sync or serve.")
                   .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(heldUntil),
                                           QLocale::ShortFormat))
            << Qt::endl;
    }
    auto count = sender.outbox().openCount();
    if ((queuing && heldUntil <= clock.nowMs()) || !count || *count > 0) {
        err << CommandLine::tr("textdesk: not everything has gone out yet; it stays queued and "
                               "goes out, once, with the next \"broadcast --resume\", sync or "
                               "send.")
            << Qt::endl;
        return CommandLine::Failed;
    }
    return CommandLine::Ok;
}

} // namespace

int CommandLine::broadcast(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send a template to many customers: those with a tag, or the numbers of a CSV file "
           "whose other columns are template variables. Paced per sending number; an "
           "interrupted broadcast goes on with --resume and skips or repeats nobody."));
    QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace folder."),
                                       tr("DIR"), Workspace::defaultLocation());
    QCommandLineOption templateOption(QStringLiteral("template"),
                                      tr("The template's shortcut or title."), tr("NAME"));
    QCommandLineOption csvOption(
        QStringLiteral("csv"), tr("A CSV file: a number column and variable columns."), tr("FILE"));
    QCommandLineOption tagOption(QStringLiteral("tag"), tr("The customers with this tag."),
                                 tr("TAG"));
    QCommandLineOption fromOption(QStringLiteral("from"),
                                  tr("Our number (default: the workspace's first)."), tr("NUMBER"));
    QCommandLineOption rateOption(QStringLiteral("rate"),
                                  tr("Messages per second from that number (default 1)."), tr("N"),
                                  QStringLiteral("1"));
    QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                    tr("Print each recipient's text and who is skipped; send "
                                       "nothing."));
    QCommandLineOption resumeOption(QStringLiteral("resume"),
                                    tr("Go on with the broadcasts an interruption left."));
    QCommandLineOption reportOption(QStringLiteral("report"),
                                    tr("Write each recipient's outcome to this CSV file."),
                                    tr("FILE"));
    QCommandLineOption waitOption(QStringLiteral("wait"),
                                  tr("Seconds to wait for the provider at the end (default 60)."),
                                  tr("SECONDS"), QStringLiteral("60"));
    parser.addOptions({ workspaceOption, templateOption, csvOption, tagOption, fromOption,
                        rateOption, dryRunOption, resumeOption, reportOption, waitOption });
    parser.addPositionalArgument(QStringLiteral("broadcast"), tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    bool rateOk = false;
    const double rate = parser.value(rateOption).toDouble(&rateOk);
    if (!rateOk || rate <= 0 || rate > 1000) {
        err << tr("textdesk: --rate takes messages per second, more than 0 and at most 1000.")
            << Qt::endl;
        return Usage;
    }
    const bool resume = parser.isSet(resumeOption);
    if (!resume
        && (!parser.isSet(templateOption) || parser.isSet(csvOption) == parser.isSet(tagOption))) {
        err << tr("textdesk: give --template and one of --csv or --tag (or --resume).") << Qt::endl;
        return Usage;
    }

    cli::Configured configured;
    std::unique_ptr<Workspace> plain;
    if (parser.isSet(dryRunOption)) {
        // A dry run needs no provider.
        auto opened = Workspace::open(parser.value(workspaceOption));
        if (!opened) {
            err << tr("textdesk: %1").arg(opened.error().message()) << Qt::endl;
            return Failed;
        }
        plain = std::move(*opened);
    } else if (const int exit = cli::openConfigured(parser.value(workspaceOption), configured, err);
               exit != Ok) {
        return exit;
    }
    Workspace &workspace = plain ? *plain : *configured.workspace;
    Database &db = workspace.database();

    qint64 created = 0;
    if (!resume) {
        QString problem;
        const auto chosen = findTemplate(db, parser.value(templateOption), &problem);
        if (!chosen) {
            err << tr("textdesk: %1").arg(problem) << Qt::endl;
            return Usage;
        }
        broadcasts::PlanRequest request;
        request.name = chosen->title.isEmpty() ? chosen->shortcut : chosen->title;
        request.body = chosen->body;
        request.from = sendingNumber(db, parser.value(fromOption), err);
        if (request.from.isEmpty())
            return Usage;
        request.rate = rate;
        request.region = PhoneNumbers::workspaceRegion(workspace.settingsPath());
        request.ourCompany = TemplateVariables::ourCompany(workspace.settingsPath());
        if (parser.isSet(csvOption)) {
            const auto bytes = readFile(parser.value(csvOption), err);
            if (!bytes)
                return Failed;
            request.audience.csv = *bytes;
            request.audience.csvName = QFileInfo(parser.value(csvOption)).fileName();
        } else {
            request.audience.tag = parser.value(tagOption);
        }
        const qint64 now = Clock::system().nowMs();
        const broadcasts::Plan plan = Planner::plan(db, request, now);
        if (!plan.ok()) {
            err << tr("textdesk: %1").arg(plan.error) << Qt::endl;
            return Usage;
        }
        printPlan(plan, parser.isSet(dryRunOption), out);
        if (parser.isSet(dryRunOption))
            return Ok;
        auto id = Planner::create(db, request, plan, now);
        if (!id) {
            err << tr("textdesk: %1").arg(id.error().message()) << Qt::endl;
            return id.error().kind() == StorageError::Kind::InvalidInput ? Usage : Failed;
        }
        created = *id;
        out << tr("Broadcast %1 stored; sending at %2 per second.").arg(created).arg(rate)
            << Qt::endl;
    } else if (parser.isSet(dryRunOption)) {
        return Ok;
    }
    const int exit = runBroadcasts(configured, rate, parser.value(waitOption).toInt(), out, err);
    if (created && parser.isSet(reportOption)
        && !writeReport(db, created, parser.value(reportOption), err))
        return Failed;
    return exit;
}

int CommandLine::reminders(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Appointment reminders from a CSV file (a number column, a date and time column, "
           "and variable columns): one message each, some hours before its date. They go out "
           "with the next sync, serve or window that runs at their time."));
    QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace folder."),
                                       tr("DIR"), Workspace::defaultLocation());
    QCommandLineOption templateOption(QStringLiteral("template"),
                                      tr("The template's shortcut or title."), tr("NAME"));
    QCommandLineOption csvOption(QStringLiteral("csv"), tr("The appointments."), tr("FILE"));
    QCommandLineOption fromOption(QStringLiteral("from"),
                                  tr("Our number (default: the workspace's first)."), tr("NUMBER"));
    QCommandLineOption hoursOption(QStringLiteral("hours-before"),
                                   tr("How long before the appointment (default 24)."), tr("HOURS"),
                                   QStringLiteral("24"));
    QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                    tr("Check the file and print the reminders; store nothing."));
    parser.addOptions(
        { workspaceOption, templateOption, csvOption, fromOption, hoursOption, dryRunOption });
    parser.addPositionalArgument(QStringLiteral("reminders"), tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    bool hoursOk = false;
    const double hours = parser.value(hoursOption).toDouble(&hoursOk);
    if (!hoursOk || hours < 0 || hours > 24 * 60) {
        err << tr("textdesk: --hours-before takes a number of hours from 0 to 1440.") << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(templateOption) || !parser.isSet(csvOption)) {
        err << tr("textdesk: --template and --csv are required.") << Qt::endl;
        return Usage;
    }
    auto opened = Workspace::open(parser.value(workspaceOption));
    if (!opened) {
        err << tr("textdesk: %1").arg(opened.error().message()) << Qt::endl;
        return Failed;
    }
    Workspace &workspace = **opened;
    Database &db = workspace.database();
    QString problem;
    const auto chosen = findTemplate(db, parser.value(templateOption), &problem);
    if (!chosen) {
        err << tr("textdesk: %1").arg(problem) << Qt::endl;
        return Usage;
    }
    broadcasts::Reminders::Request request;
    request.body = chosen->body;
    request.from = sendingNumber(db, parser.value(fromOption), err);
    if (request.from.isEmpty())
        return Usage;
    request.offsetMs = qint64(hours * 3600'000);
    request.region = PhoneNumbers::workspaceRegion(workspace.settingsPath());
    request.ourCompany = TemplateVariables::ourCompany(workspace.settingsPath());
    const auto bytes = readFile(parser.value(csvOption), err);
    if (!bytes)
        return Failed;
    request.csv = *bytes;
    const qint64 now = Clock::system().nowMs();
    const broadcasts::Reminders::Plan plan = broadcasts::Reminders::plan(db, request, now);
    if (!plan.ok()) {
        err << tr("textdesk: %1").arg(plan.error) << Qt::endl;
        return Usage;
    }
    for (const broadcasts::Reminders::LineError &e : plan.errors)
        err << tr("textdesk: line %1: %2").arg(e.line).arg(e.message) << Qt::endl;
    for (const ReminderRecord &r : plan.reminders) {
        out << tr("line %1: %2 at %3: %4")
                   .arg(r.line)
                   .arg(r.number,
                        QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.dueAt),
                                           QLocale::ShortFormat),
                        r.body)
            << Qt::endl;
    }
    if (!parser.isSet(dryRunOption)) {
        auto added = broadcasts::Reminders::store(db, plan, now);
        if (!added) {
            err << tr("textdesk: %1").arg(added.error().message()) << Qt::endl;
            return Failed;
        }
        out << tr("%n reminder(s) scheduled", nullptr, *added);
        if (*added < plan.reminders.size())
            out << tr(" (%n already scheduled before)", nullptr,
                      int(plan.reminders.size() - *added));
        out << Qt::endl;
    }
    // Lines that were not taken are an error the user must see in the exit code too.
    return plan.errors.isEmpty() ? Ok : Failed;
}

} // namespace textdesk
