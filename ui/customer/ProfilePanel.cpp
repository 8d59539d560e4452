#include "ProfilePanel.h"

#include "ConsentHistoryView.h"
#include "common/PlainText.h"
#include "common/StatusText.h"
#include "common/TimeText.h"
#include "phone/PhoneNumbers.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace textdesk {

namespace {
constexpr int kNotesDebounceMs = 600;
constexpr int kConversationIdRole = Qt::UserRole + 1;

bool sameEditableFields(const ContactProfile &a, const ContactProfile &b)
{
    return a.displayName == b.displayName && a.givenName == b.givenName
        && a.familyName == b.familyName && a.email == b.email && a.company == b.company
        && a.notes == b.notes && a.customFields == b.customFields && a.tags == b.tags;
}

QString nameOf(const ContactProfile &profile)
{
    if (!profile.displayName.trimmed().isEmpty())
        return profile.displayName.trimmed();
    return QStringList({ profile.givenName, profile.familyName }).join(QLatin1Char(' ')).trimmed();
}

QString dateText(qint64 ms)
{
    return TimeText::date(QDateTime::fromMSecsSinceEpoch(ms).date());
}

// The one colour not taken from the palette: a red that keeps its contrast on light and dark
// backgrounds alike.
QColor warningColour(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                             : QColor(0xb3, 0x26, 0x1e);
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Sets a line edit's text unless that would move the agent's cursor for nothing.
void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}
} // namespace

