// `textdesk configure` and `textdesk sync`: the provider from the command line, with the same
// client and sync code as the app.
#include "CommandLine.h"
#include "storage/ContactStore.h"
#include "sync/MediaFetcher.h"
#include "sync/OutboxSender.h"
#include "sync/PullSync.h"
#include "workspace/EnvironmentSecret.h"
#include "workspace/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

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

// `sync --once`: waits until the outbox has nothing left to send, at most `seconds`; false (and
// a sentence) if something is still waiting.
bool drainOutbox(sync::OutboxSender &sender, int seconds, QTextStream &err)
{
    auto open = sender.outbox().openCount();
    if (open && *open > 0) {
        QEventLoop loop;
        QObject::connect(&sender, &sync::OutboxSender::openCountChanged, &loop, [&loop](int count) {
            if (count == 0)
                loop.quit();
        });
        QTimer::singleShot(std::max(1, seconds) * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        open = sender.outbox().openCount();
    }
    if (!open) {
        err << CommandLine::tr("textdesk: %1").arg(open.error().message()) << Qt::endl;
        return false;
    }
    if (*open > 0) {
        err << CommandLine::tr("textdesk: %Ln message(s) still waiting in the outbox; they go out "
                               "with the next send or sync, once.",
                               nullptr, *open)
            << Qt::endl;
        return false;
    }
    return true;
}

// `sync --once`: waits until the attachments of the messages pulled are downloaded, at most
// `seconds`, through the pauses before a failed download is tried again; false (and a sentence)
// if some are still missing. An attachment the provider refuses for good (too large, gone) is
// not waited for: the thread shows why.
bool drainMedia(sync::MediaFetcher &media, Database &db, int seconds, QTextStream &err)
{
    const auto missing = [&db] {
        return db.scalar(QStringLiteral(
            "SELECT count(*) FROM media WHERE download_state IN ('pending', 'downloading')"));
    };
    const qint64 limitMs = std::max(1, seconds) * 1000LL;
    QElapsedTimer clock;
    clock.start();
    auto left = missing();
    // Busy: listing a message's attachments (their rows do not exist yet), or downloading.
    while (left && (left->toInt() > 0 || media.isBusy()) && clock.elapsed() < limitMs) {
        QEventLoop loop;
        QObject::connect(&media, &sync::MediaFetcher::idle, &loop, &QEventLoop::quit);
        QObject::connect(&media, &sync::MediaFetcher::mediaChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(limitMs - clock.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
        left = missing();
    }
    if (!left) {
        err << CommandLine::tr("textdesk: %1").arg(left.error().message()) << Qt::endl;
        return false;
    }
    if (left->toInt() > 0) {
        err << CommandLine::tr("textdesk: %Ln attachment(s) not downloaded yet; the next sync "
                               "goes on with them.",
                               nullptr, left->toInt())
            << Qt::endl;
        return false;
    }
    return true;
}

// A workspace with a provider, its settings and the secret: what `sync` and `send` need.
struct Configured
{
    std::unique_ptr<Workspace> workspace;
    ProviderSettings settings;
    QByteArray secret;
};

// Opens it; on failure says why on `err` and returns the exit code (CommandLine::Ok otherwise).
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
    if (configured.secret.isEmpty()) {
        err << CommandLine::tr("textdesk: set TEXTDESK_AUTH_TOKEN to the account's secret.")
            << Qt::endl;
        return CommandLine::Usage;
    }
    configured.workspace = std::move(*workspace);
    return CommandLine::Ok;
}

} // namespace

int CommandLine::configure(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
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
    QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                     tr("The API address (a regional edge, or a simulator)."),
                                     tr("URL"), QStringLiteral("https://api.twilio.com"));
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
    provider::TwilioClient client(&network, settings.twilioConfig(secret));
    provider::ProviderJob *check = client.checkCredentials();
    waitFor(check);
    if (!check->succeeded()) {
        err << tr("textdesk: %1").arg(check->error().details()) << Qt::endl;
        return Failed;
    }
    provider::NumberListJob *numbers = client.listNumbers();
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

int CommandLine::sync(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Bring the workspace's cache up to date with the provider. The secret is "
           "read from TEXTDESK_AUTH_TOKEN."));
    QCommandLineOption workspaceOption(QStringLiteral("workspace"), tr("The workspace folder."),
                                       tr("DIR"), Workspace::defaultLocation());
    QCommandLineOption onceOption(
        QStringLiteral("once"),
        tr("One pass, the outbox sent and the attachments downloaded, then exit (0 when all "
           "three converged)."));
    QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                      tr("Messages per request (1–1000)."), tr("N"),
                                      QStringLiteral("1000"));
    QCommandLineOption waitOption(QStringLiteral("wait"),
                                  tr("With --once: seconds to wait for the outbox, and again for "
                                     "the attachments (default 60)."),
                                  tr("SECONDS"), QStringLiteral("60"));
    parser.addOptions({ workspaceOption, onceOption, pageSizeOption, waitOption });
    parser.addPositionalArgument(QStringLiteral("sync"), tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    Configured configured;
    if (const int exit = openConfigured(parser.value(workspaceOption), configured, err); exit != Ok)
        return exit;
    Workspace &workspace = *configured.workspace;
    const ProviderSettings &settings = configured.settings;
    const QByteArray &secret = configured.secret;
    QNetworkAccessManager network;
    provider::TwilioClient client(&network, settings.twilioConfig(secret));
    sync::PullOptions options;
    options.pageSize = std::clamp(parser.value(pageSizeOption).toInt(), 1, 1000);
    sync::PullSync pull(&client, workspace.database(), options);
    // Beside the pull, the outbox: what an interrupted `send` left goes out (once) here.
    sync::OutboxOptions outboxOptions;
    outboxOptions.mediaDirectory = workspace.mediaDirectory();
    sync::OutboxSender sender(&client, workspace.database(), outboxOptions);
    sender.start();
    // The pictures of MMS messages, into the workspace's media folder, as the app does.
    sync::MediaFetcher media(&client, workspace.database(), workspace.mediaDirectory());
    media.start();
    const QLocale locale;
    QObject::connect(&media, &sync::MediaFetcher::progress, &media, [&](int done, int total) {
        err << tr("attachments: %1 of %2").arg(locale.toString(done), locale.toString(total))
            << Qt::endl;
    });
    QObject::connect(&pull, &sync::PullSync::progressed, &pull, [&](const sync::PullProgress &p) {
        if (p.estimatedRemaining > 0) {
            err << tr("page %1: %2 messages, about %3 to go")
                       .arg(p.pages)
                       .arg(locale.toString(p.messages), locale.toString(p.estimatedRemaining))
                << Qt::endl;
        } else {
            err << tr("page %1: %2 messages").arg(p.pages).arg(locale.toString(p.messages))
                << Qt::endl;
        }
    });
    for (;;) {
        QEventLoop loop;
        QObject::connect(&pull, &sync::PullSync::finished, &loop, &QEventLoop::quit);
        pull.start();
        if (pull.isRunning())
            loop.exec();
        if (pull.result() == sync::PullSync::Result::Converged) {
            media.fetchPending();
            out << tr("Synced: %1 new messages, %2 read.")
                       .arg(locale.toString(pull.progress().inserted),
                            locale.toString(pull.progress().messages))
                << Qt::endl;
        } else {
            err << tr("textdesk: %1").arg(pull.errorMessage()) << Qt::endl;
        }
        if (parser.isSet(onceOption)) {
            const int wait = parser.value(waitOption).toInt();
            return pull.result() == sync::PullSync::Result::Converged
                    && drainOutbox(sender, wait, err)
                    && drainMedia(media, workspace.database(), wait, err)
                ? Ok
                : Failed;
        }
        QEventLoop pause;
        QTimer::singleShot(pull.result() == sync::PullSync::Result::Converged ? 5000 : 30000,
                           &pause, &QEventLoop::quit);
        pause.exec();
    }
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
    QCommandLineOption bodyOption(QStringLiteral("body"), tr("The text."), tr("TEXT"));
    QCommandLineOption mediaOption(QStringLiteral("media"),
                                   tr("A file to attach (repeat for more)."), tr("FILE"));
    QCommandLineOption waitOption(QStringLiteral("wait"),
                                  tr("Seconds to wait for the provider (default 60)."),
                                  tr("SECONDS"), QStringLiteral("60"));
    parser.addOptions(
        { workspaceOption, toOption, fromOption, bodyOption, mediaOption, waitOption });
    parser.addPositionalArgument(QStringLiteral("send"), tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(toOption) || (!parser.isSet(bodyOption) && !parser.isSet(mediaOption))) {
        err << tr("textdesk: --to and --body (or --media) are required.") << Qt::endl;
        return Usage;
    }
    Configured configured;
    if (const int exit = openConfigured(parser.value(workspaceOption), configured, err); exit != Ok)
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

    QNetworkAccessManager network;
    provider::TwilioClient client(&network, settings.twilioConfig(secret));
    sync::OutboxOptions outboxOptions;
    outboxOptions.mediaDirectory = workspace.mediaDirectory();
    sync::OutboxSender sender(&client, db, outboxOptions);
    QStringList attachments;
    for (const QString &file : parser.values(mediaOption))
        attachments << QFileInfo(file).absoluteFilePath();
    const sync::EnqueueResult queued = sender.enqueue(
        { parser.value(toOption), from, parser.value(bodyOption), 0, attachments });
    if (!queued.ok()) {
        err << tr("textdesk: %1").arg(queued.errorMessage) << Qt::endl;
        return queued.error == sync::EnqueueResult::Error::Storage ? Failed : Usage;
    }
    const QString clientId = queued.entry.clientId;
    QEventLoop loop;
    sync::OutboxState final = sync::OutboxState::Pending;
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
