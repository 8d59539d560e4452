// The main window's scheduled messages: "Send later…" from the composer, the conversation's
// scheduled messages above its thread, and View → Scheduled (all of them).
#include "MainWindow.h"
#include "compliance/QuietHours.h"
#include "composer/Composer.h"
#include "customer/ProfilePanel.h"
#include "scheduled/ScheduledList.h"
#include "scheduled/SendLaterDialog.h"
#include "storage/ContactProfiles.h"
#include "thread/ConversationPane.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace textdesk {

void MainWindow::buildScheduled()
{
    // Above the thread: this conversation's scheduled messages, hidden when it has none.
    m_scheduledBar = new QWidget(m_conversation);
    m_scheduledBar->setObjectName(QStringLiteral("scheduledBar"));
    auto *layout = new QVBoxLayout(m_scheduledBar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scheduledTitle = new QLabel(m_scheduledBar);
    m_scheduledTitle->setObjectName(QStringLiteral("scheduledTitle"));
    layout->addWidget(m_scheduledTitle);
    m_scheduledList = new ScheduledList(false, m_scheduledBar);
    layout->addWidget(m_scheduledList);
    m_scheduledBar->hide();
    m_conversation->addAboveThread(m_scheduledBar);
    connectScheduledList(m_scheduledList);
    connect(m_conversation->composer(), &Composer::sendLaterRequested, this,
            &MainWindow::sendLater);
}

void MainWindow::connectScheduledList(ScheduledList *list)
{
    connect(list, &ScheduledList::editRequested, this, &MainWindow::editScheduled);
    connect(list, &ScheduledList::cancelRequested, this, [this](qint64 id, qint64 conversation) {
        queued(m_commands.cancelScheduled(id, conversation));
    });
    connect(list, &ScheduledList::confirmRequested, this, [this](qint64 id, qint64 conversation) {
        queued(m_commands.confirmScheduled(id, conversation));
    });
    connect(list, &ScheduledList::openRequested, this, [this](qint64 conversation) {
        openConversation(conversation);
        raise();
        activateWindow();
    });
}

QTimeZone MainWindow::customerZone() const
{
    const qint64 contact = m_conversation->summary().contactId;
    if (!contact || !m_reader)
        return {};
    auto profile = ContactProfiles::load(*m_reader, contact);
    if (!profile)
        return {};
    QJsonObject fields;
    for (const auto &field : std::as_const(profile->customFields))
        fields.insert(field.first, field.second);
    return compliance::zoneForProfile(QString::fromUtf8(QJsonDocument(fields).toJson()),
                                      profile->e164);
}

void MainWindow::sendLater(const QString &body)
{
    const qint64 conversation = m_conversation->conversationId();
    if (!conversation)
        return;
    SendLaterDialog dialog(body, QTimeZone::systemTimeZone(), customerZone(),
                           QDateTime::currentMSecsSinceEpoch(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    scheduled::ScheduleRequest request { conversation,    dialog.body(),          dialog.dueAt(),
                                         dialog.zoneId(), dialog.cancelOnReply(), m_agentId };
    if (!queued(m_commands.scheduleMessage(request)))
        return;
    // Scheduled: the words are no longer a draft.
    m_conversation->composer()->setDraft(QString());
    m_commands.saveDraft(conversation, QString());
    ScheduledMessage shown;
    shown.dueAt = request.dueAt;
    shown.timeZone = request.timeZone;
    statusBar()->showMessage(tr("Scheduled for %1.").arg(ScheduledList::dueText(shown)), 10'000);
}

void MainWindow::editScheduled(const ScheduledMessage &row)
{
    const QTimeZone customer = row.conversationId == m_conversation->conversationId()
        ? customerZone()
        : compliance::zoneForCustomer({}, row.contactE164);
    SendLaterDialog dialog(row.body, QTimeZone::systemTimeZone(), customer,
                           QDateTime::currentMSecsSinceEpoch(), this);
    dialog.setWindowTitle(tr("Edit scheduled message"));
    dialog.setSchedule(row.dueAt, row.timeZone, row.cancelOnReply);
    if (dialog.exec() != QDialog::Accepted)
        return;
    queued(m_commands.editScheduled(row.id,
                                    { row.conversationId, dialog.body(), dialog.dueAt(),
                                      dialog.zoneId(), dialog.cancelOnReply(), m_agentId }));
}

void MainWindow::showScheduledWindow()
{
    auto *window = findChild<QDialog *>(QStringLiteral("scheduledWindow"));
    if (!window) {
        window = new QDialog(this);
        window->setObjectName(QStringLiteral("scheduledWindow"));
        window->setWindowTitle(tr("Scheduled messages"));
        window->resize(560, 420);
        auto *layout = new QVBoxLayout(window);
        auto *hint = new QLabel(tr("Messages waiting for their time, and those held for you to "
                                   "confirm. Double-click one to open its conversation."),
                                window);
        hint->setWordWrap(true);
        layout->addWidget(hint);
        auto *list = new ScheduledList(true, window);
        list->setObjectName(QStringLiteral("scheduledAll"));
        layout->addWidget(list, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
        connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::hide);
        layout->addWidget(buttons);
        connectScheduledList(list);
    }
    refreshScheduled();
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::refreshScheduled()
{
    if (!m_reader || !m_scheduledBar)
        return;
    const qint64 conversation = m_conversation->conversationId();
    auto rows = conversation ? ScheduledStore::open(*m_reader, conversation)
                             : Result<QList<ScheduledMessage>>(QList<ScheduledMessage>());
    if (rows) {
        m_scheduledList->setRows(*rows);
        m_scheduledTitle->setText(tr("Scheduled messages: %1").arg(rows->size()));
        m_scheduledBar->setVisible(!rows->isEmpty());
        // As tall as its rows (up to three of about three lines), the thread keeps the rest.
        const int shown = std::min<int>(int(rows->size()), 3);
        m_scheduledList->setMaximumHeight(shown * 3 * fontMetrics().height() + 48);
    }
    // A STOP synced meanwhile shows in the profile's consent history at once.
    if (const qint64 contact = m_profile->contactId()) {
        if (auto consent = Consent::history(*m_reader, contact); consent)
            m_profile->showConsentHistory(*consent);
    }
    if (auto *all = findChild<ScheduledList *>(QStringLiteral("scheduledAll"));
        all && all->isVisible()) {
        if (auto everything = ScheduledStore::open(*m_reader); everything)
            all->setRows(*everything);
    }
}

} // namespace textdesk
