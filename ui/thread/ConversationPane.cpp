#include "ConversationPane.h"

#include "PresenceLine.h"
#include "RevocationBanner.h"
#include "ThreadDelegate.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "common/PlainText.h"
#include "common/StatusText.h"
#include "common/TimeText.h"
#include "composer/Composer.h"
#include "inbox/InboxDelegate.h"
#include "inbox/InboxModel.h"
#include "media/MediaViewer.h"
#include "media/ThumbnailCache.h"
#include "phone/PhoneNumbers.h"
#include "storage/Consent.h"
#include "storage/ConversationActions.h"
#include "storage/MessageStore.h"
#include "storage/RevocationFlags.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace textdesk {

ConversationPane::ConversationPane(Database &reader, ThumbnailCache *thumbnails,
                                   const QString &mediaDirectory, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("conversationPane"));
    auto *stack = new QStackedLayout(this);
    m_empty = ui::plain(new QLabel(
        tr("Choose a conversation on the left.\nCtrl+K goes to a customer; Alt+Down opens "
           "the next unread one."),
        this));
    m_empty->setObjectName(QStringLiteral("noConversation"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    stack->addWidget(m_empty);

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(m_content);
    header->setObjectName(QStringLiteral("conversationHeader"));
    // The name and the buttons share the first line; the numbers, status and assignee have the
    // whole second line, so that they fit beside longer German, Spanish or French buttons.
    auto *headerLayout = new QGridLayout(header);
    headerLayout->setContentsMargins(14, 8, 8, 8);
    headerLayout->setHorizontalSpacing(8);
    headerLayout->setVerticalSpacing(2);
    headerLayout->setColumnStretch(0, 1);
    m_headerTools = new QHBoxLayout;
    m_headerTools->setSpacing(4);
    m_title = ui::plain(new QLabel(header));
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided by width
    m_subtitle = ui::plain(new QLabel(header));
    m_subtitle->setObjectName(QStringLiteral("conversationSubtitle"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    headerLayout->addWidget(m_title, 0, 0);
    headerLayout->addLayout(m_headerTools, 0, 1);
    headerLayout->addWidget(m_subtitle, 1, 0, 1, 2);
    layout->addWidget(header);
    auto *line = new QFrame(m_content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    m_revocation = new RevocationBanner(m_content);
    layout->addWidget(m_revocation);
    connect(m_revocation, &RevocationBanner::answered, this, &ConversationPane::revocationAnswered);

    m_model = new ThreadModel(reader, this);
    m_view = new ThreadView(m_content);
    m_delegate = new ThreadDelegate(thumbnails, mediaDirectory, m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setThreadModel(m_model);
    layout->addWidget(m_view, 1);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ConversationPane::showMessageMenu);
    if (thumbnails) {
        connect(thumbnails, &ThumbnailCache::ready, m_view->viewport(),
                qOverload<>(&QWidget::update));
        connect(thumbnails, &ThumbnailCache::failed, m_view->viewport(),
                qOverload<>(&QWidget::update));
    }

    connect(m_view, &ThreadView::mediaActivated, this, [this](int row, int mediaIndex) {
        const QList<MediaItem> *listed = m_model->mediaAt(row);
        QList<MediaItem> items = listed ? *listed : QList<MediaItem>();
        // Attachments the message announces but the fetcher has not listed yet: the viewer
        // says they are not downloaded rather than showing nothing.
        const int announced = m_model->index(row).data(ThreadModel::MediaCountRole).toInt();
        MediaItem notListed;
        notListed.downloadState = downloadStateToString(DownloadState::Waiting);
        while (items.size() < std::max(announced, mediaIndex + 1))
            items.append(notListed);
        auto *viewer = new MediaViewer(items, mediaIndex, m_delegate->mediaDirectory(), this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
    });

    m_presence = new PresenceLine(m_content);
    m_presence->setContentsMargins(12, 2, 8, 0);
    layout->addWidget(m_presence);

    auto *composerRow = new QHBoxLayout;
    composerRow->setContentsMargins(8, 6, 8, 8);
    m_noteToggle = new QToolButton(m_content);
    m_noteToggle->setObjectName(QStringLiteral("noteToggle"));
    m_noteToggle->setText(tr("Note"));
    m_noteToggle->setToolTip(tr("Write an internal note instead of a reply: the customer never "
                                "sees it (Ctrl+Shift+N)"));
    m_noteToggle->setAccessibleName(tr("Internal note mode"));
    m_noteToggle->setCheckable(true);
    composerRow->addWidget(m_noteToggle, 0, Qt::AlignTop);
    m_composer = new Composer(m_content);
    composerRow->addWidget(m_composer, 1);
    layout->addLayout(composerRow);
    stack->addWidget(m_content);
    stack->setCurrentWidget(m_empty);

    connect(m_noteToggle, &QToolButton::toggled, this, [this](bool note) {
        m_composer->setNoteMode(note);
        updateComposerState();
    });
    connect(m_composer, &Composer::sendRequested, this,
            [this](const QString &body, const QStringList &attachments) {
                if (!m_summary.id)
                    return;
                m_drafts.remove(m_summary.id);
                emit draftChanged(m_summary.id, QString());
                if (m_noteToggle->isChecked()) {
                    emit noteRequested(m_summary.id, body);
                    setNoteMode(false);
                } else {
                    emit replyRequested(m_summary.id, body, attachments);
                }
                m_view->scrollToNewest();
            });
    connect(m_composer, &Composer::draftChanged, this, [this](const QString &text) {
        if (!m_summary.id)
            return;
        m_drafts.insert(m_summary.id, text);
        emit draftChanged(m_summary.id, text);
    });
}

void ConversationPane::setHeaderActions(const QList<QAction *> &actions)
{
    // Buttons, not a tool bar: a tool bar folds its actions away when the column is narrow.
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        m_headerTools->addWidget(button, 0, Qt::AlignVCenter);
    }
}

void ConversationPane::addHeaderArrow(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setArrowType(Qt::DownArrow);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    if (action->toolTip().isEmpty() || action->toolTip() == action->text())
        button->setToolTip(action->text());
    m_headerTools->addSpacing(-m_headerTools->spacing()); // beside the one before
    m_headerTools->addWidget(button, 0, Qt::AlignVCenter);
}

void ConversationPane::setFailedActions(QAction *retry, QAction *edit)
{
    m_retryAction = retry;
    m_editAction = edit;
    // The buttons on the failed bubble do what the actions do (on the row they selected).
    connect(m_view, &ThreadView::retryClicked, retry, [retry] { retry->trigger(); });
    connect(m_view, &ThreadView::editClicked, edit, [edit] { edit->trigger(); });
}

void ConversationPane::showMessageMenu(const QPoint &viewportPos)
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (!index.isValid())
        return;
    // The message under the pointer is the one the actions are about.
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("messageMenu"));
    if (index.data(ThreadModel::FailedRole).toBool() && m_retryAction && m_editAction) {
        menu.addAction(m_retryAction);
        menu.addAction(m_editAction);
        menu.addSeparator();
    }
    QAction *copy = menu.addAction(tr("Copy text"));
    copy->setObjectName(QStringLiteral("copyMessage"));
    const QString body = index.data(ThreadModel::BodyRole).toString();
    copy->setEnabled(!body.isEmpty());
    connect(copy, &QAction::triggered, this,
            [body] { QGuiApplication::clipboard()->setText(body); });
    menu.exec(m_view->viewport()->mapToGlobal(viewportPos));
}

void ConversationPane::addAboveThread(QWidget *widget)
{
    auto *layout = static_cast<QVBoxLayout *>(m_content->layout());
    layout->insertWidget(layout->indexOf(m_view), widget);
}

int ConversationPane::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isSelected(current) ? current.row() : -1;
}

void ConversationPane::keepUnread()
{
    m_keptUnread = m_summary.id;
}

void ConversationPane::setAgentNames(const QHash<qint64, QString> &names)
{
    m_agentNames = names;
    m_model->setAgentNames(names);
    m_presence->setAgentNames(names);
    showHeader();
    m_view->viewport()->update();
}

void ConversationPane::setNoteMode(bool note)
{
    m_noteToggle->setChecked(note);
}

bool ConversationPane::noteMode() const
{
    return m_noteToggle->isChecked();
}

void ConversationPane::saveViewState()
{
    if (!m_summary.id)
        return;
    m_composer->flushDraft();
    m_drafts.insert(m_summary.id, m_composer->text());
    const QScrollBar *bar = m_view->verticalScrollBar();
    m_distanceFromBottom.insert(m_summary.id, bar->maximum() - bar->value());
}

void ConversationPane::showConversation(qint64 conversationId, qint64 messageId)
{
    if (conversationId == m_summary.id && conversationId && !messageId)
        return;
    if (conversationId != m_summary.id) {
        m_presence->setConversation(conversationId);
        saveViewState();
        m_keptUnread = 0; // opened anew: what is on screen is seen again
    }
    auto *stack = static_cast<QStackedLayout *>(layout());
    if (!conversationId) {
        m_summary = {};
        m_model->setConversation(0);
        stack->setCurrentWidget(m_empty);
        return;
    }
    const bool sameConversation = conversationId == m_summary.id;
    MessageStore store(m_reader);
    auto summary = store.conversation(conversationId);
    if (!summary) {
        m_empty->setText(summary.error().message());
        stack->setCurrentWidget(m_empty);
        return;
    }
    m_summary = *summary;
    stack->setCurrentWidget(m_content);
    showHeader();
    showRevocation();
    if (!sameConversation) {
        m_model->setConversation(conversationId);
        // The draft: this session's, else the one saved with the cache (across restarts).
        QString draft = m_drafts.value(conversationId);
        if (!m_drafts.contains(conversationId)) {
            if (auto saved = ConversationActions::draft(m_reader, conversationId))
                draft = *saved;
        }
        m_composer->setDraft(draft);
        setNoteMode(false);
        updateComposerState();
        const int distance = m_distanceFromBottom.value(conversationId, 0);
        if (distance > 0) {
            QTimer::singleShot(0, m_view, [this, distance] {
                m_view->doItemsLayout();
                QScrollBar *bar = m_view->verticalScrollBar();
                bar->setValue(std::max(0, bar->maximum() - distance));
            });
        }
    }
    if (messageId) {
        // A search hit: load older pages until it is there, then show it.
        int row = m_model->rowOf(messageId);
        while (row < 0 && m_model->hasOlder() && m_model->fetchOlder() > 0)
            row = m_model->rowOf(messageId);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row);
            QTimer::singleShot(0, m_view, [this, index] {
                m_view->setCurrentIndex(index);
                m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            });
        }
    }
    if (m_summary.unreadCount > 0 && m_model->newestMessageId())
        emit seen(m_summary.id, m_model->newestMessageId());
}

