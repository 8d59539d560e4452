#include "SimEngine.h"

#include "HistoryGenerator.h"
#include "Segments.h"
#include "TimeFormat.h"
#include "phone/PhoneNumbers.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimeZone>

#include <array>

Q_LOGGING_CATEGORY(lcSimEngine, "textdesk.sim.engine", QtInfoMsg)

namespace textdesk::sim {

namespace {

enum SidStream : quint32 { MessageStream = 1, MediaStream = 2, HistoryStream = 3 };

ApiError error(int code, const QString &message)
{
    return ApiError { 400, code, message };
}

QString e164OrRaw(const QString &number)
{
    const auto parsed = PhoneNumbers::toE164(number, QStringLiteral("US"));
    return parsed.ok() ? parsed.e164 : number.trimmed();
}

} // namespace

SimEngine::SimEngine(const SimulatorOptions &options, std::unique_ptr<Scenario> scenario,
                     QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_scenario(std::move(scenario))
    , m_media(options.seed)
    , m_messageSids(options.seed, MessageStream)
    , m_mediaSids(options.seed, MediaStream)
    , m_historySids(options.seed, HistoryStream)
    , m_webhooks(new Webhooks(options.authToken.toUtf8(), this))
    , m_lifecycle(
          new Lifecycle(m_store, options.seed, options.failureRate, options.statusStepMs, this))
{
    refreshOurNumbers();
    m_lifecycle->setListener(
        [this](const Sid &sid, Status previous) { onStatusChanged(sid, previous); });
    connect(&m_tickTimer, &QTimer::timeout, this, &SimEngine::tick);
}

SimEngine::~SimEngine() = default;

void SimEngine::refreshOurNumbers()
{
    m_ourNumbers.clear();
    for (const QString &number : m_scenario->ourNumbers())
        m_ourNumbers.append(m_store.internNumber(number));
}

QString SimEngine::accountPath() const
{
    return QLatin1String("/2010-04-01/Accounts/") + m_options.accountSid;
}

qint64 SimEngine::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

void SimEngine::seedHistory()
{
    const qint64 started = now();
    const QList<SeedMessage> seeded
        = m_scenario->history(QDateTime::fromMSecsSinceEpoch(started, QTimeZone::utc()));
    m_store.reserve(seeded.size() + m_options.history);
    for (const SeedMessage &seed : seeded) {
        MessageRow row;
        row.sid = m_historySids.next();
        const quint32 customer = m_store.internNumber(seed.customer);
        const quint32 ours = m_store.internNumber(seed.ourNumber);
        row.direction = seed.inbound ? Direction::Inbound : Direction::OutboundApi;
        row.from = seed.inbound ? customer : ours;
        row.to = seed.inbound ? ours : customer;
        row.body = m_store.addBody(seed.body);
        row.segments = quint8(std::min(255, segmentCount(seed.body)));
        row.created = seed.at.toMSecsSinceEpoch();
        row.status = statusFromName(seed.status)
                         .value_or(seed.inbound ? Status::Received : Status::Delivered);
        row.errorCode = seed.errorCode;
        row.sent = row.status == Status::Failed ? -1 : row.created + 1000;
        row.updated = row.created + 4000;
        row.flags = MessageRow::Priced;
        if (!seed.media.isEmpty()) {
            QList<quint32> contents;
            for (const MediaKind kind : seed.media)
                contents.append(m_media.generated(kind, quint32(m_mediaVariant++)));
            MessageExtra extra;
            extra.media = makeMedia(contents, row.created);
            row.extra = m_store.addExtra(extra);
            row.flags |= MessageRow::Mms;
        }
        m_store.load(row);
        // The provider kept the opt-outs of the past; keywords are exact, so replay them.
        if (seed.inbound) {
            const Keyword keyword = classifyKeyword(seed.body);
            if (keyword == Keyword::OptOut)
                m_optOuts.block(customer, ours);
            else if (keyword == Keyword::OptIn)
                m_optOuts.unblock(customer, ours);
        }
    }
    if (m_options.history > 0) {
        HistoryGenerator generator(m_options.seed, m_options.history, started);
        generator.generate(m_store, m_media, m_historySids, m_mediaSids, m_ourNumbers);
    }
    m_store.finishLoading();
    qCDebug(lcSimEngine) << "history:" << m_store.size() << "messages in" << now() - started
                         << "ms";
}

void SimEngine::run()
{
    const qint64 started = now();
    for (const MessageRow &row : m_store.rows())
        m_lifecycle->track(row, started);
    if (m_options.tickMs > 0)
        m_tickTimer.start(m_options.tickMs);
}

quint32 SimEngine::pickSender(quint32 customer) const
{
    // Sticky sender: the number this customer last talked to, else the first one.
    const auto &rows = m_store.rows();
    const qsizetype limit = std::min<qsizetype>(m_store.size(), 5000);
    for (qsizetype i = 0; i < limit; ++i) {
        const MessageRow &row = rows[size_t(m_store.size() - 1 - i)];
        if (row.to == customer && m_ourNumbers.contains(row.from))
            return row.from;
        if (row.from == customer && m_ourNumbers.contains(row.to))
            return row.to;
    }
    return m_ourNumbers.value(0, kNone);
}

std::optional<quint32> SimEngine::resolveMediaUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return std::nullopt;
    // Media uploaded to this simulator (POST /sim/media) are linked, not copied.
    static const QLatin1String uploads("/sim/media/");
    if (url.path().startsWith(uploads) && url.port() == m_baseUrl.port()) {
        bool ok = false;
        const quint32 id = url.path().mid(uploads.size()).toUInt(&ok);
        if (ok && m_media.contains(id))
            return id;
    }
    return m_media.external(url);
}

MessageRow SimEngine::makeOutbound(quint32 from, quint32 to, const QString &body,
                                   Direction direction)
{
    MessageRow row;
    row.sid = m_messageSids.next();
    row.created = now();
    row.updated = row.created;
    row.from = from;
    row.to = to;
    row.body = m_store.addBody(body);
    row.direction = direction;
    row.status = Status::Queued;
    row.segments = quint8(std::min(255, segmentCount(body)));
    m_lifecycle->decideFate(row);
    return row;
}

QList<MediaItem> SimEngine::makeMedia(const QList<quint32> &contents, qint64 created)
{
    QList<MediaItem> items;
    for (const quint32 content : contents)
        items.append({ m_mediaSids.next(), content, created });
    return items;
}

std::variant<Sid, ApiError> SimEngine::send(const SendRequest &request)
{
    if (request.to.trimmed().isEmpty())
        return error(21604, QStringLiteral("A 'To' phone number is required."));
    if (request.from.trimmed().isEmpty() && request.messagingServiceSid.isEmpty())
        return error(21603, QStringLiteral("A 'From' phone number is required."));
    if (request.body.isEmpty() && request.mediaUrls.isEmpty())
        return error(21602, QStringLiteral("Message body is required."));
    const auto to = PhoneNumbers::toE164(request.to, QStringLiteral("US"));
    if (!to.ok())
        return error(
            21211,
            QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(request.to));
    if (!request.messagingServiceSid.isEmpty()
        && !Sid::parse(request.messagingServiceSid, QLatin1String("MG")))
        return error(21701,
                     QStringLiteral("The Messaging Service Sid %1 is invalid.")
                         .arg(request.messagingServiceSid));
    quint32 from = kNone;
    if (!request.from.trimmed().isEmpty()) {
        const auto found = m_store.findNumber(e164OrRaw(request.from));
        if (!found || !m_ourNumbers.contains(*found))
            return error(21606,
                         QStringLiteral("The From phone number %1 is not a valid, "
                                        "SMS-capable inbound phone number or short code "
                                        "for your account.")
                             .arg(request.from));
        from = *found;
    }
    if (request.body.toUcs4().size() > 1600)
        return error(21617,
                     QStringLiteral("The concatenated message body exceeds the 1600 "
                                    "character limit."));
    if (request.mediaUrls.size() > 10)
        return error(21620, QStringLiteral("A message can have at most 10 MediaUrl values."));
    QList<quint32> contents;
    for (const QString &url : request.mediaUrls) {
        const auto content = resolveMediaUrl(url);
        if (!content)
            return error(21620, QStringLiteral("Invalid media URL: %1").arg(url));
        contents.append(*content);
    }
    qint64 sendAt = -1;
    if (!request.scheduleType.isEmpty() || !request.sendAt.isEmpty()) {
        if (request.messagingServiceSid.isEmpty())
            return error(35118,
                         QStringLiteral("MessagingServiceSid is required to schedule a "
                                        "message."));
        if (request.sendAt.isEmpty())
            return error(35115, QStringLiteral("SendAt is required to schedule a message."));
        const auto at = parseIsoDateTime(request.sendAt);
        const qint64 delta = at ? *at - now() : 0;
        if (request.scheduleType != QLatin1String("fixed") || !at || delta < 15 * 60 * 1000
            || delta > 35LL * 24 * 3600 * 1000)
            return error(35114,
                         QStringLiteral("Scheduling needs ScheduleType=fixed and a SendAt "
                                        "between 15 minutes and 35 days from now."));
        sendAt = *at;
    }
    const std::optional<quint32> customer = m_store.findNumber(to.e164);
    if (customer) {
        const bool blocked = from != kNone ? m_optOuts.isBlocked(*customer, from)
                                           : m_optOuts.isBlockedAnywhere(*customer, m_ourNumbers);
        if (blocked)
            return error(21610, QStringLiteral("Attempt to send to unsubscribed recipient"));
    }
    const quint32 sender = from != kNone ? from : pickSender(customer.value_or(kNone));
    if (m_lifecycle->pendingFrom(sender) >= m_options.queueCap)
        return error(21611,
                     QStringLiteral("This 'From' number has exceeded the maximum number "
                                    "of queued messages"));

    MessageRow row
        = makeOutbound(sender, m_store.internNumber(to.e164), request.body, Direction::OutboundApi);
    if (sendAt >= 0)
        row.status = Status::Scheduled;
    else if (from == kNone)
        row.status = Status::Accepted;
    if (!contents.isEmpty() || !request.messagingServiceSid.isEmpty()
        || !request.statusCallback.isEmpty() || sendAt >= 0) {
        MessageExtra extra;
        extra.media = makeMedia(contents, row.created);
        extra.messagingServiceSid = request.messagingServiceSid;
        extra.statusCallback = request.statusCallback;
        extra.sendAt = sendAt;
        row.extra = m_store.addExtra(extra);
        if (!contents.isEmpty())
            row.flags |= MessageRow::Mms;
    }
    const MessageRow &stored = m_store.append(row);
    const Sid sid = stored.sid;
    m_lifecycle->track(stored, now());
    emit changed();
    return sid;
}

Sid SimEngine::receive(const QString &fromNumber, const QString &toNumber, const QString &body,
                       const QList<quint32> &media)
{
    MessageRow row;
    row.sid = m_messageSids.next();
    row.created = now();
    row.updated = row.created;
    row.sent = row.created;
    row.from = m_store.internNumber(e164OrRaw(fromNumber));
    row.to = m_store.internNumber(e164OrRaw(toNumber));
    row.body = m_store.addBody(body);
    row.direction = Direction::Inbound;
    row.status = Status::Received;
    row.segments = quint8(std::min(255, segmentCount(body)));
    row.flags = MessageRow::Priced;
    if (!media.isEmpty()) {
        MessageExtra extra;
        extra.media = makeMedia(media, row.created);
        row.extra = m_store.addExtra(extra);
        row.flags |= MessageRow::Mms;
    }
    const MessageRow stored = m_store.append(row);
    const Keyword keyword = media.isEmpty() ? classifyKeyword(body) : Keyword::None;
    postInboundWebhook(stored, keyword);
    // The provider records the block, still delivers the message, and confirms; an opted-out
    // number gets no HELP reply.
    const bool wasBlocked = m_optOuts.isBlocked(stored.from, stored.to);
    if (keyword == Keyword::OptOut)
        m_optOuts.block(stored.from, stored.to);
    else if (keyword == Keyword::OptIn)
        m_optOuts.unblock(stored.from, stored.to);
    if (keyword != Keyword::None && !(keyword == Keyword::Help && wasBlocked)
        && m_ourNumbers.contains(stored.to))
        sendAutoReply(stored.from, stored.to, keyword);
    emit changed();
    return stored.sid;
}

void SimEngine::sendAutoReply(quint32 customer, quint32 ourNumber, Keyword keyword)
{
    const MessageRow &stored = m_store.append(
        makeOutbound(ourNumber, customer, autoReply(keyword), Direction::OutboundReply));
    m_lifecycle->track(stored, now());
}

std::optional<ApiError> SimEngine::cancel(const Sid &sid)
{
    MessageRow *row = m_store.find(sid);
    if (!row)
        return ApiError { 404, 20404, QStringLiteral("The requested resource was not found") };
    if (row->status != Status::Scheduled)
        return error(35119, QStringLiteral("Only a scheduled message can be canceled."));
    const Status previous = row->status;
    row->status = Status::Canceled;
    row->updated = now();
    m_lifecycle->forget(sid);
    onStatusChanged(sid, previous);
    return std::nullopt;
}

bool SimEngine::redact(const Sid &sid)
{
    MessageRow *row = m_store.find(sid);
    if (!row)
        return false;
    m_store.forgetBody(row->body);
    row->body = 0;
    row->updated = now();
    emit changed();
    return true;
}

bool SimEngine::remove(const Sid &sid)
{
    m_lifecycle->forget(sid);
    if (!m_store.remove(sid))
        return false;
    emit changed();
    return true;
}

bool SimEngine::removeMedia(const Sid &message, const Sid &media)
{
    const MessageRow *row = m_store.find(message);
    if (!row || row->extra == kNone)
        return false;
    QList<MediaItem> &items = m_store.extra(row->extra).media;
    const qsizetype removed
        = items.removeIf([&](const MediaItem &item) { return item.sid == media; });
    if (removed)
        emit changed();
    return removed > 0;
}

int SimEngine::settle()
{
    return m_lifecycle->settle(now());
}

void SimEngine::onStatusChanged(const Sid &sid, Status previous)
{
    Q_UNUSED(previous)
    const MessageRow *found = m_store.find(sid);
    if (!found)
        return;
    const MessageRow row = *found;
    const MessageExtra *extra = row.extra != kNone ? &m_store.extra(row.extra) : nullptr;
    const QUrl callback = extra && !extra->statusCallback.isEmpty() ? QUrl(extra->statusCallback)
                                                                    : m_options.webhookUrl;
    if (!callback.isEmpty()) {
        const QString sidText = row.sid.toString(row.sidPrefix());
        const QString status = statusName(row.status);
        FormFields fields {
            { QStringLiteral("MessageSid"), sidText },
            { QStringLiteral("SmsSid"), sidText },
            { QStringLiteral("AccountSid"), m_options.accountSid },
            { QStringLiteral("From"), row.from != kNone ? m_store.numberAt(row.from) : QString() },
            { QStringLiteral("To"), m_store.numberAt(row.to) },
            { QStringLiteral("MessageStatus"), status },
            { QStringLiteral("SmsStatus"), status },
            { QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01") },
        };
        if (extra && !extra->messagingServiceSid.isEmpty())
            fields.append({ QStringLiteral("MessagingServiceSid"), extra->messagingServiceSid });
        if (row.errorCode)
            fields.append({ QStringLiteral("ErrorCode"), QString::number(row.errorCode) });
        if (row.status == Status::Delivered || row.status == Status::Undelivered)
            fields.append({ QStringLiteral("RawDlrDoneDate"), rawDlrDoneDate(row.updated) });
        m_webhooks->post(callback, fields);
    }
    if (row.status == Status::Delivered && row.direction == Direction::OutboundApi) {
        const auto reactions = m_scenario->reactTo(
            m_store.numberAt(row.to), m_store.numberAt(row.from), m_store.bodyAt(row.body));
        for (const ScriptedInbound &inbound : reactions)
            scheduleInbound(inbound);
    }
    emit changed();
}

void SimEngine::postInboundWebhook(const MessageRow &row, Keyword keyword)
{
    if (m_options.webhookUrl.isEmpty())
        return;
    const QString sidText = row.sid.toString(row.sidPrefix());
    const QList<MediaItem> media
        = row.extra != kNone ? m_store.extra(row.extra).media : QList<MediaItem>();
    FormFields fields {
        { QStringLiteral("MessageSid"), sidText },
        { QStringLiteral("SmsMessageSid"), sidText },
        { QStringLiteral("SmsSid"), sidText },
        { QStringLiteral("AccountSid"), m_options.accountSid },
        { QStringLiteral("From"), m_store.numberAt(row.from) },
        { QStringLiteral("To"), m_store.numberAt(row.to) },
        { QStringLiteral("Body"), m_store.bodyAt(row.body) },
        { QStringLiteral("NumMedia"), QString::number(media.size()) },
        { QStringLiteral("NumSegments"), QString::number(row.segments) },
        { QStringLiteral("SmsStatus"), QStringLiteral("received") },
        { QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01") },
    };
    for (qsizetype i = 0; i < media.size(); ++i) {
        const QString path = accountPath() + QLatin1String("/Messages/") + sidText
            + QLatin1String("/Media/") + media[i].sid.toString(QLatin1String("ME"));
        fields.append({ QStringLiteral("MediaUrl%1").arg(i),
                        m_baseUrl.resolved(QUrl(path)).toString(QUrl::FullyEncoded) });
        fields.append(
            { QStringLiteral("MediaContentType%1").arg(i), m_media.contentType(media[i].content) });
    }
    if (keyword != Keyword::None)
        fields.append({ QStringLiteral("OptOutType"), optOutType(keyword) });
    m_webhooks->post(m_options.webhookUrl, fields);
}

void SimEngine::scheduleInbound(const ScriptedInbound &inbound)
{
    QTimer::singleShot(std::max(0, inbound.delayMs), this, [this, inbound] {
        QList<quint32> media;
        for (const MediaKind kind : inbound.media)
            media.append(m_media.generated(kind, quint32(m_mediaVariant++)));
        receive(inbound.customer, inbound.ourNumber, inbound.body, media);
    });
}

void SimEngine::tick()
{
    const auto started = m_scenario->tick(QDateTime::fromMSecsSinceEpoch(now(), QTimeZone::utc()));
    for (const ScriptedInbound &inbound : started)
        scheduleInbound(inbound);
}

QJsonObject SimEngine::stats() const
{
    std::array<int, 4> directions {};
    std::array<int, 12> statuses {};
    for (const MessageRow &row : m_store.rows()) {
        ++directions[size_t(row.direction)];
        ++statuses[size_t(row.status)];
    }
    QJsonObject direction;
    for (size_t i = 0; i < directions.size(); ++i) {
        if (directions[i])
            direction.insert(directionName(Direction(i)), directions[i]);
    }
    QJsonObject status;
    for (size_t i = 0; i < statuses.size(); ++i) {
        if (statuses[i])
            status.insert(statusName(Status(i)), statuses[i]);
    }
    return {
        { QStringLiteral("total"), qint64(m_store.size()) },
        { QStringLiteral("direction"), direction },
        { QStringLiteral("status"), status },
        { QStringLiteral("pendingTransitions"), m_lifecycle->pending() },
        { QStringLiteral("optOuts"), qint64(m_optOuts.size()) },
        { QStringLiteral("webhooks"),
          QJsonObject { { QStringLiteral("delivered"), m_webhooks->delivered() },
                        { QStringLiteral("failed"), m_webhooks->failed() },
                        { QStringLiteral("pending"), m_webhooks->pending() } } },
    };
}

QList<quint64> SimEngine::sidCounters() const
{
    return { m_messageSids.counter(), m_mediaSids.counter(), m_historySids.counter(),
             m_mediaVariant };
}

void SimEngine::restoreSidCounters(const QList<quint64> &counters)
{
    m_messageSids.setCounter(counters.value(0));
    m_mediaSids.setCounter(counters.value(1));
    m_historySids.setCounter(counters.value(2));
    m_mediaVariant = counters.value(3);
}

} // namespace textdesk::sim
