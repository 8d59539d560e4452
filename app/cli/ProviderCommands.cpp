// `textdesk configure` and `textdesk send`: the provider from the command line, with the same
// client and outbox as the app (`sync` and `serve` run the engine: SyncCommand.cpp).
#include "CommandLine.h"
#include "Configured.h"
#include "engine/History.h"
#include "engine/ProviderFactory.h"
#include "engine/Timers.h"
#include "phone/PhoneNumbers.h"
#include "scheduled/ScheduledMessages.h"
#include "storage/ContactStore.h"
#include "sync/SendRules.h"
#include "templates/TemplateFiller.h"
#include "templates/TemplateStore.h"
#include "templates/TemplateVariables.h"
#include "workspace/EnvironmentSecret.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace textdesk {

namespace {

// Runs the event loop until the job has finished.
void waitFor(provider::ProviderJob *job)
{
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &provider::ProviderJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

// A line from a terminal, asked for and not shown as it is typed (nor left on the screen).
std::optional<QByteArray> readFromTerminal(QTextStream &err)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    // Echo off before the question: whatever is typed after it is never shown.
    termios saved {};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios noEcho = saved;
        noEcho.c_lflag &= ~tcflag_t(ECHO);
        noEcho.c_lflag |= ECHONL; // the Enter still moves to the next line
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
    err << CommandLine::tr("Secret (Auth Token or API key secret): ") << Qt::flush;
    char buffer[4096] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    QByteArray line = read ? QByteArray(buffer).trimmed() : QByteArray();
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return line;
#else
    Q_UNUSED(err)
    return std::nullopt;
#endif
}

// The secret: TEXTDESK_AUTH_TOKEN, else (with `prompt`) typed on a terminal without echo, or
// the first line of standard input. Never an argument: those end up in shell history and in
// every process listing.
QByteArray readSecret(QTextStream *prompt)
{
    QByteArray secret = EnvironmentSecret::authToken();
    if (secret.isEmpty() && prompt) {
        if (auto typed = readFromTerminal(*prompt)) {
            secret = *typed;
        } else {
            QTextStream in(stdin);
            secret = in.readLine().trimmed().toUtf8();
        }
    }
    return secret;
}

} // namespace

