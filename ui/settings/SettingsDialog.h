#pragma once

#include "workspace/AppSettings.h"

#include <QtWidgets/QDialog>

#include <memory>

class QDialogButtonBox;
class QSettings;
class QTabWidget;

namespace textdesk {

class AccountPage;
class AgentPage;
class AppearancePage;
class ContactsSyncPage;
class Database;
class SecretStore;
class Workspace;

// Settings of the workstation: the provider account (workspace.ini and the keychain), our
// numbers (read-only), the agent's preferences and the appearance (the application's
// QSettings, see AppSettings). Nothing is written before OK; then applied() tells the owner
// what to apply live (theme, target, Enter, notifications).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // reader: the GUI thread's read-only connection (our numbers), may be null.
    // settings: where preferences are kept; null: the application's default QSettings.
    // secrets: where the provider secret is kept; null: SecretStore::createDefault().
    SettingsDialog(Workspace &workspace, Database *reader, QWidget *parent = nullptr,
                   QSettings *settings = nullptr, std::unique_ptr<SecretStore> secrets = {});
    ~SettingsDialog() override;

    // The preferences as the fields show them now.
    AppSettings settings() const;
    AccountPage *accountPage() const { return m_account; }
    ContactsSyncPage *contactsPage() const { return m_contacts; }

    void accept() override;
    void reject() override;

signals:
    void applied(const textdesk::AppSettings &settings);
    // The account or its token changed and was saved: the provider session starts again with
    // `secret` (the typed token; empty: the keychain's or the environment's). `remembered`
    // false: no keychain kept it, so it serves until Textdesk closes (the agent was told).
    // In the training workspace the account went to the agent's own workspace instead.
    void accountApplied(const QByteArray &secret, bool remembered);

private:
    // How the typed token leaves the dialog.
    enum class TokenUse {
        Unchanged, // as loaded (or none typed)
        Stored, // in the keychain
        SessionOnly, // no keychain, but it passed the connection test: used until Textdesk closes
        Dropped, // could not be stored and not tested: the rest is saved without it
    };
    void save(TokenUse use);
    // The CardDAV password first (in the keychain): false while it is being stored or when
    // the agent must decide (told on the page); accept() is called again once it is stored.
    bool contactsReady();
    void setBusy(bool busy);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings = nullptr;
    std::unique_ptr<SecretStore> m_secrets;
    QTabWidget *m_tabs = nullptr;
    AccountPage *m_account = nullptr;
    AgentPage *m_agent = nullptr;
    AppearancePage *m_appearance = nullptr;
    ContactsSyncPage *m_contacts = nullptr;
    // The CardDAV password the keychain kept (or refused: OK again saves the rest without it).
    QByteArray m_storedCardDavPassword, m_refusedCardDavPassword;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_storingSecret = false;
    // The secret store said no once: the next OK saves the rest without the secret...
    QByteArray m_refusedToken;
    // ...or, for a token that passed the connection test, uses it for this session only.
    QByteArray m_sessionToken;
};

} // namespace textdesk
