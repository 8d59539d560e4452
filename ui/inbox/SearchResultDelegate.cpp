#include "SearchResultDelegate.h"

#include "storage/Records.h"

#include <QApplication>
#include <QPainter>

namespace textdesk {

namespace {
constexpr int kSearchHPad = 10;
constexpr int kSearchVPad = 6;
constexpr int kSearchLineGap = 2;
} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString SearchResultDelegate::stripMarkers(const QString &snippet, QList<Range> *matches)
{
    QString plain;
    plain.reserve(snippet.size());
    qsizetype start = -1;
    for (const QChar c : snippet) {
        if (c == SearchHit::kMatchStart) {
            start = plain.size();
        } else if (c == SearchHit::kMatchEnd) {
            if (matches && start >= 0 && plain.size() > start)
                matches->append({ start, plain.size() - start });
            start = -1;
        } else {
            // One line: the snippet's line breaks as spaces.
            plain += (c == QLatin1Char('\n') || c == QLatin1Char('\r')) ? QLatin1Char(' ') : c;
        }
    }
    return plain;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const bool twoLines = !index.data(SnippetRole).toString().isEmpty();
    return { 200,
             2 * kSearchVPad + fm.height() * (twoLines ? 2 : 1) + (twoLines ? kSearchLineGap : 0) };
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString title = index.data(TitleRole).toString();
    if (title.isEmpty()) { // a line of its own (nothing found, an error)
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.62f);
    const QRect r = option.rect.adjusted(kSearchHPad, kSearchVPad, -kSearchHPad, -kSearchVPad);
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldFm(bold);

    painter->save();
    // Line 1: who, and when.
    const QString when = index.data(WhenRole).toString();
    const int whenWidth = when.isEmpty() ? 0 : fm.horizontalAdvance(when) + 8;
    painter->setFont(option.font);
    painter->setPen(faint);
    painter->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, fm.height()),
                      Qt::AlignRight | Qt::AlignVCenter, when);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(r.left(), r.top(), r.width() - whenWidth, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldFm.elidedText(title, Qt::ElideRight, r.width() - whenWidth));

    // Line 2: the words, run by run, each match on a highlight, until the width is used.
    const QString snippet = index.data(SnippetRole).toString();
    if (!snippet.isEmpty()) {
        QList<Range> matches;
        const QString plain = stripMarkers(snippet, &matches);
        const int y = r.top() + fm.height() + kSearchLineGap;
        int x = r.left();
        qsizetype at = 0;
        const QColor mark = selected ? pal.color(QPalette::HighlightedText)
                                     : QColor(0xff, 0xd5, 0x4f); // a marker pen's yellow
        const auto drawRun = [&](qsizetype from, qsizetype to, bool match) {
            if (to <= from || x >= r.right())
                return;
            const int room = r.right() - x;
            QString run = plain.mid(from, to - from);
            const QFontMetrics &metrics = match ? boldFm : fm;
            if (metrics.horizontalAdvance(run) > room)
                run = metrics.elidedText(run, Qt::ElideRight, room);
            const int w = metrics.horizontalAdvance(run);
            const QRect box(x, y, w, fm.height());
            if (match) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(mark);
                painter->drawRoundedRect(box.adjusted(-1, 0, 1, 0), 3, 3);
                painter->setFont(bold);
                painter->setPen(selected ? pal.color(QPalette::Highlight) : QColor(Qt::black));
            } else {
                painter->setFont(option.font);
                painter->setPen(text);
            }
            painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, run);
            x += w;
        };
        for (const Range &m : std::as_const(matches)) {
            drawRun(at, m.start, false);
            drawRun(m.start, m.start + m.length, true);
            at = m.start + m.length;
        }
        drawRun(at, plain.size(), false);
    }
    painter->restore();
}

} // namespace textdesk
