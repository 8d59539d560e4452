#include "InboxDelegate.h"

#include "InboxModel.h"
#include "common/StatusText.h"
#include "common/TimeText.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace textdesk {

namespace {
constexpr int kHPad = 12;
constexpr int kVPad = 8;
constexpr int kLineGap = 3;
} // namespace

InboxDelegate::InboxDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor InboxDelegate::waitingColor(qint64 waitedMs, qint64 targetMs, const QColor &normal)
{
    if (targetMs <= 0 || waitedMs < targetMs / 2)
        return normal;
    return waitedMs < targetMs ? QColor(0xd9, 0x8a, 0x00) : QColor(0xd9, 0x30, 0x25);
}

QColor InboxDelegate::alertColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? QColor(0xff, 0x8a, 0x80)
                                                            : QColor(0xc5, 0x22, 0x1f);
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetrics smallFm(small);
    return { 200, 2 * kVPad + 2 * fm.height() + smallFm.height() + 2 * kLineGap };
}

void InboxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the frame and selection only; the rest is drawn here
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.62f);

    const int unread = index.data(InboxModel::UnreadRole).toInt();
    const QDateTime now = QDateTime::currentDateTime();
    const QRect r = option.rect.adjusted(kHPad, kVPad, -kHPad, -kVPad);

    painter->save();
    QFont titleFont = option.font;
    titleFont.setBold(unread > 0);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetrics fm(option.font);
    const QFontMetrics titleFm(titleFont);
    const QFontMetrics smallFm(small);

    // Line 1: who, and when.
    const QString when
        = TimeText::relative(index.data(InboxModel::LastActivityRole).toLongLong(), now);
    const int whenWidth = smallFm.horizontalAdvance(when);
    int y = r.top();
    painter->setFont(small);
    painter->setPen(unread > 0 ? text : faint);
    painter->drawText(QRect(r.right() - whenWidth, y, whenWidth, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, when);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QString title = index.data(Qt::DisplayRole).toString();
    painter->drawText(QRect(r.left(), y, r.width() - whenWidth - 8, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleFm.elidedText(title, Qt::ElideRight, r.width() - whenWidth - 8));

    // Line 2: the last message, and the unread badge.
    y += fm.height() + kLineGap;
    int badgeWidth = 0;
    if (unread > 0) {
        const QString count = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        QFont badgeFont = small;
        badgeFont.setBold(true);
        const QFontMetrics badgeFm(badgeFont);
        const int h = smallFm.height() + 2;
        badgeWidth = std::max(h, badgeFm.horizontalAdvance(count) + 10);
        const QRect badge(r.right() - badgeWidth + 1, y + (fm.height() - h) / 2, badgeWidth, h);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? pal.color(QPalette::HighlightedText)
                                   : pal.color(QPalette::Highlight));
        painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
        painter->setFont(badgeFont);
        painter->setPen(selected ? pal.color(QPalette::Highlight)
                                 : pal.color(QPalette::HighlightedText));
        painter->drawText(badge, Qt::AlignCenter, count);
        badgeWidth += 8;
    }
    const QString preview = index.data(InboxModel::PreviewTextRole).toString();
    const bool draft = !index.data(InboxModel::DraftRole).toString().trimmed().isEmpty();
    QFont previewFont = option.font;
    previewFont.setItalic(draft); // the agent's own unsent words, not the conversation's
    painter->setFont(previewFont);
    painter->setPen(draft && !selected ? alertColor(pal) : unread > 0 ? text : faint);
    painter->drawText(
        QRect(r.left(), y, r.width() - badgeWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(previewFont).elidedText(preview, Qt::ElideRight, r.width() - badgeWidth));

    // Line 3: status · assignee, and how long the customer has waited.
    y += fm.height() + kLineGap;
    painter->setFont(small);
    const qint64 waitingSince = index.data(InboxModel::WaitingSinceRole).toLongLong();
    int waitWidth = 0;
    const QString status = index.data(InboxModel::StatusRole).toString();
    if (waitingSince > 0 && conversationStatusFromString(status) != ConversationStatus::Resolved) {
        const qint64 waited = now.toMSecsSinceEpoch() - waitingSince;
        const QString wait = tr("Waiting %1").arg(TimeText::duration(waited));
        const QColor color = waitingColor(waited, m_targetMs, faint);
        QFont waitFont = small;
        waitFont.setBold(color != faint);
        waitWidth = QFontMetrics(waitFont).horizontalAdvance(wait);
        painter->setFont(waitFont);
        painter->setPen(selected ? text : color);
        painter->drawText(QRect(r.right() - waitWidth - 4, y, waitWidth + 4, smallFm.height()),
                          Qt::AlignRight | Qt::AlignVCenter, wait);
        painter->setFont(small);
    }
    int failedWidth = 0;
    if (index.data(InboxModel::FailedRole).toBool()) {
        // Our newest message did not go out: the agent should see it without opening the row.
        const QString failed = tr("\u26A0 Not sent");
        QFont bold = small;
        bold.setBold(true);
        failedWidth = QFontMetrics(bold).horizontalAdvance(failed) + 8;
        painter->setFont(bold);
        painter->setPen(selected ? text : alertColor(pal));
        painter->drawText(QRect(r.left(), y, failedWidth, smallFm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, failed);
        painter->setFont(small);
    }
    QString meta = StatusText::conversation(status);
    const QString assignee = index.data(InboxModel::AssigneeRole).toString();
    meta += QStringLiteral(" · ") + (assignee.isEmpty() ? tr("Unassigned") : assignee);
    if (index.data(InboxModel::OptedOutRole).toBool())
        meta += QStringLiteral(" · ") + tr("Opted out");
    painter->setPen(faint);
    const int metaWidth = r.width() - waitWidth - failedWidth - 10;
    painter->drawText(QRect(r.left() + failedWidth, y, metaWidth, smallFm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallFm.elidedText(meta, Qt::ElideRight, metaWidth));
    painter->restore();
}

} // namespace textdesk
