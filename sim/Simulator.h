#pragma once

#include "SimulatorOptions.h"

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <memory>

namespace textdesk::sim {

class AdminApi;
class ApiRouter;
class Faults;
class MediaHost;
class Persistence;
class SimEngine;
class SimServer;
struct HttpRequest;
struct Reply;

// textdesk-sim in a box: a real HTTP server that behaves like the provider's 2010 Messages API
// for what Textdesk uses, plus /sim/ controls. Runs on the thread that calls start(), which
// needs an event loop (the app's GUI thread in training mode, a test's main thread).
class Simulator : public QObject
{
    Q_OBJECT
public:
    explicit Simulator(SimulatorOptions options, QObject *parent = nullptr);
    ~Simulator() override; // saves to dataDir, if any

    // Loads or seeds the state and listens. false with a reason in words on failure.
    bool start(QString *error);
    bool isRunning() const { return m_port != 0; }
    // http://HOST:PORT, the base URL the client uses instead of https://api.twilio.com.
    QUrl baseUrl() const;
    quint16 port() const { return m_port; }
    // The storage host media content redirects to (another origin, like the provider's).
    QUrl mediaHostUrl() const;
    const SimulatorOptions &options() const { return m_options; }

    // What the /sim/settle control does: every pending status change now.
    int settle();
    // Writes dataDir now (also done shortly after every change and at destruction).
    bool save(QString *error);

    static bool isAccountSid(const QString &text);

private:
    Reply dispatch(const HttpRequest &request);
    void setNetworkDown(bool down);

    SimulatorOptions m_options;
    std::unique_ptr<Faults> m_faults;
    SimEngine *m_engine = nullptr;
    Persistence *m_persistence = nullptr;
    SimServer *m_server = nullptr;
    MediaHost *m_mediaHost = nullptr;
    std::unique_ptr<ApiRouter> m_api;
    std::unique_ptr<AdminApi> m_admin;
    quint16 m_port = 0;
};

} // namespace textdesk::sim
