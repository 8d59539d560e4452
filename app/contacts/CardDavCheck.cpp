#include "CardDavCheck.h"

#include "CardDavClient.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace textdesk::contacts {

namespace {
QString withSlash(QString path)
{
    if (!path.endsWith(u'/'))
        path += u'/';
    return path;
}
} // namespace

bool CardDavCheck::isAddressBook(const QByteArray &multistatus, const QString &bookPath)
{
    const QLatin1String dav("DAV:");
    QXmlStreamReader xml(multistatus);
    QString href;
    bool inResourceType = false, addressBook = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.namespaceUri() == dav && xml.name() == QLatin1String("response")) {
                href.clear();
                addressBook = false;
            } else if (xml.namespaceUri() == dav && xml.name() == QLatin1String("href")
                       && href.isEmpty()) {
                href = QUrl(xml.readElementText().trimmed()).path(QUrl::FullyDecoded);
            } else if (xml.namespaceUri() == dav && xml.name() == QLatin1String("resourcetype")) {
                inResourceType = true;
            } else if (inResourceType
                       && xml.namespaceUri() == QLatin1String("urn:ietf:params:xml:ns:carddav")
                       && xml.name() == QLatin1String("addressbook")) {
                addressBook = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.namespaceUri() == dav && xml.name() == QLatin1String("resourcetype"))
                inResourceType = false;
            else if (xml.namespaceUri() == dav && xml.name() == QLatin1String("response")
                     && addressBook && withSlash(href) == withSlash(bookPath))
                return true;
        }
    }
    return false;
}

CardDavCheck::Outcome CardDavCheck::describe(const CardDavCall &call, const QString &bookPath)
{
    if (!call.error().isEmpty()) {
        const QString error = call.error();
        if (call.tlsFailed() || error.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
            || error.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
            return { false,
                     tr("The server's certificate is not trusted by this computer, so Textdesk "
                        "did not send the password. Check the address, or ask the server's "
                        "administrator for a valid certificate.\n%1")
                         .arg(error) };
        return { false, tr("No connection to the server: %1").arg(error) };
    }
    switch (call.status()) {
    case 207:
        break;
    case 401:
        return { false,
                 tr("The server refused the user name or password. Check both (some "
                    "servers want an app password instead of the account's).") };
    case 404:
        return { false,
                 tr("There is nothing at that address on the server. Check the address "
                    "book's URL.") };
    case 405:
    case 501:
        return { false,
                 tr("That address is not an address book: the server does not speak "
                    "WebDAV there. Check the address book's URL.") };
    default:
        return { false, call.describe(tr("testing the connection")) };
    }
    QList<CardDavEntry> entries;
    QString error;
    if (!CardDavClient::parseMultistatus(call.body(), entries, error))
        return { false, error };
    if (!isAddressBook(call.body(), bookPath))
        return { false,
                 tr("The server accepted the password, but that address is not an "
                    "address book (a folder or an account, perhaps). Use the address "
                    "book's own URL, e.g. …/addressbooks/USER/contacts/.") };
    int cards = 0;
    for (const CardDavEntry &e : std::as_const(entries))
        if (e.status == 200 && !e.href.endsWith(u'/'))
            ++cards;
    return { true, tr("Connected: the address book holds %n card(s).", nullptr, cards) };
}

} // namespace textdesk::contacts
