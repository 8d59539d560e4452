#include "CardDavClient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace textdesk::contacts {

namespace {
const QLatin1String kDav("DAV:");
const QLatin1String kCardDav("urn:ietf:params:xml:ns:carddav");

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString encodedPath(const QString &path)
{
    QUrl url;
    url.setPath(path, QUrl::DecodedMode);
    return url.path(QUrl::FullyEncoded);
}

// "HTTP/1.1 404 Not Found" → 404.
int statusOf(const QString &line)
{
    return line.simplified().section(u' ', 1, 1).toInt();
}
} // namespace

void CardDavCall::take(QNetworkReply *reply, int timeoutMs)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, timeoutMs] {
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_body = reply->readAll();
        m_etag = QString::fromLatin1(reply->rawHeader("ETag"));
        if (m_status == 0) {
            m_tlsFailed = reply->error() == QNetworkReply::SslHandshakeFailedError;
            m_error = reply->error() == QNetworkReply::OperationCanceledError
                ? tr("The CardDAV server did not answer within %1 seconds.").arg(timeoutMs / 1000)
                : tr("Cannot reach the CardDAV server at %1: %2")
                      .arg(reply->url().authority(), reply->errorString());
        } else if (m_status >= 300 && m_status < 400) {
            m_error = tr("The CardDAV server sent Textdesk to another address (%1). Set that "
                         "address as the address book's URL.")
                          .arg(QString::fromUtf8(reply->rawHeader("Location")));
        }
        reply->deleteLater();
        emit finished();
    });
}

QString CardDavCall::describe(const QString &what) const
{
    if (!m_error.isEmpty())
        return m_error;
    switch (m_status) {
    case 401:
        return tr("The CardDAV server refused the user name or password (%1).").arg(what);
    case 403:
        return tr("The CardDAV server does not allow this user to do that (%1).").arg(what);
    case 404:
        return tr("The CardDAV server has nothing at that address (%1). Check the address "
                  "book's URL.")
            .arg(what);
    case 507:
        return tr("The CardDAV server is out of space (%1).").arg(what);
    default:
        break;
    }
    if (m_status >= 500)
        return tr("The CardDAV server failed (HTTP %1, %2). Try again later.")
            .arg(m_status)
            .arg(what);
    return tr("The CardDAV server answered HTTP %1 (%2).").arg(m_status).arg(what);
}

CardDavClient::CardDavClient(QNetworkAccessManager *network, const QUrl &book, const QString &user,
                             const QString &password, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_book(book)
    , m_authorization(QByteArray("Basic ") + QString(user + u':' + password).toUtf8().toBase64())
{
    if (!m_book.path().endsWith(u'/'))
        m_book.setPath(m_book.path() + u'/');
}

QString CardDavClient::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not an address book URL (e.g. https://dav.example.com/addressbooks/"
                  "me/contacts/).")
            .arg(url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopback(url.host()))
        return {};
    return tr("The address book URL must begin with https:// (plain http only to this "
              "computer): the password would otherwise cross the network readable.");
}

QString CardDavClient::bookPath() const
{
    return m_book.path(QUrl::FullyDecoded);
}

CardDavCall *CardDavClient::send(const QByteArray &method, const QString &href,
                                 const QByteArray &body,
                                 const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto *call = new CardDavCall(this);
    // Only paths are ever requested, on the book's own scheme, host and port: the
    // credentials cannot reach another origin.
    QUrl url = m_book;
    url.setPath(href, QUrl::DecodedMode);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!m_network) {
        call->m_error = tr("Textdesk has no network access.");
        QTimer::singleShot(0, call, &CardDavCall::finished);
        return call;
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    call->take(reply, m_timeoutMs);
    return call;
}

CardDavCall *CardDavClient::list()
{
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                            "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/><d:resourcetype/>"
                            "</d:prop></d:propfind>";
    return send("PROPFIND", bookPath(), body,
                { { "Depth", "1" }, { "Content-Type", "application/xml; charset=utf-8" } });
}

