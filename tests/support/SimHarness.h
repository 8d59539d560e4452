#pragma once

#include "provider/TwilioClient.h"

#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>

#include <memory>

namespace textdesk::sim {
class Simulator;
}

namespace textdesk::test {

// A simulator on a free loopback port, a client pointed at it, and the simulator's admin
// endpoints (faults, inbound messages, settle, stats) as plain calls. Real HTTP throughout.
class SimHarness
{
public:
    static constexpr const char *kAccountSid = "AC0123456789abcdef0123456789abcdef";
    static constexpr const char *kAuthToken = "harness-auth-token";

    // scenario "empty" (one number, nobody writing) unless told otherwise.
    // history: that many generated past messages (over six months), as `--history N`.
    explicit SimHarness(const QString &scenario = QStringLiteral("empty"), quint32 seed = 7,
                        int statusStepMs = 50, qint64 history = 0);
    ~SimHarness();

    bool isRunning() const;
    QString startError() const { return m_error; }
    QUrl baseUrl() const;
    QString ourNumber() const; // the scenario's first number

    // A retry policy quick enough for tests: short backoff and inactivity timeout.
    static provider::RetryPolicy fastRetry(int maxAttempts = 3, qint64 timeoutMs = 700);
    provider::ProviderConfig config(const provider::RetryPolicy &retry = fastRetry()) const;
    // A client with the harness's credentials (owned by the harness).
    provider::TwilioClient *client(const provider::RetryPolicy &retry = fastRetry());

    // Admin calls (synchronous, via the event loop). Return the JSON answer, or an empty object
    // with QTest failure logged.
    QJsonObject admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QJsonObject injectInbound(const QString &from, const QString &body,
                              const QStringList &media = {});
    void settle();
    void fault(const QJsonObject &fault);
    void clearFaults();
    QJsonObject stats();

    QNetworkAccessManager &network() { return m_network; }

private:
    std::unique_ptr<sim::Simulator> m_sim;
    QNetworkAccessManager m_network;
    QString m_error;
    QString m_ourNumber;
};

// Waits for a job to finish (at most timeoutMs); false if it did not.
bool waitFor(provider::ProviderJob *job, int timeoutMs = 10000);

} // namespace textdesk::test
