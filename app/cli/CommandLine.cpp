#include "CommandLine.h"

#include "core/Version.h"
#include "engine/History.h"
#include "engine/Timers.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/CacheStatistics.h"
#include "workspace/EnvironmentSecret.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstring>

namespace textdesk {

namespace {
const char *const kCommands[]
    = { "status",    "configure", "sync",   "serve",    "send",     "broadcast",
        "reminders", "survey",    "report", "training", "contacts", "import",
        "privacy",   "rules",     "faq",    "team",     "help",     "version" };
} // namespace

CommandLine::Command CommandLine::s_serve = nullptr;

void CommandLine::setServeCommand(Command command)
{
    s_serve = command;
}

namespace {
// The first word that is neither an option nor an option's value: the command, empty for none.
QString commandWord(const QStringList &args)
{
    // Options of the window (ours and Qt's) that take the next argument as their value.
    static const char *const kValueOptions[]
        = { "--workspace",    "-workspace", "-platform",        "-platformpluginpath",
            "-platformtheme", "-plugin",    "-qwindowgeometry", "-qwindowicon",
            "-qwindowtitle",  "-style",     "-stylesheet",      "-display",
            "-geometry",      "-title",     "-session" };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1Char('-')))
            return arg;
        for (const char *option : kValueOptions) {
            if (arg == QLatin1String(option))
                ++i; // its value is not a command
        }
    }
    return {};
}
} // namespace

bool CommandLine::isHeadless(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "--version")
            || !std::strcmp(arg, "-v"))
            return true;
        args << QString::fromLocal8Bit(arg);
    }
    // A known command, or an unknown word: run() then says which commands there are, rather
    // than the window opening (or, without a display, aborting). The self-check needs a
    // QApplication; main() handles it.
    const QString command = commandWord(args);
    return !command.isEmpty() && command != QLatin1String("self-check");
}

bool CommandLine::isCommand(const QString &word)
{
    for (const char *command : kCommands) {
        if (word == QLatin1String(command))
            return true;
    }
    return false;
}

QString CommandLine::missingDisplay(int argc, char **argv)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "-platform") || !std::strcmp(argv[i], "-display"))
            return {}; // Qt is told where to draw
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        return tr("textdesk: no display to open the window on (neither DISPLAY nor "
                  "WAYLAND_DISPLAY is set). Run it in a desktop session, or use a command: "
                  "textdesk --help.");
    }
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
#endif
    return {};
}

