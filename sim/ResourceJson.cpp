#include "ResourceJson.h"

#include "TimeFormat.h"
#include "phone/PhoneNumbers.h"

#include <QtCore/QJsonValue>

namespace textdesk::sim {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue date(qint64 ms)
{
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(rfc2822(ms));
}

// US list prices; the sign is the provider's (money leaves the account).
QString price(const MessageRow &row)
{
    if (!row.has(MessageRow::Priced) || row.status == Status::Canceled)
        return {};
    if (row.has(MessageRow::Mms))
        return QStringLiteral("-0.02000");
    return QStringLiteral("-%1").arg(0.0079 * std::max<int>(1, row.segments), 0, 'f', 5);
}

void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendNullable(QByteArray &out, const QString &text)
{
    if (text.isNull())
        out += "null";
    else
        appendString(out, text);
}

void appendDate(QByteArray &out, qint64 ms)
{
    if (ms < 0)
        out += "null";
    else
        appendString(out, rfc2822(ms));
}

// Numbers get creation dates before any history: a year before the simulator started.
constexpr qint64 kNumbersCreated = 1'672'531'200'000; // 2023-01-01

} // namespace

ResourceJson::ResourceJson(SimEngine &engine)
    : m_engine(engine)
    , m_accountPath(engine.accountPath())
{ }

QString ResourceJson::messagePath(const MessageRow &row) const
{
    return m_accountPath + QLatin1String("/Messages/") + row.sid.toString(row.sidPrefix());
}

QJsonObject ResourceJson::message(const MessageRow &row) const
{
    const SimStore &store = m_engine.store();
    const QString path = messagePath(row);
    const MessageExtra *extra = row.extra != kNone ? &store.extra(row.extra) : nullptr;
    const qsizetype numMedia = extra ? extra->media.size() : 0;
    return {
        { QStringLiteral("account_sid"), m_engine.options().accountSid },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("body"),
          store.bodyAt(row.body).isNull() ? QStringLiteral("") : store.bodyAt(row.body) },
        { QStringLiteral("date_created"), date(row.created) },
        { QStringLiteral("date_sent"), date(row.sent) },
        { QStringLiteral("date_updated"), date(row.updated) },
        { QStringLiteral("direction"), directionName(row.direction) },
        { QStringLiteral("error_code"),
          row.errorCode ? QJsonValue(row.errorCode) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("error_message"),
          row.errorCode ? QJsonValue(errorMessageFor(row.errorCode))
                        : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("from"),
          row.from != kNone ? QJsonValue(store.numberAt(row.from)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("messaging_service_sid"),
          extra && !extra->messagingServiceSid.isEmpty() ? QJsonValue(extra->messagingServiceSid)
                                                         : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("num_media"), QString::number(numMedia) },
        { QStringLiteral("num_segments"), QString::number(row.segments) },
        { QStringLiteral("price"), nullable(price(row)) },
        { QStringLiteral("price_unit"), QStringLiteral("USD") },
        { QStringLiteral("sid"), row.sid.toString(row.sidPrefix()) },
        { QStringLiteral("status"), statusName(row.status) },
        { QStringLiteral("subresource_uris"),
          QJsonObject {
              { QStringLiteral("media"), QString(path + QLatin1String("/Media.json")) },
              { QStringLiteral("feedback"), QString(path + QLatin1String("/Feedback.json")) },
          } },
        { QStringLiteral("to"), store.numberAt(row.to) },
        { QStringLiteral("uri"), QString(path + QLatin1String(".json")) },
    };
}

void ResourceJson::appendMessage(QByteArray &out, const MessageRow &row) const
{
    // Keys sorted like QJsonDocument writes them; the test compares both paths as JSON.
    const SimStore &store = m_engine.store();
    const QString path = messagePath(row);
    const MessageExtra *extra = row.extra != kNone ? &store.extra(row.extra) : nullptr;
    out += "{\"account_sid\":";
    appendString(out, m_engine.options().accountSid);
    out += ",\"api_version\":\"2010-04-01\",\"body\":";
    appendString(out, store.bodyAt(row.body));
    out += ",\"date_created\":";
    appendDate(out, row.created);
    out += ",\"date_sent\":";
    appendDate(out, row.sent);
    out += ",\"date_updated\":";
    appendDate(out, row.updated);
    out += ",\"direction\":";
    appendString(out, directionName(row.direction));
    if (row.errorCode) {
        out += ",\"error_code\":" + QByteArray::number(row.errorCode) + ",\"error_message\":";
        appendString(out, errorMessageFor(row.errorCode));
    } else {
        out += ",\"error_code\":null,\"error_message\":null";
    }
    out += ",\"from\":";
    appendNullable(out, row.from != kNone ? store.numberAt(row.from) : QString());
    out += ",\"messaging_service_sid\":";
    appendNullable(out,
                   extra && !extra->messagingServiceSid.isEmpty() ? extra->messagingServiceSid
                                                                  : QString());
    out += ",\"num_media\":\"" + QByteArray::number(extra ? extra->media.size() : 0)
        + "\",\"num_segments\":\"" + QByteArray::number(row.segments) + "\",\"price\":";
    appendNullable(out, price(row));
    out += ",\"price_unit\":\"USD\",\"sid\":";
    appendString(out, row.sid.toString(row.sidPrefix()));
    out += ",\"status\":";
    appendString(out, statusName(row.status));
    out += ",\"subresource_uris\":{\"feedback\":";
    appendString(out, QString(path + QLatin1String("/Feedback.json")));
    out += ",\"media\":";
    appendString(out, QString(path + QLatin1String("/Media.json")));
    out += "},\"to\":";
    appendString(out, store.numberAt(row.to));
    out += ",\"uri\":";
    appendString(out, QString(path + QLatin1String(".json")));
    out += '}';
}

