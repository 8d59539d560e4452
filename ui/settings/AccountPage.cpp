#include "AccountPage.h"

#include "SecretStore.h"
#include "common/PlainText.h"
#include "engine/ProviderFactory.h"
#include "phone/PhoneNumbers.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace textdesk {

AccountPage::AccountPage(Workspace &workspace, SecretStore &secrets, QWidget *parent)
    : QWidget(parent)
    , m_training(workspace.kind() == Workspace::Kind::Training)
    // The training workspace's practice customers must never mix with real ones in one cache:
    // an account entered there is the agent's own workspace's.
    , m_settingsPath(
          m_training ? QDir(Workspace::defaultLocation()).filePath(QStringLiteral("workspace.ini"))
                     : workspace.settingsPath())
    , m_loaded(ProviderSettings::load(m_settingsPath))
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
{
    auto *layout = new QVBoxLayout(this);
    if (m_training) {
        auto *note = new QLabel(
            tr("Training workspace: no account needed, and its practice conversations never mix "
               "with real ones.\nTo try your own account, enter and test it here: OK saves it as "
               "your own workspace (%1), which opens in a window of its own. This one stays for "
               "practice.")
                .arg(QDir::toNativeSeparators(Workspace::defaultLocation())),
            this);
        note->setObjectName(QStringLiteral("accountNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *form = new QFormLayout;
    m_baseUrl = new QLineEdit(m_loaded.baseUrl.toString(), this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("Provider address"));
    m_baseUrl->setPlaceholderText(provider::ProviderConfig::defaultBaseUrl().toString());
    form->addRow(tr("Provider &address:"), m_baseUrl);

    m_accountSid = new QLineEdit(m_loaded.accountSid, this);
    m_accountSid->setObjectName(QStringLiteral("accountSid"));
    m_accountSid->setAccessibleName(tr("Account SID"));
    m_accountSid->setPlaceholderText(tr("AC followed by 32 hexadecimal digits"));
    form->addRow(tr("Account &SID:"), m_accountSid);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("authToken"));
    m_token->setEchoMode(QLineEdit::Password);
    const bool apiKey = !m_loaded.apiKeySid.isEmpty();
    const QString tokenName = apiKey ? tr("API key secret") : tr("Auth token");
    m_token->setAccessibleName(tokenName);
    m_token->setAccessibleDescription(tr("Kept in the system keychain, never in the workspace."));
    form->addRow(apiKey ? tr("API key s&ecret:") : tr("Auth &token:"), m_token);
    layout->addLayout(form);

    m_test = new QPushButton(tr("Test &connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setAutoDefault(false); // Enter in a field means OK, not a network request
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    layout->addLayout(testRow);

    m_result = ui::plain(new QLabel(this));
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    m_status = ui::plain(new QLabel(this));
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_test, &QPushButton::clicked, this, &AccountPage::testConnection);
    // A new value makes an earlier answer stale.
    for (QLineEdit *edit : { m_baseUrl, m_accountSid, m_token }) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_checking)
                m_result->clear();
        });
    }
    loadSecret();
}

AccountPage::~AccountPage() = default;

void AccountPage::loadSecret()
{
    if (m_loaded.accountSid.isEmpty())
        return;
    m_secrets.load(secretKey(), [this](const SecretStore::Result &result) {
        if (result.ok()) {
            m_loadedToken = result.secret;
            // What the agent already typed wins over what was stored.
            if (m_token->text().isEmpty())
                m_token->setText(QString::fromUtf8(result.secret));
        } else {
            showStatus(result.message);
        }
    });
}

ProviderSettings AccountPage::providerSettings() const
{
    ProviderSettings s = m_loaded;
    s.baseUrl = QUrl(m_baseUrl->text().trimmed());
    s.accountSid = m_accountSid->text().trimmed();
    return s;
}

bool AccountPage::accountChanged() const
{
    const ProviderSettings s = providerSettings();
    return s.baseUrl != m_loaded.baseUrl || s.accountSid != m_loaded.accountSid;
}

QByteArray AccountPage::token() const
{
    return m_token->text().trimmed().toUtf8();
}

bool AccountPage::tokenChanged() const
{
    return !token().isEmpty() && token() != m_loadedToken;
}

QString AccountPage::secretKey() const
{
    const ProviderSettings s = providerSettings();
    return SecretStore::keyFor(s.apiKeySid.isEmpty() ? s.accountSid : s.apiKeySid);
}

QString AccountPage::problem() const
{
    return providerSettings().problem();
}

void AccountPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

void AccountPage::showResult(const QString &text, bool ok)
{
    // Words first; the mark only repeats them for a quick glance.
    m_result->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
    m_result->setAccessibleDescription(text);
}

void AccountPage::testConnection()
{
    if (m_checking)
        return;
    if (const QString why = problem(); !why.isEmpty()) {
        showResult(why, false);
        return;
    }
    if (token().isEmpty()) {
        showResult(tr("Enter the auth token first."), false);
        return;
    }
    const ProviderSettings settings = providerSettings();
    provider::ProviderConfig config = settings.providerConfig(token());
    // The agent is waiting for an answer, not for a retry schedule.
    config.retry.maxAttempts = 1;
    config.retry.inactivityTimeoutMs = 15'000;
    provider::Provider *client = engine::makeProvider(m_network, config, this);
    m_client = client;
    m_checking = true;
    m_test->setEnabled(false);
    m_result->setText(tr("Checking…"));

    provider::ProviderJob *check = client->checkCredentials();
    connect(
        check, &provider::ProviderJob::finished, this,
        [this, client, check, settings, checked = token()] {
            if (!check->succeeded()) {
                showResult(tr("Not connected. %1").arg(check->error().message()), false);
                finishCheck();
                return;
            }
            m_testedUrl = settings.baseUrl;
            m_testedSid = settings.accountSid;
            m_testedToken = checked;
            // The credentials work; the numbers show it is the account the agent meant.
            provider::NumberListJob *numbers = client->listNumbers();
            connect(numbers, &provider::ProviderJob::finished, this, [this, numbers, settings] {
                const QString account = settings.accountSid;
                if (!numbers->succeeded()) {
                    showResult(
                        tr("Connected to account %1, but its numbers could not be listed: %2")
                            .arg(account, numbers->error().message()),
                        true);
                } else if (numbers->numbers.isEmpty()) {
                    showResult(
                        tr("Connected to account %1. It has no phone numbers yet.").arg(account),
                        true);
                } else {
                    const QString region = PhoneNumbers::systemRegion();
                    QStringList names;
                    for (const provider::ProviderNumber &n : numbers->numbers) {
                        const QString number = PhoneNumbers::display(n.phoneNumber, region);
                        names << (n.friendlyName.isEmpty() || n.friendlyName == number
                                      ? number
                                      : tr("%1 (%2)").arg(number, n.friendlyName));
                    }
                    showResult(tr("Connected to account %1. Numbers: %2.")
                                   .arg(account, names.join(QStringLiteral(", "))),
                               true);
                }
                finishCheck();
            });
        });
}

bool AccountPage::testedFine() const
{
    const ProviderSettings s = providerSettings();
    return !m_checking && !m_testedToken.isEmpty() && token() == m_testedToken
        && s.baseUrl == m_testedUrl && s.accountSid == m_testedSid;
}

void AccountPage::finishCheck()
{
    m_checking = false;
    m_test->setEnabled(true);
    if (m_client)
        m_client->deleteLater();
}

} // namespace textdesk
