#include "MediaType.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringDecoder>

#include <array>

namespace textdesk::sync {

namespace {

struct MediaKind
{
    const char *mime;
    const char *extension;
};

constexpr MediaKind kJpeg { "image/jpeg", "jpg" };
constexpr MediaKind kPng { "image/png", "png" };
constexpr MediaKind kGif { "image/gif", "gif" };
constexpr MediaKind kWebp { "image/webp", "webp" };
constexpr MediaKind kHeic { "image/heic", "heic" };
constexpr MediaKind kHeif { "image/heif", "heif" };
constexpr MediaKind kAvif { "image/avif", "avif" };
constexpr MediaKind kPdf { "application/pdf", "pdf" };
constexpr MediaKind kAvi { "video/x-msvideo", "avi" };
constexpr MediaKind kWav { "audio/wav", "wav" };
constexpr MediaKind kMp4 { "video/mp4", "mp4" };
constexpr MediaKind kM4a { "audio/mp4", "m4a" };
constexpr MediaKind kMov { "video/quicktime", "mov" };
constexpr MediaKind k3gp { "video/3gpp", "3gp" };
constexpr MediaKind k3g2 { "video/3gpp2", "3g2" };
constexpr MediaKind kOgg { "audio/ogg", "ogg" };
constexpr MediaKind kMp3 { "audio/mpeg", "mp3" };
constexpr MediaKind kAac { "audio/aac", "aac" };
constexpr MediaKind kAmr { "audio/amr", "amr" };
constexpr MediaKind kAmrWb { "audio/amr-wb", "awb" };
constexpr MediaKind kVcard { "text/vcard", "vcf" };
constexpr MediaKind kCalendar { "text/calendar", "ics" };
constexpr MediaKind kText { "text/plain", "txt" };

MediaType make(const MediaKind &kind)
{
    return { QLatin1String(kind.mime), QLatin1String(kind.extension) };
}

bool at(const QByteArray &bytes, qsizetype offset, const char *magic)
{
    const QByteArrayView m(magic);
    return bytes.size() >= offset + m.size() && QByteArrayView(bytes).sliced(offset, m.size()) == m;
}

quint8 byte(const QByteArray &bytes, qsizetype i)
{
    return i < bytes.size() ? quint8(bytes.at(i)) : 0;
}

// ISO base media files (MP4 and relatives): the major brand says which.
MediaType isoMedia(const QByteArray &bytes)
{
    const QByteArray brand = bytes.mid(8, 4);
    if (brand.startsWith("3g2"))
        return make(k3g2);
    if (brand.startsWith("3gp") || brand.startsWith("3gg") || brand.startsWith("3ge")
        || brand.startsWith("3gs"))
        return make(k3gp);
    if (brand == "M4A " || brand == "M4B ")
        return make(kM4a);
    if (brand == "qt  ")
        return make(kMov);
    if (brand == "heic" || brand == "heix" || brand == "heim" || brand == "heis" || brand == "hevc"
        || brand == "hevx")
        return make(kHeic);
    if (brand == "mif1" || brand == "msf1")
        return make(kHeif);
    if (brand == "avif" || brand == "avis")
        return make(kAvif);
    return make(kMp4);
}

// An MPEG audio frame header (MP3) or ADTS (AAC): a sync word plus fields that are not the
// reserved values, so that random bytes starting with 0xFF rarely pass.
MediaType mpegAudio(const QByteArray &bytes)
{
    const quint8 b1 = byte(bytes, 1);
    const quint8 b2 = byte(bytes, 2);
    if (byte(bytes, 0) != 0xff || (b1 & 0xe0) != 0xe0 || bytes.size() < 4)
        return {};
    const int layer = (b1 >> 1) & 3;
    if (layer == 0)
        return (b1 & 0xf6) == 0xf0 ? make(kAac) : MediaType {};
    const int version = (b1 >> 3) & 3;
    const int bitrate = b2 >> 4;
    const int sampleRate = (b2 >> 2) & 3;
    if (version == 1 || bitrate == 15 || sampleRate == 3)
        return {};
    return make(kMp3);
}

QByteArrayView withoutBom(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xef\xbb\xbf"))
        view = view.sliced(3);
    return view;
}

bool startsWithNoCase(QByteArrayView view, QByteArrayView word)
{
    return view.size() >= word.size()
        && view.first(word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

// UTF-8 (or ASCII) without control characters other than tab, line and page breaks: text a
// person wrote, safe to show as is.
bool isPlainText(QByteArrayView view)
{
    if (view.isEmpty())
        return false;
    for (const char c : view) {
        const auto u = quint8(c);
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(view);
    return !decoder.hasError();
}

} // namespace

MediaType sniffMediaType(const QByteArray &bytes)
{
    if (at(bytes, 0, "\xff\xd8\xff"))
        return make(kJpeg);
    if (at(bytes, 0, "\x89PNG\r\n\x1a\n"))
        return make(kPng);
    if (at(bytes, 0, "GIF87a") || at(bytes, 0, "GIF89a"))
        return make(kGif);
    if (at(bytes, 0, "RIFF")) {
        if (at(bytes, 8, "WEBP"))
            return make(kWebp);
        if (at(bytes, 8, "AVI "))
            return make(kAvi);
        if (at(bytes, 8, "WAVE"))
            return make(kWav);
        return {};
    }
    if (at(bytes, 4, "ftyp"))
        return isoMedia(bytes);
    // Readers accept a PDF header anywhere in the first kilobyte (some generators write junk).
    if (const qsizetype pdf
        = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 1024)).indexOf("%PDF-");
        pdf >= 0)
        return make(kPdf);
    if (at(bytes, 0, "OggS"))
        return make(kOgg);
    if (at(bytes, 0, "ID3"))
        return make(kMp3);
    if (at(bytes, 0, "#!AMR-WB\n"))
        return make(kAmrWb);
    if (at(bytes, 0, "#!AMR\n"))
        return make(kAmr);
    if (const MediaType audio = mpegAudio(bytes); audio.isKnown())
        return audio;

    const QByteArrayView text = withoutBom(bytes).trimmed();
    if (startsWithNoCase(text, "BEGIN:VCARD"))
        return make(kVcard);
    if (startsWithNoCase(text, "BEGIN:VCALENDAR"))
        return make(kCalendar);
    if (isPlainText(withoutBom(bytes)))
        return make(kText);
    return {};
}

QString normalisedContentType(const QString &contentType)
{
    QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    static const std::array<std::pair<const char *, const char *>, 22> aliases { {
        { "image/jpg", "image/jpeg" },
        { "image/pjpeg", "image/jpeg" },
        { "image/x-png", "image/png" },
        { "image/heic-sequence", "image/heic" },
        { "image/heif-sequence", "image/heif" },
        { "application/x-pdf", "application/pdf" },
        { "video/avi", "video/x-msvideo" },
        { "video/msvideo", "video/x-msvideo" },
        { "audio/x-wav", "audio/wav" },
        { "audio/wave", "audio/wav" },
        { "audio/vnd.wave", "audio/wav" },
        { "audio/mp3", "audio/mpeg" },
        { "audio/x-mp3", "audio/mpeg" },
        { "audio/mpeg3", "audio/mpeg" },
        { "audio/x-mpeg", "audio/mpeg" },
        { "audio/x-m4a", "audio/mp4" },
        { "audio/m4a", "audio/mp4" },
        { "audio/x-aac", "audio/aac" },
        { "audio/aacp", "audio/aac" },
        { "text/x-vcard", "text/vcard" },
        { "text/directory", "text/vcard" },
        { "text/x-vcalendar", "text/calendar" },
    } };
    for (const auto &[alias, canonical] : aliases) {
        if (type == QLatin1String(alias))
            return QLatin1String(canonical);
    }
    return type;
}

bool labelMatches(const QString &contentType, const MediaType &sniffed)
{
    const QString label = normalisedContentType(contentType);
    // No label, or one that claims nothing, cannot be contradicted.
    if (label.isEmpty() || label == QLatin1String("application/octet-stream"))
        return true;
    if (label == sniffed.mimeType)
        return true;
    const auto family = [](const QString &type) -> QString {
        static const QStringList iso {
            QStringLiteral("video/mp4"),      QStringLiteral("audio/mp4"),
            QStringLiteral("video/3gpp"),     QStringLiteral("audio/3gpp"),
            QStringLiteral("video/3gpp2"),    QStringLiteral("audio/3gpp2"),
            QStringLiteral("video/quicktime")
        };
        if (iso.contains(type))
            return QStringLiteral("iso");
        if (type == QLatin1String("image/heic") || type == QLatin1String("image/heif"))
            return QStringLiteral("heif");
        if (type.endsWith(QLatin1String("/ogg")))
            return QStringLiteral("ogg");
        return type;
    };
    if (family(label) == family(sniffed.mimeType))
        return true;
    // Text of any kind may honestly be called text/plain, and plain text any text/ type.
    if (sniffed.mimeType.startsWith(QLatin1String("text/"))
        && label.startsWith(QLatin1String("text/"))) {
        return label == QLatin1String("text/plain")
            || sniffed.mimeType == QLatin1String("text/plain");
    }
    return false;
}

QString describeMediaType(const QString &mimeType)
{
    const char *context = "textdesk::sync::MediaType";
    const QString type = normalisedContentType(mimeType);
    static const std::array<std::pair<const char *, const char *>, 23> names { {
        { "image/jpeg", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "JPEG image") },
        { "image/png", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "PNG image") },
        { "image/gif", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "GIF image") },
        { "image/webp", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "WebP image") },
        { "image/heic", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "HEIC image") },
        { "image/heif", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "HEIF image") },
        { "image/avif", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "AVIF image") },
        { "application/pdf", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "PDF document") },
        { "video/x-msvideo", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "AVI video") },
        { "video/mp4", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "MP4 video") },
        { "video/quicktime", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "QuickTime video") },
        { "video/3gpp", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "3GP video") },
        { "video/3gpp2", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "3G2 video") },
        { "audio/wav", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "WAV audio") },
        { "audio/mp4", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "M4A audio") },
        { "audio/ogg", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "Ogg audio") },
        { "audio/mpeg", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "MP3 audio") },
        { "audio/aac", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "AAC audio") },
        { "audio/amr", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "AMR voice recording") },
        { "audio/amr-wb",
          QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "AMR-WB voice recording") },
        { "text/vcard", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "contact card (vCard)") },
        { "text/calendar", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "calendar event") },
        { "text/plain", QT_TRANSLATE_NOOP("textdesk::sync::MediaType", "text file") },
    } };
    for (const auto &[mime, name] : names) {
        if (type == QLatin1String(mime))
            return QCoreApplication::translate(context, name);
    }
    return type.isEmpty() ? QCoreApplication::translate(context, "file without a type") : type;
}

} // namespace textdesk::sync
