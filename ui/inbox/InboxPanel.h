#pragma once

#include "storage/Records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QStandardItemModel;
class QTimer;

namespace textdesk {

class Database;
class InboxDelegate;
class InboxModel;
class InboxPrefetch;

// The left column: which conversations (All, Mine, Unassigned, a colleague's; a status; one of
// our numbers; a tag), a search over names, numbers and message text, and the list itself.
class InboxPanel : public QWidget
{
    Q_OBJECT
public:
    // prefetch: the first page read beside the window's start-up (used if its filter is still
    // the panel's when the panel reads it; InboxPanel::initialFilter()).
    InboxPanel(Database &reader, QWidget *parent = nullptr, InboxPrefetch *prefetch = nullptr);

    // What a new panel shows first: every conversation with the first status (open).
    static InboxFilter initialFilter();

    InboxModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLineEdit *searchBox() const { return m_search; }
    InboxDelegate *delegate() const { return m_delegate; }

    // The agent of this workstation, for "Mine".
    void setAgentId(qint64 agentId);
    // The conversations assigned to an agent (0: the unassigned ones; this desk's agent:
    // "Mine"), from the team view; a status too when given ("open", …), else the one chosen.
    // The search is cleared so that the list shows.
    void showAssignee(qint64 agentId, const QString &status = {});
    // Reads the numbers and tags for the filters again.
    void reloadFilterChoices();
    // Only conversations with these of our numbers (E.164), set by the administrator for this
    // desk (MachineConfig); empty: all.
    void setDeskNumbers(const QStringList &numbers);
    void refresh();
    // Selects the conversation's row when it is in the list.
    void select(qint64 conversationId);
    // The next (+1) or previous (-1) conversation in the list from the selected one, optionally
    // only unread ones; 0 when there is none.
    qint64 neighbour(int step, bool unreadOnly) const;

signals:
    // messageId: a search hit to show in the thread (0: just open the conversation).
    void conversationActivated(qint64 conversationId, qint64 messageId);

private:
    void applyFilter();
    // The "Whose conversations" choices: All, Mine, Unassigned, then each colleague by name.
    void reloadAgentChoices();
    // The list, or in its place why it is empty (EmptyInboxText) while no search is shown.
    void showListOrWhyEmpty();
    void runSearch();
    void activateSearchHit(const QModelIndex &index);
    static QString resultCountText(int customers, int messages);

    static constexpr int kCustomerHits = 8;
    static constexpr int kMessageHits = 50;

    Database &m_reader;
    InboxPrefetch *m_prefetch = nullptr; // only until the first applyFilter()
    qint64 m_agentId = 0;
    QComboBox *m_view = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_number = nullptr;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_resultsPage = nullptr; // the count above the results
    QLabel *m_resultCount = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_empty = nullptr;
    InboxModel *m_model = nullptr;
    InboxDelegate *m_delegate = nullptr;
    QStandardItemModel *m_resultsModel = nullptr;
    QTimer *m_searchDelay = nullptr;
    QStringList m_deskNumbers;
    QStringList m_filterSignature; // what the number and tag choices were built from
    QStringList m_agentSignature; // what the colleagues' choices were built from
    QList<qint64> m_deskInboxes; // their ids, once the cache knows them
};

} // namespace textdesk
