#pragma once

#include <QCoreApplication>
#include <QString>

namespace textdesk::contacts {

class CardDavCall;

// Settings → Contacts → "Test connection": what the address book's listing (PROPFIND Depth 1)
// says about the typed URL, user and password, in words: wrong password, not an address book,
// no network, a certificate this computer does not trust, or how many cards it holds.
class CardDavCheck
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::contacts::CardDavCheck)
public:
    struct Outcome
    {
        bool ok = false;
        QString text;
    };
    // `bookPath`: CardDavClient::bookPath() of the client that made the call.
    static Outcome describe(const CardDavCall &call, const QString &bookPath);
    // True when the multistatus says the resource at `bookPath` is a CardDAV address book
    // (its resourcetype holds {urn:ietf:params:xml:ns:carddav}addressbook).
    static bool isAddressBook(const QByteArray &multistatus, const QString &bookPath);
};

} // namespace textdesk::contacts
