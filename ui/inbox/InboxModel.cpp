#include "InboxModel.h"

#include "common/PlainText.h"
#include "phone/PhoneNumbers.h"
#include "storage/MessageStore.h"

namespace textdesk {

namespace {
bool sameSummary(const ConversationSummary &a, const ConversationSummary &b)
{
    return a.lastActivityAt == b.lastActivityAt && a.lastMessageId == b.lastMessageId
        && a.unreadCount == b.unreadCount && a.status == b.status && a.assigneeId == b.assigneeId
        && a.contactName == b.contactName && a.waitingSince == b.waitingSince
        && a.messageCount == b.messageCount && a.consentState == b.consentState
        && a.snoozedUntil == b.snoozedUntil && a.readUpTo == b.readUpTo && a.draft == b.draft
        && a.lastMediaType == b.lastMediaType && a.lastOutboundFailed == b.lastOutboundFailed;
}
// Re-reading more than this on every refresh would cost more than the rows are worth; rows
// further down are refreshed when they move up.
constexpr int kMaxRefreshRows = 2000;
} // namespace

InboxModel::InboxModel(Database &reader, QObject *parent)
    : MergingListModel(parent)
    , m_reader(reader)
    , m_region(PhoneNumbers::systemRegion())
{ }

QString InboxModel::titleFor(const ConversationSummary &c, const QString &region)
{
    if (!c.contactName.trimmed().isEmpty())
        return c.contactName;
    return PhoneNumbers::display(c.contactE164, region);
}

void InboxModel::setFilter(const InboxFilter &filter,
                           std::optional<QList<ConversationSummary>> firstPage)
{
    m_filter = filter;
    m_atEnd = false;
    QList<ConversationSummary> rows;
    if (firstPage)
        rows = std::move(*firstPage);
    else
        read(std::nullopt, kFirstPageSize, &rows);
    m_atEnd = rows.size() < kFirstPageSize;
    resetRows(std::move(rows));
}

void InboxModel::setAgentNames(const QHash<qint64, QString> &names)
{
    m_agentNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), { AssigneeRole });
}

bool InboxModel::read(std::optional<InboxCursor> after, int limit, QList<ConversationSummary> *rows)
{
    MessageStore store(m_reader);
    auto page = store.inboxPage(m_filter, after, limit);
    if (!page) {
        m_lastError = page.error().message();
        emit loadFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    *rows = std::move(*page);
    return true;
}

void InboxModel::refresh()
{
    const int limit = std::clamp(rowCount(), kPageSize, kMaxRefreshRows);
    QList<ConversationSummary> fresh;
    if (!read(std::nullopt, limit, &fresh))
        return;
    if (fresh.size() < limit)
        m_atEnd = true;
    mergeRows(0, std::min(rowCount(), limit), fresh, sameSummary);
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_rows.isEmpty();
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_rows.isEmpty())
        return;
    const ConversationSummary &last = m_rows.last();
    QList<ConversationSummary> more;
    if (!read(InboxCursor { last.lastActivityAt, last.id }, kPageSize, &more)) {
        m_atEnd = true; // no retry loop from the view; refresh() tries again
        return;
    }
    m_atEnd = more.size() < kPageSize;
    appendRows(more);
}

QString InboxModel::previewText(const ConversationSummary &c)
{
    if (!c.draft.trimmed().isEmpty())
        return tr("Draft: %1").arg(c.draft.simplified());
    QString preview = c.lastMessagePreview;
    if (preview.isEmpty() && !c.lastMediaType.isEmpty()) {
        // A message of only an attachment: say what it is rather than nothing.
        preview = c.lastMediaType.startsWith(QLatin1String("image/")) ? tr("\U0001F4F7 Photo")
                                                                      : tr("\U0001F4CE File");
    }
    if (c.lastMessageDirection == QLatin1String("outbound"))
        return tr("You: %1").arg(preview);
    return preview;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    const ConversationSummary *c = rowAt(index.row());
    if (!c || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return titleFor(*c, m_region);
    case Qt::ToolTipRole:
        return ui::plainToolTip(PhoneNumbers::display(c->contactE164, m_region));
    case Qt::AccessibleTextRole:
        return c->unreadCount > 0 ? tr("%1, %n unread, %2", nullptr, c->unreadCount)
                                        .arg(titleFor(*c, m_region), c->lastMessagePreview)
                                  : tr("%1, %2").arg(titleFor(*c, m_region), c->lastMessagePreview);
    case ConversationIdRole:
        return c->id;
    case ContactIdRole:
        return c->contactId;
    case PreviewRole:
        return c->lastMessagePreview;
    case LastDirectionRole:
        return c->lastMessageDirection;
    case LastActivityRole:
        return c->lastActivityAt;
    case UnreadRole:
        return c->unreadCount;
    case StatusRole:
        return c->status;
    case AssigneeRole:
        return c->assigneeId ? m_agentNames.value(c->assigneeId) : QString();
    case WaitingSinceRole:
        return c->waitingSince;
    case InboxNumberRole:
        return PhoneNumbers::display(c->inboxE164, m_region);
    case OptedOutRole:
        return consentStateFromString(c->consentState) == ConsentState::OptedOut;
    case DraftRole:
        return c->draft;
    case PreviewTextRole:
        return previewText(*c);
    case FailedRole:
        return c->lastOutboundFailed;
    default:
        return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(ContactIdRole, "contactId");
    names.insert(PreviewRole, "preview");
    names.insert(LastDirectionRole, "lastDirection");
    names.insert(LastActivityRole, "lastActivity");
    names.insert(UnreadRole, "unread");
    names.insert(StatusRole, "status");
    names.insert(AssigneeRole, "assignee");
    names.insert(WaitingSinceRole, "waitingSince");
    names.insert(InboxNumberRole, "inboxNumber");
    names.insert(OptedOutRole, "optedOut");
    names.insert(DraftRole, "draft");
    names.insert(PreviewTextRole, "previewText");
    names.insert(FailedRole, "failed");
    return names;
}

} // namespace textdesk
