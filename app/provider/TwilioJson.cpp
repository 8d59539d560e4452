#include "TwilioJson.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QUrl>

#include <array>
#include <chrono>

namespace textdesk::provider::twilio {

QByteArray formEncode(const Fields &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

namespace {

constexpr std::array<const char *, 12> kMonths
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

// Reads an unsigned decimal of 1..maxDigits digits at `pos`, advancing it.
std::optional<int> readNumber(QStringView text, qsizetype &pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && digits < maxDigits && text[pos].isDigit()) {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    if (digits == 0)
        return std::nullopt;
    return value;
}

bool expect(QStringView text, qsizetype &pos, QChar c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

void skipSpaces(QStringView text, qsizetype &pos)
{
    while (pos < text.size() && text[pos] == u' ')
        ++pos;
}

std::optional<qint64> parseFixedRfc2822(QStringView text)
{
    qsizetype pos = 0;
    // Optional day name: "Fri, "
    if (text.size() > 4 && text[3] == u',')
        pos = 4;
    skipSpaces(text, pos);
    const auto day = readNumber(text, pos, 2);
    skipSpaces(text, pos);
    if (!day || pos + 3 > text.size())
        return std::nullopt;
    const QStringView monthName = text.sliced(pos, 3);
    int month = 0;
    for (int i = 0; i < 12; ++i) {
        if (monthName.compare(QLatin1String(kMonths[i]), Qt::CaseInsensitive) == 0) {
            month = i + 1;
            break;
        }
    }
    pos += 3;
    skipSpaces(text, pos);
    const auto year = readNumber(text, pos, 4);
    skipSpaces(text, pos);
    const auto hour = readNumber(text, pos, 2);
    if (!month || !year || !hour || !expect(text, pos, u':'))
        return std::nullopt;
    const auto minute = readNumber(text, pos, 2);
    int second = 0;
    if (expect(text, pos, u':')) {
        const auto s = readNumber(text, pos, 2);
        if (!s)
            return std::nullopt;
        second = *s;
    }
    skipSpaces(text, pos);
    if (!minute)
        return std::nullopt;
    int offsetMinutes = 0;
    const QStringView zone = text.sliced(pos);
    if (zone.size() == 5 && (zone[0] == u'+' || zone[0] == u'-')) {
        qsizetype zpos = 1;
        const auto hhmm = readNumber(zone, zpos, 4);
        if (!hhmm || zpos != 5)
            return std::nullopt;
        offsetMinutes = (*hhmm / 100) * 60 + *hhmm % 100;
        if (zone[0] == u'-')
            offsetMinutes = -offsetMinutes;
    } else if (!(zone == QLatin1String("GMT") || zone == QLatin1String("UT")
                 || zone == QLatin1String("UTC") || zone == QLatin1String("Z"))) {
        return std::nullopt;
    }
    if (*day < 1 || *day > 31 || *hour > 23 || *minute > 59 || second > 60)
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day date { std::chrono::year(*year), std::chrono::month(unsigned(month)),
                                std::chrono::day(unsigned(*day)) };
    if (!date.ok())
        return std::nullopt;
    const qint64 days = sys_days(date).time_since_epoch().count();
    const qint64 seconds = days * 86400 + *hour * 3600 + *minute * 60 + second - offsetMinutes * 60;
    return seconds * 1000;
}

QString stringOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

int intOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString())
        return value.toString().toInt();
    return 0;
}

qint64 timeOf(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    return parseRfc2822(value.toString()).value_or(0);
}

std::optional<QJsonObject> objectOf(const QByteArray &body, ProviderError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error) {
            *error = ProviderError(ProviderError::Kind::BadResponse, 200, 0,
                                   parseError.error != QJsonParseError::NoError
                                       ? parseError.errorString()
                                       : QStringLiteral("not a JSON object"));
        }
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonArray> arrayOf(const QJsonObject &object, QLatin1String key,
                                  ProviderError *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        if (error) {
            *error = ProviderError(ProviderError::Kind::BadResponse, 200, 0,
                                   QStringLiteral("no \"%1\" array").arg(key));
        }
        return std::nullopt;
    }
    return value.toArray();
}

} // namespace

std::optional<qint64> parseRfc2822(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto fast = parseFixedRfc2822(text))
        return fast;
    const QDateTime parsed = QDateTime::fromString(text.toString(), Qt::RFC2822Date);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

QString formatRfc2822(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::RFC2822Date);
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    const auto at = parseRfc2822(QString::fromLatin1(trimmed));
    if (!at)
        return std::nullopt;
    return std::max<qint64>(0, *at - nowMs);
}

