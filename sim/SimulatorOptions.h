#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

namespace textdesk::sim {

struct SimulatorOptions
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port (see Simulator::baseUrl())
    QString accountSid; // AC + 32 hex digits
    QString authToken;
    // API keys (SK… → secret). Empty: any SK + 32 hex key is accepted with the auth token as
    // its secret, so a client can exercise API-key auth without configuring the simulator.
    QHash<QString, QString> apiKeys;
    quint32 seed = 1;
    QString scenario = QStringLiteral("demo");
    qint64 history = 0; // generated historical messages
    QString dataDir; // empty: nothing persisted
    QUrl webhookUrl; // inbound messages and default status callbacks; empty: none
    int statusStepMs = 1500; // time between two status changes of an outbound message
    double failureRate = 0.05; // share of outbound messages ending undelivered or failed
    int tickMs = 5000; // how often the scenario may start conversations; 0: never
    int queueCap = 36000; // unfinished outbound messages per sender before 21611
    int saveDelayMs = 1000; // debounce of saves to dataDir
    // A training scenario's minute ("training:FILE"): human pace in the app, short in tests.
    int trainingMinuteMs = 60'000;
};

} // namespace textdesk::sim
