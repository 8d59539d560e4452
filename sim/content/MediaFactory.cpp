#include "Scenario.h"

#include <QtCore/QBuffer>
#include <QtGui/QImage>

namespace textdesk::sim {

// First cut: a flat-colour PNG for every kind. MediaFactory proper replaces this.
MediaAsset makeMedia(MediaKind kind, quint32 seed)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(seed & 0xffffff));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    Q_UNUSED(kind)
    return { QStringLiteral("image/png"), bytes };
}

} // namespace textdesk::sim
