#include "ThreadDelegate.h"

#include "ThreadModel.h"
#include "common/TimeText.h"
#include "media/ThumbnailCache.h"

#include <QAbstractScrollArea>
#include <QDir>
#include <QPainter>

namespace textdesk {

namespace {
constexpr int kSideMargin = 14;
constexpr int kBubblePadH = 11;
constexpr int kBubblePadV = 7;
constexpr int kRadius = 12;
constexpr int kTile = 150;
constexpr int kTileGap = 6;
constexpr int kRowGap = 6;

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

bool isDark(const QPalette &pal)
{
    return pal.color(QPalette::Base).lightnessF() < 0.5;
}

QString retryText()
{
    return ThreadDelegate::tr("Retry");
}

QString editText()
{
    return ThreadDelegate::tr("Edit");
}
} // namespace

ThreadDelegate::ThreadDelegate(ThumbnailCache *thumbnails, QString mediaDirectory, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
    , m_mediaDirectory(std::move(mediaDirectory))
{ }

ThreadDelegate::Layout ThreadDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                 const QModelIndex &index) const
{
    Layout l;
    const QRect r = option.rect;
    const QFontMetrics fm(option.font);
    const QFontMetrics smallFm(smallFont(option.font));
    const QString direction = index.data(ThreadModel::DirectionRole).toString();
    const bool note = direction == QLatin1String("note");
    const bool outbound = direction == QLatin1String("outbound");

    int y = r.top() + kRowGap / 2;
    if (index.data(ThreadModel::StartsDayRole).toBool()) {
        l.header = QRect(r.left(), y + 6, r.width(), smallFm.height() + 8);
        y = l.header.bottom() + 10;
    }
    const int usable = std::max(r.width() - 2 * kSideMargin, 120);
    const int maxBubble = note ? usable : std::max(std::min(usable * 7 / 10, 560), 120);
    const int maxText = maxBubble - 2 * kBubblePadH;

    const QString body = index.data(ThreadModel::BodyRole).toString();
    QSize textSize;
    if (!body.isEmpty()) {
        textSize = fm.boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap, body).size();
        textSize.setWidth(std::min(textSize.width(), maxText));
    }
    const int media = index.data(ThreadModel::MediaCountRole).toInt();
    const int perLine = std::max(1, (maxText + kTileGap) / (kTile + kTileGap));
    const int tileLines = media > 0 ? (media + perLine - 1) / perLine : 0;
    const int tilesWidth = media > 0 ? std::min(media, perLine) * (kTile + kTileGap) - kTileGap : 0;
    const int tilesHeight = tileLines > 0 ? tileLines * (kTile + kTileGap) - kTileGap : 0;

    int innerWidth = std::max(textSize.width(), tilesWidth);
    if (note)
        innerWidth = maxText;
    innerWidth = std::max(innerWidth, 24);
    int innerHeight = tilesHeight + textSize.height();
    if (tilesHeight > 0 && textSize.height() > 0)
        innerHeight += kTileGap;
    const int bubbleWidth = innerWidth + 2 * kBubblePadH;
    const int bubbleHeight = std::max(innerHeight, fm.height()) + 2 * kBubblePadV;
    const int left = outbound ? r.right() - kSideMargin - bubbleWidth + 1 : r.left() + kSideMargin;
    l.bubble = QRect(left, y, bubbleWidth, bubbleHeight);
    int innerY = y + kBubblePadV;
    for (int i = 0; i < media; ++i) {
        const int line = i / perLine;
        const int col = i % perLine;
        l.tiles.append(QRect(left + kBubblePadH + col * (kTile + kTileGap),
                             innerY + line * (kTile + kTileGap), kTile, kTile));
    }
    if (tilesHeight > 0)
        innerY += tilesHeight + (textSize.height() > 0 ? kTileGap : 0);
    l.text = QRect(left + kBubblePadH, innerY, innerWidth, textSize.height());
    y = l.bubble.bottom() + 3;
    l.meta = QRect(r.left() + kSideMargin, y, usable, smallFm.height());
    if (index.data(ThreadModel::FailedRole).toBool()) {
        // The state, the reason, then the buttons on the bubble's side.
        const int buttonHeight = smallFm.height() + 8;
        l.meta.setHeight(smallFm.height() * 2 + 4 + buttonHeight);
        const int buttonY = l.meta.top() + smallFm.height() * 2 + 4;
        const int retryWidth = smallFm.horizontalAdvance(retryText()) + 20;
        const int editWidth = smallFm.horizontalAdvance(editText()) + 20;
        if (outbound) {
            l.edit = QRect(l.meta.right() - editWidth + 1, buttonY, editWidth, buttonHeight);
            l.retry = QRect(l.edit.left() - 6 - retryWidth, buttonY, retryWidth, buttonHeight);
        } else {
            l.retry = QRect(l.meta.left(), buttonY, retryWidth, buttonHeight);
            l.edit = QRect(l.retry.right() + 7, buttonY, editWidth, buttonHeight);
        }
    }
    y = l.meta.bottom() + kRowGap;
    l.height = y - r.top();
    return l;
}

