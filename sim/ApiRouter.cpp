#include "ApiRouter.h"

#include "Listing.h"
#include "MediaHost.h"

namespace textdesk::sim {

namespace {

HttpResponse notFound()
{
    return HttpResponse::twilioError(404, 20404,
                                     QStringLiteral("The requested resource was not found"));
}

HttpResponse unauthorized()
{
    HttpResponse response = HttpResponse::twilioError(401, 20003, QStringLiteral("Authenticate"));
    response.addHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"");
    return response;
}

// Constant time, so a wrong token takes as long as a right one.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    unsigned char difference = x.size() == y.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i)
        difference |= static_cast<unsigned char>(x[i] ^ y[i]);
    return difference == 0;
}

HttpResponse faultResponse(const FaultRule &rule)
{
    const int status = rule.kind == FaultKind::Throttle ? 429 : rule.status;
    const int code = rule.code ? rule.code : 20000 + status;
    QString message = rule.message;
    if (message.isEmpty())
        message = rule.kind == FaultKind::Throttle ? QStringLiteral("Too Many Requests")
                                                   : QString::fromLatin1(reasonPhrase(status));
    HttpResponse response = HttpResponse::twilioError(status, code, message);
    if (!rule.retryAfter.isEmpty())
        response.addHeader("Retry-After", rule.retryAfter);
    return response;
}

} // namespace

ApiRouter::ApiRouter(SimEngine &engine, Faults &faults, const MediaHost &mediaHost)
    : m_engine(engine)
    , m_faults(faults)
    , m_mediaHost(mediaHost)
    , m_json(engine)
{ }

ApiRouter::Route ApiRouter::route(const HttpRequest &request) const
{
    using Method = HttpRequest::Method;
    Route route;
    static const QLatin1String prefix("/2010-04-01/Accounts/");
    if (!request.path.startsWith(prefix))
        return route;
    const QStringList parts = request.path.mid(prefix.size()).split(QLatin1Char('/'));
    const Method method = request.method;
    const auto allow = [&](std::initializer_list<Method> methods) {
        route.methodAllowed = std::find(methods.begin(), methods.end(), method) != methods.end();
    };
    const auto byMethod = [&](const char *get, const char *post, const char *del) {
        const char *name = method == Method::Get ? get
            : method == Method::Post             ? post
            : method == Method::Delete           ? del
                                                 : nullptr;
        route.methodAllowed = name != nullptr;
        route.endpoint = QLatin1String(name ? name : (get ? get : post));
    };
    if (parts.size() == 1 && parts[0].endsWith(QLatin1String(".json"))) {
        route.accountSid = parts[0].chopped(5);
        route.endpoint = QStringLiteral("accounts.fetch");
        allow({ Method::Get });
        return route;
    }
    route.accountSid = parts.value(0);
    if (parts.size() == 2 && parts[1] == QLatin1String("Messages.json")) {
        byMethod("messages.list", "messages.create", nullptr);
    } else if (parts.size() == 2 && parts[1] == QLatin1String("IncomingPhoneNumbers.json")) {
        byMethod("numbers.list", nullptr, nullptr);
    } else if (parts.size() == 3 && parts[1] == QLatin1String("Messages")
               && parts[2].endsWith(QLatin1String(".json"))) {
        route.messageSid = parts[2].chopped(5);
        byMethod("messages.fetch", "messages.update", "messages.delete");
    } else if (parts.size() == 4 && parts[1] == QLatin1String("Messages")
               && parts[3] == QLatin1String("Media.json")) {
        route.messageSid = parts[2];
        byMethod("media.list", nullptr, nullptr);
    } else if (parts.size() == 5 && parts[1] == QLatin1String("Messages")
               && parts[3] == QLatin1String("Media")) {
        route.messageSid = parts[2];
        if (parts[4].endsWith(QLatin1String(".json"))) {
            route.mediaSid = parts[4].chopped(5);
            byMethod("media.fetch", nullptr, "media.delete");
        } else {
            // The content: the media URI without .json.
            route.mediaSid = parts[4];
            byMethod("media.content", nullptr, nullptr);
        }
    }
    return route;
}

bool ApiRouter::authenticated(const HttpRequest &request) const
{
    const QByteArray header = request.header("authorization").trimmed();
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return false;
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(header.mid(6).trimmed()));
    const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    const QString user = decoded.left(colon);
    const QString password = decoded.mid(colon + 1);
    const SimulatorOptions &options = m_engine.options();
    if (user == options.accountSid)
        return sameSecret(password, options.authToken);
    if (Sid::parse(user, QLatin1String("SK"))) {
        if (options.apiKeys.isEmpty())
            return sameSecret(password, options.authToken);
        return options.apiKeys.contains(user) && sameSecret(password, options.apiKeys.value(user));
    }
    return false;
}