void ConversationPane::refresh()
{
    if (!m_summary.id)
        return;
    MessageStore store(m_reader);
    if (auto summary = store.conversation(m_summary.id))
        m_summary = *summary;
    showHeader();
    showRevocation();
    updateComposerState();
    m_model->refresh();
    if (m_summary.unreadCount > 0 && isActiveWindow() && m_model->newestMessageId()
        && m_keptUnread != m_summary.id)
        emit seen(m_summary.id, m_model->newestMessageId());
}

void ConversationPane::showHeader()
{
    if (!m_summary.id)
        return;
    const QString region = PhoneNumbers::systemRegion();
    m_title->setText(InboxModel::titleFor(m_summary, region));
    QStringList parts;
    if (!m_summary.contactName.trimmed().isEmpty())
        parts << PhoneNumbers::display(m_summary.contactE164, region);
    parts << tr("to %1").arg(PhoneNumbers::display(m_summary.inboxE164, region));
    if (m_summary.status == QLatin1String("snoozed") && m_summary.snoozedUntil > 0) {
        parts << tr("Snoozed until %1")
                     .arg(TimeText::ahead(m_summary.snoozedUntil, QDateTime::currentDateTime()));
    } else {
        parts << StatusText::conversation(m_summary.status);
    }
    const QString assignee = m_agentNames.value(m_summary.assigneeId);
    parts << (m_summary.assigneeId ? tr("assigned to %1").arg(assignee) : tr("unassigned"));
    if (m_summary.faqBotHolding)
        parts << tr("the FAQ bot answers");
    m_subtitleText = parts.join(QStringLiteral(" · "));
    elideHeader();
}