ProfilePanel::ProfilePanel(QWidget *parent)
    : QWidget(parent)
    , m_region(PhoneNumbers::systemRegion())
{
    setObjectName(QStringLiteral("profilePanel"));
    setAccessibleName(tr("Customer profile"));
    setMinimumWidth(260);
    setMaximumWidth(320);

    m_notesTimer.setSingleShot(true);
    m_notesTimer.setInterval(kNotesDebounceMs);
    connect(&m_notesTimer, &QTimer::timeout, this, &ProfilePanel::commitNotes);

    m_pages = new QStackedWidget(this);
    auto *empty = new QLabel(tr("No conversation selected"), m_pages);
    empty->setObjectName(QStringLiteral("profileEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(empty);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildProfilePage());
    m_pages->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    applyWarningColours();
}

ProfilePanel::~ProfilePanel() = default;

QWidget *ProfilePanel::buildProfilePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    m_title = ui::plain(new QLabel(page));
    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_number = ui::plain(new QLabel(page));
    m_number->setObjectName(QStringLiteral("profileNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_number);

    m_consent = ui::plain(new QLabel(page));
    m_consent->setObjectName(QStringLiteral("profileConsent"));
    m_consent->setWordWrap(true);
    layout->addWidget(m_consent);
    m_consentHistory = new ConsentHistoryView(page);
    layout->addWidget(m_consentHistory);
    layout->addSpacing(8);

    // Labels above the fields: the column is too narrow for both side by side.
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto lineEdit = [page](const char *name, const QString &accessible) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_name = lineEdit("profileName", tr("Customer name"));
    m_name->setPlaceholderText(tr("Add a name"));
    form->addRow(tr("Name"), m_name);
    m_email = lineEdit("profileEmail", tr("Customer email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    form->addRow(tr("Email"), m_email);
    m_emailError = ui::plain(new QLabel(page));
    m_emailError->setObjectName(QStringLiteral("profileEmailError"));
    m_emailError->setAccessibleName(tr("Email problem"));
    m_emailError->setWordWrap(true);
    m_emailError->hide();
    form->addRow(m_emailError);
    m_company = lineEdit("profileCompany", tr("Customer company"));
    form->addRow(tr("Company"), m_company);
    m_tags = lineEdit("profileTags", tr("Tags, separated by commas"));
    m_tags->setPlaceholderText(tr("vip, wholesale"));
    form->addRow(tr("Tags"), m_tags);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("profileNotes"));
    m_notes->setAccessibleName(tr("Notes about the customer"));
    m_notes->setPlaceholderText(tr("Anything the next agent should know"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    m_notes->installEventFilter(this);
    form->addRow(tr("Notes"), m_notes);
    layout->addLayout(form);

    layout->addWidget(buildCustomFields(page));

    m_saveError = ui::plain(new QLabel(page));
    m_saveError->setObjectName(QStringLiteral("profileSaveError"));
    m_saveError->setAccessibleName(tr("Save problem"));
    m_saveError->setWordWrap(true);
    m_saveError->hide();
    layout->addWidget(m_saveError);

    layout->addSpacing(8);
    layout->addWidget(sectionLabel(tr("Other conversations"), page));
    m_conversations = new QListWidget(page);
    m_conversations->setObjectName(QStringLiteral("profileConversations"));
    m_conversations->setAccessibleName(tr("Other conversations with this customer"));
    m_conversations->setWordWrap(true);
    m_conversations->setTextElideMode(Qt::ElideRight);
    m_conversations->setMinimumHeight(m_conversations->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_conversations);
    m_noConversations = new QLabel(tr("None"), page);
    m_noConversations->setObjectName(QStringLiteral("profileNoConversations"));
    m_noConversations->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_noConversations);
    layout->addStretch(1);
    auto *erase = new QPushButton(tr("Erase customer…"), page);
    erase->setObjectName(QStringLiteral("profileErase"));
    connect(erase, &QPushButton::clicked, this, [this] {
        if (m_shown)
            emit eraseRequested(m_profile.id, m_profile.e164);
    });
    layout->addWidget(erase, 0, Qt::AlignLeft);

    connect(m_name, &QLineEdit::editingFinished, this, &ProfilePanel::commitName);
    connect(m_email, &QLineEdit::editingFinished, this, &ProfilePanel::commitEmail);
    connect(m_company, &QLineEdit::editingFinished, this, &ProfilePanel::commitCompany);
    connect(m_tags, &QLineEdit::editingFinished, this, &ProfilePanel::commitTags);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_notesTimer.start(); });
    connect(m_conversations, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit conversationActivated(item->data(kConversationIdRole).toLongLong());
    });
    return page;
}

QWidget *ProfilePanel::buildCustomFields(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(sectionLabel(tr("Custom fields"), box));

    m_customFields = new QTableWidget(0, 2, box);
    m_customFields->setObjectName(QStringLiteral("profileCustomFields"));
    m_customFields->setAccessibleName(tr("Custom fields"));
    m_customFields->setHorizontalHeaderLabels({ tr("Field"), tr("Value") });
    m_customFields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_customFields->verticalHeader()->hide();
    m_customFields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_customFields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_customFields->setEditTriggers(QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed);
    m_customFields->setMaximumHeight(m_customFields->fontMetrics().lineSpacing() * 9);
    layout->addWidget(m_customFields);

    auto *buttons = new QHBoxLayout;
    m_addField = new QPushButton(tr("Add field"), box);
    m_addField->setObjectName(QStringLiteral("profileAddField"));
    m_addField->setAccessibleName(tr("Add a custom field"));
    m_removeField = new QPushButton(tr("Remove field"), box);
    m_removeField->setObjectName(QStringLiteral("profileRemoveField"));
    m_removeField->setAccessibleName(tr("Remove the selected custom field"));
    m_removeField->setEnabled(false);
    buttons->addWidget(m_addField);
    buttons->addWidget(m_removeField);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_customFields, &QTableWidget::itemChanged, this, &ProfilePanel::commitCustomFields);
    connect(m_customFields, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeField->setEnabled(!m_customFields->selectedItems().isEmpty()); });
    connect(m_addField, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_customFields);
        const int row = m_customFields->rowCount();
        m_customFields->insertRow(row);
        m_customFields->setItem(row, 0, new QTableWidgetItem);
        m_customFields->setItem(row, 1, new QTableWidgetItem);
        m_customFields->setCurrentCell(row, 0);
        m_customFields->setFocus();
        m_customFields->editItem(m_customFields->item(row, 0));
    });
    connect(m_removeField, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_customFields->selectionModel()->selectedRows();
        const int row = rows.isEmpty() ? m_customFields->currentRow() : rows.first().row();
        if (row < 0)
            return;
        m_customFields->removeRow(row);
        commitCustomFields();
    });
    return box;
}

void ProfilePanel::setRegion(const QString &region)
{
    m_region = region;
    if (m_shown)
        showHeader();
}

void ProfilePanel::showProfile(const ContactProfile &profile,
                               const QList<ContactConversation> &conversations,
                               qint64 currentConversationId)
{
    const bool sameContact = m_shown && m_profile.id == profile.id;
    if (!sameContact) {
        commitAll();
        m_emailInvalid = false;
        m_emailError->hide();
        m_saveError->hide();
    }
    // A field keeps what the agent is typing into it; everything else shows the cache.
    auto typing = [sameContact](QWidget *field, bool unsaved) {
        return sameContact && field->hasFocus() && unsaved;
    };
    const bool keepName = typing(m_name, m_name->isModified());
    const bool keepEmail
        = typing(m_email, m_email->isModified()) || (sameContact && m_emailInvalid);
    const bool keepCompany = typing(m_company, m_company->isModified());
    const bool keepTags = typing(m_tags, m_tags->isModified());
    const bool keepNotes
        = typing(m_notes, m_notesTimer.isActive() || m_notes->document()->isModified());
    const bool keepCustomFields = sameContact && isEditingCustomFields();

    m_profile = profile;
    m_shown = true;
    if (!keepName)
        setTextIfDifferent(m_name, profile.displayName);
    if (!keepEmail)
        setTextIfDifferent(m_email, profile.email);
    if (!keepCompany)
        setTextIfDifferent(m_company, profile.company);
    if (!keepTags)
        setTextIfDifferent(m_tags, profile.tags.join(QStringLiteral(", ")));
    if (!keepNotes) {
        m_notesTimer.stop();
        if (m_notes->toPlainText() != profile.notes) {
            const QSignalBlocker blocker(m_notes);
            m_notes->setPlainText(profile.notes);
        }
        m_notes->document()->setModified(false);
    }
    if (!keepCustomFields)
        fillCustomFields(profile.customFields);
    fillConversations(conversations, currentConversationId);
    showHeader();
    m_pages->setCurrentIndex(1);
}