namespace cli {

QByteArray serviceCredential()
{
    // systemd's LoadCredential= (textdesk-serve@.service): a file only this service can read.
    const QString directory = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (directory.isEmpty())
        return {};
    QFile file(directory + QStringLiteral("/textdesk-auth-token"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readLine().trimmed();
}

engine::EngineSettings Configured::engineSettings() const
{
    engine::EngineSettings engine;
    engine.cachePath = workspace->cachePath();
    engine.account = settings.providerConfig(secret);
    engine.mediaDirectory = workspace->mediaDirectory();
    engine.outbox.mediaDirectory = workspace->mediaDirectory();
    engine.pull.horizonMs = engine::History::configuredHorizonMs(workspace->settingsPath());
    engine.scheduledLateLimitMs = scheduled::configuredLateLimitMs(workspace->settingsPath());
    engine.rules = automation::RuleSettings::fromIni(workspace->settingsPath());
    // [outbox] segments_per_second: what the account's sending numbers carry. 1 (a long code,
    // the safe default); a toll-free number, a 10DLC campaign or a short code carry more, and a
    // team's gateway sends every agent's replies.
    const QSettings ini(workspace->settingsPath(), QSettings::IniFormat);
    bool rateOk = false;
    const double rate = ini.value(QStringLiteral("outbox/segments_per_second")).toDouble(&rateOk);
    if (rateOk && rate > 0) {
        engine.outbox.segmentsPerSecond = std::clamp(rate, 0.1, 1000.0);
        engine.outbox.burstSegments = std::max(engine.outbox.burstSegments, rate * 2);
    }
    return engine;
}

int openConfigured(const QString &directory, Configured &configured, QTextStream &err)
{
    auto workspace = Workspace::open(directory);
    if (!workspace) {
        err << CommandLine::tr("textdesk: %1").arg(workspace.error().message()) << Qt::endl;
        return CommandLine::Failed;
    }
    if (!(*workspace)->hasProvider()) {
        err << CommandLine::tr(
            "textdesk: this workspace has no provider yet. Run \"textdesk configure\" first.")
            << Qt::endl;
        return CommandLine::Usage;
    }
    configured.settings = ProviderSettings::load((*workspace)->settingsPath());
    if (const QString problem = configured.settings.problem(); !problem.isEmpty()) {
        err << CommandLine::tr("textdesk: %1").arg(problem) << Qt::endl;
        return CommandLine::Failed;
    }
    configured.secret = readSecret(nullptr);
    if (configured.secret.isEmpty())
        configured.secret = serviceCredential();
    if (configured.secret.isEmpty()) {
        err << CommandLine::tr("textdesk: set TEXTDESK_AUTH_TOKEN to the account's secret.")
            << Qt::endl;
        return CommandLine::Usage;
    }
    configured.workspace = std::move(*workspace);
    return CommandLine::Ok;
}

} // namespace cli

int CommandLine::configure(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QStringLiteral("--team"))
        || !arguments.filter(QStringLiteral("--team=")).isEmpty())
        return configureTeam(arguments, out, err);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connect a workspace to a provider account. The secret (Auth Token or "
           "API key secret) is read from TEXTDESK_AUTH_TOKEN or standard input."));
    QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace folder."),
                                       tr("DIR"), Workspace::defaultLocation());
    QCommandLineOption providerOption(QStringLiteral("provider"), tr("The provider (twilio)."),
                                      tr("NAME"), QStringLiteral("twilio"));
    QCommandLineOption accountOption(QStringLiteral("account-sid"), tr("The Account SID (AC…)."),
                                     tr("SID"));
    QCommandLineOption keyOption(QStringLiteral("api-key-sid"),
                                 tr("An API key SID (SK…), instead of the Auth Token."), tr("SID"));
    QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"), tr("The API address (a regional edge, or a simulator)."),
        tr("URL"), provider::ProviderConfig::defaultBaseUrl().toString());
    QCommandLineOption mediaOption(QStringLiteral("media-upload-url"),
                                   tr("Where outgoing pictures are uploaded (https)."), tr("URL"));
    QCommandLineOption webhookOption(QStringLiteral("webhook-public-url"),
                                     tr("The address the provider calls for webhooks: the "
                                        "reverse proxy with TLS in front of Textdesk (https)."),
                                     tr("URL"));
    parser.addOptions({ workspaceOption, providerOption, accountOption, keyOption, baseUrlOption,
                        mediaOption, webhookOption });
    parser.addPositionalArgument(QStringLiteral("configure"), tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    ProviderSettings settings;
    settings.provider = parser.value(providerOption);
    settings.accountSid = parser.value(accountOption);
    settings.apiKeySid = parser.value(keyOption);
    settings.baseUrl = QUrl(parser.value(baseUrlOption));
    if (parser.isSet(mediaOption))
        settings.mediaUploadUrl = QUrl(parser.value(mediaOption));
    if (parser.isSet(webhookOption))
        settings.webhookPublicUrl = QUrl(parser.value(webhookOption));
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        err << tr("textdesk: %1").arg(problem) << Qt::endl;
        return Usage;
    }
    const QByteArray secret = readSecret(&err);
    if (secret.isEmpty()) {
        err << tr(
            "textdesk: no secret given. Set TEXTDESK_AUTH_TOKEN or type it on standard input.")
            << Qt::endl;
        return Usage;
    }
    auto workspace = Workspace::open(parser.value(workspaceOption));
    if (!workspace) {
        err << tr("textdesk: %1").arg(workspace.error().message()) << Qt::endl;
        return Failed;
    }

    QNetworkAccessManager network;
    std::unique_ptr<provider::Provider> client(
        engine::makeProvider(&network, settings.providerConfig(secret)));
    provider::ProviderJob *check = client->checkCredentials();
    waitFor(check);
    if (!check->succeeded()) {
        err << tr("textdesk: %1").arg(check->error().details()) << Qt::endl;
        return Failed;
    }
    provider::NumberListJob *numbers = client->listNumbers();
    waitFor(numbers);
    if (!numbers->succeeded()) {
        err << tr("textdesk: %1").arg(numbers->error().details()) << Qt::endl;
        return Failed;
    }
    ContactStore contacts((*workspace)->database());
    QStringList numberList;
    for (const provider::ProviderNumber &number : numbers->numbers) {
        if (auto inbox = contacts.ensureInbox(number.phoneNumber, number.friendlyName); !inbox) {
            err << tr("textdesk: %1").arg(inbox.error().message()) << Qt::endl;
            return Failed;
        }
        numberList.append(number.phoneNumber);
    }
    QString saveError;
    if (!settings.save((*workspace)->settingsPath(), &saveError)) {
        err << tr("textdesk: %1").arg(saveError) << Qt::endl;
        return Failed;
    }
    out << tr("Connected to %1 as %2.").arg(settings.baseUrl.toString(), settings.accountSid)
        << '\n'
        << tr("%Ln sending number(s): %1", nullptr, int(numberList.size()))
               .arg(numberList.join(QStringLiteral(", ")))
        << '\n'
        << tr("The secret was not stored. Give it again with TEXTDESK_AUTH_TOKEN when you sync.")
        << Qt::endl;
    return Ok;
}

