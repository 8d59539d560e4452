#include "ThreadView.h"

#include "ThreadModel.h"

#include <QScrollBar>
#include <QTimer>

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

} // namespace textdesk
