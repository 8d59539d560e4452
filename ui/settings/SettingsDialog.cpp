#include "SettingsDialog.h"

#include "AccountPage.h"
#include "ContactsSyncPage.h"
#include "SecretStore.h"
#include "SettingsPages.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace textdesk {

SettingsDialog::SettingsDialog(Workspace &workspace, Database *reader, QWidget *parent,
                               QSettings *settings, std::unique_ptr<SecretStore> secrets)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets ? std::move(secrets) : SecretStore::createDefault())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    const AppSettings current = AppSettings::load(*m_settings);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_account = new AccountPage(workspace, *m_secrets, m_tabs);
    m_account->setObjectName(QStringLiteral("accountPage"));
    m_tabs->addTab(m_account, tr("&Account"));
    auto *numbers = new NumbersPage(reader, m_tabs);
    numbers->setObjectName(QStringLiteral("numbersPage"));
    m_tabs->addTab(numbers, tr("Our &numbers"));
    m_agent = new AgentPage(workspace, current, m_tabs);
    m_agent->setObjectName(QStringLiteral("agentPage"));
    m_tabs->addTab(m_agent, tr("&You"));
    m_appearance = new AppearancePage(current, m_tabs);
    m_appearance->setObjectName(QStringLiteral("appearancePage"));
    m_tabs->addTab(m_appearance, tr("A&ppearance"));
    m_contacts = new ContactsSyncPage(workspace.settingsPath(), *m_secrets, m_tabs);
    m_contacts->setObjectName(QStringLiteral("contactsPage"));
    m_tabs->addTab(m_contacts, tr("&Contacts"));
    // The training workspace has no account to edit: start where there is something to do.
    if (m_account->isTraining())
        m_tabs->setCurrentWidget(m_agent);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings s = AppSettings::load(*m_settings);
    m_agent->read(&s);
    m_appearance->read(&s);
    return s;
}

void SettingsDialog::accept()
{
    if (m_storingSecret)
        return;
    if (!contactsReady())
        return;
    // A token alone needs an account too (in training, the page starts empty).
    if (m_account->accountChanged() || m_account->tokenChanged()) {
        if (const QString why = m_account->problem(); !why.isEmpty()) {
            m_account->showStatus(why);
            m_tabs->setCurrentWidget(m_account);
            return;
        }
    }
    const QByteArray token = m_account->token();
    if (!m_account->tokenChanged()) {
        save(TokenUse::Unchanged);
        return;
    }
    if (token == m_sessionToken && m_account->testedFine()) {
        save(TokenUse::SessionOnly);
        return;
    }
    if (token == m_refusedToken) {
        save(TokenUse::Dropped);
        return;
    }
    // The secret first: if the keychain refuses, the agent decides before anything is saved.
    setBusy(true);
    m_account->showStatus(tr("Saving the token in the keychain…"));
    m_secrets->store(m_account->secretKey(), token, [this, token](const SecretStore::Result &r) {
        setBusy(false);
        if (!isVisible())
            return; // cancelled meanwhile
        if (r.ok()) {
            m_account->showStatus(QString());
            save(TokenUse::Stored);
            return;
        }
        m_tabs->setCurrentWidget(m_account);
        const QString why = r.status == SecretStore::Status::Unavailable
            ? tr("No keychain is available on this computer, so Textdesk cannot remember the "
                 "token.")
            : r.message;
        if (m_account->isTraining()) {
            // The own workspace opens in another process: a token kept only in memory here
            // cannot go along (never through an argument or the environment).
            m_refusedToken = token;
            m_account->showStatus(
                tr("%1\nPress OK again to save the account as your own workspace without the "
                   "token; enter the token there once it opens (it is then used until Textdesk "
                   "closes).")
                    .arg(why));
            return;
        }
        if (m_account->testedFine()) {
            // It works: the agent can go on now, knowing it will be asked for again.
            m_sessionToken = token;
            m_account->showStatus(
                tr("%1\nThe token passed the connection test: press OK again to use it until "
                   "Textdesk closes. It will not be remembered: next time, enter it here again "
                   "(or start Textdesk with it in TEXTDESK_AUTH_TOKEN).")
                    .arg(why));
            return;
        }
        m_refusedToken = token;
        m_account->showStatus(tr("%1\nTest the connection to use the token until Textdesk closes, "
                                 "or press OK again to save the other settings without it.")
                                  .arg(why));
    });
}

bool SettingsDialog::contactsReady()
{
    if (!m_contacts->changed())
        return true;
    if (const QString why = m_contacts->problem(); !why.isEmpty()) {
        m_contacts->showStatus(why);
        m_tabs->setCurrentWidget(m_contacts);
        return false;
    }
    const QByteArray password = m_contacts->password();
    if (password.isEmpty() || password == m_storedCardDavPassword
        || password == m_refusedCardDavPassword)
        return true;
    setBusy(true);
    m_contacts->showStatus(tr("Saving the address book's password in the keychain…"));
    m_secrets->store(
        m_contacts->secretKey(), password, [this, password](const SecretStore::Result &r) {
            setBusy(false);
            if (!isVisible())
                return; // cancelled meanwhile
            if (r.ok()) {
                m_contacts->showStatus(QString());
                m_storedCardDavPassword = password;
                accept();
                return;
            }
            m_refusedCardDavPassword = password;
            m_tabs->setCurrentWidget(m_contacts);
            const QString why = r.status == SecretStore::Status::Unavailable
                ? tr("No keychain is available on this computer, so Textdesk "
                     "cannot remember the address book's password.")
                : r.message;
            m_contacts->showStatus(
                tr("%1\nPress OK again to save the address book without it.").arg(why));
        });
    return false;
}

void SettingsDialog::reject()
{
    m_storingSecret = false;
    QDialog::reject();
}

void SettingsDialog::save(TokenUse use)
{
    const bool accountChanged = m_account->accountChanged();
    if (accountChanged) {
        QString error;
        // The agent's own workspace may not exist yet (an account entered in training).
        QDir().mkpath(QFileInfo(m_account->settingsPath()).absolutePath());
        if (!m_account->providerSettings().save(m_account->settingsPath(), &error)) {
            m_account->showStatus(error);
            m_tabs->setCurrentWidget(m_account);
            return;
        }
    }
    if (m_contacts->changed())
        m_contacts->save();
    const AppSettings s = settings();
    s.save(*m_settings);
    emit applied(s);
    // A new account or token takes effect now, not at the next start.
    if (use == TokenUse::Stored || use == TokenUse::SessionOnly)
        emit accountApplied(m_account->token(), use == TokenUse::Stored);
    else if (accountChanged)
        emit accountApplied(use == TokenUse::Unchanged ? m_account->token() : QByteArray(), true);
    QDialog::accept();
}

void SettingsDialog::setBusy(bool busy)
{
    m_storingSecret = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

} // namespace textdesk
