#include "TemplatePopup.h"

#include "common/PlainText.h"

#include <QScreen>
#include <QStandardItemModel>

namespace textdesk {

TemplatePopup::TemplatePopup(QWidget *parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("templatePopup"));
    setAccessibleName(tr("Templates"));
    setAccessibleDescription(tr("Up and Down to pick, Enter or Tab to insert, Escape to close"));
    // A tool tip window: on top of its window, never activated, so the text field keeps typing.
    setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    connect(this, &QListView::clicked, this, [this](const QModelIndex &index) {
        setCurrentIndex(index);
        emit chosen();
    });
}

bool TemplatePopup::showMatches(const QList<MessageTemplate> &matches,
                                const QPoint &globalBottomLeft, int width)
{
    m_matches = matches.mid(0, kMaxShown);
    m_model->clear();
    if (m_matches.isEmpty()) {
        hide();
        return false;
    }
    for (const MessageTemplate &t : std::as_const(m_matches)) {
        auto *item = new QStandardItem(tr("/%1 — %2").arg(t.shortcut, t.title));
        item->setToolTip(ui::plainToolTip(t.body));
        m_model->appendRow(item);
    }
    setCurrentIndex(m_model->index(0, 0));

    const int rows = std::min<int>(int(m_matches.size()), kMaxVisibleRows);
    const int height
        = rows * std::max(sizeHintForRow(0), fontMetrics().height()) + 2 * frameWidth();
    // Above the text field when there is room (the composer sits at the bottom of the window).
    QPoint topLeft(globalBottomLeft.x(), globalBottomLeft.y() - height);
    if (const QScreen *screen = parentWidget() ? parentWidget()->screen() : nullptr) {
        const QRect available = screen->availableGeometry();
        if (topLeft.y() < available.top())
            topLeft.setY(available.top());
    }
    setGeometry(QRect(topLeft, QSize(width, height)));
    show();
    return true;
}

void TemplatePopup::moveSelection(int delta)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    // Wraps around, as completion lists do.
    const int row = ((currentIndex().row() + delta) % count + count) % count;
    setCurrentIndex(m_model->index(row, 0));
}

std::optional<MessageTemplate> TemplatePopup::current() const
{
    const int row = currentIndex().row();
    if (row < 0 || row >= m_matches.size())
        return std::nullopt;
    return m_matches.at(row);
}

void TemplatePopup::dismiss()
{
    hide();
    emit dismissed();
}

} // namespace textdesk
