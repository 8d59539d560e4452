#pragma once

#include "Faults.h"
#include "Http.h"
#include "ResourceJson.h"

#include <functional>

namespace textdesk::sim {

class MediaHost;

// /sim/…: the simulator's own controls, for tests and training. No auth; loopback peers only.
//   POST   /sim/inbound   {"from","to","body","media":["photo",…]}  → 201 Message JSON
//   GET    /sim/stats                                                → counts
//   POST   /sim/settle                                               → {"settled": n}
//   POST   /sim/faults    {"endpoint","kind","count"|"rate",…}        → 201 the rule with its id
//   GET    /sim/faults                                               → {"faults": […]}
//   DELETE /sim/faults                                               → {"cleared": n}
//   POST   /sim/network   {"down": bool}                              → {"down": bool}
//   GET    /sim/network                                              → {"down": bool}
//   POST   /sim/media     raw bytes + Content-Type                    → 201 {"url", …}
//   GET    /sim/media/{id}                                           → the bytes
//   GET    /sim/media-host/requests  what reached the media host     → {"requests": [{"path",
//                                    "headers": {lower-case name: value}}, …]}
//   DELETE /sim/media-host/requests                                  → {"cleared": n}
class AdminApi
{
public:
    using NetworkSwitch = std::function<void(bool down)>;

    AdminApi(SimEngine &engine, Faults &faults, MediaHost &mediaHost, NetworkSwitch networkSwitch);

    HttpResponse handle(const HttpRequest &request);
    bool networkDown() const { return m_networkDown; }

private:
    HttpResponse inbound(const HttpRequest &request);
    HttpResponse faults(const HttpRequest &request);
    HttpResponse network(const HttpRequest &request);
    HttpResponse uploadMedia(const HttpRequest &request);
    HttpResponse serveMedia(const QString &id);

    SimEngine &m_engine;
    Faults &m_faults;
    MediaHost &m_mediaHost;
    NetworkSwitch m_networkSwitch;
    ResourceJson m_json;
    bool m_networkDown = false;
};

} // namespace textdesk::sim
