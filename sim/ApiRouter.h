#pragma once

#include "Faults.h"
#include "Http.h"
#include "Listing.h"
#include "ResourceJson.h"

namespace textdesk::sim {

class MediaHost;

// The provider's REST surface under /2010-04-01/Accounts/{AccountSid}/: routing, HTTP Basic
// auth, fault injection, and the handlers for messages, media and numbers. Media content is a
// redirect to the MediaHost, as the provider's is to its storage host.
class ApiRouter
{
public:
    ApiRouter(SimEngine &engine, Faults &faults, const MediaHost &mediaHost);

    Reply handle(const HttpRequest &request);

private:
    struct Route
    {
        QString endpoint; // fault endpoint name, e.g. "messages.fetch"; empty: no such route
        QString accountSid;
        QString messageSid;
        QString mediaSid;
        bool methodAllowed = true;
    };
    Route route(const HttpRequest &request) const;
    bool authenticated(const HttpRequest &request) const;
    HttpResponse dispatch(const Route &route, const HttpRequest &request, PageFaults pageFaults);

    HttpResponse create(const HttpRequest &request);
    HttpResponse fetch(const MessageRow &row);
    HttpResponse update(const MessageRow &row, const HttpRequest &request);
    HttpResponse remove(const MessageRow &row);
    HttpResponse media(const Route &route, const MessageRow &row, const HttpRequest &request);

    SimEngine &m_engine;
    Faults &m_faults;
    const MediaHost &m_mediaHost;
    ResourceJson m_json;
};

} // namespace textdesk::sim
