#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace textdesk::contacts {

// One card of a multistatus answer: its path (percent-decoded), ETag and, from a multiget, the
// vCard; status other than 200 for a card the server does not have.
struct CardDavEntry
{
    QString href;
    QString etag;
    QByteArray card;
    int status = 200;
};

// One request to the server; finished() once, then it may be deleted (deleteLater).
class CardDavCall : public QObject
{
    Q_OBJECT
public:
    int status() const { return m_status; } // HTTP status; 0 when no answer came
    QByteArray body() const { return m_body; }
    QString etag() const { return m_etag; }
    // Why it failed, in words; empty when the server answered (any status: see describe()).
    QString error() const { return m_error; }
    // No answer because the TLS handshake failed (an untrusted or wrong certificate).
    bool tlsFailed() const { return m_tlsFailed; }
    // The answer in words when it is not what `okStatus` expects (401, 404, 5xx, …); empty
    // when it is.
    QString describe(const QString &what) const;

signals:
    void finished();

private:
    friend class CardDavClient;
    explicit CardDavCall(QObject *parent)
        : QObject(parent)
    { }
    void take(QNetworkReply *reply, int timeoutMs);

    int m_status = 0;
    QByteArray m_body;
    QString m_etag;
    QString m_error;
    bool m_tlsFailed = false;
};

// CardDAV (RFC 6352) on WebDAV (RFC 4918): the five requests address-book sync needs, on an
// injected QNetworkAccessManager. The credentials go only to the address book's origin (an
// href elsewhere is refused, redirects are not followed); https is required except to this
// computer (127.0.0.1, ::1, localhost).
class CardDavClient : public QObject
{
    Q_OBJECT
public:
    CardDavClient(QNetworkAccessManager *network, const QUrl &book, const QString &user,
                  const QString &password, QObject *parent = nullptr);

    // Why an address book URL cannot be used, in words; empty when it can.
    static QString checkUrl(const QUrl &url);
    QUrl book() const { return m_book; }
    // The book's path with a trailing '/', percent-decoded: the key hrefs are compared with.
    QString bookPath() const;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // PROPFIND Depth 1: each card's href and ETag.
    CardDavCall *list();
    // REPORT addressbook-multiget: the cards at these paths.
    CardDavCall *multiget(const QStringList &hrefs);
    CardDavCall *get(const QString &href);
    // PUT: If-Match the ETag, or If-None-Match: * when `etag` is empty (a new card).
    CardDavCall *put(const QString &href, const QByteArray &card, const QString &etag);
    // DELETE If-Match the ETag.
    CardDavCall *remove(const QString &href, const QString &etag);

    // The responses of a multistatus body; false (and `error` in words) if it is not one.
    static bool parseMultistatus(const QByteArray &body, QList<CardDavEntry> &entries,
                                 QString &error);

private:
    CardDavCall *send(const QByteArray &method, const QString &href, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_book;
    QByteArray m_authorization;
    int m_timeoutMs = 30000;
};

} // namespace textdesk::contacts
