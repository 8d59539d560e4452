// MainWindow's size on the screen, its customer panel, and what its conversation buttons say
// (MainWindow.cpp holds the rest).
#include "MainWindow.h"
#include "UndoNotice.h"
#include "common/PlainText.h"
#include "common/TimeText.h"
#include "common/WriterCall.h"
#include "contacts/CardDavConflictsDialog.h"
#include "contacts/CardDavSyncDialog.h"
#include "contacts/ContactImportDialog.h"
#include "core/Version.h"
#include "customer/EraseCustomerDialog.h"
#include "customer/ProfilePanel.h"
#include "engine/History.h"
#include "engine/SyncWorker.h"
#include "inbox/InboxModel.h"
#include "phone/PhoneNumbers.h"
#include "settings/SecretStore.h"
#include "thread/ConversationPane.h"
#include "thread/OlderMessagesBar.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QVBoxLayout>

namespace textdesk {

void MainWindow::fitToScreen()
{
    const QScreen *display = screen();
    if (!display)
        return;
    const QRect available = display->availableGeometry();
    // The frame (title bar, borders) comes on top of the size; leave room for it.
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frame.expandedTo(QSize(0, 0));
    if (width() > room.width() || height() > room.height())
        resize(size().boundedTo(room));
    if (!available.contains(frameGeometry().topLeft()))
        move(available.topLeft());
    updateProfileVisibility();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once shown, the window knows its frame: fit again with it counted.
    fitToScreen();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateProfileVisibility();
}

void MainWindow::updateProfileVisibility()
{
    if (!m_profile || !m_profileAction)
        return;
    // Folded away below a width, so that the conversation keeps room for its text and Send.
    const bool wanted = m_profileAction->isChecked();
    const bool show = wanted && width() >= kProfileCollapseWidth;
    if (m_profile->isHidden() == !show)
        return;
    m_profile->setVisible(show);
    m_profileAction->setToolTip(wanted && !show
                                    ? tr("The window is too narrow for the customer panel; "
                                         "widen it to see the panel")
                                    : QString());
}

void MainWindow::offerUndo(const ConversationSummary &before, const QString &status,
                           qint64 snoozeUntilMs)
{
    if (status == before.status && status != QLatin1String("snoozed"))
        return;
    const QString who = InboxModel::titleFor(before, PhoneNumbers::systemRegion());
    QString text;
    if (status == QLatin1String("resolved"))
        text = tr("Resolved %1 —", "a customer's name; an Undo button follows").arg(who);
    else if (status == QLatin1String("snoozed"))
        text = tr("Snoozed %1 until %2 —", "a customer, a time; an Undo button follows")
                   .arg(who, TimeText::ahead(snoozeUntilMs, QDateTime::currentDateTime()));
    else
        return;
    const qint64 id = before.id;
    // Back to where it was; a snooze that has run out meanwhile comes back as open.
    const bool stillSnoozed = before.status == QLatin1String("snoozed")
        && before.snoozedUntil > QDateTime::currentMSecsSinceEpoch() + 1000;
    const QString previous = before.status == QLatin1String("snoozed") && !stillSnoozed
        ? QStringLiteral("open")
        : before.status;
    const qint64 previousUntil = stillSnoozed ? before.snoozedUntil : 0;
    m_undo->offer(text, [this, id, previous, previousUntil] {
        queued(m_commands.setStatus(id, conversationStatusFromString(previous), previousUntil));
    });
}

void MainWindow::updateConversationActions()
{
    auto *resolve = findChild<QAction *>(QStringLiteral("resolve"));
    auto *assign = findChild<QAction *>(QStringLiteral("assignToMe"));
    if (!resolve || !assign || !m_conversation)
        return;
    const ConversationSummary &summary = m_conversation->summary();
    const bool resolved = summary.status == QLatin1String("resolved");
    resolve->setText(resolved ? tr("Reopen") : tr("Resolve"));
    resolve->setToolTip(resolved ? tr("Open this conversation again")
                                 : tr("Resolve: done for now; "
                                      "it opens again when "
                                      "the customer writes"));
    const bool mine = summary.assigneeId && summary.assigneeId == m_agentId;
    assign->setText(mine ? tr("Unassign") : tr("Assign to me"));
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Textdesk"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::PlainText); // a folder name may hold anything
    box->setText(tr("Textdesk %1").arg(QStringLiteral(TEXTDESK_VERSION)));
    box->setInformativeText(
        tr("Customer service by text message.\n\nThis workspace: %1\nIts cache: %2\n\nBuilt with "
           "Qt %3 (LGPL 3), SQLite (public domain), libphonenumber (Apache 2.0) and QtKeychain "
           "(BSD).")
            .arg(QDir::toNativeSeparators(m_workspace.directory()),
                 QDir::toNativeSeparators(m_workspace.cachePath()),
                 QString::fromLatin1(qVersion())));
    box->addButton(tr("About Qt"), QMessageBox::HelpRole);
    box->addButton(QMessageBox::Close);
    connect(box, &QMessageBox::buttonClicked, this, [box](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::HelpRole)
            QMessageBox::aboutQt(box->parentWidget());
    });
    box->open();
}