QJsonObject ResourceJson::media(const MessageRow &row, const MediaItem &item) const
{
    const QString sid = item.sid.toString(QLatin1String("ME"));
    return {
        { QStringLiteral("account_sid"), m_engine.options().accountSid },
        { QStringLiteral("content_type"), m_engine.media().contentType(item.content) },
        { QStringLiteral("date_created"), date(item.created) },
        { QStringLiteral("date_updated"), date(item.created) },
        { QStringLiteral("parent_sid"), row.sid.toString(row.sidPrefix()) },
        { QStringLiteral("sid"), sid },
        { QStringLiteral("uri"),
          QString(messagePath(row) + QLatin1String("/Media/") + sid + QLatin1String(".json")) },
    };
}

QJsonObject ResourceJson::phoneNumber(qsizetype index) const
{
    SidGenerator sids(m_engine.options().seed, 4);
    sids.setCounter(quint64(index));
    const QString sid = sids.next().toString(QLatin1String("PN"));
    const QString number = m_engine.store().numberAt(m_engine.ourNumbers().at(index));
    const QJsonValue null(QJsonValue::Null);
    QString friendlyName = m_engine.scenario().friendlyName(number);
    if (friendlyName.isEmpty())
        friendlyName = PhoneNumbers::display(number, QStringLiteral("US"));
    const QString created = rfc2822(kNumbersCreated + index * 86'400'000LL);
    return {
        { QStringLiteral("account_sid"), m_engine.options().accountSid },
        { QStringLiteral("address_requirements"), QStringLiteral("none") },
        { QStringLiteral("address_sid"), null },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("beta"), false },
        { QStringLiteral("bundle_sid"), null },
        { QStringLiteral("capabilities"),
          QJsonObject { { QStringLiteral("voice"), true },
                        { QStringLiteral("sms"), true },
                        { QStringLiteral("mms"), true },
                        { QStringLiteral("fax"), false } } },
        { QStringLiteral("date_created"), created },
        { QStringLiteral("date_updated"), created },
        { QStringLiteral("emergency_address_sid"), null },
        { QStringLiteral("emergency_address_status"), QStringLiteral("unregistered") },
        { QStringLiteral("emergency_status"), QStringLiteral("Inactive") },
        { QStringLiteral("friendly_name"), friendlyName },
        { QStringLiteral("identity_sid"), null },
        { QStringLiteral("origin"), QStringLiteral("twilio") },
        { QStringLiteral("phone_number"), number },
        { QStringLiteral("sid"), sid },
        { QStringLiteral("sms_application_sid"), null },
        { QStringLiteral("sms_fallback_method"), QStringLiteral("POST") },
        { QStringLiteral("sms_fallback_url"), QStringLiteral("") },
        { QStringLiteral("sms_method"), QStringLiteral("POST") },
        { QStringLiteral("sms_url"), m_engine.options().webhookUrl.toString(QUrl::FullyEncoded) },
        { QStringLiteral("status"), QStringLiteral("in-use") },
        { QStringLiteral("status_callback"), QStringLiteral("") },
        { QStringLiteral("status_callback_method"), QStringLiteral("POST") },
        { QStringLiteral("trunk_sid"), null },
        { QStringLiteral("type"), QStringLiteral("local") },
        { QStringLiteral("uri"),
          QString(m_accountPath + QLatin1String("/IncomingPhoneNumbers/") + sid
                  + QLatin1String(".json")) },
        { QStringLiteral("voice_application_sid"), null },
        { QStringLiteral("voice_caller_id_lookup"), false },
        { QStringLiteral("voice_fallback_method"), QStringLiteral("POST") },
        { QStringLiteral("voice_fallback_url"), null },
        { QStringLiteral("voice_method"), QStringLiteral("POST") },
        { QStringLiteral("voice_receive_mode"), QStringLiteral("voice") },
        { QStringLiteral("voice_url"), null },
    };
}

QJsonObject ResourceJson::account() const
{
    const QString path = m_accountPath;
    const QString created = rfc2822(kNumbersCreated);
    return {
        { QStringLiteral("date_created"), created },
        { QStringLiteral("date_updated"), created },
        { QStringLiteral("friendly_name"), QStringLiteral("Textdesk simulator") },
        { QStringLiteral("owner_account_sid"), m_engine.options().accountSid },
        { QStringLiteral("sid"), m_engine.options().accountSid },
        { QStringLiteral("status"), QStringLiteral("active") },
        { QStringLiteral("subresource_uris"),
          QJsonObject {
              { QStringLiteral("messages"), QString(path + QLatin1String("/Messages.json")) },
              { QStringLiteral("incoming_phone_numbers"),
                QString(path + QLatin1String("/IncomingPhoneNumbers.json")) },
          } },
        { QStringLiteral("type"), QStringLiteral("Full") },
        { QStringLiteral("uri"), QString(path + QLatin1String(".json")) },
    };
}

} // namespace textdesk::sim
