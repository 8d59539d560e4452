#pragma once

#include "engine/SyncCommands.h"
#include "engine/SyncWorker.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QObject>
#include <QtCore/QThread>

#include <memory>

namespace textdesk {

class Workspace;

namespace sim {
class Simulator;
}
namespace provider {
class WebhookReceiver;
}

// Connects a workspace to its provider and keeps it synced: the real provider configured in
// workspace.ini, or, for the training workspace, textdesk-sim started in-process on a loopback
// port, reached through the very same client and sync code.
class ProviderSession : public QObject
{
    Q_OBJECT
public:
    explicit ProviderSession(Workspace &workspace, QObject *parent = nullptr);
    ~ProviderSession() override;

    // The provider secret from the keychain; without one, TEXTDESK_AUTH_TOKEN is used.
    void setSecret(const QByteArray &secret) { m_secret = secret; }
    // The account's Auth Token, which signs webhooks, when the secret is an API key's (an API
    // key's secret cannot check them); without one, TEXTDESK_WEBHOOK_AUTH_TOKEN is used, and
    // without that webhooks stay off (sync polls).
    void setWebhookToken(const QByteArray &token) { m_webhookToken = token; }
    // A team desktop's database password (from the keychain or typed at start); empty: libpq
    // reads ~/.pgpass. Kept in memory only.
    void setTeamPassword(const QString &password) { m_teamPassword = password; }
    bool isTeam() const { return m_team; }
    // The administrator may turn the training workspace off (MachineConfig): start() then
    // refuses a training workspace with the reason.
    void setTrainingAllowed(bool allowed) { m_trainingAllowed = allowed; }
    // Starts the simulator (training) and the sync thread. false with *error (translated): what
    // went wrong; advice() then says what the agent can do about it.
    bool start(QString *error);
    void stop();
    // Stops whatever runs and starts again with the workspace's account as saved now and this
    // secret (empty: TEXTDESK_AUTH_TOKEN): a new account or token takes effect at once. The
    // old worker is gone when this returns. false with *error (translated).
    bool restart(const QByteArray &secret, QString *error);

    engine::SyncWorker *worker() const { return m_worker; }
    // What the GUI asks of the sync thread (queued onto it); not connected before start().
    engine::SyncCommands &commands() { return m_commands; }
    bool isTraining() const { return m_training; }
    // After a failed start() or restart(): what the agent can do, in words (translated), said
    // apart from the error so that a window that shows both never says it twice.
    QString advice() const { return m_advice; }
    QUrl providerUrl() const { return m_providerUrl; }

    // The training provider's fixed account; its token is made afresh at every launch.
    static QString trainingAccountSid();
    // Who this workstation's agent is: [agent] name in workspace.ini, else the agent's own
    // setting (AppSettings::agentName), else the login name.
    static QString agentName(const Workspace &workspace);

private:
    bool startSimulator(QString *error, provider::ProviderConfig *config);
    // A team desktop: the sync thread keeps the cache as the team store's replica; no provider.
    bool startTeam(QString *error);
    // Webhooks (off by default): [webhook] port=… public_url=… in workspace.ini. A signed inbound
    // message is stored at once (a pass follows); a status change makes sync pull at once.
    void startWebhooks(const QByteArray &signingToken);

    Workspace &m_workspace;
    bool m_training = false;
    bool m_team = false;
    QString m_teamPassword;
    bool m_trainingAllowed = true;
    QString m_advice;
    QByteArray m_secret;
    QByteArray m_webhookToken;
    QUrl m_providerUrl;
    QThread m_simThread;
    QObject *m_simContext = nullptr; // lives on m_simThread: runs code there
    std::unique_ptr<sim::Simulator> m_simulator; // lives on m_simThread
    engine::SyncWorker *m_worker = nullptr;
    engine::SyncCommands m_commands;
    std::unique_ptr<provider::WebhookReceiver> m_webhooks;
};

} // namespace textdesk
