// The vCard reader (app/contacts/VCard.cpp, through ContactFiles): any bytes give cards or errors
// by line, never a crash; cards read, written as vCard 3.0 and 4.0 and read again are the same
// cards (export → import loses nothing), and writing them again gives the same bytes.
#include "FuzzTarget.h"
#include "contacts/ContactFiles.h"

TEXTDESK_FUZZ_TARGET(vcard)
{
    using namespace textdesk;
    using contacts::ContactFiles;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const contacts::ParsedContacts parsed = ContactFiles::readVCard(bytes, QStringLiteral("US"));
    if (!parsed.ok())
        return 0;
    for (const ContactCard &card : parsed.cards)
        TEXTDESK_FUZZ_CHECK(card.e164.startsWith(u'+'));

    for (const int version : { 3, 4 }) {
        const QByteArray written = ContactFiles::writeVCard(parsed.cards, version);
        const contacts::ParsedContacts again
            = ContactFiles::readVCard(written, QStringLiteral("US"));
        TEXTDESK_FUZZ_CHECK(again.ok());
        TEXTDESK_FUZZ_CHECK(again.cards.size() == parsed.cards.size());
        for (qsizetype i = 0; i < again.cards.size(); ++i)
            TEXTDESK_FUZZ_CHECK(again.cards[i].e164 == parsed.cards[i].e164);
        TEXTDESK_FUZZ_CHECK(ContactFiles::writeVCard(again.cards, version) == written);
    }
    return 0;
}
