#include "ProviderSession.h"

#include "Simulator.h"
#include "engine/History.h"
#include "scheduled/ScheduledMessages.h"
#include "webhook/WebhookReceiver.h"
#include "webhook/WebhookSettings.h"
#include "workspace/AppSettings.h"
#include "workspace/EnvironmentSecret.h"
#include "workspace/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QSettings>
#include <QtCore/QDir>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSettings>

namespace textdesk {

ProviderSession::ProviderSession(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_simThread.setObjectName(QStringLiteral("textdesk-sim"));
}

ProviderSession::~ProviderSession()
{
    stop();
}

QString ProviderSession::trainingAccountSid()
{
    return QStringLiteral("AC7e57de5c0000000000000000000000aa");
}

bool ProviderSession::startSimulator(QString *error, provider::ProviderConfig *config)
{
    QByteArray token(24, Qt::Uninitialized);
    for (char &c : token)
        c = "abcdefghijklmnopqrstuvwxyz0123456789"[QRandomGenerator::system()->bounded(36)];

    sim::SimulatorOptions options;
    options.accountSid = trainingAccountSid();
    options.authToken = QString::fromLatin1(token);
    options.scenario = QStringLiteral("demo");
    options.seed = 2026;
    // The training provider keeps its state beside the cache, so both agree after a restart.
    options.dataDir = QDir(m_workspace.directory()).filePath(QStringLiteral("simulator"));

    m_simThread.start();
    m_simContext = new QObject;
    m_simContext->moveToThread(&m_simThread);
    bool started = false;
    QString why;
    QUrl url;
    QMetaObject::invokeMethod(
        m_simContext,
        [&] {
            // Made, run and destroyed on its own thread: a slow request never blocks the GUI.
            auto simulator = std::make_unique<sim::Simulator>(options);
            started = simulator->start(&why);
            url = simulator->baseUrl();
            if (started)
                m_simulator = std::move(simulator);
        },
        Qt::BlockingQueuedConnection);
    if (!started) {
        if (error)
            *error = tr("The training simulator could not start: %1").arg(why);
        return false;
    }
    config->baseUrl = url;
    config->credentials.accountSid = options.accountSid;
    config->credentials.secret = token;
    // Pictures the agent sends are uploaded to the simulator, which hands out their URLs.
    config->mediaUploadUrl = url.resolved(QUrl(QStringLiteral("/sim/media")));
    return true;
}

bool ProviderSession::start(QString *error)
{
    provider::ProviderConfig config;
    m_team = m_workspace.kind() == Workspace::Kind::Team;
    if (m_team)
        return startTeam(error);
    m_training = m_workspace.kind() == Workspace::Kind::Training;
    m_advice = tr("Open Settings (Ctrl+,) to enter the account, or File → Open the training "
                  "workspace to practise.");
    if (m_training && !m_trainingAllowed) {
        if (error) {
            *error = tr("The training workspace is turned off on this computer by your "
                        "administrator.");
        }
        m_advice = tr("Enter the provider account in Settings (Ctrl+,).");
        return false;
    }
    if (m_training) {
        if (!startSimulator(error, &config)) {
            m_advice = tr("Start Textdesk again. If it happens again, enter the provider "
                          "account in Settings (Ctrl+,).");
            return false;
        }
    } else {
        const ProviderSettings settings = ProviderSettings::load(m_workspace.settingsPath());
        if (const QString problem = settings.problem(); !problem.isEmpty()) {
            if (error)
                *error = problem;
            m_advice = tr("Correct the account in Settings (Ctrl+,), or File → Open the "
                          "training workspace to practise.");
            return false;
        }
        // The secret never sits in workspace.ini: the keychain's (setSecret), else the
        // environment's.
        config = settings.providerConfig(m_secret.isEmpty() ? EnvironmentSecret::authToken()
                                                            : m_secret);
        if (config.credentials.secret.isEmpty()) {
            if (error) {
                *error = tr("No secret for the provider account.");
            }
            m_advice = tr("Enter the auth token in Settings (Ctrl+,), set TEXTDESK_AUTH_TOKEN, "
                          "or File → Open the training workspace to practise.");
            return false;
        }
    }
    m_advice.clear();
    m_providerUrl = config.baseUrl;
    engine::SyncSettings settings;
    settings.cachePath = m_workspace.cachePath();
    settings.mediaDirectory = m_workspace.mediaDirectory();
    settings.account = config;
    settings.pull.horizonMs = engine::History::configuredHorizonMs(m_workspace.settingsPath());
    settings.scheduledLateLimitMs = scheduled::configuredLateLimitMs(m_workspace.settingsPath());
    settings.rules = automation::RuleSettings::fromIni(m_workspace.settingsPath());
    settings.agentName = agentName(m_workspace);
    settings.seedTemplates = true;
    m_worker = engine::SyncWorker::startOnThread(settings);
    m_commands.attach(m_worker);
    if (!m_training) {
        // Webhooks are signed with the Auth Token, whichever secret the API calls use.
        startWebhooks(provider::webhookSigningToken(
            !config.credentials.apiKeySid.isEmpty(), config.credentials.secret,
            m_webhookToken.isEmpty() ? EnvironmentSecret::webhookToken() : m_webhookToken));
    }
    return true;
}

bool ProviderSession::startTeam(QString *error)
{
    m_training = false;
    auto address = team::TeamAddress::parse(m_workspace.teamUrl());
    if (!address) {
        if (error)
            *error = address.error().message();
        m_advice = tr("Ask your team's administrator for the team database's address, then run "
                      "\"textdesk configure --team URL --agent NAME\" again.");
        return false;
    }
    m_advice.clear();
    m_providerUrl = QUrl();
    engine::SyncSettings settings;
    settings.cachePath = m_workspace.cachePath();
    settings.mediaDirectory = m_workspace.mediaDirectory();
    settings.scheduledLateLimitMs = scheduled::configuredLateLimitMs(m_workspace.settingsPath());
    settings.rules = automation::RuleSettings::fromIni(m_workspace.settingsPath());
    settings.agentName = agentName(m_workspace);
    settings.teamReplica = true;
    settings.teamAddress = *address;
    settings.teamPassword = m_teamPassword;
    m_worker = engine::SyncWorker::startOnThread(settings);
    m_commands.attach(m_worker);
    return true;
}

bool ProviderSession::restart(const QByteArray &secret, QString *error)
{
    stop();
    m_secret = secret;
    return start(error);
}

QString ProviderSession::agentName(const Workspace &workspace)
{
    // [agent] name=… in workspace.ini overrides for this one workspace; else the agent's own
    // setting (Settings dialog); else the name the agent logs in with.
    const QSettings ini(workspace.settingsPath(), QSettings::IniFormat);
    QString name = ini.value(QStringLiteral("agent/name")).toString().trimmed();
    if (name.isEmpty())
        name = AppSettings::load(QSettings()).agentName;
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    if (name.isEmpty())
        return tr("Agent");
    name[0] = name[0].toUpper();
    return name;
}

void ProviderSession::startWebhooks(const QByteArray &signingToken)
{
    const auto config = provider::webhookConfig(m_workspace.settingsPath(), signingToken);
    if (!config)
        return;
    if (signingToken.isEmpty()) {
        qWarning("textdesk: webhooks are off: with an API key they need the account's Auth Token "
                 "(TEXTDESK_WEBHOOK_AUTH_TOKEN) to check their signatures; sync still polls");
        return;
    }
    m_webhooks = std::make_unique<provider::WebhookReceiver>(*config);
    QString error;
    if (!m_webhooks->start(&error)) {
        qWarning().noquote() << error; // sync still polls; webhooks only make it sooner
        m_webhooks.reset();
        return;
    }
    const auto pullNow = [this] { m_commands.syncNow(); };
    // The pushed message is stored at once (with the inbound hooks); a pass follows.
    connect(m_webhooks.get(), &provider::WebhookReceiver::inboundMessage, this,
            [this](const provider::ProviderMessage &message) { m_commands.storeInbound(message); });
    connect(m_webhooks.get(), &provider::WebhookReceiver::statusChanged, this, pullNow);
}

void ProviderSession::stop()
{
    m_webhooks.reset();
    if (m_worker) {
        // The sync thread finishes what it is writing and closes its connection before the
        // application goes away.
        QThread *thread = m_worker->thread();
        m_commands.stop();
        m_commands.attach(nullptr);
        m_worker = nullptr;
        if (!thread->wait(10'000))
            qWarning("textdesk: the sync thread did not stop within 10 s");
    }
    if (m_simThread.isRunning()) {
        QMetaObject::invokeMethod(
            m_simContext, [this] { m_simulator.reset(); }, Qt::BlockingQueuedConnection);
        m_simContext->deleteLater();
        m_simContext = nullptr;
        m_simThread.quit();
        m_simThread.wait();
    }
}

} // namespace textdesk
