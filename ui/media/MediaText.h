#pragma once

#include "storage/Records.h"

#include <QCoreApplication>
#include <QString>

namespace textdesk {

// An attachment in words for a person: what it is, how large, and why it cannot be opened.
// Shared by the thread's tooltips and the media viewer so that both say the same thing.
class MediaText
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::MediaText)
public:
    // "Photo", "Video", "PDF document", "Contact card", "Attachment" (no type).
    static QString kind(const QString &contentType);
    // "245 kB", "1.2 MB"; empty when the size is not known.
    static QString size(qint64 bytes);
    // "Photo · 245 kB"; the kind alone when the size is not known.
    static QString summary(const MediaItem &item);
    // Why the attachment cannot be opened (not downloaded yet, the failure's reason); empty
    // when it is downloaded.
    static QString unavailableReason(const MediaItem &item);
    // The tooltip of a tile: its summary, or its kind and why it cannot be opened.
    static QString tooltip(const MediaItem &item);
    // A name to offer when saving: "photo-12.jpg", "document-3.pdf"; the extension is the one
    // the bytes were stored with, else the usual one for the content type.
    static QString suggestedFileName(const MediaItem &item);
    static bool isPicture(const QString &contentType);
};

} // namespace textdesk