ProviderMessage parseMessage(const QJsonObject &object)
{
    ProviderMessage m;
    // One pass over the object's members: cheaper than one lookup per field.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key.isEmpty())
            continue;
        switch (key.at(0).unicode()) {
        case u'a':
            if (key == QLatin1String("account_sid"))
                m.accountSid = stringOf(value);
            break;
        case u'b':
            if (key == QLatin1String("body"))
                m.body = stringOf(value);
            break;
        case u'd':
            if (key == QLatin1String("direction"))
                m.direction = stringOf(value);
            else if (key == QLatin1String("date_created"))
                m.dateCreatedMs = timeOf(value);
            else if (key == QLatin1String("date_updated"))
                m.dateUpdatedMs = timeOf(value);
            else if (key == QLatin1String("date_sent"))
                m.dateSentMs = timeOf(value);
            break;
        case u'e':
            if (key == QLatin1String("error_code"))
                m.errorCode = intOf(value);
            else if (key == QLatin1String("error_message"))
                m.errorMessage = stringOf(value);
            break;
        case u'f':
            if (key == QLatin1String("from"))
                m.from = stringOf(value);
            break;
        case u'm':
            if (key == QLatin1String("messaging_service_sid"))
                m.messagingServiceSid = stringOf(value);
            break;
        case u'n':
            if (key == QLatin1String("num_segments"))
                m.numSegments = intOf(value);
            else if (key == QLatin1String("num_media"))
                m.numMedia = intOf(value);
            break;
        case u'p':
            if (key == QLatin1String("price"))
                m.price = stringOf(value);
            else if (key == QLatin1String("price_unit"))
                m.priceUnit = stringOf(value);
            break;
        case u's':
            if (key == QLatin1String("sid"))
                m.sid = stringOf(value);
            else if (key == QLatin1String("status"))
                m.status = stringOf(value);
            break;
        case u't':
            if (key == QLatin1String("to"))
                m.to = stringOf(value);
            break;
        case u'u':
            if (key == QLatin1String("uri"))
                m.uri = stringOf(value);
            break;
        default:
            break;
        }
    }
    return m;
}

std::optional<MessagePage> parseMessagePage(const QByteArray &body, ProviderError *error)
{
    const auto object = objectOf(body, error);
    if (!object)
        return std::nullopt;
    const auto messages = arrayOf(*object, QLatin1String("messages"), error);
    if (!messages)
        return std::nullopt;
    MessagePage page;
    page.messages.reserve(messages->size());
    for (const QJsonValue &value : *messages) {
        if (value.isObject())
            page.messages.append(parseMessage(value.toObject()));
    }
    page.nextPageUri = stringOf(object->value(QLatin1String("next_page_uri")));
    return page;
}

std::optional<ProviderMessage> parseMessageBody(const QByteArray &body, ProviderError *error)
{
    const auto object = objectOf(body, error);
    if (!object)
        return std::nullopt;
    ProviderMessage message = parseMessage(*object);
    if (message.sid.isEmpty()) {
        if (error)
            *error
                = ProviderError(ProviderError::Kind::BadResponse, 200, 0, QStringLiteral("no sid"));
        return std::nullopt;
    }
    return message;
}

std::optional<QList<ProviderMedia>> parseMediaList(const QByteArray &body, ProviderError *error)
{
    const auto object = objectOf(body, error);
    if (!object)
        return std::nullopt;
    const auto items = arrayOf(*object, QLatin1String("media_list"), error);
    if (!items)
        return std::nullopt;
    QList<ProviderMedia> media;
    for (const QJsonValue &value : *items) {
        const QJsonObject item = value.toObject();
        media.append({ stringOf(item.value(QLatin1String("sid"))),
                       stringOf(item.value(QLatin1String("parent_sid"))),
                       stringOf(item.value(QLatin1String("content_type"))),
                       stringOf(item.value(QLatin1String("uri"))),
                       timeOf(item.value(QLatin1String("date_created"))) });
    }
    return media;
}

std::optional<QList<ProviderNumber>> parseNumbers(const QByteArray &body, ProviderError *error)
{
    const auto object = objectOf(body, error);
    if (!object)
        return std::nullopt;
    const auto items = arrayOf(*object, QLatin1String("incoming_phone_numbers"), error);
    if (!items)
        return std::nullopt;
    QList<ProviderNumber> numbers;
    for (const QJsonValue &value : *items) {
        const QJsonObject item = value.toObject();
        const QJsonObject capabilities = item.value(QLatin1String("capabilities")).toObject();
        numbers.append({ stringOf(item.value(QLatin1String("sid"))),
                         stringOf(item.value(QLatin1String("phone_number"))),
                         stringOf(item.value(QLatin1String("friendly_name"))),
                         capabilities.value(QLatin1String("sms")).toBool(),
                         capabilities.value(QLatin1String("mms")).toBool() });
    }
    return numbers;
}

ProviderError parseError(const QByteArray &body, int httpStatus)
{
    int code = 0;
    QString message;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        code = intOf(object.value(QLatin1String("code")));
        message = stringOf(object.value(QLatin1String("message")));
    }
    return ProviderError(ProviderError::kindForCode(code, httpStatus), httpStatus, code, message);
}

} // namespace textdesk::provider::twilio

namespace textdesk::provider::twilio {

Fields formDecode(const QByteArray &body)
{
    Fields fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({ QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                        QString::fromUtf8(QByteArray::fromPercentEncoding(value)) });
    }
    return fields;
}

} // namespace textdesk::provider::twilio
