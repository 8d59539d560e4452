#include "ThreadView.h"

#include "ThreadDelegate.h"
#include "ThreadModel.h"
#include "common/PlainText.h"
#include "media/MediaText.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

namespace textdesk {

ThreadView::ThreadView(QWidget *parent)
    : QListView(parent)
{
    setObjectName(QStringLiteral("threadView"));
    setAccessibleName(tr("Messages"));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setWordWrap(true);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreadView::onScrolled);
}

void ThreadView::setThreadModel(ThreadModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &ThreadView::onRowsAboutToBeInserted);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ThreadView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, &ThreadView::scrollToNewest);
}

bool ThreadView::isAtNewest() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 8;
}

void ThreadView::scrollToNewest()
{
    m_followNewest = true;
    // The layout of variable-height rows happens on the next event loop pass.
    QTimer::singleShot(0, this, [this] {
        doItemsLayout();
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    });
}

void ThreadView::resizeEvent(QResizeEvent *event)
{
    const bool follow = isAtNewest();
    QListView::resizeEvent(event);
    if (follow)
        scrollToNewest();
}

void ThreadView::onScrolled(int value)
{
    m_followNewest = isAtNewest();
    // Near the top: the page before, with the rows on screen kept where they are.
    if (!m_model || m_loadingOlder || value > viewport()->height() / 2 || !m_model->hasOlder())
        return;
    m_loadingOlder = true;
    QTimer::singleShot(0, this, [this] {
        if (m_model)
            m_model->fetchOlder();
        m_loadingOlder = false;
    });
}

void ThreadView::onRowsAboutToBeInserted(const QModelIndex &, int first, int)
{
    const QScrollBar *bar = verticalScrollBar();
    m_distanceFromBottom = bar->maximum() - bar->value();
    m_followNewest = m_followNewest || (first > 0 && isAtNewest());
}

void ThreadView::onRowsInserted(const QModelIndex &, int first, int last)
{
    if (first == 0 && m_model && m_model->rowCount() > last + 1) {
        // Older rows went in above: keep the distance from the bottom, which is what the agent
        // sees, instead of the distance from the top, which just grew.
        const int distance = m_distanceFromBottom;
        doItemsLayout();
        verticalScrollBar()->setValue(verticalScrollBar()->maximum() - distance);
        return;
    }
    if (m_followNewest)
        scrollToNewest();
}

int ThreadView::mediaAt(const QPoint &viewportPos, int *row) const
{
    const QModelIndex index = indexAt(viewportPos);
    if (row)
        *row = index.isValid() ? index.row() : -1;
    auto *delegate = qobject_cast<ThreadDelegate *>(itemDelegateForIndex(index));
    if (!index.isValid() || !delegate)
        return -1;
    // The option the row was painted with, so the tiles are where the agent saw them.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return delegate->mediaAt(option, index, viewportPos);
}

QRect ThreadView::failedButtonRect(int row, bool edit) const
{
    const QModelIndex index = model() ? model()->index(row, 0) : QModelIndex();
    auto *delegate = qobject_cast<ThreadDelegate *>(itemDelegateForIndex(index));
    if (!index.isValid() || !delegate)
        return {};
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return delegate->failedButtonRect(option, index,
                                      edit ? ThreadDelegate::FailedButton::Edit
                                           : ThreadDelegate::FailedButton::Retry);
}

void ThreadView::mouseDoubleClickEvent(QMouseEvent *event)
{
    int row = -1;
    const int media
        = event->button() == Qt::LeftButton ? mediaAt(event->position().toPoint(), &row) : -1;
    if (media < 0) {
        QListView::mouseDoubleClickEvent(event);
        return;
    }
    setCurrentIndex(model()->index(row, 0));
    emit mediaActivated(row, media);
    event->accept();
}

void ThreadView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    auto *delegate = qobject_cast<ThreadDelegate *>(itemDelegateForIndex(index));
    if (event->button() != Qt::LeftButton || !index.isValid() || !delegate) {
        QListView::mouseReleaseEvent(event);
        return;
    }
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    const auto button = delegate->failedButtonAt(option, index, pos);
    QListView::mouseReleaseEvent(event);
    if (button == ThreadDelegate::FailedButton::None)
        return;
    // The actions work on the selected message: make it this one.
    setCurrentIndex(index);
    if (button == ThreadDelegate::FailedButton::Retry)
        emit retryClicked(index.row());
    else
        emit editClicked(index.row());
}

void ThreadView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool open = (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)
        && !(event->modifiers() & ~Qt::KeypadModifier);
    const QModelIndex current = currentIndex();
    if (open && current.isValid() && selectionModel()->isSelected(current)
        && current.data(ThreadModel::MediaCountRole).toInt() > 0) {
        emit mediaActivated(current.row(), 0);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

bool ThreadView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_model)
        return QListView::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    int row = -1;
    const int media = mediaAt(help->pos(), &row);
    if (media < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // A tile the message announces but whose media row is not listed yet is "not downloaded".
    const QList<MediaItem> *items = m_model->mediaAt(row);
    const MediaItem item = items && media < items->size() ? items->at(media) : MediaItem {};
    QToolTip::showText(help->globalPos(), ui::plainToolTip(MediaText::tooltip(item)), viewport());
    return true;
}

} // namespace textdesk
