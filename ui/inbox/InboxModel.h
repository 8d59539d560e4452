#pragma once

#include "common/MergingListModel.h"
#include "storage/Records.h"

#include <QHash>

#include <optional>

namespace textdesk {

class Database;

// The inbox: conversations newest activity first, read from the cache's denormalised
// conversation rows in keyset pages (MessageStore::inboxPage), more as the view scrolls down.
// refresh() re-reads the top and merges, so new activity moves a row without a reset.
class InboxModel : public MergingListModel<ConversationSummary>
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        ContactIdRole,
        PreviewRole, // the last message, one line
        LastDirectionRole, // inbound, outbound
        LastActivityRole, // ms since the epoch
        UnreadRole, // int
        StatusRole, // open, pending, snoozed, resolved
        AssigneeRole, // the agent's name, empty when unassigned
        WaitingSinceRole, // ms since the epoch, 0 when the customer is not waiting
        InboxNumberRole, // our number, formatted
        OptedOutRole, // bool
        DraftRole, // the reply being written, empty if none
        PreviewTextRole, // line 2 as shown: "Draft: …", "You: …", "📷 Photo"
        FailedRole, // bool: our newest message failed
    };
    Q_ENUM(Role)

    // Rows read as the view scrolls down; the first page after a filter is smaller: it only
    // has to fill the tallest list (about 35 rows), and the window's start-up waits for it.
    static constexpr int kPageSize = 150;
    static constexpr int kFirstPageSize = 60;

    explicit InboxModel(Database &reader, QObject *parent = nullptr);

    // firstPage: the rows for this filter when they were read already (InboxPrefetch).
    void setFilter(const InboxFilter &filter,
                   std::optional<QList<ConversationSummary>> firstPage = std::nullopt);
    InboxFilter filter() const { return m_filter; }
    // Agent names by id, for the assignee column.
    void setAgentNames(const QHash<qint64, QString> &names);
    // The region numbers are formatted for ("US": (415) 802-3317).
    void setRegion(const QString &region) { m_region = region; }

    // Re-reads the rows shown so far (at least a page) and merges them in.
    void refresh();
    QString lastError() const { return m_lastError; }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The customer's name, or their number formatted for the region.
    static QString titleFor(const ConversationSummary &c, const QString &region);
    // Line 2 of a row: the draft if there is one, else the last message (who wrote it, and
    // what an attachment without words is).
    static QString previewText(const ConversationSummary &c);

signals:
    void loadFailed(const QString &message);

private:
    bool read(std::optional<InboxCursor> after, int limit, QList<ConversationSummary> *rows);

    Database &m_reader;
    InboxFilter m_filter;
    QHash<qint64, QString> m_agentNames;
    QString m_region;
    QString m_lastError;
    bool m_atEnd = false;
};

} // namespace textdesk