QDateTime MainWindow::askSnoozeTime()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("snoozeDialog"));
    dialog.setWindowTitle(tr("Snooze until"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The conversation opens again at this time, or as soon as "
                                    "the customer writes."),
                                 &dialog));
    auto *edit = new QDateTimeEdit(&dialog);
    edit->setObjectName(QStringLiteral("snoozeUntil"));
    edit->setCalendarPopup(true);
    const QDateTime now = QDateTime::currentDateTime();
    edit->setMinimumDateTime(now.addSecs(60));
    edit->setDateTime(QDateTime(now.date().addDays(1), QTime(9, 0)));
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return edit->dateTime();
}

void MainWindow::showHistoryFrom()
{
    // A first sync stops at [sync] history_days (default 90): say so, or an agent who sees
    // half a customer's history takes it for lost messages.
    const QString from = m_reader ? engine::History::cachedFrom(*m_reader) : QString();
    const QDate date = QDate::fromString(from, Qt::ISODate);
    m_historyFromDate = date;
    if (m_older && m_conversation)
        m_older->showFor(m_conversation->conversationId(), date);
    m_historyFrom->setVisible(!from.isEmpty());
    if (date.isValid()) {
        m_historyFrom->setText(
            tr("History from %1").arg(QLocale().toString(date, QLocale::ShortFormat)));
        m_historyFrom->setToolTip(
            tr("Older messages are not in this computer's cache. To fetch them, set [sync] "
               "history_days in workspace.ini or run: textdesk sync --history-days N (or all)"));
    } else if (!from.isEmpty()) {
        m_historyFrom->setText(tr("All history"));
        m_historyFrom->setToolTip(tr("Everything the provider lists is in the cache."));
    }
}

void MainWindow::eraseCustomer(qint64 contactId, const QString &e164)
{
    auto counts = m_reader
        ? Erasure::preview(*m_reader, e164)
        : Result<ErasureCounts>(StorageError(StorageError::Kind::CannotOpen, {}));
    engine::SyncWorker *worker = m_commands.worker();
    if (!counts || !worker) {
        ui::plainMessage(QMessageBox::Warning, this, tr("Erase customer"),
                         !counts ? counts.error().message()
                                 : tr("The cache is not open for changes, so nothing was erased."));
        return;
    }
    const QString number = PhoneNumbers::display(e164, PhoneNumbers::systemRegion());
    const QString who = counts->displayName.isEmpty()
        ? number
        : QStringLiteral("%1 (%2)").arg(counts->displayName, number);
    auto *dialog = new EraseCustomerDialog(who, *counts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, contactId, e164, worker = QPointer(worker)] {
        if (!worker)
            return;
        const QString media = m_workspace.mediaDirectory();
        const Status result = ui::writeOnWorker(worker, [&](Database &db) -> Status {
            auto erased = Erasure::erase(db, e164, media, QStringLiteral("agent:%1").arg(m_agentId),
                                         QDateTime::currentMSecsSinceEpoch());
            return erased ? success() : Status(erased.error());
        });
        if (!result) {
            ui::plainMessage(QMessageBox::Warning, this, tr("Erase customer"),
                             result.error().message());
            return;
        }
        if (m_profile->contactId() == contactId) {
            openConversation(0);
            m_profile->clear();
        }
        scheduleRefresh();
    });
    dialog->open();
}

void MainWindow::importContacts()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import contacts"), QString(),
                                       tr("Contacts (*.csv *.vcf *.vcard);;All files (*)"));
    if (path.isEmpty())
        return;
    QPointer<engine::SyncWorker> worker(m_commands.worker());
    auto *dialog = new ContactImportDialog(
        path, PhoneNumbers::systemRegion(),
        [worker](const std::function<Status(Database &)> &change) {
            return ui::writeOnWorker(worker, change);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::scheduleRefresh);
    dialog->open();
}

void MainWindow::syncContacts()
{
    engine::SyncWorker *worker = m_commands.worker();
    auto *dialog = new CardDavSyncDialog(
        worker ? worker->contactsSync() : nullptr, m_workspace.settingsPath(),
        PhoneNumbers::workspaceRegion(m_workspace.settingsPath()), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CardDavSyncDialog::synced, this, &MainWindow::scheduleRefresh);
    connect(dialog, &CardDavSyncDialog::conflictsRequested, this, &MainWindow::openContactConflicts,
            Qt::QueuedConnection);
    dialog->open();
    dialog->start();
}

void MainWindow::openContactConflicts()
{
    if (!m_reader)
        return;
    auto *dialog = new CardDavConflictsDialog(
        *m_reader, ui::writerFor(m_commands.worker()),
        PhoneNumbers::workspaceRegion(m_workspace.settingsPath()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CardDavConflictsDialog::resolved, this, &MainWindow::scheduleRefresh);
    dialog->open();
}

} // namespace textdesk