QSize ThreadDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The width rows are painted at: the view's viewport (the option's rect is not always
    // set when the view lays out).
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget))
        width = view->viewport()->width();
    if (width <= 0)
        width = 600;
    if (width != m_heightsWidth) {
        m_heights.clear();
        m_heightsWidth = width;
    }
    // What the height depends on besides the width: text, attachments, the status line (a
    // failure takes two) and the day header.
    const size_t signature
        = qHashMulti(0, index.data(ThreadModel::LayoutKeyRole).toULongLong(),
                     index.data(ThreadModel::StartsDayRole).toBool(), option.font.pointSizeF());
    const qint64 id = index.data(ThreadModel::MessageIdRole).toLongLong();
    if (const auto it = m_heights.constFind(id);
        it != m_heights.constEnd() && it->signature == signature) {
        return { width, it->height };
    }
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, width, 0);
    const int height = layoutFor(opt, index).height;
    m_heights.insert(id, { height, signature });
    return { width, height };
}

int ThreadDelegate::mediaAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                            const QPoint &pos) const
{
    const Layout l = layoutFor(option, index);
    for (int i = 0; i < l.tiles.size(); ++i) {
        if (l.tiles[i].contains(pos))
            return i;
    }
    return -1;
}

ThreadDelegate::FailedButton ThreadDelegate::failedButtonAt(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index,
                                                            const QPoint &pos) const
{
    const Layout l = layoutFor(option, index);
    if (l.retry.contains(pos))
        return FailedButton::Retry;
    if (l.edit.contains(pos))
        return FailedButton::Edit;
    return FailedButton::None;
}

QRect ThreadDelegate::failedButtonRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                       FailedButton button) const
{
    const Layout l = layoutFor(option, index);
    return button == FailedButton::Retry ? l.retry
        : button == FailedButton::Edit   ? l.edit
                                         : QRect();
}

void ThreadDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const Layout l = layoutFor(option, index);
    const QPalette &pal = option.palette;
    const bool dark = isDark(pal);
    const QString direction = index.data(ThreadModel::DirectionRole).toString();
    const bool note = direction == QLatin1String("note");
    const bool outbound = direction == QLatin1String("outbound");
    const bool failed = index.data(ThreadModel::FailedRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QFont small = smallFont(option.font);
    const QFontMetrics smallFm(small);
    QColor faint = pal.color(QPalette::Text);
    faint.setAlphaF(0.6f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (!l.header.isEmpty()) {
        const QString day = index.data(ThreadModel::DayHeaderRole).toString();
        const int w = smallFm.horizontalAdvance(day) + 20;
        const QRect pill(l.header.center().x() - w / 2, l.header.top(), w, l.header.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.08));
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setFont(small);
        painter->setPen(faint);
        painter->drawText(pill, Qt::AlignCenter, day);
    }

    // Bubble colours that read in light and dark palettes.
    QColor fill;
    QColor ink = pal.color(QPalette::Text);
    if (note) {
        fill = dark ? QColor(0x4a, 0x40, 0x1c) : QColor(0xff, 0xf4, 0xc7);
    } else if (outbound) {
        fill = failed ? (dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xfd, 0xe2, 0xe0))
                      : pal.color(QPalette::Highlight);
        if (!failed)
            ink = pal.color(QPalette::HighlightedText);
    } else {
        fill = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), dark ? 0.16 : 0.07);
    }
    painter->setPen(selected ? QPen(pal.color(QPalette::Highlight).darker(130), 2) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(l.bubble, kRadius, kRadius);

    // Attachments: a thumbnail when there is one, a placeholder for its kind otherwise.
    const QList<MediaItem> *media = nullptr;
    if (auto *model = qobject_cast<const ThreadModel *>(index.model()))
        media = model->mediaAt(index.row());
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    for (int i = 0; i < l.tiles.size(); ++i) {
        const QRect tile = l.tiles[i];
        QImage image;
        if (media && i < media->size()) {
            const MediaItem &item = media->at(i);
            const QString path = item.localPath.isEmpty()
                ? QString()
                : QDir(m_mediaDirectory).filePath(item.localPath);
            image = m_thumbnails
                ? m_thumbnails->imageFor(path, item.contentType, item.downloadState, 96, dpr)
                : ThumbnailCache::drawPlaceholder(
                    ThumbnailCache::placeholderFor(item.contentType, item.downloadState), 96, dpr);
        } else {
            image = ThumbnailCache::drawPlaceholder(ThumbnailCache::Placeholder::Pending, 96, dpr);
        }
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(fill, pal.color(QPalette::Base), 0.5));
        painter->drawRoundedRect(tile, 8, 8);
        if (!image.isNull()) {
            QSizeF size = image.size() / image.devicePixelRatio();
            size.scale(tile.size(), Qt::KeepAspectRatio);
            const QRectF target(tile.center().x() - size.width() / 2.0,
                                tile.center().y() - size.height() / 2.0, size.width(),
                                size.height());
            painter->drawImage(target, image);
        }
    }

    if (!l.text.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(ink);
        painter->drawText(l.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          index.data(ThreadModel::BodyRole).toString());
    }

    // Under the bubble: time · agent · state; a failure in red, with its reason.
    QStringList parts;
    if (note)
        parts << tr("Internal note");
    parts << TimeText::clock(index.data(ThreadModel::CreatedAtRole).toLongLong());
    const QString author = index.data(ThreadModel::AuthorRole).toString();
    if (!author.isEmpty())
        parts << author;
    const QString state = index.data(ThreadModel::StatusTextRole).toString();
    if (!state.isEmpty() && !note)
        parts << state;
    // The survey this reply answered, as a chip after the time.
    const QString survey = index.data(ThreadModel::SurveyScoreRole).toString();
    const Qt::Alignment align = outbound ? Qt::AlignRight : Qt::AlignLeft;
    painter->setFont(small);
    if (failed) {
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc5, 0x22, 0x1f));
        const QRect line1(l.meta.left(), l.meta.top(), l.meta.width(), smallFm.height());
        painter->drawText(line1, align | Qt::AlignVCenter, parts.join(QStringLiteral(" · ")));
        painter->setFont(small);
        // The reason whole (elided only if it cannot fit), then what the agent can do.
        const QString reason = index.data(ThreadModel::ErrorTextRole).toString();
        const QRect line2 = line1.translated(0, smallFm.height());
        painter->drawText(line2, align | Qt::AlignVCenter,
                          smallFm.elidedText(reason, Qt::ElideRight, l.meta.width()));
        // The buttons, and their keys beside them while there is room.
        const QColor buttonInk = pal.color(QPalette::ButtonText);
        for (const auto &[rect, label] :
             { std::pair { l.retry, retryText() }, std::pair { l.edit, editText() } }) {
            painter->setPen(QPen(mix(pal.color(QPalette::Button), buttonInk, 0.35), 1));
            painter->setBrush(pal.color(QPalette::Button));
            painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
            painter->setPen(buttonInk);
            painter->drawText(rect, Qt::AlignCenter, label);
        }
        const QString keys = tr("Ctrl+Shift+R retries, Ctrl+E edits");
        const QRect keysRect = outbound
            ? QRect(l.meta.left(), l.retry.top(), l.retry.left() - 10 - l.meta.left(),
                    l.retry.height())
            : QRect(l.edit.right() + 10, l.edit.top(), l.meta.right() - l.edit.right() - 10,
                    l.edit.height());
        if (keysRect.width() > smallFm.horizontalAdvance(keys)) {
            painter->setPen(faint);
            painter->drawText(keysRect, align | Qt::AlignVCenter, keys);
        }
    } else {
        painter->setPen(faint);
        QRect meta = l.meta;
        if (!survey.isEmpty()) {
            // A rounded chip at the start of the line (replies are inbound: left-aligned).
            const int w = smallFm.horizontalAdvance(survey) + 12;
            const QRect chip(meta.left(), meta.top(), w, meta.height());
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(dark ? QColor(0x3a, 0x4a, 0x2a) : QColor(0xe3, 0xf1, 0xd4));
            painter->drawRoundedRect(chip, meta.height() / 2.0, meta.height() / 2.0);
            painter->setPen(dark ? QColor(0xd8, 0xf0, 0xc0) : QColor(0x2e, 0x5a, 0x12));
            painter->drawText(chip, Qt::AlignCenter, survey);
            painter->restore();
            meta.setLeft(chip.right() + 6);
        }
        painter->drawText(meta, align | Qt::AlignVCenter, parts.join(QStringLiteral(" · ")));
    }
    painter->restore();
}

} // namespace textdesk
