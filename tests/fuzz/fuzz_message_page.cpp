// The provider's JSON bodies: the streaming page and message decoders (TwilioJson) against the
// QJsonDocument path they replaced — what they accept, the reference accepts with the same
// messages —, and the QJsonDocument-based decoders (media lists, numbers, errors) for crashes.
#include "FuzzTarget.h"
#include "MessagePageReference.h"
#include "provider/ProviderError.h"
#include "provider/TwilioJson.h"

namespace {
namespace tw = textdesk::provider::twilio;
using textdesk::provider::ProviderError;
} // namespace

TEXTDESK_FUZZ_TARGET(message_page)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    // QJsonDocument drops a raw U+FEFF at the start of a member name or string (its UTF-8
    // decoding takes it for a byte order mark); the reader keeps it, as RFC 8259 says
    // (fuzz_json_reader skips the same inputs). Those are not compared.
    const bool referenceDropsBom = body.contains("\"\xef\xbb\xbf");

    ProviderError pageError;
    const auto page = tw::parseMessagePage(body, &pageError);
    if (page) {
        TEXTDESK_FUZZ_CHECK(
            referenceDropsBom
            || textdesk::fuzz::difference(page, textdesk::fuzz::referencePage(body)).isEmpty());
    } else {
        TEXTDESK_FUZZ_CHECK(pageError.kind() == ProviderError::Kind::BadResponse);
        TEXTDESK_FUZZ_CHECK(!pageError.details().isEmpty());
    }

    ProviderError messageError;
    const auto message = tw::parseMessageBody(body, &messageError);
    if (message) {
        const auto reference = textdesk::fuzz::referenceMessage(body);
        TEXTDESK_FUZZ_CHECK(referenceDropsBom
                            || (reference.has_value()
                                && textdesk::fuzz::difference(*message, *reference).isEmpty()));
    } else {
        TEXTDESK_FUZZ_CHECK(messageError.kind() == ProviderError::Kind::BadResponse);
    }

    ProviderError other;
    tw::parseMediaList(body, &other);
    tw::parseNumbers(body, &other);
    const ProviderError described = tw::parseError(body, 400 + int(size % 200));
    TEXTDESK_FUZZ_CHECK(!described.message().isEmpty());
    return 0;
}