int CommandLine::send(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send a text message through the workspace's outbox. It is written to the "
           "outbox before anything goes out, so it is sent once even if this command "
           "is interrupted (the next send or sync finishes the job)."));
    QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace folder."),
                                       tr("DIR"), Workspace::defaultLocation());
    QCommandLineOption toOption(QStringLiteral("to"), tr("The customer's number."), tr("NUMBER"));
    QCommandLineOption fromOption(QStringLiteral("from"),
                                  tr("Our number (default: the workspace's first)."), tr("NUMBER"));
    QCommandLineOption bodyOption(
        QStringLiteral("body"),
        tr("The text; {{variables}} are filled from the customer's profile."), tr("TEXT"));
    QCommandLineOption templateOption(QStringLiteral("template"),
                                      tr("A template's shortcut, instead of --body."),
                                      tr("SHORTCUT"));
    QCommandLineOption varOption(QStringLiteral("var"),
                                 tr("A value for a template variable (repeat for more)."),
                                 tr("NAME=VALUE"));
    QCommandLineOption mediaOption(QStringLiteral("media"),
                                   tr("A file to attach (repeat for more)."), tr("FILE"));
    QCommandLineOption waitOption(QStringLiteral("wait"),
                                  tr("Seconds to wait for the provider (default 60)."),
                                  tr("SECONDS"), QStringLiteral("60"));
    parser.addOptions({ workspaceOption, toOption, fromOption, bodyOption, templateOption,
                        varOption, mediaOption, waitOption });
    parser.addPositionalArgument(QStringLiteral("send"), tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    const bool hasText = parser.isSet(bodyOption) || parser.isSet(templateOption);
    if (!parser.isSet(toOption) || (!hasText && !parser.isSet(mediaOption))) {
        err << tr("textdesk: --to and --body (or --template, or --media) are required.")
            << Qt::endl;
        return Usage;
    }
    if (parser.isSet(bodyOption) && parser.isSet(templateOption)) {
        err << tr("textdesk: give --body or --template, not both.") << Qt::endl;
        return Usage;
    }
    cli::Configured configured;
    if (const int exit = cli::openConfigured(parser.value(workspaceOption), configured, err);
        exit != Ok)
        return exit;
    Workspace &workspace = *configured.workspace;
    const ProviderSettings &settings = configured.settings;
    const QByteArray &secret = configured.secret;
    Database &db = workspace.database();
    QString from = parser.value(fromOption);
    if (from.isEmpty()) {
        auto first = db.scalar(QStringLiteral("SELECT e164 FROM inboxes ORDER BY id LIMIT 1"));
        if (!first || first->toString().isEmpty()) {
            err << tr("textdesk: the workspace knows none of our numbers; give --from.")
                << Qt::endl;
            return Usage;
        }
        from = first->toString();
    }

    // The rules of every path that writes first: a valid number, a customer who has not
    // opted out, and a text with every variable filled (never literal braces).
    const QString region = PhoneNumbers::workspaceRegion(workspace.settingsPath());
    const sync::Recipient recipient = sync::SendRules::check(db, parser.value(toOption), region);
    if (!recipient.ok()) {
        err << tr("textdesk: %1").arg(recipient.reason) << Qt::endl;
        return recipient.refusal == sync::Recipient::Refusal::InvalidNumber ? Usage : Failed;
    }
    QString body = parser.value(bodyOption);
    if (parser.isSet(templateOption)) {
        const QString shortcut = parser.value(templateOption)
                                     .trimmed()
                                     .remove(QRegularExpression(QStringLiteral("^/")));
        auto templates = TemplateStore(db).all();
        if (!templates) {
            err << tr("textdesk: %1").arg(templates.error().message()) << Qt::endl;
            return Failed;
        }
        const auto found
            = std::find_if(templates->cbegin(), templates->cend(), [&](const MessageTemplate &t) {
                  return t.shortcut.compare(shortcut, Qt::CaseInsensitive) == 0;
              });
        if (found == templates->cend()) {
            err << tr("textdesk: there is no template \"/%1\".").arg(shortcut) << Qt::endl;
            return Usage;
        }
        body = found->body;
    }
    QHash<QString, QString> values = TemplateVariables::fromProfile(
        recipient.profile, {}, TemplateVariables::ourCompany(workspace.settingsPath()));
    for (const QString &assignment : parser.values(varOption)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err << tr("textdesk: --var takes NAME=VALUE, not \"%1\".").arg(assignment) << Qt::endl;
            return Usage;
        }
        values.insert(TemplateFiller::normalizedName(assignment.left(eq)), assignment.mid(eq + 1));
    }
    const FilledTemplate rendered = TemplateFiller::render(body, values);
    if (!rendered.complete()) {
        QStringList names;
        for (const QString &name : rendered.unfilled)
            names.append(QStringLiteral("{{%1}}").arg(name));
        err << tr("textdesk: not sent: the message has no value for %1. Give it with --var "
                  "NAME=VALUE, or a default in the text ({{name|default}}).")
                   .arg(QLocale().createSeparatedList(names))
            << Qt::endl;
        return Usage;
    }
    body = rendered.text;

    // A snooze that has ended wakes under this command too.
    if (auto woken = engine::fireDueTimers(
            db, Clock::system(), scheduled::configuredLateLimitMs(workspace.settingsPath()),
            automation::RuleSettings::fromIni(workspace.settingsPath()));
        !woken)
        err << tr("textdesk: %1").arg(woken.error().message()) << Qt::endl;
    QNetworkAccessManager network;
    const std::unique_ptr<provider::Provider> client(
        engine::makeProvider(&network, settings.providerConfig(secret)));
    sync::OutboxOptions outboxOptions;
    outboxOptions.mediaDirectory = workspace.mediaDirectory();
    sync::OutboxSender sender(client.get(), db, outboxOptions);
    QStringList attachments;
    for (const QString &file : parser.values(mediaOption))
        attachments << QFileInfo(file).absoluteFilePath();
    const sync::EnqueueResult queued
        = sender.enqueue({ recipient.e164, from, body, 0, attachments });
    if (!queued.ok()) {
        err << tr("textdesk: %1").arg(queued.errorMessage) << Qt::endl;
        // An opted-out customer is refused like the provider's own refusal (exit 1), not as a
        // mistake in the command.
        return queued.error == sync::EnqueueResult::Error::Storage
                || queued.error == sync::EnqueueResult::Error::OptedOut
            ? Failed
            : Usage;
    }
    const QString clientId = queued.entry.clientId;
    QEventLoop loop;
    sync::OutboxState final = sync::OutboxState::Waiting;
    QString reason;
    QObject::connect(&sender, &sync::OutboxSender::entryChanged, &loop,
                     [&](const QString &id, sync::OutboxState state, const QString &message) {
                         if (id != clientId)
                             return;
                         if (!message.isEmpty())
                             reason = message;
                         if (state == sync::OutboxState::Accepted
                             || state == sync::OutboxState::Failed) {
                             final = state;
                             loop.quit();
                         }
                     });
    QTimer::singleShot(std::max(1, parser.value(waitOption).toInt()) * 1000, &loop,
                       &QEventLoop::quit);
    sender.start();
    loop.exec();
    sender.stop();
    switch (final) {
    case sync::OutboxState::Accepted: {
        auto entry = sender.outbox().entry(clientId);
        const QString sid = entry && *entry ? (*entry)->providerSid : QString();
        out << tr("Sent to %1 (%2).").arg(queued.entry.to, sid) << Qt::endl;
        return Ok;
    }
    case sync::OutboxState::Failed:
        err << tr("textdesk: not sent: %1").arg(reason) << Qt::endl;
        return Failed;
    default:
        err << tr("textdesk: the provider has not confirmed it yet (%1). It stays in the outbox "
                  "and goes out with "
                  "the next send or sync, once.")
                   .arg(reason.isEmpty() ? tr("no answer") : reason)
            << Qt::endl;
        return Failed;
    }
}

} // namespace textdesk