void ProfilePanel::showConsentHistory(const QList<Consent::Event> &events)
{
    m_consentHistory->setHistory(m_profile.e164, events);
}

void ProfilePanel::clear()
{
    commitAll();
    m_shown = false;
    m_profile = {};
    m_emailInvalid = false;
    m_notesTimer.stop();
    m_pages->setCurrentIndex(0);
}

void ProfilePanel::showSaveError(const QString &message)
{
    m_saveError->setText(message);
    m_saveError->show();
}

void ProfilePanel::showHeader()
{
    const QString number = PhoneNumbers::display(m_profile.e164, m_region);
    const QString name = nameOf(m_profile);
    m_title->setText(name.isEmpty() ? number : name);
    m_number->setText(number);
    m_number->setVisible(!name.isEmpty());
    m_consent->setText(consentText(m_profile));
    applyWarningColours();
}

void ProfilePanel::applyWarningColours()
{
    const QColor warning = warningColour(palette());
    auto tint = [&warning](QLabel *label, bool warn) {
        // An empty palette inherits the parent's again.
        QPalette p;
        if (warn)
            p.setColor(QPalette::WindowText, warning);
        label->setPalette(p);
    };
    tint(m_consent, consentStateFromString(m_profile.consentState) == ConsentState::OptedOut);
    tint(m_emailError, true);
    tint(m_saveError, true);
}

void ProfilePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyWarningColours();
    QWidget::changeEvent(event);
}

bool ProfilePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut
        && (m_notesTimer.isActive() || m_notes->document()->isModified()))
        commitNotes();
    return QWidget::eventFilter(watched, event);
}

void ProfilePanel::fillCustomFields(const QList<QPair<QString, QString>> &fields)
{
    const QSignalBlocker blocker(m_customFields);
    m_customFields->setRowCount(0);
    for (const auto &[key, value] : fields) {
        const int row = m_customFields->rowCount();
        m_customFields->insertRow(row);
        m_customFields->setItem(row, 0, new QTableWidgetItem(key));
        m_customFields->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_removeField->setEnabled(false);
}

void ProfilePanel::fillConversations(const QList<ContactConversation> &conversations,
                                     qint64 currentId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_conversations->clear();
    for (const ContactConversation &c : conversations) {
        if (c.conversationId == currentId)
            continue;
        const QString inbox
            = c.inboxName.isEmpty() ? PhoneNumbers::display(c.inboxE164, m_region) : c.inboxName;
        const QString status = StatusText::conversation(c.status);
        const QString preview
            = c.lastMessagePreview.isEmpty() ? tr("No messages") : c.lastMessagePreview;
        const QString when = relativeTime(c.lastActivityAt, now);
        const QString heading = when.isEmpty() ? tr("%1 · %2").arg(inbox, status)
                                               : tr("%1 · %2 · %3").arg(inbox, status, when);
        auto *item = new QListWidgetItem(heading + QLatin1Char('\n') + preview, m_conversations);
        item->setData(kConversationIdRole, c.conversationId);
        item->setToolTip(
            ui::plainToolTip(tr("%1 (%2), %n message(s)", nullptr, c.messageCount)
                                 .arg(inbox, PhoneNumbers::display(c.inboxE164, m_region))));
    }
    m_conversations->setVisible(m_conversations->count() > 0);
    m_noConversations->setVisible(m_conversations->count() == 0);
}

void ProfilePanel::commitName()
{
    ContactProfile edited = m_profile;
    edited.displayName = m_name->text().trimmed();
    m_name->setModified(false);
    emitIfChanged(edited);
    showHeader();
}

void ProfilePanel::commitEmail()
{
    const QString email = m_email->text().trimmed();
    const QString problem = ContactProfiles::emailProblem(email);
    m_emailInvalid = !problem.isEmpty();
    m_emailError->setText(problem);
    m_emailError->setVisible(m_emailInvalid);
    m_email->setAccessibleDescription(problem);
    if (m_emailInvalid)
        return;
    ContactProfile edited = m_profile;
    edited.email = email;
    m_email->setModified(false);
    emitIfChanged(edited);
}

void ProfilePanel::commitCompany()
{
    ContactProfile edited = m_profile;
    edited.company = m_company->text().trimmed();
    m_company->setModified(false);
    emitIfChanged(edited);
}

void ProfilePanel::commitTags()
{
    ContactProfile edited = m_profile;
    edited.tags = ContactProfiles::normalizedTags(m_tags->text().split(QLatin1Char(',')));
    setTextIfDifferent(m_tags, edited.tags.join(QStringLiteral(", ")));
    emitIfChanged(edited);
}

void ProfilePanel::commitNotes()
{
    m_notesTimer.stop();
    ContactProfile edited = m_profile;
    edited.notes = m_notes->toPlainText();
    m_notes->document()->setModified(false);
    emitIfChanged(edited);
}

void ProfilePanel::commitCustomFields()
{
    ContactProfile edited = m_profile;
    edited.customFields.clear();
    QSet<QString> seen;
    for (int row = 0; row < m_customFields->rowCount(); ++row) {
        const QTableWidgetItem *key = m_customFields->item(row, 0);
        const QTableWidgetItem *value = m_customFields->item(row, 1);
        const QString name = key ? key->text().trimmed() : QString();
        // A row still without a name is being written; it is saved once it has one.
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        edited.customFields.append({ name, value ? value->text() : QString() });
    }
    // The cache keeps them ordered by name; compare in that order, so a reorder is no edit.
    auto byName = [](const auto &a, const auto &b) { return a.first < b.first; };
    std::sort(edited.customFields.begin(), edited.customFields.end(), byName);
    emitIfChanged(edited);
}

void ProfilePanel::commitAll()
{
    if (!m_shown)
        return;
    if (m_name->isModified())
        commitName();
    if (m_email->isModified())
        commitEmail();
    if (m_company->isModified())
        commitCompany();
    if (m_tags->isModified())
        commitTags();
    if (m_notesTimer.isActive() || m_notes->document()->isModified())
        commitNotes();
}

void ProfilePanel::emitIfChanged(const ContactProfile &edited)
{
    if (!m_shown || sameEditableFields(edited, m_profile))
        return;
    m_profile = edited;
    m_saveError->hide();
    emit profileEdited(m_profile);
}

bool ProfilePanel::isEditingCustomFields() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && focus != m_customFields && m_customFields->isAncestorOf(focus);
}

