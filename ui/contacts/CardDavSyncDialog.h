#pragma once

#include "settings/SecretStore.h"

#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace textdesk {

namespace contacts {
class CardDavRunner;
}

// Contacts → Sync contacts now: the address book set in Settings → Contacts, its password
// from the keychain, the sync run by `runner` on its own thread (the sync thread in the app),
// its progress lines, Cancel, and the result in one line; "Resolve conflicts…" when the sync
// left some open.
class CardDavSyncDialog : public QDialog
{
    Q_OBJECT
public:
    // settingsPath: workspace.ini ([carddav] url, user). secrets: null:
    // SecretStore::createDefault().
    CardDavSyncDialog(contacts::CardDavRunner *runner, const QString &settingsPath,
                      const QString &region, std::unique_ptr<SecretStore> secrets = {},
                      QWidget *parent = nullptr);
    ~CardDavSyncDialog() override;

    // Loads the password and starts; what happens is shown in the dialog.
    void start();
    bool running() const { return m_running; }

    void reject() override;

signals:
    // The sync changed contacts here (the window refreshes).
    void synced();
    void conflictsRequested();

private:
    void finish(const QString &result, int openConflicts, const QString &error);
    void stopWith(const QString &text);
    void passwordLoaded(const SecretStore::Result &result);

    QPointer<contacts::CardDavRunner> m_runner;
    QString m_url, m_user, m_region;
    std::unique_ptr<SecretStore> m_secrets;
    QPlainTextEdit *m_log = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_conflicts = nullptr;
    QPushButton *m_close = nullptr;
    bool m_running = false;
    bool m_cancelled = false; // also before the runner had the password
};

} // namespace textdesk