CardDavCall *CardDavClient::multiget(const QStringList &hrefs)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeNamespace(kDav, QStringLiteral("d"));
    xml.writeNamespace(kCardDav, QStringLiteral("c"));
    xml.writeStartElement(kCardDav, QStringLiteral("addressbook-multiget"));
    xml.writeStartElement(kDav, QStringLiteral("prop"));
    xml.writeEmptyElement(kDav, QStringLiteral("getetag"));
    xml.writeEmptyElement(kCardDav, QStringLiteral("address-data"));
    xml.writeEndElement();
    for (const QString &href : hrefs)
        xml.writeTextElement(kDav, QStringLiteral("href"), encodedPath(href));
    xml.writeEndElement();
    xml.writeEndDocument();
    return send("REPORT", bookPath(), body,
                { { "Depth", "1" }, { "Content-Type", "application/xml; charset=utf-8" } });
}

CardDavCall *CardDavClient::get(const QString &href)
{
    return send("GET", href, {}, { { "Accept", "text/vcard" } });
}

CardDavCall *CardDavClient::put(const QString &href, const QByteArray &card, const QString &etag)
{
    const QPair<QByteArray, QByteArray> condition = etag.isEmpty()
        ? qMakePair(QByteArray("If-None-Match"), QByteArray("*"))
        : qMakePair(QByteArray("If-Match"), etag.toLatin1());
    return send("PUT", href, card, { condition, { "Content-Type", "text/vcard; charset=utf-8" } });
}

CardDavCall *CardDavClient::remove(const QString &href, const QString &etag)
{
    return send("DELETE", href, {}, { { "If-Match", etag.toLatin1() } });
}

bool CardDavClient::parseMultistatus(const QByteArray &body, QList<CardDavEntry> &entries,
                                     QString &error)
{
    QXmlStreamReader xml(body);
    std::optional<CardDavEntry> entry;
    bool inPropstat = false, sawMultistatus = false;
    int propstatStatus = 0;
    QString etag;
    QByteArray card;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (ns == kDav && name == QLatin1String("multistatus")) {
                sawMultistatus = true;
            } else if (ns == kDav && name == QLatin1String("response")) {
                entry = CardDavEntry();
                entry->status = 0;
            } else if (!entry) {
                continue;
            } else if (ns == kDav && name == QLatin1String("propstat")) {
                inPropstat = true;
                propstatStatus = 0;
                etag.clear();
                card.clear();
            } else if (ns == kDav && name == QLatin1String("href") && !inPropstat) {
                const QString text = xml.readElementText().trimmed();
                entry->href = QUrl(text).path(QUrl::FullyDecoded);
            } else if (ns == kDav && name == QLatin1String("status")) {
                const int status = statusOf(xml.readElementText());
                (inPropstat ? propstatStatus : entry->status) = status;
            } else if (ns == kDav && name == QLatin1String("getetag")) {
                etag = xml.readElementText().trimmed();
            } else if (ns == kCardDav && name == QLatin1String("address-data")) {
                card = xml.readElementText().toUtf8();
            }
        } else if (token == QXmlStreamReader::EndElement && entry) {
            if (ns == kDav && name == QLatin1String("propstat")) {
                inPropstat = false;
                if (propstatStatus == 200) {
                    entry->etag = etag;
                    entry->card = card;
                    if (entry->status == 0)
                        entry->status = 200;
                }
            } else if (ns == kDav && name == QLatin1String("response")) {
                if (entry->status == 0)
                    entry->status = propstatStatus ? propstatStatus : 200;
                if (!entry->href.isEmpty())
                    entries << *entry;
                entry.reset();
            }
        }
    }
    if (xml.hasError() || !sawMultistatus) {
        error = tr("The CardDAV server's answer is not a WebDAV multistatus (%1).")
                    .arg(xml.hasError() ? xml.errorString() : tr("no <multistatus>"));
        return false;
    }
    return true;
}

} // namespace textdesk::contacts
