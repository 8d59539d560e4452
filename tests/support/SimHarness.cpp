#include "SimHarness.h"

#include "Simulator.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QScopeGuard>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

namespace textdesk::test {

SimHarness::SimHarness(const QString &scenario, quint32 seed, int statusStepMs, qint64 history)
{
    sim::SimulatorOptions options;
    options.accountSid = QLatin1String(kAccountSid);
    options.authToken = QLatin1String(kAuthToken);
    options.scenario = scenario;
    options.seed = seed;
    options.statusStepMs = statusStepMs;
    options.failureRate = 0;
    options.history = history;
    m_sim = std::make_unique<sim::Simulator>(options);
    if (!m_sim->start(&m_error))
        return;
    auto *numbers = client()->listNumbers();
    QPointer<provider::NumberListJob> guard(numbers);
    QSignalSpy done(numbers, &provider::ProviderJob::finished);
    QStringList found;
    QObject::connect(numbers, &provider::ProviderJob::finished, numbers, [numbers, &found] {
        for (const auto &n : numbers->numbers)
            found.append(n.phoneNumber);
    });
    if (done.wait(5000) && !found.isEmpty())
        m_ourNumber = found.first();
}

SimHarness::~SimHarness() = default;

bool SimHarness::isRunning() const
{
    return m_error.isEmpty() && m_sim;
}

QUrl SimHarness::baseUrl() const
{
    return m_sim->baseUrl();
}

QString SimHarness::ourNumber() const
{
    return m_ourNumber;
}

provider::RetryPolicy SimHarness::fastRetry(int maxAttempts, qint64 timeoutMs)
{
    provider::RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 200;
    policy.maxRetryAfterMs = 5000;
    policy.inactivityTimeoutMs = timeoutMs;
    return policy;
}

provider::ProviderConfig SimHarness::config(const provider::RetryPolicy &retry) const
{
    provider::ProviderConfig config;
    config.baseUrl = baseUrl();
    config.credentials.accountSid = QLatin1String(kAccountSid);
    config.credentials.secret = kAuthToken;
    config.retry = retry;
    return config;
}

provider::TwilioClient *SimHarness::client(const provider::RetryPolicy &retry)
{
    return new provider::TwilioClient(&m_network, config(retry), &m_network);
}

QJsonObject SimHarness::admin(const QByteArray &method, const QString &path,
                              const QJsonObject &body)
{
    QUrl url = baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray payload
        = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    QSignalSpy done(reply, &QNetworkReply::finished);
    // deleteLater() only after the wait: a deferred delete posted outside any event loop is
    // carried out by the next loop that runs, which would be the wait itself.
    const auto cleanup = qScopeGuard([reply] { reply->deleteLater(); });
    if (!done.wait(5000)) {
        QTest::qFail(
            qPrintable(
                QStringLiteral("admin %1 %2 timed out").arg(QString::fromLatin1(method), path)),
            __FILE__, __LINE__);
        return {};
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status < 200 || status >= 300) {
        QTest::qFail(qPrintable(QStringLiteral("admin %1 %2 → %3 %4")
                                    .arg(QString::fromLatin1(method), path)
                                    .arg(status)
                                    .arg(QString::fromUtf8(answer))),
                     __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(answer).object();
}

QJsonObject SimHarness::injectInbound(const QString &from, const QString &body,
                                      const QStringList &media)
{
    return admin("POST", QStringLiteral("/sim/inbound"),
                 { { QStringLiteral("from"), from },
                   { QStringLiteral("to"), m_ourNumber },
                   { QStringLiteral("body"), body },
                   { QStringLiteral("media"), QJsonArray::fromStringList(media) } });
}

void SimHarness::settle()
{
    admin("POST", QStringLiteral("/sim/settle"));
}

void SimHarness::fault(const QJsonObject &fault)
{
    admin("POST", QStringLiteral("/sim/faults"), fault);
}

void SimHarness::clearFaults()
{
    admin("DELETE", QStringLiteral("/sim/faults"));
}

QJsonObject SimHarness::stats()
{
    return admin("GET", QStringLiteral("/sim/stats"));
}

bool waitFor(provider::ProviderJob *job, int timeoutMs)
{
    if (job->isFinished())
        return true;
    QSignalSpy done(job, &provider::ProviderJob::finished);
    return done.wait(timeoutMs);
}

} // namespace textdesk::test
