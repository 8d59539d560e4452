// The RFC 2822 dates of the provider's JSON and of Retry-After (TwilioJson): the fast parser
// agrees with Qt's own RFC 2822 reading wherever both read a date, what it reads is whole
// seconds and survives formatting and reading again, and a Retry-After wait is never negative.
#include "FuzzTarget.h"
#include "provider/TwilioJson.h"

#include <QtCore/QDateTime>

namespace {
namespace tw = textdesk::provider::twilio;
constexpr qint64 kYear1Ms = -62135596800000; // 0001-01-01T00:00:00Z
constexpr qint64 kYear10000Ms = 253402300800000; // 10000-01-01T00:00:00Z
} // namespace

TEXTDESK_FUZZ_TARGET(rfc2822)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    if (const auto ms = tw::parseRfc2822(text)) {
        TEXTDESK_FUZZ_CHECK(*ms % 1000 == 0);
        const QDateTime qt = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
        if (qt.isValid())
            TEXTDESK_FUZZ_CHECK(qt.toMSecsSinceEpoch() == *ms);
        if (*ms >= kYear1Ms && *ms < kYear10000Ms)
            TEXTDESK_FUZZ_CHECK(tw::parseRfc2822(tw::formatRfc2822(*ms)) == ms);
    }

    const qint64 now = 1'700'000'000'000;
    if (const auto wait = tw::parseRetryAfter(bytes, now))
        TEXTDESK_FUZZ_CHECK(*wait >= 0);
    return 0;
}
