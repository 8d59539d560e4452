#include "AdminApi.h"

#include "MediaHost.h"
#include "phone/PhoneNumbers.h"

#include <QtCore/QJsonDocument>

namespace textdesk::sim {

namespace {

HttpResponse adminError(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonObject { { QStringLiteral("error"), message } });
}

std::optional<QJsonObject> jsonBody(const HttpRequest &request, HttpResponse *error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        *error = adminError(
            400, QStringLiteral("expected a JSON object: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

constexpr qsizetype kMaxUpload = 5 * 1024 * 1024;

} // namespace

AdminApi::AdminApi(SimEngine &engine, Faults &faults, MediaHost &mediaHost,
                   NetworkSwitch networkSwitch)
    : m_engine(engine)
    , m_faults(faults)
    , m_mediaHost(mediaHost)
    , m_networkSwitch(std::move(networkSwitch))
    , m_json(engine)
{ }

HttpResponse AdminApi::handle(const HttpRequest &request)
{
    using Method = HttpRequest::Method;
    if (!request.fromLoopback())
        return adminError(403, QStringLiteral("the simulator's controls answer loopback only"));
    const QString &path = request.path;
    if (path == QLatin1String("/sim/inbound") && request.method == Method::Post)
        return inbound(request);
    if (path == QLatin1String("/sim/stats") && request.method == Method::Get)
        return HttpResponse::json(200, m_engine.stats());
    if (path == QLatin1String("/sim/settle") && request.method == Method::Post)
        return HttpResponse::json(200,
                                  QJsonObject { { QStringLiteral("settled"), m_engine.settle() } });
    if (path == QLatin1String("/sim/faults"))
        return faults(request);
    if (path == QLatin1String("/sim/network"))
        return network(request);
    if (path == QLatin1String("/sim/media") && request.method == Method::Post)
        return uploadMedia(request);
    if (path.startsWith(QLatin1String("/sim/media/")) && request.method == Method::Get)
        return serveMedia(path.mid(11));
    if (path == QLatin1String("/sim/media-host/requests")) {
        if (request.method == Method::Delete)
            return HttpResponse::json(
                200,
                QJsonObject { { QStringLiteral("cleared"), qint64(m_mediaHost.clearRequests()) } });
        return HttpResponse::json(
            200, QJsonObject { { QStringLiteral("requests"), m_mediaHost.requests() } });
    }
    return adminError(404, QStringLiteral("no such control: %1").arg(path));
}

HttpResponse AdminApi::inbound(const HttpRequest &request)
{
    HttpResponse error;
    const auto json = jsonBody(request, &error);
    if (!json)
        return error;
    const auto from
        = PhoneNumbers::toE164(json->value(QLatin1String("from")).toString(), QStringLiteral("US"));
    if (!from.ok())
        return adminError(400, QStringLiteral("\"from\" must be a valid phone number"));
    QString to = json->value(QLatin1String("to")).toString();
    if (to.isEmpty())
        to = m_engine.store().numberAt(m_engine.ourNumbers().value(0));
    const auto toIndex = m_engine.store().findNumber(to);
    if (!toIndex || !m_engine.ourNumbers().contains(*toIndex))
        return adminError(400, QStringLiteral("\"to\" must be one of our numbers"));
    QList<quint32> media;
    quint32 variant = 0;
    for (const QJsonValue &value : json->value(QLatin1String("media")).toArray()) {
        const auto kind = mediaKindFromName(value.toString());
        if (!kind)
            return adminError(400,
                              QStringLiteral("unknown media kind \"%1\"; one of photo, "
                                             "screenshot, video, pdf, corrupt")
                                  .arg(value.toString()));
        media.append(m_engine.media().generated(*kind, variant++));
    }
    const QString body = json->value(QLatin1String("body")).toString();
    if (body.isEmpty() && media.isEmpty())
        return adminError(400, QStringLiteral("\"body\" or \"media\" is required"));
    const Sid sid = m_engine.receive(from.e164, to, body, media);
    return HttpResponse::json(201, m_json.message(*m_engine.store().find(sid)));
}

HttpResponse AdminApi::faults(const HttpRequest &request)
{
    switch (request.method) {
    case HttpRequest::Method::Get:
        return HttpResponse::json(200,
                                  QJsonObject { { QStringLiteral("faults"), m_faults.toJson() } });
    case HttpRequest::Method::Delete: {
        const qsizetype count = m_faults.toJson().size();
        m_faults.clear();
        return HttpResponse::json(200,
                                  QJsonObject { { QStringLiteral("cleared"), qint64(count) } });
    }
    case HttpRequest::Method::Post: {
        HttpResponse error;
        const auto json = jsonBody(request, &error);
        if (!json)
            return error;
        QString message;
        auto rule = FaultRule::fromJson(*json, &message);
        if (!rule)
            return adminError(400, message);
        rule->id = m_faults.add(*rule);
        return HttpResponse::json(201, rule->toJson());
    }
    default:
        return adminError(405, QStringLiteral("GET, POST or DELETE"));
    }
}

HttpResponse AdminApi::network(const HttpRequest &request)
{
    if (request.method == HttpRequest::Method::Post) {
        HttpResponse error;
        const auto json = jsonBody(request, &error);
        if (!json)
            return error;
        if (!json->value(QLatin1String("down")).isBool())
            return adminError(400, QStringLiteral("expected {\"down\": true|false}"));
        m_networkDown = json->value(QLatin1String("down")).toBool();
        m_networkSwitch(m_networkDown);
    }
    return HttpResponse::json(200, QJsonObject { { QStringLiteral("down"), m_networkDown } });
}

HttpResponse AdminApi::uploadMedia(const HttpRequest &request)
{
    const QByteArray contentType = request.header("content-type").trimmed();
    if (contentType.isEmpty() || request.body.isEmpty())
        return adminError(400, QStringLiteral("send the bytes with their Content-Type"));
    if (request.body.size() > kMaxUpload)
        return adminError(413, QStringLiteral("at most 5 MB"));
    const quint32 id = m_engine.media().upload(QString::fromLatin1(contentType), request.body);
    emit m_engine.changed();
    const QUrl url = m_engine.baseUrl().resolved(QUrl(QStringLiteral("/sim/media/%1").arg(id)));
    return HttpResponse::json(
        201,
        QJsonObject {
            { QStringLiteral("url"), url.toString() },
            { QStringLiteral("contentType"), QString::fromLatin1(contentType) },
            { QStringLiteral("size"), qint64(request.body.size()) },
        });
}

HttpResponse AdminApi::serveMedia(const QString &id)
{
    bool ok = false;
    const quint32 index = id.toUInt(&ok);
    if (!ok || !m_engine.media().contains(index))
        return adminError(404, QStringLiteral("no such media"));
    return HttpResponse::bytes(200, m_engine.media().contentType(index).toLatin1(),
                               m_engine.media().bytes(index));
}

} // namespace textdesk::sim
