#include "MediaText.h"

#include "common/StatusText.h"
#include "sync/MediaType.h"

#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace textdesk {

bool MediaText::isPicture(const QString &contentType)
{
    return sync::normalisedContentType(contentType).startsWith(QLatin1String("image/"));
}

QString MediaText::kind(const QString &contentType)
{
    const QString type = sync::normalisedContentType(contentType);
    if (type.isEmpty() || type == QLatin1String("application/octet-stream"))
        return tr("Attachment");
    if (type.startsWith(QLatin1String("image/")))
        return tr("Photo");
    if (type.startsWith(QLatin1String("video/")))
        return tr("Video");
    if (type.startsWith(QLatin1String("audio/amr")))
        return tr("Voice recording");
    if (type.startsWith(QLatin1String("audio/")))
        return tr("Audio");
    if (type == QLatin1String("application/pdf"))
        return tr("PDF document");
    if (type == QLatin1String("text/vcard"))
        return tr("Contact card");
    if (type == QLatin1String("text/calendar"))
        return tr("Calendar event");
    if (type == QLatin1String("text/plain"))
        return tr("Text file");
    return tr("File (%1)").arg(type);
}

QString MediaText::size(qint64 bytes)
{
    if (bytes <= 0)
        return {};
    // One decimal only where it tells something: "1.2 MB", but "245 kB" rather than "245.0 kB".
    double value = double(bytes);
    int power = 0;
    while (value >= 1024 && power < 6) {
        value /= 1024;
        ++power;
    }
    const int precision = power == 0 || value >= 10 ? 0 : 1;
    // "kB" rather than "KiB": the units people see in their file managers and mail.
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

QString MediaText::summary(const MediaItem &item)
{
    const QString bytes = size(item.sizeBytes);
    return bytes.isEmpty() ? kind(item.contentType)
                           : tr("%1 · %2").arg(kind(item.contentType), bytes);
}

QString MediaText::unavailableReason(const MediaItem &item)
{
    return StatusText::downloadProblem(item.downloadState, !item.localPath.isEmpty(),
                                       item.failureReason);
}

QString MediaText::tooltip(const MediaItem &item)
{
    const QString reason = unavailableReason(item);
    if (reason.isEmpty())
        return tr("%1\nDouble-click or press Enter to open").arg(summary(item));
    return tr("%1 · %2").arg(kind(item.contentType), reason);
}

QString MediaText::suggestedFileName(const MediaItem &item)
{
    const QString type = sync::normalisedContentType(item.contentType);
    QString base = tr("attachment", "file name");
    if (type.startsWith(QLatin1String("image/")))
        base = tr("photo", "file name");
    else if (type.startsWith(QLatin1String("video/")))
        base = tr("video", "file name");
    else if (type.startsWith(QLatin1String("audio/")))
        base = tr("audio", "file name");
    else if (type == QLatin1String("application/pdf"))
        base = tr("document", "file name");
    else if (type == QLatin1String("text/vcard"))
        base = tr("contact", "file name");
    if (item.id > 0)
        base += QLatin1Char('-') + QString::number(item.id);
    // The stored name's extension came from the bytes, so it is the one a program will expect.
    QString extension = QFileInfo(item.localPath).suffix();
    if (extension.isEmpty() && !type.isEmpty())
        extension = QMimeDatabase().mimeTypeForName(type).preferredSuffix();
    return extension.isEmpty() ? base : base + QLatin1Char('.') + extension;
}

} // namespace textdesk