void ConversationPane::showRevocation()
{
    // A request to stop in other words, for the agent to confirm (storage/RevocationFlags): in
    // every conversation of the customer's, since it holds what is proactive to them from any
    // of our numbers (Consent::proactiveRefusalFor).
    auto flag = RevocationFlags::openForCustomer(m_reader, m_summary.contactE164);
    if (flag && *flag)
        m_revocation->showFlag(m_summary.id, (*flag)->id, (*flag)->quote);
    else
        m_revocation->showFlag(m_summary.id, 0, {});
}

void ConversationPane::elideHeader()
{
    // Elided rather than clipped, with the whole line as a tooltip, so that a narrow column
    // never cuts a word in half silently.
    const int width = m_subtitle->width();
    const QString shown = width > 20
        ? m_subtitle->fontMetrics().elidedText(m_subtitleText, Qt::ElideRight, width)
        : m_subtitleText;
    m_subtitle->setText(shown);
    m_subtitle->setToolTip(shown == m_subtitleText ? QString() : ui::plainToolTip(m_subtitleText));
}

void ConversationPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideHeader();
}

void ConversationPane::updateComposerState()
{
    // Notes are internal, so an opted-out customer does not block them.
    if (consentStateFromString(m_summary.consentState) == ConsentState::OptedOut
        && !m_noteToggle->isChecked()) {
        // The words every send path uses (STOP texted, or an agent's opt-out), and the way on.
        auto refusal = Consent::refusalFor(m_reader, m_summary.contactE164, m_title->text());
        const QString reason = refusal && !refusal->isEmpty()
            ? *refusal
            : tr("This customer has opted out of text messages, so nothing can be sent to them "
                 "until they text START.");
        m_composer->setBlockedReason(reason + QLatin1Char(' ')
                                     + tr("You can still add an internal note."));
    } else {
        m_composer->setBlockedReason({});
    }
}

} // namespace textdesk
