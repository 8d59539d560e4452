#include "ImageLoader.h"

#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcImageLoader, "textdesk.ui.imageloader", QtInfoMsg)

namespace textdesk {

ImageLoader::ImageLoader(QObject *parent)
    : QObject(parent)
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->target = this;
}

ImageLoader::~ImageLoader()
{
    // A task that finishes after this posts nothing; one posting right now holds the mutex,
    // and its queued event is discarded with this object.
    QMutexLocker lock(&m_mailbox->mutex);
    m_mailbox->target = nullptr;
}

void ImageLoader::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    const std::shared_ptr<Mailbox> mailbox = m_mailbox;
    QThreadPool::globalInstance()->start([mailbox, path, generation] {
        const Decoded decoded = decode(path);
        QMutexLocker lock(&mailbox->mutex);
        if (ImageLoader *target = mailbox->target) {
            QMetaObject::invokeMethod(
                target,
                [target, generation, path, decoded] { target->deliver(generation, path, decoded); },
                Qt::QueuedConnection);
        }
    });
}

void ImageLoader::deliver(quint64 generation, const QString &path, const Decoded &decoded)
{
    if (generation != m_generation)
        return; // superseded: the viewer has moved on to another attachment
    m_loading = false;
    if (decoded.image.isNull())
        emit failed(path, decoded.failure);
    else
        emit loaded(path, decoded.image);
}

ImageLoader::Decoded ImageLoader::decode(const QString &path)
{
    Decoded result;
    if (!QFileInfo::exists(path)) {
        result.failure = tr("The file is missing from the media folder.");
        return result;
    }
    QImageReader reader(path);
    // The bytes decide, as they did when the file was stored; the name is only ours.
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // EXIF orientation: a phone photo is stored sideways
    const QSize size = reader.size();
    result.image = reader.read();
    if (!result.image.isNull()) {
        // Converted here, off the GUI thread, to what the raster painter draws fastest; a
        // paletted PNG or GIF would otherwise be converted on every repaint while zoomed.
        const QImage::Format fast = result.image.hasAlphaChannel()
            ? QImage::Format_ARGB32_Premultiplied
            : QImage::Format_RGB32;
        if (result.image.format() != fast)
            result.image.convertTo(fast);
        return result;
    }
    qCInfo(lcImageLoader).noquote() << "cannot decode" << path << reader.errorString();
    // Qt refuses to allocate more than its limit, a defence against decompression bombs.
    const bool tooLarge = size.isValid()
        && qint64(size.width()) * size.height() * 4
            > qint64(QImageReader::allocationLimit()) * 1024 * 1024;
    if (tooLarge) {
        result.failure = tr("The picture is too large to show here (%1 × %2 pixels). Open it "
                            "with the system viewer instead.")
                             .arg(size.width())
                             .arg(size.height());
    } else if (reader.error() == QImageReader::UnsupportedFormatError) {
        result.failure = tr("Textdesk cannot show this kind of picture.");
    } else if (reader.error() == QImageReader::DeviceError) {
        result.failure = tr("The file could not be read.");
    } else {
        result.failure = tr("The picture is damaged and cannot be shown.");
    }
    return result;
}

} // namespace textdesk
