#include "InboxPanel.h"

#include "EmptyInboxText.h"
#include "InboxDelegate.h"
#include "InboxModel.h"
#include "InboxPrefetch.h"
#include "SearchResultDelegate.h"
#include "common/StatusText.h"
#include "common/TimeText.h"
#include "phone/PhoneNumbers.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/Directory.h"
#include "storage/MessageStore.h"
#include "storage/TeamLoad.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace textdesk {

namespace {
enum SearchRole { HitConversationRole = Qt::UserRole + 1, HitMessageRole, HitContactRole };
// The "Whose conversations" entry of a colleague: its data is "agent", the agent's id here.
constexpr int kViewAgentRole = Qt::UserRole + 1;
constexpr int kViewAgentNameRole = Qt::UserRole + 2;
const QString kViewAgent = QStringLiteral("agent");

} // namespace

InboxFilter InboxPanel::initialFilter()
{
    InboxFilter filter;
    filter.status = conversationStatusToString(StatusText::conversationStatuses().constFirst());
    return filter;
}

InboxPanel::InboxPanel(Database &reader, QWidget *parent, InboxPrefetch *prefetch)
    : QWidget(parent)
    , m_reader(reader)
    , m_prefetch(prefetch)
{
    setObjectName(QStringLiteral("inboxPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setPlaceholderText(tr("Search names, numbers, messages (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *filters = new QGridLayout;
    filters->setSpacing(4);
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setAccessibleName(tr("Whose conversations"));
    m_view->addItem(tr("All"), QStringLiteral("all"));
    m_view->addItem(tr("Mine"), QStringLiteral("mine"));
    m_view->addItem(tr("Unassigned"), QStringLiteral("unassigned"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (const ConversationStatus status : StatusText::conversationStatuses())
        m_status->addItem(StatusText::conversation(status), conversationStatusToString(status));
    m_status->addItem(tr("Any status"), QString());
    m_number = new QComboBox(this);
    m_number->setObjectName(QStringLiteral("inboxNumber"));
    m_number->setAccessibleName(tr("Our number"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("inboxTag"));
    m_tag->setAccessibleName(tr("Tag"));
    filters->addWidget(m_view, 0, 0);
    filters->addWidget(m_status, 0, 1);
    filters->addWidget(m_number, 1, 0);
    filters->addWidget(m_tag, 1, 1);
    layout->addLayout(filters);

    m_stack = new QStackedWidget(this);
    m_model = new InboxModel(reader, this);
    m_delegate = new InboxDelegate(this);
    m_list = new QListView(m_stack);
    m_list->setObjectName(QStringLiteral("inboxList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_model);
    m_stack->addWidget(m_list);

    m_resultsModel = new QStandardItemModel(this);
    m_resultsPage = new QWidget(m_stack);
    auto *resultsLayout = new QVBoxLayout(m_resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(4);
    m_resultCount = new QLabel(m_resultsPage);
    m_resultCount->setObjectName(QStringLiteral("searchResultCount"));
    m_resultCount->setTextFormat(Qt::PlainText);
    m_resultCount->setForegroundRole(QPalette::PlaceholderText);
    m_resultCount->setContentsMargins(4, 0, 4, 0);
    resultsLayout->addWidget(m_resultCount);
    m_results = new QListView(m_resultsPage);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_resultsModel);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSpacing(1);
    resultsLayout->addWidget(m_results, 1);
    m_stack->addWidget(m_resultsPage);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_empty->setTextFormat(Qt::PlainText); // names a tag
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    // Selected, not merely current: a list that gets the focus makes its first row current
    // without the agent choosing it, and opening it would mark it read.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
        if (!selected.isEmpty()) {
            emit conversationActivated(
                selected.first().data(InboxModel::ConversationIdRole).toLongLong(), 0);
        }
    });
    for (QComboBox *box : { m_view, m_status, m_number, m_tag })
        connect(box, &QComboBox::currentIndexChanged, this, &InboxPanel::applyFilter);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(180);
    connect(m_searchDelay, &QTimer::timeout, this, &InboxPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_results, &QListView::activated, this, &InboxPanel::activateSearchHit);
    connect(m_results, &QListView::clicked, this, &InboxPanel::activateSearchHit);
    // Enter in the search box opens the first hit; Down moves into the results.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        runSearch();
        if (m_resultsModel->rowCount() > 0)
            activateSearchHit(m_resultsModel->index(0, 0));
    });

    reloadFilterChoices();
    applyFilter();
}

void InboxPanel::setAgentId(qint64 agentId)
{
    m_agentId = agentId;
    reloadAgentChoices(); // this desk's agent is "Mine", not a colleague
    if (m_view->currentData().toString() == QLatin1String("mine"))
        applyFilter();
}

void InboxPanel::showAssignee(qint64 agentId, const QString &status)
{
    reloadAgentChoices();
    int view = m_view->findData(QStringLiteral("unassigned"));
    if (agentId && agentId == m_agentId)
        view = m_view->findData(QStringLiteral("mine"));
    else if (agentId)
        view = m_view->findData(agentId, kViewAgentRole);
    if (view < 0)
        return; // not an agent the cache knows
    m_search->clear();
    {
        const QSignalBlocker viewBlock(m_view);
        const QSignalBlocker statusBlock(m_status);
        m_view->setCurrentIndex(view);
        if (!status.isNull())
            m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    }
    applyFilter();
}

void InboxPanel::reloadAgentChoices()
{
    // A small table, read with the other filter choices: a colleague the team adds shows at
    // the next refresh; the choices are only rebuilt when they changed.
    auto agents = TeamLoad::agents(m_reader);
    if (!agents)
        return;
    QStringList signature { QString::number(m_agentId) };
    for (const TeamLoad::Agent &agent : std::as_const(*agents))
        signature << QString::number(agent.id) << agent.name;
    if (signature == m_agentSignature)
        return;
    m_agentSignature = signature;
    const QSignalBlocker block(m_view);
    const QString view = m_view->currentData().toString();
    const QVariant agent = m_view->currentData(kViewAgentRole);
    while (m_view->count() > 3)
        m_view->removeItem(m_view->count() - 1);
    bool separated = false;
    for (const TeamLoad::Agent &each : std::as_const(*agents)) {
        if (each.id == m_agentId)
            continue; // "Mine"
        if (!separated) {
            m_view->insertSeparator(m_view->count());
            separated = true;
        }
        m_view->addItem(tr("Assigned to %1", "an agent's name").arg(each.name), kViewAgent);
        m_view->setItemData(m_view->count() - 1, each.id, kViewAgentRole);
        m_view->setItemData(m_view->count() - 1, each.name, kViewAgentNameRole);
    }
    if (view != kViewAgent)
        return;
    const int again = m_view->findData(agent, kViewAgentRole);
    m_view->setCurrentIndex(again >= 0 ? again : 0); // gone from the team: everyone's
    if (again < 0)
        QMetaObject::invokeMethod(this, &InboxPanel::applyFilter, Qt::QueuedConnection);
}

void InboxPanel::reloadFilterChoices()
{
    // Two small lists: read at every refresh, so that a number's name or a new tag shows as soon
    // as a sync brings it; the choices are only rebuilt when they changed.
    auto inboxes = Directory::inboxes(m_reader);
    auto tags = Directory::tags(m_reader);
    QStringList signature;
    for (const Directory::Inbox &inbox : inboxes ? *inboxes : QList<Directory::Inbox> {})
        signature << QString::number(inbox.id) << inbox.e164 << inbox.friendlyName;
    signature << QString();
    for (const Directory::Tag &tag : tags ? *tags : QList<Directory::Tag> {})
        signature << QString::number(tag.id) << tag.name;
    reloadAgentChoices();
    if (signature == m_filterSignature && m_number->count() > 0)
        return;
    m_filterSignature = signature;
    const QSignalBlocker numberBlock(m_number);
    const QSignalBlocker tagBlock(m_tag);
    const QVariant number = m_number->currentData();
    const QVariant tag = m_tag->currentData();
    m_number->clear();
    m_number->addItem(tr("All our numbers"));
    m_tag->clear();
    m_tag->addItem(tr("Any tag"));
    const QString region = PhoneNumbers::systemRegion();
    const QList<qint64> deskInboxesBefore = std::exchange(m_deskInboxes, {});
    if (inboxes) {
        for (const Directory::Inbox &inbox : std::as_const(*inboxes)) {
            if (!m_deskNumbers.isEmpty() && !m_deskNumbers.contains(inbox.e164))
                continue;
            if (!m_deskNumbers.isEmpty())
                m_deskInboxes << inbox.id;
            // The name the account gave the number first ("Support line"), the number after it;
            // the provider's default name is the number itself, said once.
            const QString shown = PhoneNumbers::display(inbox.e164, region);
            QString digits = inbox.friendlyName;
            digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
            const bool named = !inbox.friendlyName.isEmpty()
                && !(digits.size() >= 7 && inbox.e164.endsWith(digits));
            // "Support · (415) 555-0100": brackets would double with the number's own.
            m_number->addItem(named ? tr("%1 · %2").arg(inbox.friendlyName, shown) : shown,
                              inbox.id);
        }
    }
    if (tags) {
        for (const Directory::Tag &each : std::as_const(*tags))
            m_tag->addItem(each.name, each.id);
    }
    m_number->setCurrentIndex(std::max(0, m_number->findData(number)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    // The desk's numbers arrived with a sync: the list can show their conversations now.
    if (!m_deskNumbers.isEmpty() && m_deskInboxes != deskInboxesBefore)
        QMetaObject::invokeMethod(this, &InboxPanel::applyFilter, Qt::QueuedConnection);
}

void InboxPanel::setDeskNumbers(const QStringList &numbers)
{
    m_deskNumbers = numbers;
    reloadFilterChoices();
    applyFilter();
}

void InboxPanel::applyFilter()
{
    InboxFilter filter;
    filter.status = m_status->currentData().toString();
    const QString view = m_view->currentData().toString();
    if (view == QLatin1String("mine"))
        filter.assigneeId = m_agentId > 0 ? m_agentId : -1; // nobody yet: an empty list
    else if (view == QLatin1String("unassigned"))
        filter.assigneeId = 0;
    else if (view == kViewAgent)
        filter.assigneeId = m_view->currentData(kViewAgentRole).toLongLong();
    if (m_number->currentData().isValid())
        filter.inboxId = m_number->currentData().toLongLong();
    if (!m_deskNumbers.isEmpty()) // none of them synced yet: nothing to show (id -1)
        filter.inboxIds = m_deskInboxes.isEmpty() ? QList<qint64> { -1 } : m_deskInboxes;
    if (m_tag->currentData().isValid())
        filter.tagId = m_tag->currentData().toLongLong();
    const QModelIndex current = m_list->currentIndex();
    const qint64 selected = current.data(InboxModel::ConversationIdRole).toLongLong();
    {
        // Re-filtering is not the agent choosing another conversation.
        const QSignalBlocker block(m_list->selectionModel());
        std::optional<QList<ConversationSummary>> firstPage;
        if (m_prefetch)
            firstPage = std::exchange(m_prefetch, nullptr)->take(filter);
        m_model->setFilter(filter, std::move(firstPage));
    }
    if (selected)
        select(selected);
    showListOrWhyEmpty();
}

void InboxPanel::showListOrWhyEmpty()
{
    if (!m_search->text().trimmed().isEmpty())
        return; // the search results are shown
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_list);
        return;
    }
    EmptyInboxText::Filters filters;
    filters.view = m_view->currentData().toString();
    if (filters.view == kViewAgent)
        filters.agent = m_view->currentData(kViewAgentNameRole).toString();
    filters.status = m_status->currentData().toString();
    if (m_number->currentData().isValid())
        filters.number = m_number->currentText();
    if (m_tag->currentData().isValid())
        filters.tag = m_tag->currentText();
    m_empty->setText(EmptyInboxText::explain(filters));
    m_stack->setCurrentWidget(m_empty);
}

void InboxPanel::refresh()
{
    {
        // When the open conversation leaves the list (resolved, snoozed), a single-selection
        // view selects the next row by itself: that is not the agent opening it (nor reading).
        const QSignalBlocker block(m_list->selectionModel());
        m_model->refresh();
    }
    reloadFilterChoices();
    m_list->viewport()->update();
    showListOrWhyEmpty();
    if (!m_search->text().trimmed().isEmpty())
        m_searchDelay->start();
}

void InboxPanel::select(qint64 conversationId)
{
    const int row = m_model->rowOf(conversationId);
    const QSignalBlocker block(m_list->selectionModel());
    if (row < 0) {
        m_list->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

qint64 InboxPanel::neighbour(int step, bool unreadOnly) const
{
    const int rows = m_model->rowCount();
    int row
        = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : (step > 0 ? -1 : rows);
    for (row += step; row >= 0 && row < rows; row += step) {
        const QModelIndex index = m_model->index(row);
        if (!unreadOnly || index.data(InboxModel::UnreadRole).toInt() > 0)
            return index.data(InboxModel::ConversationIdRole).toLongLong();
    }
    return 0;
}

void InboxPanel::runSearch()
{
    const QString text = m_search->text().trimmed();
    m_resultsModel->clear();
    if (text.isEmpty()) {
        m_stack->setCurrentWidget(m_list);
        showListOrWhyEmpty();
        return;
    }
    m_stack->setCurrentWidget(m_resultsPage);
    const QString region = PhoneNumbers::systemRegion();
    const auto who = [&](const QString &name, const QString &e164) {
        const QString number = PhoneNumbers::display(e164, region);
        return name.trimmed().isEmpty() ? number : tr("%1 · %2").arg(name, number);
    };
    ContactStore contacts(m_reader);
    MessageStore messages(m_reader);
    int customers = 0;
    if (auto hits = contacts.search(text, kCustomerHits)) {
        for (const ContactHit &hit : std::as_const(*hits)) {
            const QString title = who(hit.displayName, hit.e164);
            auto *item = new QStandardItem(title);
            item->setData(title, SearchResultDelegate::TitleRole);
            item->setData(hit.contactId, HitContactRole);
            m_resultsModel->appendRow(item);
            ++customers;
        }
    }
    auto hits = messages.search(text, 0, kMessageHits);
    if (!hits) {
        auto *item = new QStandardItem(hits.error().message());
        item->setEnabled(false);
        m_resultsModel->appendRow(item);
        m_resultCount->clear();
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (const SearchHit &hit : std::as_const(*hits)) {
        const QString title = who(hit.contactName, hit.contactE164);
        const QString words = SearchResultDelegate::stripMarkers(hit.snippet).simplified();
        // The plain line for screen readers and copying; the delegate paints the highlights.
        auto *item = new QStandardItem(
            tr("%1, %2: %3").arg(title, TimeText::relative(hit.createdAt, now), words));
        item->setData(title, SearchResultDelegate::TitleRole);
        item->setData(TimeText::relative(hit.createdAt, now), SearchResultDelegate::WhenRole);
        item->setData(hit.snippet, SearchResultDelegate::SnippetRole);
        item->setData(hit.conversationId, HitConversationRole);
        item->setData(hit.messageId, HitMessageRole);
        m_resultsModel->appendRow(item);
    }
    m_resultCount->setText(resultCountText(customers, int(hits->size())));
    if (m_resultsModel->rowCount() == 0) {
        auto *item = new QStandardItem(tr("Nothing found for “%1”").arg(text));
        item->setEnabled(false);
        m_resultsModel->appendRow(item);
    }
}

QString InboxPanel::resultCountText(int customers, int messages)
{
    // The search stops at kMessageHits messages: more may exist.
    const QString messageText = messages >= kMessageHits
        ? tr("the newest %n messages", nullptr, messages)
        : tr("%n messages", nullptr, messages);
    if (customers == 0 && messages == 0)
        return tr("No results");
    if (customers == 0)
        return tr("Found: %1").arg(messageText);
    return tr("Found: %1, %2").arg(tr("%n customers", nullptr, customers), messageText);
}

void InboxPanel::activateSearchHit(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (const qint64 contact = index.data(HitContactRole).toLongLong()) {
        MessageStore messages(m_reader);
        if (auto conversation = messages.latestConversationOf(contact);
            conversation && *conversation)
            emit conversationActivated(*conversation, 0);
        return;
    }
    if (const qint64 conversation = index.data(HitConversationRole).toLongLong())
        emit conversationActivated(conversation, index.data(HitMessageRole).toLongLong());
}

} // namespace textdesk