QString CommandLine::usage()
{
    return tr("Usage: textdesk [--workspace DIR]\n"
              "       textdesk COMMAND [options]\n"
              "\n"
              "Textdesk is a desktop workstation for customer service by text message.\n"
              "Without a command it opens the main window; with no provider configured that is\n"
              "the training workspace.\n"
              "\n"
              "Commands:\n"
              "  status --workspace DIR [--json]   What the workspace's cache holds.\n"
              "  configure --workspace DIR --account-sid AC… [--api-key-sid SK…] [--base-url URL]\n"
              "                                    Connect the workspace to a provider account; "
              "the\n"
              "                                    secret comes from TEXTDESK_AUTH_TOKEN or "
              "stdin.\n"
              "  configure --workspace DIR --team URL --agent NAME [--password-stdin]\n"
              "                                    Make it a team desktop: a replica of the "
              "team's\n"
              "                                    PostgreSQL store (docs/team.md).\n"
              "  sync --workspace DIR [--once] [--history-days N|all]\n"
              "                                    Bring the cache up to date with the provider.\n"
              "  serve --workspace DIR             Keep it up to date without a window (a daemon;\n"
              "                                    stops on SIGTERM/SIGINT).\n"
              "  send --workspace DIR --to NUMBER --body TEXT [--from NUMBER] [--media FILE]…\n"
              "                                    Send a message through the outbox (exactly "
              "once).\n"
              "  broadcast --workspace DIR --template NAME (--csv FILE | --tag TAG) [--from "
              "NUMBER]\n"
              "         [--rate N] [--dry-run] [--report FILE]\n"
              "                                    A template to many customers, paced (--resume\n"
              "                                    goes on after an interruption).\n"
              "  reminders --workspace DIR --template NAME --csv FILE [--hours-before N] "
              "[--dry-run]\n"
              "                                    Appointment reminders, one message each before\n"
              "                                    its date.\n"
              "  rules list|test|export|import --workspace DIR [--from NUMBER] [--to NUMBER]\n"
              "         [--at TIME] (TEXT | FILE)\n"
              "                                    Automation rules: list them, try one message\n"
              "                                    (nothing is sent), or move them as JSON.\n"
              "  faq list|test|export|import --workspace DIR (TEXT | FILE)\n"
              "                                    The FAQ bot's questions and answers: list "
              "them,\n"
              "                                    try a message (nothing is sent), or move them\n"
              "                                    as JSON.\n"
              "  team init|add-agent NAME --role agent|lead|admin|agents --database URL\n"
              "         [--password-stdin]\n"
              "                                    The team's shared PostgreSQL store: create "
              "it,\n"
              "                                    add an agent (prints their password once), "
              "list\n"
              "                                    the agents and their open conversations.\n"
              "  survey score --kind csat|nps|ces|yesno [--language L] TEXT…\n"
              "                                    How survey replies are read (JSON per text).\n"
              "  report csat|nps|ces|response-times --workspace DIR --from DATE --to DATE\n"
              "         [--by agent|number|tag|day|week|month] --format csv|json|pdf --output "
              "FILE\n"
              "                                    A lead's report (dates as YYYY-MM-DD, both "
              "included).\n"
              "  training run --scenario FILE|ID --replies FILE|--model-answer [--json]\n"
              "                                    Score scripted replies to a training "
              "scenario.\n"
              "  training list                     The built-in training scenarios.\n"
              "  training report --results FILE [--output FILE]\n"
              "                                    Per agent: scenarios, scores, trend, weakest "
              "checks (CSV).\n"
              "  contacts import|export --workspace DIR FILE [--format csv|vcard] [--region R]\n"
              "                                    Contacts in from or out to CSV or vCard (an\n"
              "                                    import is undone by contacts undo N).\n"
              "  contacts carddav sync --workspace DIR [--url URL --user USER] --password-stdin\n"
              "                                    Two-way sync with a CardDAV address book;\n"
              "                                    contacts carddav conflicts|resolve N --keep\n"
              "                                    here|server for cards changed on both sides.\n"
              "  import --workspace DIR FILE…      Message history from the provider's JSON, its\n"
              "                                    CLI's JSON or CSV; what is here is skipped.\n"
              "  privacy erase --workspace DIR --number N --yes\n"
              "                                    Erase a customer from this workspace.\n"
              "  self-check                        Check this installation end to end (a "
              "throw-away\n"
              "                                    training workspace; the user's data is not "
              "touched).\n"
              "\n"
              "Options:\n"
              "  --workspace DIR   Use the workspace in DIR (default: %1)\n"
              "  -h, --help        Show this help.\n"
              "  -v, --version     Show the version.\n")
        .arg(Workspace::defaultLocation());
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // Out of the environment before anything could start a program that inherits it.
    EnvironmentSecret::takeAll();
    const QStringList args = arguments.mid(1);
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))
        || commandWord(args) == QStringLiteral("version")) {
        out << "textdesk " << TEXTDESK_VERSION << Qt::endl;
        return Ok;
    }
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))
        || args.contains(QStringLiteral("-h")) || commandWord(args) == QStringLiteral("help")) {
        out << usage() << Qt::flush;
        return Ok;
    }
    const QString command = commandWord(args);
    if (command == QStringLiteral("status"))
        return status(arguments, out, err);
    if (command == QStringLiteral("configure"))
        return configure(arguments, out, err);
    if (command == QStringLiteral("sync"))
        return sync(arguments, out, err);
    if (command == QStringLiteral("send"))
        return send(arguments, out, err);
    if (command == QStringLiteral("broadcast"))
        return broadcast(arguments, out, err);
    if (command == QStringLiteral("reminders"))
        return reminders(arguments, out, err);
    if (command == QStringLiteral("survey"))
        return survey(arguments, out, err);
    if (command == QStringLiteral("rules"))
        return rules(arguments, out, err);
    if (command == QStringLiteral("faq"))
        return faq(arguments, out, err);
    if (command == QStringLiteral("report"))
        return report(arguments, out, err);
    if (command == QStringLiteral("team"))
        return team(arguments, out, err);
    if (command == QStringLiteral("training"))
        return training(arguments, out, err);
    if (command == QStringLiteral("contacts"))
        return contacts(arguments, out, err);
    if (command == QStringLiteral("import"))
        return importHistory(arguments, out, err);
    if (command == QStringLiteral("privacy"))
        return privacy(arguments, out, err);
    if (command == QStringLiteral("serve")) {
        if (s_serve)
            return s_serve(arguments, out, err);
        err << tr("textdesk: this build has no \"serve\".") << Qt::endl;
        return Failed;
    }
    if (isCommand(command)) // listed but not handled above: a mistake here, not the user's
        err << tr("textdesk: the command \"%1\" is not available.").arg(command) << Qt::endl;
    else
        err << tr("textdesk: unknown command \"%1\".").arg(command) << Qt::endl;
    err << usage() << Qt::flush;
    return Usage;
}

