#pragma once

#include "workspace/ProviderSettings.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace textdesk {

class SecretStore;
class Workspace;

// The provider account of a workspace: base URL, Account SID, and the secret (kept by the
// SecretStore, never in workspace.ini), with a "Test connection" that asks the provider with
// exactly what is typed. In the training workspace the account is the agent's own workspace's
// (Workspace::defaultLocation()), never the training one's.
class AccountPage : public QWidget
{
    Q_OBJECT
public:
    AccountPage(Workspace &workspace, SecretStore &secrets, QWidget *parent = nullptr);
    ~AccountPage() override;

    bool isTraining() const { return m_training; }
    // The workspace.ini the account is read from and saved to.
    QString settingsPath() const { return m_settingsPath; }
    // What workspace.ini holds, with the typed URL and SID.
    ProviderSettings providerSettings() const;
    bool accountChanged() const;
    QByteArray token() const;
    bool tokenChanged() const;
    // The keychain entry for the typed account.
    QString secretKey() const;

    // Why the typed account cannot be saved or tested, for a person; empty when it can.
    QString problem() const;
    // Messages about saving (workspace.ini, the keychain).
    void showStatus(const QString &text);

    // Checks the typed credentials with the provider; the answer comes to connectionResult.
    void testConnection();
    bool isChecking() const { return m_checking; }
    // The provider accepted exactly what is typed now (address, SID and token) in the last
    // connection test: a token that may be used for the session when it cannot be stored.
    bool testedFine() const;

private:
    void loadSecret();
    void showResult(const QString &text, bool ok);
    void finishCheck();

    bool m_training = false;
    QString m_settingsPath;
    ProviderSettings m_loaded;
    QByteArray m_loadedToken;
    SecretStore &m_secrets;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_accountSid = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_status = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QObject> m_client; // the check in flight, if any
    bool m_checking = false;
    // What the provider last accepted: the address, the SID and the token.
    QUrl m_testedUrl;
    QString m_testedSid;
    QByteArray m_testedToken;
};

} // namespace textdesk
