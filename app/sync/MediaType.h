#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace textdesk::sync {

// What a file is, decided from its first bytes. A sender's label (Content-Type) is a claim;
// these bytes are what a viewer will actually parse, so they decide where a file is stored,
// which extension it gets and which viewer sees it.
struct MediaType
{
    QString mimeType; // empty: not a kind Textdesk knows
    QString extension; // without the dot, e.g. "jpg"

    bool isKnown() const { return !mimeType.isEmpty(); }
    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
};

// Looks at the bytes only: JPEG, PNG, GIF, WebP, HEIC, PDF, AVI, WAV, MP4/M4A/MOV/3GP, Ogg,
// MP3, AAC, AMR, vCard, iCalendar and plain UTF-8 text.
MediaType sniffMediaType(const QByteArray &bytes);

// A Content-Type without parameters, lower case, with common aliases folded
// ("image/jpg; name=x" → "image/jpeg"), so that a label can be compared with sniffMediaType().
QString normalisedContentType(const QString &contentType);

// Whether a label agrees with what the bytes are (aliases and close relatives count: an
// MP4 labelled video/3gpp, a vCard labelled text/plain).
bool labelMatches(const QString &contentType, const MediaType &sniffed);

// A kind of file in words for a person ("JPEG image"); the MIME type itself when unknown.
QString describeMediaType(const QString &mimeType);

} // namespace textdesk::sync
