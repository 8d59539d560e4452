#include "CardDavSyncDialog.h"

#include "common/PlainText.h"
#include "contacts/CardDavRunner.h"
#include "settings/SecretStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace textdesk {

CardDavSyncDialog::CardDavSyncDialog(contacts::CardDavRunner *runner, const QString &settingsPath,
                                     const QString &region, std::unique_ptr<SecretStore> secrets,
                                     QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_region(region)
    , m_secrets(secrets ? std::move(secrets) : SecretStore::createDefault())
{
    setObjectName(QStringLiteral("carddavSyncDialog"));
    setWindowTitle(tr("Sync contacts"));
    const QSettings ini(settingsPath, QSettings::IniFormat);
    m_url = ini.value(QStringLiteral("carddav/url")).toString();
    m_user = ini.value(QStringLiteral("carddav/user")).toString();

    auto *layout = new QVBoxLayout(this);
    auto *book
        = ui::plain(new QLabel(m_url.isEmpty() ? tr("No address book is set up yet.")
                                               : tr("Address book: %1 (as %2)").arg(m_url, m_user),
                               this));
    book->setWordWrap(true);
    layout->addWidget(book);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("carddavBusy"));
    m_busy->setRange(0, 0);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("carddavLog"));
    m_log->setAccessibleName(tr("Sync progress"));
    m_log->setReadOnly(true);
    m_log->setMinimumSize(480, 140);
    layout->addWidget(m_log);
    m_result = ui::plain(new QLabel(this));
    m_result->setObjectName(QStringLiteral("carddavSyncResult"));
    m_result->setAccessibleName(tr("Sync result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_conflicts = buttons->addButton(tr("Resolve &conflicts…"), QDialogButtonBox::ActionRole);
    m_conflicts->setObjectName(QStringLiteral("carddavShowConflicts"));
    m_conflicts->hide();
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("carddavCancel"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("carddavClose"));
    m_close->hide();
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &CardDavSyncDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_conflicts, &QPushButton::clicked, this, [this] {
        emit conflictsRequested();
        accept();
    });
    if (m_runner) {
        // Queued: the runner lives on the sync thread.
        connect(m_runner, &contacts::CardDavRunner::progress, this,
                [this](const QString &line) { m_log->appendPlainText(line); });
        connect(m_runner, &contacts::CardDavRunner::finished, this, &CardDavSyncDialog::finish);
        connect(m_runner, &contacts::CardDavRunner::sent, this, [this](int done, int total) {
            m_busy->setRange(0, total);
            m_busy->setValue(done);
        });
    }
}

CardDavSyncDialog::~CardDavSyncDialog()
{
    if (m_running && m_runner)
        QMetaObject::invokeMethod(m_runner, &contacts::CardDavRunner::cancel);
}

void CardDavSyncDialog::start()
{
    if (m_url.isEmpty() || m_user.isEmpty())
        return stopWith(tr("Set up the address book first: File → Settings → Contacts."));
    if (!m_runner)
        return stopWith(tr("Textdesk is not connected yet, so contacts cannot be synced."));
    m_running = true;
    m_busy->show();
    m_log->appendPlainText(tr("Reading the password from the keychain…"));
    QPointer<CardDavSyncDialog> self(this);
    m_secrets->load(SecretStore::keyForCardDav(m_url, m_user),
                    [self](const SecretStore::Result &r) {
                        if (self)
                            self->passwordLoaded(r);
                    });
}

void CardDavSyncDialog::passwordLoaded(const SecretStore::Result &r)
{
    if (!m_running)
        return;
    if (m_cancelled || !r.ok()) {
        m_running = false;
        if (m_cancelled)
            return stopWith(tr("Cancelled: nothing was synced."));
        if (r.status == SecretStore::Status::NotFound)
            return stopWith(tr("The keychain has no password for this address book: enter it "
                               "in File → Settings → Contacts."));
        return stopWith(r.message);
    }
    QMetaObject::invokeMethod(m_runner,
                              [runner = m_runner, url = QUrl(m_url), user = m_user,
                               password = QString::fromUtf8(r.secret), region = m_region] {
                                  if (runner)
                                      runner->run(url, user, password, region);
                              });
}

void CardDavSyncDialog::reject()
{
    if (m_running && m_runner) {
        // The request in flight finishes first; finished() then says what was done.
        m_cancelled = true;
        QMetaObject::invokeMethod(m_runner, &contacts::CardDavRunner::cancel);
        m_cancel->setEnabled(false);
        m_log->appendPlainText(tr("Cancelling after the request in flight…"));
        return;
    }
    QDialog::reject();
}

void CardDavSyncDialog::stopWith(const QString &text)
{
    m_busy->hide();
    m_result->setText(text);
    m_cancel->hide();
    m_close->show();
    m_close->setFocus();
}

void CardDavSyncDialog::finish(const QString &result, int openConflicts, const QString &error)
{
    if (!m_running)
        return; // another window's sync
    m_running = false;
    stopWith(error.isEmpty()
                 ? result
                 : (result.isEmpty() ? error : tr("The sync stopped: %1\n%2").arg(error, result)));
    m_conflicts->setVisible(openConflicts > 0);
    emit synced();
}

} // namespace textdesk