int CommandLine::status(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("What the workspace's cache holds."));
    QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace folder."),
                                       tr("DIR"), Workspace::defaultLocation());
    QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({ workspaceOption, jsonOption });
    parser.addPositionalArgument(QStringLiteral("status"), tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    auto workspace = Workspace::open(parser.value(workspaceOption));
    if (!workspace) {
        err << tr("textdesk: %1").arg(workspace.error().message()) << Qt::endl;
        if (!workspace.error().technical().isEmpty())
            err << tr("Details: %1").arg(workspace.error().technical()) << Qt::endl;
        return Failed;
    }
    if (!(*workspace)->movedAsideFile().isEmpty())
        err << tr("textdesk: the cache was damaged; it was moved to %1 and a fresh cache was "
                  "created.")
                   .arg((*workspace)->movedAsideFile())
            << Qt::endl;
    // A snooze that has ended wakes under every command, with or without the provider.
    // So are scheduled messages (queued for the next sync), within the workspace's late limit.
    if (auto woken
        = engine::fireDueTimers((*workspace)->database(), Clock::system(),
                                scheduled::configuredLateLimitMs((*workspace)->settingsPath()),
                                automation::RuleSettings::fromIni((*workspace)->settingsPath()));
        !woken)
        err << tr("textdesk: %1").arg(woken.error().message()) << Qt::endl;
    auto stats = CacheStatistics::read((*workspace)->database());
    if (!stats) {
        err << tr("textdesk: %1").arg(stats.error().message()) << Qt::endl;
        return Failed;
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject json = stats->toJson();
        json.insert(QStringLiteral("workspace"), (*workspace)->directory());
        // "all", a date, or null before the first sync.
        const QString from = engine::History::cachedFrom((*workspace)->database());
        json.insert(QStringLiteral("history_from"), from.isEmpty() ? QJsonValue() : from);
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Ok;
    }
    const QLocale locale;
    out << tr("Workspace:      %1").arg((*workspace)->directory()) << '\n'
        << tr("Cache version:  %1").arg(stats->schemaVersion) << '\n'
        << tr("Contacts:       %1").arg(locale.toString(stats->contacts)) << '\n'
        << tr("Conversations:  %1").arg(locale.toString(stats->conversations)) << '\n'
        << tr("Messages:       %1").arg(locale.toString(stats->messages)) << '\n';
    for (auto dir = stats->messagesByDirectionAndStatus.cbegin();
         dir != stats->messagesByDirectionAndStatus.cend(); ++dir) {
        for (auto st = dir->cbegin(); st != dir->cend(); ++st)
            out << "  " << dir.key() << " / " << st.key() << ": " << locale.toString(st.value())
                << '\n';
    }
    const QString from = engine::History::cachedFrom((*workspace)->database());
    out << tr("History from:   %1")
               .arg(from.isEmpty()                     ? tr("not synced yet")
                        : from == QLatin1String("all") ? tr("all of it")
                                                       : from)
        << '\n';
    out << tr("Outbox pending: %1").arg(locale.toString(stats->pendingOutbox)) << '\n'
        << tr("Scheduled:      %1 waiting, %2 held for an agent to confirm")
               .arg(locale.toString(stats->scheduledPending), locale.toString(stats->scheduledHeld))
        << '\n'
        << tr("Cache size:     %1").arg(locale.formattedDataSize(stats->fileBytes)) << Qt::endl;
    return Ok;
}

} // namespace textdesk
