#include "ThumbnailCache.h"

#include "storage/States.h"

#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSaveFile>
#include <QtCore/QThread>
#include <QtGui/QImageReader>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

Q_LOGGING_CATEGORY(lcThumbnails, "textdesk.ui.thumbnails", QtInfoMsg)

namespace textdesk {

namespace {

// Enough for a few screens of thumbnails at 320 px (about 400 KB each).
constexpr int kMemoryCostKb = 48 * 1024;

QString reasonFor(QImageReader::ImageReaderError error)
{
    switch (error) {
    case QImageReader::FileNotFoundError:
        return ThumbnailCache::tr("The file is missing from the media folder.");
    case QImageReader::UnsupportedFormatError:
        return ThumbnailCache::tr("Textdesk cannot show this kind of picture.");
    case QImageReader::DeviceError:
        return ThumbnailCache::tr("The file could not be read.");
    case QImageReader::InvalidDataError:
    case QImageReader::UnknownError:
        break;
    }
    return ThumbnailCache::tr("The picture is damaged and cannot be shown.");
}

QImage readDiskCopy(const QString &thumbPath, int maxEdge)
{
    if (!QFileInfo::exists(thumbPath))
        return {};
    QImageReader reader(thumbPath, "png");
    QImage image = reader.read();
    // One made for a smaller size setting would look blurred now; a larger one is remade.
    if (image.isNull() || std::max(image.width(), image.height()) > maxEdge)
        return {};
    return image;
}

void writeDiskCopy(const QString &thumbPath, const QImage &image)
{
    QSaveFile file(thumbPath);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        // Only a cache: the next session decodes again.
        qCInfo(lcThumbnails).noquote() << "could not write" << thumbPath << file.errorString();
    }
}

} // namespace

ThumbnailCache::ThumbnailCache(int maxEdge, QObject *parent)
    : QObject(parent)
    , m_maxEdge(std::max(16, maxEdge))
    , m_images(kMemoryCostKb)
{
    // Decoding is short and bursty (a thread scrolled into view); leave a core to the GUI.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
    m_pool.setObjectName(QStringLiteral("textdesk-thumbnails"));
}

ThumbnailCache::~ThumbnailCache()
{
    // The tasks post back to this object: none may outlive it.
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailCache::diskPathFor(const QString &mediaPath)
{
    const QFileInfo info(mediaPath);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".thumb.png");
}

QImage ThumbnailCache::thumbnail(const QString &path)
{
    if (const QImage *image = m_images.object(path))
        return *image;
    if (path.isEmpty() || m_failures.contains(path) || m_decoding.contains(path))
        return {};
    m_decoding.insert(path);
    const int maxEdge = m_maxEdge;
    const auto hook = m_decodeHook; // a copy: the task must not read a member another thread sets
    m_pool.start([this, path, maxEdge, hook] {
        if (hook)
            hook(path);
        const Decoded decoded = decode(path, maxEdge);
        QMetaObject::invokeMethod(
            this, [this, decoded] { onDecoded(decoded); }, Qt::QueuedConnection);
    });
    return {};
}

