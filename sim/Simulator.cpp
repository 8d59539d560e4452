#include "Simulator.h"

#include "AdminApi.h"
#include "ApiRouter.h"
#include "Faults.h"
#include "MediaHost.h"
#include "Persistence.h"
#include "SimEngine.h"
#include "SimServer.h"
#include "TrainingScenario.h"

#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QTcpServer>

Q_LOGGING_CATEGORY(lcSimulator, "textdesk.sim", QtInfoMsg)

namespace textdesk::sim {

Simulator::Simulator(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_faults(std::make_unique<Faults>(m_options.seed))
{ }

Simulator::~Simulator()
{
    if (m_persistence) {
        QString error;
        if (!m_persistence->save(&error))
            qCWarning(lcSimulator) << error;
    }
    // The routers refer to the engine; the server's sockets may still call dispatch().
    delete m_server;
    delete m_mediaHost;
    m_api.reset();
    m_admin.reset();
}

bool Simulator::isAccountSid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    return pattern.match(text).hasMatch();
}

bool Simulator::start(QString *error)
{
    if (m_server) {
        *error = tr("The simulator is already running.");
        return false;
    }
    if (!isAccountSid(m_options.accountSid)) {
        *error = tr("The account SID must be AC followed by 32 hexadecimal digits, not \"%1\".")
                     .arg(m_options.accountSid);
        return false;
    }
    if (m_options.authToken.isEmpty()) {
        *error = tr("An auth token is needed.");
        return false;
    }
    if (m_options.failureRate < 0 || m_options.failureRate > 1) {
        *error = tr("The failure rate must be between 0 and 1.");
        return false;
    }
    std::unique_ptr<Scenario> scenario;
    if (isTrainingScenarioName(m_options.scenario)) {
        scenario = makeTrainingScenario(m_options.scenario, m_options.seed,
                                        m_options.trainingMinuteMs, error);
        if (!scenario)
            return false;
    } else {
        scenario = makeScenario(m_options.scenario, m_options.seed);
    }
    if (!scenario) {
        *error = tr("Unknown scenario \"%1\"; known: %2.")
                     .arg(m_options.scenario, scenarioNames().join(QLatin1String(", ")));
        return false;
    }
    if (scenario->ourNumbers().isEmpty()) {
        *error = tr("The scenario \"%1\" has no sender numbers.").arg(m_options.scenario);
        return false;
    }
    m_engine = new SimEngine(m_options, std::move(scenario), this);

    bool loaded = false;
    if (!m_options.dataDir.isEmpty()) {
        m_persistence = new Persistence(*m_engine, m_options.dataDir, m_options.saveDelayMs, this);
        if (!m_persistence->load(&loaded, error))
            return false;
        connect(m_engine, &SimEngine::changed, m_persistence, &Persistence::scheduleSave);
    }
    if (!loaded)
        m_engine->seedHistory();

    m_mediaHost = new MediaHost(m_engine->media(), m_options.seed, this);
    if (!m_mediaHost->listen(m_options.host, error))
        return false;
    m_api = std::make_unique<ApiRouter>(*m_engine, *m_faults, *m_mediaHost);
    m_admin = std::make_unique<AdminApi>(*m_engine, *m_faults, *m_mediaHost,
                                         [this](bool down) { setNetworkDown(down); });
    m_server
        = new SimServer([this](const HttpRequest &request) { return dispatch(request); }, this);
    auto *tcp = new QTcpServer(m_server);
    if (!tcp->listen(m_options.host, m_options.port)) {
        *error = tr("Cannot listen on %1 port %2: %3")
                     .arg(m_options.host.toString())
                     .arg(m_options.port)
                     .arg(tcp->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    m_engine->setBaseUrl(baseUrl());
    if (m_persistence && !loaded) {
        if (!m_persistence->save(error))
            return false;
    }
    m_engine->run();
    qCDebug(lcSimulator) << "listening on" << baseUrl().toString();
    return true;
}

QUrl Simulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.host.toString());
    url.setPort(m_port);
    return url;
}

QUrl Simulator::mediaHostUrl() const
{
    return m_mediaHost ? m_mediaHost->origin() : QUrl();
}

int Simulator::settle()
{
    return m_engine ? m_engine->settle() : 0;
}

bool Simulator::save(QString *error)
{
    if (!m_persistence)
        return true;
    return m_persistence->save(error);
}

Reply Simulator::dispatch(const HttpRequest &request)
{
    if (request.path.startsWith(QLatin1String("/sim/")))
        return { m_admin->handle(request) };
    if (m_admin->networkDown())
        return { {}, Reply::Delivery::Drop };
    return m_api->handle(request);
}

void Simulator::setNetworkDown(bool down)
{
    if (down)
        m_server->dropConnections(m_server->currentSocket());
}

} // namespace textdesk::sim
