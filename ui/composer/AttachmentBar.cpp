#include "AttachmentBar.h"

#include "common/PlainText.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLocale>
#include <QPixmap>
#include <QStyle>
#include <QToolButton>

namespace textdesk {

namespace {
QString sizeInWords(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

constexpr int kThumbnailEdge = 28;

// A picture's thumbnail, decoded at the chip's size (a JPEG decodes scaled, so even a 5 MB one
// is quick); a null icon when the file is no picture Qt can read.
QIcon thumbnailOf(const QString &path, qreal devicePixelRatio)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!reader.canRead() || size.isEmpty())
        return {};
    const int edge = qRound(kThumbnailEdge * devicePixelRatio);
    reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(devicePixelRatio);
    return QIcon(QPixmap::fromImage(image));
}
} // namespace

AttachmentBar::AttachmentBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("composerAttachments"));
    setAccessibleName(tr("Attachments"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
    setVisible(false);
}

qint64 AttachmentBar::totalBytes() const
{
    qint64 total = 0;
    for (const QString &path : m_paths)
        total += QFileInfo(path).size();
    return total;
}

bool AttachmentBar::add(const QString &path, QString *refusal)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QString reason;
    if (!info.isFile() || !info.isReadable()) {
        reason = tr("“%1” cannot be attached: it is not a file Textdesk can read.").arg(name);
    } else if (m_paths.contains(info.absoluteFilePath())) {
        reason = tr("“%1” is already attached.").arg(name);
    } else if (m_paths.size() >= kMaxAttachments) {
        reason = tr("“%1” was not attached: a message can carry at most %2 files.")
                     .arg(name)
                     .arg(kMaxAttachments);
    } else if (info.size() > kMaxTotalBytes) {
        reason = tr("“%1” is too large to send (%2): a text message can carry at most %3 of "
                    "attachments.")
                     .arg(name, sizeInWords(info.size()), sizeInWords(kMaxTotalBytes));
    } else if (totalBytes() + info.size() > kMaxTotalBytes) {
        reason
            = tr("“%1” was not attached: with it the attachments would come to %2, and a text "
                 "message can carry at most %3.")
                  .arg(name, sizeInWords(totalBytes() + info.size()), sizeInWords(kMaxTotalBytes));
    }
    if (!reason.isEmpty()) {
        if (refusal)
            *refusal = reason;
        return false;
    }
    m_paths.append(info.absoluteFilePath());
    rebuild();
    emit changed();
    return true;
}

void AttachmentBar::remove(const QString &path)
{
    if (m_paths.removeAll(path) == 0)
        return;
    rebuild();
    emit changed();
}

void AttachmentBar::clear()
{
    if (m_paths.isEmpty())
        return;
    m_paths.clear();
    rebuild();
    emit changed();
}

void AttachmentBar::rebuild()
{
    // At most ten chips, rebuilt when the list changes: simpler than keeping them in step.
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        // The chip may be the one whose click got us here: let it finish, out of the tree.
        QWidget *chip = item->widget();
        chip->hide();
        chip->setParent(nullptr);
        chip->deleteLater();
        delete item;
    }
    for (const QString &path : std::as_const(m_paths)) {
        const QFileInfo info(path);
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("composerAttachment"));
        const QString name = fontMetrics().elidedText(info.fileName(), Qt::ElideMiddle,
                                                      fontMetrics().averageCharWidth() * 24);
        chip->setText(tr("%1 ×").arg(name));
        chip->setToolTip(
            ui::plainToolTip(tr("%1 (%2) — click to remove").arg(path, sizeInWords(info.size()))));
        chip->setAccessibleName(tr("Remove attachment %1").arg(info.fileName()));
        chip->setAutoRaise(false);
        QIcon icon = thumbnailOf(path, devicePixelRatioF());
        if (icon.isNull())
            icon = style()->standardIcon(QStyle::SP_FileIcon);
        chip->setIcon(icon);
        chip->setIconSize(QSize(kThumbnailEdge, kThumbnailEdge));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(chip, &QToolButton::clicked, this, [this, path] { remove(path); });
        m_layout->insertWidget(m_layout->count() - 1, chip);
    }
    setVisible(!m_paths.isEmpty());
}

} // namespace textdesk
