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
    // The attachment tile under a point of the viewport: its index in the row's media, -1 if
    // none (row set to the message's row when there is one).
    int mediaAt(const QPoint &viewportPos, int *row = nullptr) const;
    // Where the Retry (or Edit) button of a failed message is drawn, in viewport coordinates;
    // empty when the row has none.
    QRect failedButtonRect(int row, bool edit) const;

signals:
    // Double-click on an attachment tile, or Enter/Space on a message with attachments (its
    // first one): open attachment `mediaIndex` of the message at `row`.
    void mediaActivated(int row, int mediaIndex);
    // A click on the Retry or Edit button of the failed message at `row` (selected first).
    void retryClicked(int row);
    void editClicked(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

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
