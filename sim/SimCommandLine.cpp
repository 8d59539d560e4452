#include "SimCommandLine.h"

#include "Scenario.h"
#include "Simulator.h"
#include "TrainingScenario.h"
#include "core/Version.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QFile>
#include <QtCore/QTextStream>

#ifdef Q_OS_UNIX
#include <QtCore/QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace textdesk::sim {

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

// SIGINT/SIGTERM end the event loop normally, so the simulator saves its state.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[1], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#else
void quitOnSignals(QCoreApplication &) { }
#endif

} // namespace

std::optional<SimulatorOptions> SimCommandLine::parse(const QStringList &arguments,
                                                      QTextStream &out, QTextStream &err,
                                                      int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local stand-in for the SMS provider's REST API (Twilio Programmable Messaging, "
           "2010-04-01), with simulated customers, for tests and training."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
                                     tr("Show the version."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Listen on port N (0: any free port)."), tr("N"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("Listen on this address (default 127.0.0.1)."), tr("HOST"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption accountSid(QStringLiteral("account-sid"),
                                        tr("The account SID clients use (AC + 32 hex digits)."),
                                        tr("SID"));
    const QCommandLineOption authToken(
        QStringLiteral("auth-token"),
        tr("The auth token clients use (visible to other users in the process list: prefer "
           "--auth-token-file or TEXTDESK_SIM_AUTH_TOKEN)."),
        tr("TOKEN"));
    const QCommandLineOption authTokenFile(QStringLiteral("auth-token-file"),
                                           tr("Read the auth token from the first line of FILE."),
                                           tr("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of everything random (default 1)."), tr("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      tr("Simulated customers: %1, or training:FILE|ID (a training "
                                         "scenario's customer) (default demo).")
                                          .arg(scenarioNames().join(QLatin1String(", "))),
                                      tr("NAME"), QStringLiteral("demo"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     tr("Generate N past messages (default 0)."), tr("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("Keep the state in DIR across runs (default: in memory)."),
                                  tr("DIR"));
    const QCommandLineOption webhook(QStringLiteral("webhook-url"),
                                     tr("POST inbound messages and status callbacks here."),
                                     tr("URL"));
    const QCommandLineOption step(QStringLiteral("status-step-ms"),
                                  tr("Milliseconds between status changes (default 1500)."),
                                  tr("N"), QStringLiteral("1500"));
    const QCommandLineOption failures(QStringLiteral("failure-rate"),
                                      tr("Share of messages that fail, 0 to 1 (default 0.05)."),
                                      tr("R"), QStringLiteral("0.05"));
    parser.addOptions({ help, version, port, host, accountSid, authToken, authTokenFile, seed,
                        scenario, history, data, webhook, step, failures });

    const auto usageError = [&](const QString &message) -> std::optional<SimulatorOptions> {
        err << "textdesk-sim: " << message << Qt::endl
            << tr("Run textdesk-sim --help for the options.") << Qt::endl;
        *exitCode = Usage;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText() << Qt::flush;
        *exitCode = Ok;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        out << "textdesk-sim " << TEXTDESK_VERSION << Qt::endl;
        *exitCode = Ok;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    SimulatorOptions options;
    bool ok = false;
    if (!parser.isSet(port))
        return usageError(tr("--port is required (0 picks a free port)."));
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usageError(tr("--port must be a number from 0 to 65535."));
    options.port = quint16(portNumber);
    const QString hostText = parser.value(host);
    options.host = hostText == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                          : QHostAddress(hostText);
    if (options.host.isNull())
        return usageError(tr("--host must be an IP address, not \"%1\".").arg(hostText));
    options.accountSid = parser.value(accountSid);
    if (!Simulator::isAccountSid(options.accountSid))
        return usageError(tr("--account-sid must be AC followed by 32 hexadecimal digits."));
    // The token from the argument, a file or the environment (the last two stay out of the
    // process list); the environment's is removed once read.
    const QString tokenFromEnvironment = qEnvironmentVariable("TEXTDESK_SIM_AUTH_TOKEN");
    qunsetenv("TEXTDESK_SIM_AUTH_TOKEN");
    if (parser.isSet(authToken)) {
        options.authToken = parser.value(authToken);
    } else if (parser.isSet(authTokenFile)) {
        QFile file(parser.value(authTokenFile));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(tr("Cannot read the auth token from %1: %2")
                                  .arg(file.fileName(), file.errorString()));
        options.authToken = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (options.authToken.isEmpty())
            return usageError(tr("%1 holds no auth token.").arg(file.fileName()));
    } else {
        options.authToken = tokenFromEnvironment.trimmed();
    }
    if (options.authToken.isEmpty())
        return usageError(
            tr("--auth-token-file, TEXTDESK_SIM_AUTH_TOKEN or --auth-token is required."));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usageError(tr("--seed must be a whole number from 0 to 4294967295."));
    options.scenario = parser.value(scenario);
    if (!scenarioNames().contains(options.scenario) && !isTrainingScenarioName(options.scenario))
        return usageError(tr("Unknown scenario \"%1\"; known: %2.")
                              .arg(options.scenario, scenarioNames().join(QLatin1String(", "))));
    options.history = parser.value(history).toLongLong(&ok);
    if (!ok || options.history < 0 || options.history > 50'000'000)
        return usageError(tr("--history must be a number from 0 to 50000000."));
    options.dataDir = parser.value(data);
    if (parser.isSet(webhook)) {
        options.webhookUrl = QUrl(parser.value(webhook), QUrl::StrictMode);
        if (!options.webhookUrl.isValid()
            || (options.webhookUrl.scheme() != QLatin1String("http")
                && options.webhookUrl.scheme() != QLatin1String("https")))
            return usageError(tr("--webhook-url must be an http or https URL."));
    }
    options.statusStepMs = parser.value(step).toInt(&ok);
    if (!ok || options.statusStepMs < 0)
        return usageError(tr("--status-step-ms must be a number of milliseconds."));
    options.failureRate = parser.value(failures).toDouble(&ok);
    if (!ok || options.failureRate < 0 || options.failureRate > 1)
        return usageError(tr("--failure-rate must be a number from 0 to 1."));
    *exitCode = Ok;
    return options;
}

int SimCommandLine::run(QCoreApplication &app, QTextStream &out, QTextStream &err)
{
    int exitCode = Ok;
    const auto options = parse(QCoreApplication::arguments(), out, err, &exitCode);
    if (!options)
        return exitCode;
    Simulator simulator(*options);
    QString error;
    if (!simulator.start(&error)) {
        err << "textdesk-sim: " << error << Qt::endl;
        return Failed;
    }
    out << "listening on " << simulator.baseUrl().toString() << Qt::endl;
    quitOnSignals(app);
    return app.exec();
}

} // namespace textdesk::sim