ThumbnailCache::Decoded ThumbnailCache::decode(const QString &path, int maxEdge)
{
    Decoded result;
    result.path = path;
    const QString thumbPath = diskPathFor(path);
    result.image = readDiskCopy(thumbPath, maxEdge);
    if (!result.image.isNull())
        return result;

    QImageReader reader(path);
    // The bytes decide, as they did when the file was stored; the name is only ours.
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // EXIF orientation: a phone photo is stored sideways
    if (!QFileInfo::exists(path)) {
        result.failure = reasonFor(QImageReader::FileNotFoundError);
        return result;
    }
    if (!reader.canRead()) {
        result.failure = reasonFor(reader.error());
        return result;
    }
    const QSize size = reader.size();
    const QSize bound(maxEdge, maxEdge);
    if (size.isValid() && (size.width() > maxEdge || size.height() > maxEdge))
        reader.setScaledSize(size.scaled(bound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull()) {
        qCInfo(lcThumbnails).noquote() << "cannot decode" << path << reader.errorString();
        // Qt refuses to allocate more than its limit (a defence against decompression bombs);
        // formats without scaled decoding (PNG, GIF) are decoded in full, and hit it first.
        const bool tooLarge = size.isValid()
            && qint64(size.width()) * size.height() * 4
                > qint64(QImageReader::allocationLimit()) * 1024 * 1024;
        result.failure
            = tooLarge ? tr("The picture is too large to show.") : reasonFor(reader.error());
        return result;
    }
    // Handlers that know no size up front (or ignore the scaled size) are scaled here.
    if (image.width() > maxEdge || image.height() > maxEdge)
        image = image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // The format the raster engine paints fastest, converted here rather than at paint time.
    result.image = image.convertToFormat(
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    writeDiskCopy(thumbPath, result.image);
    return result;
}

void ThumbnailCache::onDecoded(const Decoded &decoded)
{
    m_decoding.remove(decoded.path);
    if (decoded.image.isNull()) {
        m_failures.insert(decoded.path, decoded.failure);
        emit failed(decoded.path, decoded.failure);
        return;
    }
    const auto cost = int(std::max<qsizetype>(1, decoded.image.sizeInBytes() / 1024));
    m_images.insert(decoded.path, new QImage(decoded.image), cost);
    emit ready(decoded.path, decoded.image);
}

QImage ThumbnailCache::imageFor(const QString &path, const QString &contentType,
                                const QString &downloadState, int placeholderEdge,
                                qreal devicePixelRatio)
{
    const bool picture = downloadStateFromString(downloadState) == DownloadState::Done
        && contentType.startsWith(QLatin1String("image/")) && !path.isEmpty();
    if (picture) {
        const QImage image = thumbnail(path);
        if (!image.isNull())
            return image;
        return placeholder(m_failures.contains(path) ? Placeholder::Broken : Placeholder::Pending,
                           placeholderEdge, devicePixelRatio);
    }
    return placeholder(placeholderFor(contentType, downloadState), placeholderEdge,
                       devicePixelRatio);
}

ThumbnailCache::Placeholder ThumbnailCache::placeholderFor(const QString &contentType,
                                                           const QString &downloadState)
{
    switch (downloadStateFromString(downloadState)) {
    case DownloadState::Failed:
        return Placeholder::Broken;
    case DownloadState::Unsupported:
        return Placeholder::Unsupported;
    case DownloadState::Waiting:
    case DownloadState::Downloading:
        return Placeholder::Pending;
    case DownloadState::Done:
        break;
    }
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type.startsWith(QLatin1String("image/")))
        return Placeholder::Pending; // its thumbnail is on the way
    if (type.startsWith(QLatin1String("video/")))
        return Placeholder::Video;
    if (type.startsWith(QLatin1String("audio/")))
        return Placeholder::Audio;
    if (type == QLatin1String("text/vcard") || type == QLatin1String("text/x-vcard"))
        return Placeholder::Contact;
    return Placeholder::Document;
}

QImage ThumbnailCache::placeholder(Placeholder kind, int edge, qreal devicePixelRatio)
{
    const quint64 key = (quint64(kind) << 48) | (quint64(std::clamp(edge, 1, 0xffff)) << 32)
        | quint64(std::clamp(devicePixelRatio, 0.25, 16.0) * 100);
    if (const auto it = m_placeholders.constFind(key); it != m_placeholders.cend())
        return *it;
    const QImage image = drawPlaceholder(kind, edge, devicePixelRatio);
    m_placeholders.insert(key, image);
    return image;
}

QImage ThumbnailCache::drawPlaceholder(Placeholder kind, int edge, qreal devicePixelRatio,
                                       const QColor &ink)
{
    const int pixels = std::max(1, qRound(edge * devicePixelRatio));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);

    QColor tile = ink;
    tile.setAlphaF(0.12f);
    p.setPen(Qt::NoPen);
    p.setBrush(tile);
    p.drawRoundedRect(QRectF(0, 0, edge, edge), edge * 0.12, edge * 0.12);

    // Glyphs are drawn on a 24-unit grid (as icon sets are), centred, about half the tile.
    const qreal scale = edge * 0.55 / 24.0;
    p.translate(edge / 2.0 - 12 * scale, edge / 2.0 - 12 * scale);
    p.scale(scale, scale);
    QPen pen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);

    const auto page = [&p] {
        QPainterPath path;
        path.moveTo(6, 3);
        path.lineTo(14, 3);
        path.lineTo(19, 8);
        path.lineTo(19, 21);
        path.lineTo(6, 21);
        path.closeSubpath();
        path.moveTo(14, 3);
        path.lineTo(14, 8);
        path.lineTo(19, 8);
        p.drawPath(path);
    };

    switch (kind) {
    case Placeholder::Pending: // a clock
        p.drawEllipse(QPointF(12, 12), 8, 8);
        p.drawLine(QPointF(12, 12), QPointF(12, 7.5));
        p.drawLine(QPointF(12, 12), QPointF(15.5, 14));
        break;
    case Placeholder::Broken: { // a picture split in two along a crack
        QPainterPath left;
        left.moveTo(11.5, 5);
        left.lineTo(5, 5);
        left.quadTo(3, 5, 3, 7);
        left.lineTo(3, 17);
        left.quadTo(3, 19, 5, 19);
        left.lineTo(10.5, 19);
        left.lineTo(12, 14.5);
        left.lineTo(9.5, 11);
        left.closeSubpath();
        QPainterPath right;
        right.moveTo(14, 5);
        right.lineTo(19, 5);
        right.quadTo(21, 5, 21, 7);
        right.lineTo(21, 17);
        right.quadTo(21, 19, 19, 19);
        right.lineTo(13, 19);
        right.lineTo(14.5, 14.5);
        right.lineTo(12, 11);
        right.closeSubpath();
        p.drawPath(left);
        p.drawPath(right);
        p.drawLine(QPointF(4.5, 16.5), QPointF(8, 13)); // a mountain's slope in each half
        p.drawLine(QPointF(15.5, 15), QPointF(19.5, 16.5));
        break;
    }
    case Placeholder::Unsupported: // a page with a "no" sign
        page();
        p.drawEllipse(QPointF(12.5, 14.5), 3.5, 3.5);
        p.drawLine(QPointF(10, 17), QPointF(15, 12));
        break;
    case Placeholder::Video: { // a film strip with a play sign
        p.drawRoundedRect(QRectF(3, 5, 18, 14), 2, 2);
        p.drawLine(QPointF(7, 5), QPointF(7, 19));
        p.drawLine(QPointF(17, 5), QPointF(17, 19));
        for (const qreal y : { 9.5, 14.5 }) {
            p.drawLine(QPointF(3, y), QPointF(7, y));
            p.drawLine(QPointF(17, y), QPointF(21, y));
        }
        QPainterPath play;
        play.moveTo(10.5, 9.5);
        play.lineTo(14.5, 12);
        play.lineTo(10.5, 14.5);
        play.closeSubpath();
        p.setBrush(ink);
        p.drawPath(play);
        break;
    }
    case Placeholder::Audio: { // a note
        p.setBrush(ink);
        p.drawEllipse(QPointF(8.5, 17.5), 2.8, 2.2);
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(11.2, 17), QPointF(11.2, 4.5));
        QPainterPath flag;
        flag.moveTo(11.2, 4.5);
        flag.cubicTo(13, 7, 17.5, 7, 17, 11.5);
        p.drawPath(flag);
        break;
    }
    case Placeholder::Document: // a page with lines of text
        page();
        for (const qreal y : { 12.0, 15.0, 18.0 })
            p.drawLine(QPointF(9, y), QPointF(16, y));
        break;
    case Placeholder::Contact: { // a person
        p.drawEllipse(QPointF(12, 8.5), 3.5, 3.5);
        QPainterPath shoulders;
        shoulders.moveTo(5, 20);
        shoulders.cubicTo(5, 14, 19, 14, 19, 20);
        p.drawPath(shoulders);
        break;
    }
    }
    p.end();
    return image;
}

} // namespace textdesk
