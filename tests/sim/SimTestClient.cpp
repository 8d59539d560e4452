#include "SimTestClient.h"

#include "Http.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QUrlQuery>
#include <QtHttpServer/QHttpServerRequest>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

namespace textdesk::simtest {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

sim::SimulatorOptions SimTestClient::defaultOptions()
{
    sim::SimulatorOptions options;
    options.accountSid = kAccount;
    options.authToken = kToken;
    options.scenario = QStringLiteral("empty");
    options.statusStepMs = 20;
    options.failureRate = 0;
    options.tickMs = 0;
    return options;
}

SimTestClient::SimTestClient(const sim::SimulatorOptions &options)
    : m_sim(std::make_unique<sim::Simulator>(options))
{
    if (!m_sim->start(&m_error))
        return;
    const QJsonArray numbers = get(path(QStringLiteral("/IncomingPhoneNumbers.json")))
                                   .json()
                                   .value(QLatin1String("incoming_phone_numbers"))
                                   .toArray();
    m_ourNumber = numbers.first().toObject().value(QLatin1String("phone_number")).toString();
}

SimTestClient::~SimTestClient() = default;

QString SimTestClient::path(const QString &rest) const
{
    return QLatin1String("/2010-04-01/Accounts/") + kAccount + rest;
}

QByteArray SimTestClient::basicAuth(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QByteArray SimTestClient::encodeForm(const Fields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += sim::encodeFormValue(name) + '=' + sim::encodeFormValue(value);
    }
    return body;
}

HttpResult SimTestClient::request(const QByteArray &method, const QString &pathOrUrl,
                                  const QByteArray &body, const QByteArray &contentType,
                                  const QByteArray &authorization, int timeoutMs)
{
    QUrl url(pathOrUrl, QUrl::StrictMode);
    if (url.isRelative())
        url = QUrl(m_sim->baseUrl().toString() + pathOrUrl, QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(timeoutMs);
    // The raw answer: a redirect is the test's to look at (and Qt would carry Authorization).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2000);
    HttpResult result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult SimTestClient::getMedia(const QString &pathOrUrl)
{
    const HttpResult first = get(pathOrUrl);
    if (first.status < 300 || first.status > 399)
        return first;
    const QUrl location(QString::fromLatin1(first.header("Location")), QUrl::StrictMode);
    return request("GET", location.toString(QUrl::FullyEncoded), {}, {}, {});
}

HttpResult SimTestClient::postForm(const QString &pathOrUrl, const Fields &fields)
{
    return request("POST", pathOrUrl, encodeForm(fields), "application/x-www-form-urlencoded");
}

HttpResult SimTestClient::admin(const QByteArray &method, const QString &adminPath,
                                const QJsonObject &body)
{
    return request(method, adminPath, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                   body.isEmpty() ? QByteArray() : QByteArray("application/json"), {});
}

HttpResult SimTestClient::send(const QString &to, const QString &body, const Fields &extra)
{
    Fields fields { { QStringLiteral("To"), to },
                    { QStringLiteral("From"), m_ourNumber },
                    { QStringLiteral("Body"), body } };
    fields += extra;
    return postForm(path(QStringLiteral("/Messages.json")), fields);
}

QString SimTestClient::sendSid(const QString &to, const QString &body)
{
    const HttpResult result = send(to, body);
    if (result.status != 201)
        QTest::qFail(qPrintable(QStringLiteral("send failed: %1 %2")
                                    .arg(result.status)
                                    .arg(QString::fromUtf8(result.body))),
                     __FILE__, __LINE__);
    return result.json().value(QLatin1String("sid")).toString();
}

QJsonObject SimTestClient::inbound(const QString &from, const QString &body,
                                   const QStringList &media)
{
    const HttpResult result
        = admin("POST", QStringLiteral("/sim/inbound"),
                { { QStringLiteral("from"), from },
                  { QStringLiteral("to"), m_ourNumber },
                  { QStringLiteral("body"), body },
                  { QStringLiteral("media"), QJsonArray::fromStringList(media) } });
    if (result.status != 201)
        QTest::qFail(qPrintable(QStringLiteral("inbound failed: %1 %2")
                                    .arg(result.status)
                                    .arg(QString::fromUtf8(result.body))),
                     __FILE__, __LINE__);
    return result.json();
}

QJsonObject SimTestClient::fetch(const QString &sid)
{
    return get(path(QStringLiteral("/Messages/%1.json").arg(sid))).json();
}

QJsonArray SimTestClient::listAll(const QString &query, int *pages)
{
    QJsonArray all;
    QString next = path(QStringLiteral("/Messages.json?")) + query;
    int count = 0;
    while (!next.isEmpty() && count < 10'000) {
        const QJsonObject page = get(next).json();
        for (const QJsonValue &message : page.value(QLatin1String("messages")).toArray())
            all.append(message);
        next = page.value(QLatin1String("next_page_uri")).toString();
        ++count;
    }
    if (pages)
        *pages = count;
    return all;
}

void SimTestClient::settle()
{
    admin("POST", QStringLiteral("/sim/settle"));
}

void SimTestClient::addFault(const QJsonObject &fault)
{
    const HttpResult result = admin("POST", QStringLiteral("/sim/faults"), fault);
    if (result.status != 201)
        QTest::qFail(
            qPrintable(QStringLiteral("fault refused: %1").arg(QString::fromUtf8(result.body))),
            __FILE__, __LINE__);
}

QString WebhookSink::Hook::value(const QString &name) const
{
    for (const auto &[key, fieldValue] : fields) {
        if (key == name)
            return fieldValue;
    }
    return {};
}

WebhookSink::WebhookSink()
{
    m_port = listen(QHostAddress::LocalHost, 0);
}

QUrl WebhookSink::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

bool WebhookSink::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Hook hook;
    hook.path = request.url().path();
    hook.query = request.url().query(QUrl::FullyEncoded);
    hook.fields = sim::parseForm(request.body());
    hook.signature = request.value("X-Twilio-Signature");
    hooks.append(hook);
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 11\r\n\r\n"
                  "<Response/>");
    return true;
}

void WebhookSink::missingHandler(const QHttpServerRequest &, QTcpSocket *) { }

} // namespace textdesk::simtest
