#pragma once

#include <QListView>

namespace textdesk {

class ThreadModel;

// The list of a thread's messages. Follows the newest message while the agent is at the
// bottom; loads older history when they scroll near the top, keeping what they were looking at
// in place (no jump); never a widget per message.
class ThreadView : public QListView
{
    Q_OBJECT
public:
    explicit ThreadView(QWidget *parent = nullptr);

    void setThreadModel(ThreadModel *model);
    // After a conversation is shown: to the newest message.
    void scrollToNewest();
    bool isAtNewest() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onScrolled(int value);
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);

    ThreadModel *m_model = nullptr;
    bool m_followNewest = true;
    bool m_loadingOlder = false;
    int m_distanceFromBottom = 0; // while older rows are prepended
};

} // namespace textdesk
