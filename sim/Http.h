#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

class QHttpServerRequest;

namespace textdesk::sim {

using FormFields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded ('+' is a space), keeping repeated keys in order.
FormFields parseForm(QByteArrayView encoded);
QByteArray encodeFormValue(const QString &value);
QString formValue(const FormFields &fields, QLatin1String name); // first value, or null
QStringList formValues(const FormFields &fields, QLatin1String name);
bool hasField(const FormFields &fields, QLatin1String name);

// A request copied out of QtHttpServer's per-connection object, which is reused for the next
// request on the connection: answers that come later (latency faults) need their own copy.
struct HttpRequest
{
    enum class Method { Get, Post, Delete, Other };
    Method method = Method::Other;
    QString path; // decoded
    FormFields query;
    QByteArray rawQuery; // as sent, for links that echo it
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    static HttpRequest from(const QHttpServerRequest &request);
    QByteArray header(QByteArrayView name) const; // case-insensitive, first match
    FormFields form() const; // the body, when form-encoded
    bool wantsClose() const;
    bool fromLoopback() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse bytes(int status, const QByteArray &contentType, const QByteArray &body);
    static HttpResponse noContent();
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
    // The provider's error shape: {"code", "message", "more_info", "status"}.
    static HttpResponse twilioError(int status, int code, const QString &message);

    // Status line and headers, ending with the blank line.
    QByteArray head(bool keepAlive) const;
};

QByteArray reasonPhrase(int status);

// What the server does with the connection after the handler decided.
struct Reply
{
    enum class Delivery {
        Normal,
        Stall, // never answer
        Cut, // headers and half the body, then close
        Drop, // close at once, nothing written (the network is gone)
    };
    HttpResponse response;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
};

} // namespace textdesk::sim
