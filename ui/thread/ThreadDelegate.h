#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace textdesk {

class ThumbnailCache;

// Paints one message of a thread: a day separator when it starts a day, a bubble (the
// customer's on the left, ours on the right, internal notes full width in a tone of their own),
// picture thumbnails and attachment tiles inside it, and under it the time, the agent and the
// delivery state — a failure in red with its reason and Retry and Edit buttons. Holds no state
// about rows: the size of a row is derived from its data and the width, and only cached.
class ThreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // thumbnails may be null (no pictures, only tiles); mediaDirectory is where local paths of
    // attachments are relative to.
    ThreadDelegate(ThumbnailCache *thumbnails, QString mediaDirectory, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The media tile under a point of a row, -1 if none (for opening an attachment).
    int mediaAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                const QPoint &pos) const;
    QString mediaDirectory() const { return m_mediaDirectory; }

    // The buttons drawn under a failed message.
    enum class FailedButton { None, Retry, Edit };
    FailedButton failedButtonAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                const QPoint &pos) const;
    // Where a button is drawn; empty when the row has none.
    QRect failedButtonRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                           FailedButton button) const;

private:
    struct Layout
    {
        QRect header; // the day separator, empty when none
        QRect bubble;
        QRect text;
        QList<QRect> tiles;
        QRect meta;
        QRect retry; // a failed message's buttons, empty otherwise
        QRect edit;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    ThumbnailCache *m_thumbnails;
    QString m_mediaDirectory;
    // Row heights at the view's current width, by message id, with a signature of what they
    // depend on. Not an LRU: the view asks for every loaded row at each layout, and a cache
    // smaller than the thread would miss on every one of them.
    struct CachedHeight
    {
        int height = 0;
        size_t signature = 0;
    };
    mutable QHash<qint64, CachedHeight> m_heights;
    mutable int m_heightsWidth = -1;
};

} // namespace textdesk
