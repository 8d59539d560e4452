#include "QuickSwitcher.h"

#include "common/PlainText.h"
#include "common/StatusText.h"
#include "phone/PhoneNumbers.h"
#include "storage/ConversationFinder.h"
#include "storage/MessageStore.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QKeyEvent>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace textdesk {

namespace {
constexpr int kDebounceMs = 120;
constexpr int kConversationsPerContact = 3;
} // namespace

QuickSwitcher::QuickSwitcher(Database *reader, QWidget *parent)
    : QFrame(parent)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("quickSwitcher"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("quickSwitcherInput"));
    m_input->setClearButtonEnabled(true);
    layout->addWidget(m_input);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("quickSwitcherList"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the input
    m_model = new QStandardItemModel(this);
    m_list->setModel(m_model);
    layout->addWidget(m_list);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &QuickSwitcher::update);
    connect(m_input, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_list, &QListView::clicked, this, &QuickSwitcher::choose);
    m_input->installEventFilter(this);
    qApp->installEventFilter(this); // a click elsewhere closes the box
    changeEvent(nullptr);
    hide();
}

void QuickSwitcher::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_input->setPlaceholderText(tr("Go to a customer: name or number"));
        m_input->setAccessibleName(tr("Quick switcher"));
        m_list->setAccessibleName(tr("Matching conversations"));
    }
    if (event)
        QFrame::changeEvent(event);
}

void QuickSwitcher::popup(const QList<qint64> &recentConversations)
{
    m_recent = recentConversations;
    m_returnFocus = QApplication::focusWidget();
    QWidget *host = parentWidget();
    const int width = std::min(560, host->width() - 40);
    setGeometry((host->width() - width) / 2, 48, width, height());
    m_input->clear();
    update();
    raise();
    show();
    m_input->setFocus();
}

void QuickSwitcher::addConversation(const ConversationSummary &summary, QList<qint64> *seen)
{
    if (seen->contains(summary.id) || m_model->rowCount() >= kMaxRows)
        return;
    seen->append(summary.id);
    const QString region = PhoneNumbers::systemRegion();
    const QString number = PhoneNumbers::display(summary.contactE164, region);
    const QString name = summary.contactName.isEmpty() ? number : summary.contactName;
    QStringList details;
    if (!summary.contactName.isEmpty())
        details << number;
    details << tr("to %1").arg(PhoneNumbers::display(summary.inboxE164, region))
            << StatusText::conversation(summary.status);
    if (summary.unreadCount > 0)
        details << tr("%n unread", nullptr, summary.unreadCount);
    // Two lines: who, then which of our numbers and where the conversation stands.
    auto *item = new QStandardItem(name + QLatin1Char('\n') + details.join(QStringLiteral(" · ")));
    item->setData(summary.id, ConversationIdRole);
    item->setToolTip(ui::plainToolTip(summary.lastMessagePreview));
    m_model->appendRow(item);
}

void QuickSwitcher::update()
{
    m_model->clear();
    QList<qint64> seen;
    const QString text = m_input->text().trimmed();
    const auto add = [this, &seen](Result<QList<ConversationSummary>> found) {
        if (!found)
            return;
        for (const ConversationSummary &summary : *found)
            addConversation(summary, &seen);
    };
    if (m_reader && text.isEmpty()) {
        add(ConversationFinder(*m_reader).byIds(m_recent));
        add(MessageStore(*m_reader).inboxPage({}, std::nullopt, kMaxRows));
    } else if (m_reader) {
        add(ConversationFinder(*m_reader).forCustomers(text, kConversationsPerContact, kMaxRows));
        auto *search = new QStandardItem(tr("Search messages for “%1”").arg(text));
        search->setData(text, SearchTextRole);
        QFont italic = font();
        italic.setItalic(true);
        search->setFont(italic);
        m_model->appendRow(search);
        auto *start = new QStandardItem(tr("New conversation with “%1”…").arg(text));
        start->setData(text, NewConversationRole);
        start->setFont(italic);
        m_model->appendRow(start);
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    // As tall as its rows, within the window.
    int rowsHeight = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rowsHeight += m_list->sizeHintForRow(row) + 2 * m_list->spacing();
    const int wanted = m_input->sizeHint().height() + std::max(rowsHeight, 24)
        + 2 * m_list->frameWidth() + layout()->spacing() + 2 * 8 + 2 * frameWidth();
    if (parentWidget())
        resize(width(), std::min(wanted, parentWidget()->height() - 80));
}

void QuickSwitcher::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QVariant conversation = index.data(ConversationIdRole);
    const QString search = index.data(SearchTextRole).toString();
    const QString recipient = index.data(NewConversationRole).toString();
    hide();
    if (conversation.isValid())
        emit conversationChosen(conversation.toLongLong());
    else if (!recipient.isEmpty())
        emit newConversationRequested(recipient);
    else if (!search.isEmpty())
        emit messageSearchRequested(search);
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!isVisible())
        return QFrame::eventFilter(watched, event);
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentIndex(m_model->index(std::min(row + 1, m_model->rowCount() - 1), 0));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentIndex(m_model->index(std::max(row - 1, 0), 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive()) { // typed faster than the debounce: answer this text
                m_debounce->stop();
                update();
            }
            choose(m_list->currentIndex());
            return true;
        case Qt::Key_Escape:
            hide();
            if (m_returnFocus)
                m_returnFocus->setFocus();
            return true;
        default:
            break;
        }
    }
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == window() && !isAncestorOf(widget) && widget != this)
            hide();
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace textdesk
