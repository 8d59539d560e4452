#include "ServeCommand.h"

#include "StopSignals.h"
#include "TeamLink.h"
#include "cli/CommandLine.h"
#include "cli/Configured.h"
#include "cli/StdinSecret.h"
#include "engine/History.h"
#include "webhook/WebhookSettings.h"
#include "workspace/EnvironmentSecret.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDateTime>
#include <QtCore/QEventLoop>
#include <QtCore/QTextStream>

#include <optional>

namespace textdesk::serve {

namespace {

// One line per event on stderr (journald adds its own stamps; a terminal or a file gets ours).
class EventLog
{
public:
    EventLog(QTextStream &err, Clock &clock)
        : m_err(err)
        , m_clock(clock)
    { }
    void operator()(const QString &event) const
    {
        m_err
            << QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs)
            << ' ' << event << Qt::endl;
    }

private:
    QTextStream &m_err;
    Clock &m_clock;
};

void logEngine(engine::SyncEngine &engine, const EventLog &log)
{
    using Engine = engine::SyncEngine;
    QObject::connect(&engine, &Engine::passFinished, &engine, [&engine, log] {
        const sync::PullSync &pull = *engine.pull();
        if (pull.result() == sync::PullSync::Result::Converged) {
            log(CommandLine::tr("pull: %1 new messages, %2 read")
                    .arg(pull.progress().inserted)
                    .arg(pull.progress().messages));
        } else {
            log(CommandLine::tr("pull stopped: %1").arg(pull.errorMessage()));
        }
    });
    QObject::connect(&engine, &Engine::progressed, &engine, [log](const sync::PullProgress &p) {
        log(CommandLine::tr("pull: page %1, %2 messages").arg(p.pages).arg(p.messages));
    });
    QObject::connect(&engine, &Engine::inboundStored, &engine, [log](qint64 conversation) {
        log(CommandLine::tr("webhook: message stored in conversation %1").arg(conversation));
    });
    QObject::connect(&engine, &Engine::timerFired, &engine,
                     [log](const QString &kind, qint64 subject) {
                         log(CommandLine::tr("timer: %1 %2").arg(kind).arg(subject));
                     });
    QObject::connect(&engine, &Engine::failed, &engine, [log](const QString &message) {
        log(CommandLine::tr("error: %1").arg(message));
    });
    QObject::connect(
        engine.outbox(), &sync::OutboxSender::entryChanged, &engine,
        [log](const QString &clientId, sync::OutboxState state, const QString &message) {
            log(CommandLine::tr("outbox: %1 %2 %3")
                    .arg(clientId, outboxStateToString(state), message)
                    .trimmed());
        });
    if (sync::MediaFetcher *media = engine.media()) {
        QObject::connect(media, &sync::MediaFetcher::mediaChanged, &engine, [log](qint64 message) {
            log(CommandLine::tr("media: message %1 changed").arg(message));
        });
    }
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out)
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Keep the workspace in sync without a window, until SIGTERM or SIGINT: "
                        "pull, webhooks, outbox, attachments, timers. The secret is read from "
                        "TEXTDESK_AUTH_TOKEN."));
    QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                       CommandLine::tr("The workspace folder."),
                                       CommandLine::tr("DIR"), Workspace::defaultLocation());
    const QCommandLineOption teamOption(
        QStringLiteral("team"),
        CommandLine::tr("Be the team's gateway: publish into this PostgreSQL database and send "
                        "its desktops' replies (postgresql://USER@HOST/DATABASE; docs/team.md)."),
        CommandLine::tr("URL"));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-stdin"),
        CommandLine::tr("Read the team database's password from the first line of standard "
                        "input (or libpq's ~/.pgpass has it)."));
    parser.addOptions({ workspaceOption, teamOption, passwordOption });
    parser.addPositionalArgument(QStringLiteral("serve"), CommandLine::tr("The command."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return CommandLine::Usage;
    }
    std::optional<team::TeamAddress> teamAddress;
    QString teamPassword;
    if (parser.isSet(teamOption)) {
        auto parsed = team::TeamAddress::parse(parser.value(teamOption));
        if (!parsed) {
            err << CommandLine::tr("textdesk: %1").arg(parsed.error().message()) << Qt::endl;
            return CommandLine::Usage;
        }
        teamAddress = *parsed;
        if (parser.isSet(passwordOption))
            teamPassword = cli::firstStdinLine();
    }
    cli::Configured configured;
    if (const int exit = cli::openConfigured(parser.value(workspaceOption), configured, err);
        exit != CommandLine::Ok) {
        return exit;
    }
    Workspace &workspace = *configured.workspace;
    engine::EngineSettings settings = configured.engineSettings();
    engine::SyncEngine engine(settings);
    const EventLog log(err, engine.clock());
    if (Status opened = engine.open(&workspace.database()); !opened) {
        log(CommandLine::tr("error: %1").arg(opened.error().message()));
        return CommandLine::Failed;
    }
    logEngine(engine, log);

    std::unique_ptr<provider::WebhookReceiver> webhooks;
    // Webhooks and the engine start at once, or for a team gateway once it is the active one.
    const auto begin = [&] {
        const QByteArray signingToken = provider::webhookSigningToken(
            !configured.settings.providerConfig(configured.secret).credentials.apiKeySid.isEmpty(),
            configured.secret, EnvironmentSecret::webhookToken());
        auto config = provider::webhookConfig(workspace.settingsPath(), signingToken);
        if (config && signingToken.isEmpty()) {
            log(CommandLine::tr("webhooks off: with an API key they need the account's Auth Token "
                                "(TEXTDESK_WEBHOOK_AUTH_TOKEN) to check their signatures"));
            config.reset();
        }
        if (config) {
            webhooks = std::make_unique<provider::WebhookReceiver>(*config);
            QString why;
            if (!webhooks->start(&why)) {
                // Pulling still brings everything; webhooks only make it sooner.
                log(CommandLine::tr("webhooks off: %1").arg(why));
                webhooks.reset();
            } else {
                log(CommandLine::tr("webhooks on %1").arg(webhooks->messagesUrl().toString()));
                QObject::connect(webhooks.get(), &provider::WebhookReceiver::inboundMessage,
                                 &engine, [&engine, log](const provider::ProviderMessage &message) {
                                     if (Status s = engine.storeInbound(message); !s) {
                                         log(CommandLine::tr("error: %1").arg(s.error().message()));
                                         engine.syncNow();
                                     }
                                 });
                QObject::connect(webhooks.get(), &provider::WebhookReceiver::statusChanged, &engine,
                                 &engine::SyncEngine::syncNow);
            }
        }
        engine.start();
    };
    QEventLoop loop;
    StopSignals stopSignals;
    if (!stopSignals.install())
        log(CommandLine::tr("warning: SIGTERM and SIGINT stop this process without a clean end"));
    QObject::connect(
        &stopSignals, &StopSignals::stopRequested, &engine, [&engine, log](int number) {
            log(CommandLine::tr("stopping (signal %1): the pass in progress commits what it has")
                    .arg(number));
            engine.stop();
        });
    QObject::connect(&engine, &engine::SyncEngine::stopped, &loop, [&loop, log] {
        log(CommandLine::tr("stopped"));
        loop.exit(CommandLine::Ok);
    });
    const QString from = engine::History::cachedFrom(workspace.database());
    log(CommandLine::tr("serving %1 (history cached from %2)")
            .arg(workspace.directory(), from.isEmpty() ? CommandLine::tr("the first pass") : from));
    std::unique_ptr<TeamLink> teamLink;
    if (teamAddress) {
        teamLink = std::make_unique<TeamLink>(*teamAddress, teamPassword, engine, log, begin);
        teamPassword.fill(QChar(u'\0'));
        teamLink->start();
    } else {
        begin();
    }
    const int exit = loop.exec();
    return teamLink && teamLink->failed() ? int(CommandLine::Failed) : exit;
}

} // namespace textdesk::serve
