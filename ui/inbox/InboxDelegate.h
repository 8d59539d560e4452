#pragma once

#include <QStyledItemDelegate>

namespace textdesk {

// Paints one inbox row: the customer, the time of the last activity, the last message, an
// unread badge (the draft instead, if the agent left one), the status and assignee, a failed
// message, and how long the customer has waited, in amber as the
// response-time target nears and in red once it has passed. Every row is the same height, so
// the view lays out 100,000 rows without asking.
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit InboxDelegate(QObject *parent = nullptr);

    void setResponseTargetMs(qint64 ms) { m_targetMs = ms; }
    qint64 responseTargetMs() const { return m_targetMs; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Waiting colour: none (the text's), amber past half the target, red past it.
    static QColor waitingColor(qint64 waitedMs, qint64 targetMs, const QColor &normal);
    // Red that reads on the palette's base: a failed message, a draft.
    static QColor alertColor(const QPalette &palette);

private:
    qint64 m_targetMs = 15 * 60'000;
};

} // namespace textdesk
