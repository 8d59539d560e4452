// The composer's segment counter and smart encoding (app/sms/SegmentCounter), on any text a
// customer or agent may write, lone surrogates included: a non-empty body is at least one
// segment, smart encoding changes a body exactly when it has look-alikes and is done in one go.
#include "FuzzTarget.h"
#include "sms/SegmentCounter.h"

#include <cstring>

namespace {
using namespace textdesk::sms;

void check(const QString &body)
{
    const SegmentInfo info = analyse(body);
    TEXTDESK_FUZZ_CHECK((info.segments == 0) == body.isEmpty());
    TEXTDESK_FUZZ_CHECK(info.units >= 0 && info.unitsLeftInSegment >= 0);
    TEXTDESK_FUZZ_CHECK(info.nonGsmCharacter.isEmpty() == (info.encoding == Encoding::Gsm7));
    if (info.encoding == Encoding::Ucs2)
        TEXTDESK_FUZZ_CHECK(info.units == body.size());
    else
        TEXTDESK_FUZZ_CHECK(info.units >= body.size()); // escapes take two septets

    const QString encoded = smartEncode(body);
    TEXTDESK_FUZZ_CHECK(hasLookAlikes(body) == (encoded != body));
    TEXTDESK_FUZZ_CHECK(smartEncode(encoded) == encoded);
    TEXTDESK_FUZZ_CHECK(!hasLookAlikes(encoded));
}
} // namespace

// The first byte picks how the rest is read: even as UTF-8, odd as raw UTF-16 units.
TEXTDESK_FUZZ_TARGET(segments)
{
    if (size == 0) {
        check(QString());
        return 0;
    }
    const char *rest = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    if (data[0] % 2 == 0) {
        check(QString::fromUtf8(rest, length));
    } else {
        QString units(length / 2, Qt::Uninitialized);
        std::memcpy(units.data(), rest, size_t(length / 2) * 2);
        check(units);
    }
    return 0;
}
