#include "Http.h"

#include <QtCore/QJsonDocument>
#include <QtHttpServer/QHttpServerRequest>

namespace textdesk::sim {

namespace {

QString decodeComponent(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

FormFields parseForm(QByteArrayView encoded)
{
    FormFields fields;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView pair = encoded.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0)
                fields.append({ decodeComponent(pair), QString() });
            else
                fields.append({ decodeComponent(pair.first(equals)),
                                decodeComponent(pair.sliced(equals + 1)) });
        }
        start = end + 1;
    }
    return fields;
}

QByteArray encodeFormValue(const QString &value)
{
    return value.toUtf8().toPercentEncoding();
}

QString formValue(const FormFields &fields, QLatin1String name)
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value.isNull() ? QStringLiteral("") : value;
    }
    return {};
}

QStringList formValues(const FormFields &fields, QLatin1String name)
{
    QStringList values;
    for (const auto &[key, value] : fields) {
        if (key == name)
            values.append(value);
    }
    return values;
}

bool hasField(const FormFields &fields, QLatin1String name)
{
    for (const auto &field : fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

HttpRequest HttpRequest::from(const QHttpServerRequest &request)
{
    HttpRequest copy;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        copy.method = Method::Get;
        break;
    case QHttpServerRequest::Method::Post:
        copy.method = Method::Post;
        break;
    case QHttpServerRequest::Method::Delete:
        copy.method = Method::Delete;
        break;
    default:
        copy.method = Method::Other;
        break;
    }
    const QUrl url = request.url();
    copy.path = url.path();
    copy.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    copy.query = parseForm(copy.rawQuery);
    copy.headers = request.headers();
    copy.body = request.body();
    copy.peer = request.remoteAddress();
    return copy;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FormFields HttpRequest::form() const
{
    return parseForm(body);
}

bool HttpRequest::wantsClose() const
{
    return header("connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
}

bool HttpRequest::fromLoopback() const
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4)
        return (v4 >> 24) == 127;
    return peer.isLoopback();
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return bytes(status, "application/json; charset=utf-8",
                 QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    return bytes(status, "application/json; charset=utf-8",
                 QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::bytes(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

HttpResponse HttpResponse::twilioError(int status, int code, const QString &message)
{
    return json(status,
                QJsonObject {
                    { QStringLiteral("code"), code },
                    { QStringLiteral("message"), message },
                    { QStringLiteral("more_info"),
                      QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code) },
                    { QStringLiteral("status"), status },
                });
}

QByteArray HttpResponse::head(bool keepAlive) const
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (status != 204) {
        if (!contentType.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace textdesk::sim
