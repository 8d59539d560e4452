#pragma once

#include "Http.h"
#include "ResourceJson.h"

namespace textdesk::sim {

// Page faults applied to one list response.
struct PageFaults
{
    bool duplicate = false; // repeat items of the previous page
    bool reorder = false; // not newest first
};

// GET Messages.json: filters To, From, DateSent, DateSent<, DateSent>; newest first by
// (date_created, sid); PageToken "PA…" continues after a row, "PB…" goes back before one, so
// messages created meanwhile never shift a page (no duplicates, no gaps).
HttpResponse listMessages(SimEngine &engine, const ResourceJson &json, const HttpRequest &request,
                          PageFaults faults);
HttpResponse listMedia(SimEngine &engine, const ResourceJson &json, const HttpRequest &request,
                       const MessageRow &row);
HttpResponse listNumbers(SimEngine &engine, const ResourceJson &json, const HttpRequest &request);

} // namespace textdesk::sim
