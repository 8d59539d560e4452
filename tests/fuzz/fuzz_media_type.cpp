// Media type sniffing (app/sync/MediaType) on any file a customer may send: a kind it names has an
// extension and a description, the kind's own label matches it, and the label functions take
// any Content-Type a sender may write.
#include "FuzzTarget.h"
#include "sync/MediaType.h"

namespace {
using namespace textdesk::sync;
} // namespace

TEXTDESK_FUZZ_TARGET(media_type)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const MediaType sniffed = sniffMediaType(bytes);
    TEXTDESK_FUZZ_CHECK(sniffed.isKnown() == !sniffed.extension.isEmpty());
    if (sniffed.isKnown()) {
        TEXTDESK_FUZZ_CHECK(labelMatches(sniffed.mimeType, sniffed));
        TEXTDESK_FUZZ_CHECK(normalisedContentType(sniffed.mimeType) == sniffed.mimeType);
        TEXTDESK_FUZZ_CHECK(!describeMediaType(sniffed.mimeType).isEmpty());
        TEXTDESK_FUZZ_CHECK(!sniffed.extension.contains(u'.') && !sniffed.extension.contains(u'/'));
    }
    // The same bytes as a sender's label.
    const QString label = QString::fromUtf8(bytes.left(200));
    const QString normalised = normalisedContentType(label);
    TEXTDESK_FUZZ_CHECK(normalisedContentType(normalised) == normalised);
    labelMatches(label, sniffed);
    describeMediaType(label);
    return 0;
}