Reply ApiRouter::handle(const HttpRequest &request)
{
    const Route found = route(request);
    if (found.endpoint.isEmpty())
        return { notFound() };
    if (!authenticated(request) || found.accountSid != m_engine.options().accountSid)
        return { unauthorized() };
    if (!found.methodAllowed)
        return { HttpResponse::twilioError(405, 20004, QStringLiteral("Method not allowed")) };

    const FaultPlan plan
        = m_faults.take(found.endpoint, found.endpoint.endsWith(QLatin1String(".list")));
    Reply reply;
    reply.delayMs = plan.latencyMs;
    if (plan.action) {
        switch (plan.action->kind) {
        case FaultKind::Error:
        case FaultKind::Throttle:
            // Not processed: the client may retry.
            reply.response = faultResponse(*plan.action);
            return reply;
        case FaultKind::Redirect: {
            // Not processed here: the API itself sends the client to another origin (by
            // default the media host, which records whether credentials came along).
            QUrl location(plan.action->location);
            if (plan.action->location.isEmpty()) {
                location = m_mediaHost.origin();
                location.setPath(request.path);
                location.setQuery(QString::fromLatin1(request.rawQuery));
            }
            reply.response = HttpResponse::bytes(plan.action->status, "text/plain",
                                                 "Moved to " + location.toEncoded() + '\n');
            reply.response.addHeader("Location", location.toEncoded());
            return reply;
        }
        case FaultKind::Stall:
            reply.delivery = Reply::Delivery::Stall;
            break;
        case FaultKind::Cut:
            reply.delivery = Reply::Delivery::Cut;
            break;
        default:
            break;
        }
    }
    // A stalled or cut request was processed: the client cannot know whether it happened.
    reply.response = dispatch(found, request, { plan.duplicatePage, plan.reorderPage });
    return reply;
}

HttpResponse ApiRouter::dispatch(const Route &route, const HttpRequest &request,
                                 PageFaults pageFaults)
{
    const QString &endpoint = route.endpoint;
    if (endpoint == QLatin1String("accounts.fetch"))
        return HttpResponse::json(200, m_json.account());
    if (endpoint == QLatin1String("messages.list"))
        return listMessages(m_engine, m_json, request, pageFaults);
    if (endpoint == QLatin1String("messages.create"))
        return create(request);
    if (endpoint == QLatin1String("numbers.list"))
        return listNumbers(m_engine, m_json, request);

    std::optional<Sid> sid = Sid::parse(route.messageSid, QLatin1String("SM"));
    if (!sid)
        sid = Sid::parse(route.messageSid, QLatin1String("MM"));
    const MessageRow *row = sid ? m_engine.store().find(*sid) : nullptr;
    if (!row)
        return notFound();
    if (endpoint == QLatin1String("messages.fetch"))
        return fetch(*row);
    if (endpoint == QLatin1String("messages.update"))
        return update(*row, request);
    if (endpoint == QLatin1String("messages.delete"))
        return remove(*row);
    if (endpoint == QLatin1String("media.list"))
        return listMedia(m_engine, m_json, request, *row);
    return media(route, *row, request);
}

HttpResponse ApiRouter::create(const HttpRequest &request)
{
    const FormFields form = request.form();
    SendRequest send;
    send.to = formValue(form, QLatin1String("To"));
    send.from = formValue(form, QLatin1String("From"));
    send.messagingServiceSid = formValue(form, QLatin1String("MessagingServiceSid"));
    send.body = formValue(form, QLatin1String("Body"));
    send.mediaUrls = formValues(form, QLatin1String("MediaUrl"));
    send.statusCallback = formValue(form, QLatin1String("StatusCallback"));
    send.scheduleType = formValue(form, QLatin1String("ScheduleType"));
    send.sendAt = formValue(form, QLatin1String("SendAt"));
    const auto result = m_engine.send(send);
    if (const auto *error = std::get_if<ApiError>(&result))
        return HttpResponse::twilioError(error->status, error->code, error->message);
    return HttpResponse::json(201, m_json.message(*m_engine.store().find(std::get<Sid>(result))));
}

HttpResponse ApiRouter::fetch(const MessageRow &row)
{
    return HttpResponse::json(200, m_json.message(row));
}

HttpResponse ApiRouter::update(const MessageRow &row, const HttpRequest &request)
{
    const FormFields form = request.form();
    const Sid sid = row.sid;
    const QString status = formValue(form, QLatin1String("Status"));
    if (!status.isNull()) {
        if (status != QLatin1String("canceled"))
            return HttpResponse::twilioError(400, 20001,
                                             QStringLiteral("Status can only be \"canceled\""));
        if (const auto error = m_engine.cancel(sid))
            return HttpResponse::twilioError(error->status, error->code, error->message);
    }
    const QString body = formValue(form, QLatin1String("Body"));
    if (!body.isNull()) {
        if (!body.isEmpty())
            return HttpResponse::twilioError(400, 20001,
                                             QStringLiteral("Body can only be set to \"\" "
                                                            "(redaction)"));
        m_engine.redact(sid);
    }
    return HttpResponse::json(200, m_json.message(*m_engine.store().find(sid)));
}

HttpResponse ApiRouter::remove(const MessageRow &row)
{
    m_engine.remove(row.sid);
    return HttpResponse::noContent();
}

HttpResponse ApiRouter::media(const Route &route, const MessageRow &row, const HttpRequest &request)
{
    Q_UNUSED(request)
    const auto sid = Sid::parse(route.mediaSid, QLatin1String("ME"));
    const MediaItem *item = nullptr;
    if (sid && row.extra != kNone) {
        for (const MediaItem &candidate : m_engine.store().extra(row.extra).media) {
            if (candidate.sid == *sid)
                item = &candidate;
        }
    }
    if (!item)
        return notFound();
    if (route.endpoint == QLatin1String("media.fetch"))
        return HttpResponse::json(200, m_json.media(row, *item));
    if (route.endpoint == QLatin1String("media.delete")) {
        m_engine.removeMedia(row.sid, *sid);
        return HttpResponse::noContent();
    }
    // The bytes are on the storage host, behind a signed URL, as with the real provider.
    const QByteArray location = m_mediaHost.signedUrl(item->content).toEncoded();
    HttpResponse response = HttpResponse::bytes(307, "text/plain", "Moved to " + location + '\n');
    response.addHeader("Location", location);
    return response;
}

} // namespace textdesk::sim
