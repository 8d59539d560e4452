#include "ContactsSyncPage.h"

#include "SecretStore.h"
#include "common/PlainText.h"
#include "contacts/CardDavCheck.h"
#include "contacts/CardDavClient.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace textdesk {

ContactsSyncPage::ContactsSyncPage(const QString &settingsPath, SecretStore &secrets,
                                   QWidget *parent)
    : QWidget(parent)
    , m_settingsPath(settingsPath)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
{
    const QSettings ini(m_settingsPath, QSettings::IniFormat);
    m_loadedUrl = ini.value(QStringLiteral("carddav/url")).toString();
    m_loadedUser = ini.value(QStringLiteral("carddav/user")).toString();

    auto *layout = new QVBoxLayout(this);
    auto *intro = ui::plain(new QLabel(
        tr("Sync this workspace's contacts both ways with a CardDAV address book (Nextcloud, "
           "Fastmail, iCloud, Google, radicale, …). Contacts → Sync contacts now runs it."),
        this));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(m_loadedUrl, this);
    m_url->setObjectName(QStringLiteral("carddavUrl"));
    m_url->setAccessibleName(tr("Address book URL"));
    m_url->setPlaceholderText(QStringLiteral("https://dav.example.com/addressbooks/me/contacts/"));
    form->addRow(tr("Address &book URL:"), m_url);
    m_user = new QLineEdit(m_loadedUser, this);
    m_user->setObjectName(QStringLiteral("carddavUser"));
    m_user->setAccessibleName(tr("User name"));
    form->addRow(tr("&User name:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("carddavPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password or app token"));
    m_password->setAccessibleDescription(
        tr("Kept in the system keychain, never in the workspace."));
    m_password->setPlaceholderText(
        m_loadedUrl.isEmpty() ? QString() : tr("(unchanged: the one in the keychain)"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_test = new QPushButton(tr("Test c&onnection"), this);
    m_test->setObjectName(QStringLiteral("carddavTest"));
    m_test->setAccessibleName(tr("Test the address book connection"));
    m_test->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_test);
    row->addStretch();
    layout->addLayout(row);

    m_result = ui::plain(new QLabel(this));
    m_result->setObjectName(QStringLiteral("carddavResult"));
    m_result->setAccessibleName(tr("Address book test result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    m_status = ui::plain(new QLabel(this));
    m_status->setObjectName(QStringLiteral("carddavStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_test, &QPushButton::clicked, this, &ContactsSyncPage::testConnection);
    for (QLineEdit *edit : { m_url, m_user, m_password })
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!isChecking())
                m_result->clear();
        });
}

QString ContactsSyncPage::url() const
{
    return m_url->text().trimmed();
}

QString ContactsSyncPage::user() const
{
    return m_user->text().trimmed();
}

QByteArray ContactsSyncPage::password() const
{
    return m_password->text().toUtf8();
}

bool ContactsSyncPage::changed() const
{
    return url() != m_loadedUrl || user() != m_loadedUser || !m_password->text().isEmpty();
}

QString ContactsSyncPage::problem() const
{
    if (url().isEmpty() && user().isEmpty())
        return {};
    if (user().isEmpty())
        return tr("Enter the user name of the address book.");
    return contacts::CardDavClient::checkUrl(QUrl(url()));
}

QString ContactsSyncPage::secretKey() const
{
    return SecretStore::keyForCardDav(url(), user());
}

void ContactsSyncPage::save()
{
    QSettings ini(m_settingsPath, QSettings::IniFormat);
    ini.setValue(QStringLiteral("carddav/url"), url());
    ini.setValue(QStringLiteral("carddav/user"), user());
    ini.sync();
    m_loadedUrl = url();
    m_loadedUser = user();
}

void ContactsSyncPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

void ContactsSyncPage::showResult(const QString &text)
{
    m_result->setText(text);
    m_test->setEnabled(true);
}

void ContactsSyncPage::testConnection()
{
    if (isChecking())
        return;
    QString why = problem();
    if (why.isEmpty() && url().isEmpty())
        why = tr("Enter the address book's URL and user name first.");
    if (!why.isEmpty()) {
        showResult(why);
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Asking the server…"));
    if (!m_password->text().isEmpty()) {
        check(m_password->text());
        return;
    }
    // Nothing typed: the password the keychain keeps for this URL and user.
    QPointer<ContactsSyncPage> self(this);
    m_secrets.load(secretKey(), [self](const SecretStore::Result &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->showResult(r.status == SecretStore::Status::NotFound
                                 ? tr("Enter the password (or app token) of the address book.")
                                 : r.message);
            return;
        }
        self->check(QString::fromUtf8(r.secret));
    });
}

void ContactsSyncPage::check(const QString &password)
{
    auto *client = new contacts::CardDavClient(m_network, QUrl(url()), user(), password, this);
    client->setTimeoutMs(15000);
    m_check = client;
    contacts::CardDavCall *call = client->list();
    connect(call, &contacts::CardDavCall::finished, this, [this, client, call] {
        const auto outcome = contacts::CardDavCheck::describe(*call, client->bookPath());
        client->deleteLater(); // and the password with it
        m_check.clear();
        showResult(outcome.text);
    });
}

} // namespace textdesk