QString ProfilePanel::consentText(const ContactProfile &p)
{
    const bool dated = p.consentChangedAt > 0;
    const QString date = dated ? dateText(p.consentChangedAt) : QString();
    const bool byKeyword = !p.consentKeyword.isEmpty();
    const bool byAgent = p.consentSource == QLatin1String("agent");
    const ConsentState consent = consentStateFromString(p.consentState);
    if (consent == ConsentState::OptedOut) {
        if (byKeyword)
            return dated ? tr("Opted out by texting %1 on %2").arg(p.consentKeyword, date)
                         : tr("Opted out by texting %1").arg(p.consentKeyword);
        if (byAgent)
            return dated ? tr("Opted out by an agent on %1").arg(date)
                         : tr("Opted out by an agent");
        // The provider refused a send: the customer had unsubscribed with the carrier.
        if (p.consentSource == QLatin1String("provider"))
            return dated ? tr("Opted out with their carrier (reported on %1)").arg(date)
                         : tr("Opted out with their carrier");
        return dated ? tr("Opted out on %1").arg(date) : StatusText::consent(consent);
    }
    if (consent == ConsentState::OptedIn) {
        if (byKeyword)
            return dated ? tr("Opted in by texting %1 on %2").arg(p.consentKeyword, date)
                         : tr("Opted in by texting %1").arg(p.consentKeyword);
        if (byAgent)
            return dated ? tr("Opted in by an agent on %1").arg(date) : tr("Opted in by an agent");
        return dated ? tr("Opted in on %1").arg(date) : StatusText::consent(consent);
    }
    return StatusText::consent(ConsentState::Unknown);
}

QString ProfilePanel::relativeTime(qint64 whenMs, qint64 nowMs)
{
    if (whenMs <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(whenMs);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const qint64 seconds = (nowMs - whenMs) / 1000;
    if (seconds >= 0 && seconds < 60)
        return tr("just now");
    if (seconds >= 0 && seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    const qint64 days = when.date().daysTo(now.date());
    const QLocale locale;
    if (days == 0)
        return locale.toString(when.time(), QLocale::ShortFormat);
    if (days == 1)
        return tr("yesterday");
    if (days > 1 && days < 7)
        return tr("%n days ago", nullptr, int(days));
    if (when.date().year() == now.date().year())
        return TimeText::date(when.date(), false);
    return TimeText::date(when.date());
}

} // namespace textdesk
