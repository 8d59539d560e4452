#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace textdesk {

// UTF-8 to a QString, keeping every character. QString::fromUtf8 drops a leading byte order
// mark (U+FEFF), so a field, key or value that begins with one would lose it; for text from
// outside (provider JSON, webhook forms, CSV), what was sent is what is read. Invalid sequences
// become U+FFFD, as with fromUtf8.
inline QString utf8Exact(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

} // namespace textdesk
