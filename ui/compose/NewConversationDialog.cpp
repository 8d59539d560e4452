#include "NewConversationDialog.h"

#include "common/PlainText.h"
#include "composer/Composer.h"
#include "phone/PhoneNumbers.h"
#include "storage/ContactStore.h"
#include "storage/Directory.h"
#include "templates/TemplateVariables.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace textdesk {

namespace {
constexpr int kMaxMatches = 8;
constexpr int kNumberRole = Qt::UserRole + 1;

bool looksLikeANumber(const QString &text)
{
    // Digits, spaces and what numbers are written with; a name has letters.
    static const QRegularExpression pattern(QStringLiteral(R"(^[+\d\s().\-/]+$)"));
    return pattern.match(text).hasMatch();
}
} // namespace

NewConversationDialog::NewConversationDialog(Database &reader, ui::Writer writer,
                                             engine::SyncCommands commands, Setup setup,
                                             QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_writer(std::move(writer))
    , m_commands(std::move(commands))
    , m_setup(std::move(setup))
{
    setObjectName(QStringLiteral("newConversation"));
    setWindowTitle(tr("New conversation"));
    buildUi();
    loadSenders();
    recipientEdited();
}

void NewConversationDialog::buildUi()
{
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("newConversationTo"));
    m_to->setPlaceholderText(tr("A phone number in any form, or a customer's name"));
    m_to->setAccessibleName(tr("To"));
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("newConversationMatches"));
    m_matches->setAccessibleName(tr("Customers with that name"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 6);
    m_matches->hide();
    m_who = ui::plain(new QLabel(this));
    m_who->setObjectName(QStringLiteral("newConversationWho"));
    m_who->setWordWrap(true);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("newConversationFrom"));
    m_from->setAccessibleName(tr("Send from"));
    m_composer = new Composer(this);
    m_composer->setTemplates(m_setup.templates);
    m_error = ui::plain(new QLabel(this));
    m_error->setObjectName(QStringLiteral("newConversationError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("To:"), m_to);
    form->addRow(QString(), m_matches);
    form->addRow(QString(), m_who);
    form->addRow(tr("From:"), m_from);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // The composer keeps its own height (its text field grows with the text); the space left
    // goes below, so a notice in it never balloons.
    layout->addWidget(m_composer);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // Enter in the number must not press a button (Cancel, the composer's Attach): it moves
    // on to the message.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_to, &QLineEdit::textChanged, this, &NewConversationDialog::recipientEdited);
    connect(m_matches, &QListWidget::currentRowChanged, this, &NewConversationDialog::pickMatch);
    connect(m_composer, &Composer::sendRequested, this, &NewConversationDialog::send);
    connect(m_to, &QLineEdit::returnPressed, m_composer, &Composer::focusEditor);
}

void NewConversationDialog::loadSenders()
{
    auto inboxes = Directory::inboxes(m_reader);
    if (!inboxes)
        return;
    for (const Directory::Inbox &inbox : std::as_const(*inboxes)) {
        if (!m_setup.deskNumbers.isEmpty() && !m_setup.deskNumbers.contains(inbox.e164))
            continue;
        const QString number = PhoneNumbers::display(inbox.e164, m_setup.region);
        m_from->addItem(
            inbox.friendlyName.isEmpty()
                ? number
                : tr("%1 (%2)", "friendly name (number)").arg(inbox.friendlyName, number),
            inbox.e164);
    }
}

void NewConversationDialog::setRecipientText(const QString &text)
{
    m_to->setText(text);
}

void NewConversationDialog::recipientEdited()
{
    m_error->hide();
    const QString text = m_to->text().trimmed();
    QSignalBlocker block(m_matches);
    m_matches->clear();
    m_matches->hide();
    if (text.isEmpty()) {
        m_hasRecipient = false;
        m_who->clear();
        m_composer->setBlockedReason(tr("Enter the customer's number or name above."));
        return;
    }
    if (looksLikeANumber(text)) {
        const sync::Recipient r = sync::SendRules::check(m_reader, text, m_setup.region);
        setRecipient(r, {});
        return;
    }
    auto hits = ContactStore(m_reader).search(text, kMaxMatches);
    if (!hits || hits->isEmpty()) {
        m_hasRecipient = false;
        m_who->clear();
        m_composer->setBlockedReason(
            tr("No customer is called “%1”. Type their number instead.").arg(text));
        return;
    }
    for (const ContactHit &hit : std::as_const(*hits)) {
        const QString number = PhoneNumbers::display(hit.e164, m_setup.region);
        auto *item = new QListWidgetItem(
            hit.displayName.isEmpty() ? number
                                      : QStringLiteral("%1 — %2").arg(hit.displayName, number));
        item->setData(kNumberRole, hit.e164);
        m_matches->addItem(item);
    }
    m_matches->setVisible(hits->size() > 1);
    m_matches->setCurrentRow(0);
    pickMatch();
}

void NewConversationDialog::pickMatch()
{
    const QListWidgetItem *item = m_matches->currentItem();
    if (!item)
        return;
    const sync::Recipient r
        = sync::SendRules::check(m_reader, item->data(kNumberRole).toString(), m_setup.region);
    setRecipient(r, item->text());
}

void NewConversationDialog::setRecipient(const sync::Recipient &r, const QString &label)
{
    m_recipient = r;
    m_hasRecipient = r.ok();
    if (!r.ok()) {
        m_who->clear(); // the composer says why, once
        m_composer->setBlockedReason(r.reason);
        return;
    }
    const QString number = PhoneNumbers::display(r.e164, m_setup.region);
    QString who = label;
    if (who.isEmpty()) {
        who = r.profile.displayName.isEmpty()
            ? tr("%1 — a new customer").arg(number)
            : QStringLiteral("%1 — %2").arg(r.profile.displayName, number);
        if (r.profile.id && r.profile.displayName.isEmpty())
            who = number;
    }
    m_who->setText(tr("To %1").arg(who));
    m_composer->setBlockedReason(m_from->count() == 0
                                     ? tr("Textdesk knows none of our numbers yet. Sync once "
                                          "before writing to a customer.")
                                     : QString());
    m_composer->setTemplateValues(
        TemplateVariables::fromProfile(r.profile, m_setup.agentName, m_setup.ourCompany));
}

void NewConversationDialog::refuse(const QString &reason, const QString &body,
                                   const QStringList &attachments)
{
    // The agent's words are never lost to a refusal.
    m_composer->setDraft(body);
    for (const QString &file : attachments)
        m_composer->addAttachment(file);
    m_error->setText(reason);
    m_error->show();
}

void NewConversationDialog::send(const QString &body, const QStringList &attachments)
{
    if (!m_hasRecipient) {
        refuse(tr("Choose who to write to."), body, attachments);
        return;
    }
    const QString from = m_from->currentData().toString();
    const QString region = m_setup.region;
    const QString number = m_recipient.e164;
    // Checked again on the writer: the customer may have texted STOP since the dialog opened.
    sync::Recipient checked;
    qint64 conversationId = 0;
    const Status written = m_writer([&](Database &db) -> Status {
        checked = sync::SendRules::check(db, number, region);
        if (!checked.ok())
            return success();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        ContactStore contacts(db);
        auto inbox = contacts.ensureInbox(from);
        if (!inbox)
            return inbox.error();
        auto contact = contacts.ensureContact(checked.e164, now);
        if (!contact)
            return contact.error();
        auto conversation = contacts.ensureConversation(*contact, *inbox, now);
        if (!conversation)
            return conversation.error();
        conversationId = *conversation;
        return success();
    });
    if (!written) {
        refuse(tr("Not sent: %1").arg(written.error().message()), body, attachments);
        return;
    }
    if (!checked.ok()) {
        setRecipient(checked, {});
        refuse(checked.reason, body, attachments);
        return;
    }
    if (!m_commands.send(checked.e164, from, body, attachments)) {
        refuse(tr("Not sent: Textdesk is not connected to the cache yet. Try again in a moment."),
               body, attachments);
        return;
    }
    emit conversationStarted(conversationId);
    accept();
}

} // namespace textdesk
