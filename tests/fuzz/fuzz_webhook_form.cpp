// A webhook's body (app/webhook/WebhookReceiver): the form decoder and the signature check on
// what a stranger may post. Decoding what was encoded gives the same fields back; a signature
// made for the fields verifies, one for other fields or a damaged one never does, and any
// posted signature is checked without trouble.
#include "FuzzTarget.h"
#include "provider/TwilioJson.h"
#include "provider/TwilioSignature.h"

#include <QtCore/QUrl>

namespace {
namespace tw = textdesk::provider::twilio;
using textdesk::provider::twilioSignature;
using textdesk::provider::verifyTwilioSignature;
} // namespace

// Input: "<url>\n<body>" (no newline: the whole input is the body, posted to a fixed URL).
TEXTDESK_FUZZ_TARGET(webhook_form)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);
    QUrl url(newline < 0 ? QStringLiteral("https://hooks.example.com/textdesk/messages")
                         : QString::fromUtf8(input.left(newline)));

    const tw::Fields fields = tw::formDecode(body);
    TEXTDESK_FUZZ_CHECK(tw::formDecode(tw::formEncode(fields)) == fields);

    const QByteArray token = QByteArrayLiteral("fuzz-auth-token");
    // Anything posted as a signature is only compared.
    verifyTwilioSignature(token, url, fields, body.left(40));
    if (!url.isValid())
        return 0;

    const QByteArray signature = twilioSignature(token, url.toString(QUrl::FullyEncoded), fields);
    TEXTDESK_FUZZ_CHECK(verifyTwilioSignature(token, url, fields, signature));
    QByteArray damaged = signature;
    damaged[0] = damaged[0] == 'A' ? 'B' : 'A';
    TEXTDESK_FUZZ_CHECK(!verifyTwilioSignature(token, url, fields, damaged));
    TEXTDESK_FUZZ_CHECK(
        !verifyTwilioSignature(QByteArrayLiteral("another-token"), url, fields, signature));
    tw::Fields more = fields;
    more.append({ QStringLiteral("Injected"), QStringLiteral("1") });
    TEXTDESK_FUZZ_CHECK(!verifyTwilioSignature(token, url, more, signature));
    return 0;
}
