#pragma once

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace textdesk {

class SecretStore;

// Settings → Contacts: the CardDAV address book the workspace's contacts sync with (its URL
// and user in workspace.ini, `[carddav] url, user`, as `textdesk contacts carddav sync` keeps
// them; the password or app token in the system keychain through SecretStore, never in a
// file), and "Test connection", which lists the address book with exactly what is typed and
// says in words what went wrong.
class ContactsSyncPage : public QWidget
{
    Q_OBJECT
public:
    ContactsSyncPage(const QString &settingsPath, SecretStore &secrets, QWidget *parent = nullptr);

    QString url() const;
    QString user() const;
    // The typed password; empty: the one in the keychain stays.
    QByteArray password() const;
    bool changed() const;
    // Why the typed address book cannot be saved, in words; empty when it can (or is empty).
    QString problem() const;
    // The keychain entry for the typed URL and user.
    QString secretKey() const;
    // Writes the URL and user to workspace.ini (the password goes to the keychain first, by
    // SettingsDialog).
    void save();
    void showStatus(const QString &text);

    void testConnection();
    bool isChecking() const { return !m_check.isNull(); }

private:
    void check(const QString &password);
    void showResult(const QString &text);

    QString m_settingsPath;
    QString m_loadedUrl, m_loadedUser;
    SecretStore &m_secrets;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_status = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QObject> m_check; // the client of the test in flight
};

} // namespace textdesk
