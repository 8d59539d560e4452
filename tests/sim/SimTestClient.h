#pragma once

#include "Simulator.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <memory>

namespace textdesk::simtest {

using Fields = QList<QPair<QString, QString>>;

inline const QString kAccount = QStringLiteral("AC0123456789abcdef0123456789abcdef");
inline const QString kToken = QStringLiteral("test-auth-token");
inline const QString kCustomer = QStringLiteral("+14155552671");
inline const QString kOtherCustomer = QStringLiteral("+12125550123");

struct HttpResult
{
    int status = 0; // 0: no HTTP answer (network error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
    int code() const { return json().value(QLatin1String("code")).toInt(); }
};

// One simulator in this process plus a QNetworkAccessManager talking to it over 127.0.0.1.
class SimTestClient
{
public:
    // The "empty" scenario, fast steps, no failures, no scenario clock.
    static sim::SimulatorOptions defaultOptions();

    explicit SimTestClient(const sim::SimulatorOptions &options = defaultOptions());
    ~SimTestClient();

    bool started() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    sim::Simulator &sim() { return *m_sim; }
    QString ourNumber() const { return m_ourNumber; }
    QString path(const QString &rest = {}) const; // "/2010-04-01/Accounts/AC…" + rest

    // pathOrUrl: a path on the simulator ("/2010-…") or an absolute URL.
    HttpResult request(const QByteArray &method, const QString &pathOrUrl,
                       const QByteArray &body = {}, const QByteArray &contentType = {},
                       const QByteArray &authorization = basicAuth(kAccount, kToken),
                       int timeoutMs = 8000);
    HttpResult get(const QString &pathOrUrl) { return request("GET", pathOrUrl); }
    // A media content URL as the provider serves it: the API answers with a redirect to the
    // storage host, which is asked without the account's credentials (as the app does).
    HttpResult getMedia(const QString &pathOrUrl);
    HttpResult del(const QString &pathOrUrl) { return request("DELETE", pathOrUrl); }
    HttpResult postForm(const QString &pathOrUrl, const Fields &fields);
    HttpResult admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    // POST Messages.json with To/From/Body plus `extra` fields.
    HttpResult send(const QString &to, const QString &body, const Fields &extra = {});
    QString sendSid(const QString &to, const QString &body); // fails the test on error
    QJsonObject inbound(const QString &from, const QString &body, const QStringList &media = {});
    QJsonObject fetch(const QString &sid);
    // Every message of a listing, following next_page_uri; query like "To=%2B1…&PageSize=10".
    QJsonArray listAll(const QString &query, int *pages = nullptr);
    void settle();
    void addFault(const QJsonObject &fault);

    static QByteArray basicAuth(const QString &user, const QString &password);
    static QByteArray encodeForm(const Fields &fields);

private:
    std::unique_ptr<sim::Simulator> m_sim;
    QNetworkAccessManager m_network;
    QString m_error;
    QString m_ourNumber;
};

// A tiny webhook receiver: answers 200 to every POST and keeps what arrived.
class WebhookSink : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Hook
    {
        QString path;
        QString query;
        Fields fields;
        QByteArray signature;
        QString value(const QString &name) const;
    };

    WebhookSink();
    QUrl url(const QString &pathAndQuery = QStringLiteral("/hook")) const;
    QList<Hook> hooks;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    quint16 m_port = 0;
};

} // namespace textdesk::simtest
