#include "TwilioJson.h"

#include "JsonReader.h"
#include "core/Utf8.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QUrl>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <limits>

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
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        // An absurd delay stays absurd (the caller gives up on it) instead of wrapping round.
        constexpr qint64 kMaxSeconds = std::numeric_limits<qint64>::max() / 1000;
        return std::min(seconds, kMaxSeconds) * 1000;
    }
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

namespace {

void setBadResponse(ProviderError *error, const QString &reason)
{
    if (error)
        *error = ProviderError(ProviderError::Kind::BadResponse, 200, 0, reason);
}

// Positions the reader inside the top-level object, or reports what is wrong with the body.
bool enterTopObject(json::Reader &reader, ProviderError *error)
{
    const json::Type type = reader.peek();
    if (type == json::Type::Object)
        return reader.enterObject();
    // Bad JSON is reported as such before its shape, as with QJsonDocument.
    if (type == json::Type::Array && reader.skipValue())
        reader.atEnd();
    setBadResponse(error,
                   reader.failed() ? QString(u"invalid JSON: " + reader.errorString())
                                   : QStringLiteral("not a JSON object"));
    return false;
}

bool finishDocument(json::Reader &reader, ProviderError *error)
{
    if (reader.atEnd())
        return true;
    setBadResponse(error, QString(u"invalid JSON: " + reader.errorString()));
    return false;
}

// The last value read for a field: Twilio repeats the same account, status, numbers and dates
// across a page, and an equal span shares one QString instead of allocating another.
struct StringCache
{
    QByteArrayView raw;
    QString value;
    bool valid = false;
};

struct TimeCache
{
    QByteArrayView raw;
    qint64 ms = 0;
    bool valid = false;
};

struct MessageCaches
{
    StringCache accountSid;
    StringCache messagingServiceSid;
    StringCache from;
    StringCache to;
    StringCache status;
    StringCache direction;
    StringCache price;
    StringCache priceUnit;
    StringCache errorMessage;
    TimeCache time;
};

// Strings as stringOf(): anything else (null included) reads as an empty string.
bool readStringField(json::Reader &reader, QString &out)
{
    if (reader.peek() != json::Type::String) {
        out = QString();
        return reader.skipValue();
    }
    json::StringRef text;
    if (!reader.readString(&text))
        return false;
    out = text.decode();
    return true;
}

bool readStringField(json::Reader &reader, QString &out, StringCache &cache)
{
    if (reader.peek() != json::Type::String) {
        out = QString();
        return reader.skipValue();
    }
    json::StringRef text;
    if (!reader.readString(&text))
        return false;
    if (!cache.valid || cache.raw != text.raw) {
        cache.raw = text.raw;
        cache.value = text.decode();
        cache.valid = true;
    }
    out = cache.value;
    return true;
}

// Integers as intOf(): JSON numbers by QJsonValue::toInt(), strings by QString::toInt().
bool readIntField(json::Reader &reader, int &out)
{
    switch (reader.peek()) {
    case json::Type::Number: {
        json::Number number;
        if (!reader.readNumber(&number))
            return false;
        if (!number.toInt(&out))
            out = 0;
        return true;
    }
    case json::Type::String: {
        json::StringRef text;
        if (!reader.readString(&text))
            return false;
        // Short plain digit runs ("1", "30003") need no QString; anything else takes toInt().
        const QByteArrayView raw = text.raw;
        bool digits = !text.escaped && !raw.isEmpty() && raw.size() <= 9;
        int value = 0;
        for (qsizetype i = 0; digits && i < raw.size(); ++i) {
            digits = raw[i] >= '0' && raw[i] <= '9';
            if (digits)
                value = value * 10 + (raw[i] - '0');
        }
        out = digits ? value : text.decode().toInt();
        return true;
    }
    default:
        out = 0;
        return reader.skipValue();
    }
}

// Times as timeOf(): parseRfc2822 of a string, 0 for anything else or anything unreadable.
bool readTimeField(json::Reader &reader, qint64 &out, TimeCache &cache)
{
    if (reader.peek() != json::Type::String) {
        out = 0;
        return reader.skipValue();
    }
    json::StringRef text;
    if (!reader.readString(&text))
        return false;
    if (cache.valid && cache.raw == text.raw) {
        out = cache.ms;
        return true;
    }
    constexpr qsizetype kShort = 64;
    if (!text.escaped && text.ascii && text.raw.size() <= kShort) {
        // Widened on the stack: parseRfc2822 only needs a view.
        char16_t wide[kShort];
        for (qsizetype i = 0; i < text.raw.size(); ++i)
            wide[i] = char16_t(uchar(text.raw[i]));
        out = parseRfc2822(QStringView(wide, text.raw.size())).value_or(0);
    } else {
        out = parseRfc2822(text.decode()).value_or(0);
    }
    cache = { text.raw, out, true };
    return true;
}

enum class Field {
    Unknown,
    AccountSid,
    Body,
    DateCreated,
    DateSent,
    DateUpdated,
    Direction,
    ErrorCode,
    ErrorMessage,
    From,
    MessagingServiceSid,
    NumMedia,
    NumSegments,
    Price,
    PriceUnit,
    Sid,
    Status,
    To,
    Uri,
};

// The member names parseMessage() knows, matched on raw bytes without allocating.
Field fieldOf(QByteArrayView key)
{
    // The switch has checked the length: a fixed-size memcmp the compiler inlines.
    const auto is = [key]<std::size_t N>(const char(&name)[N]) {
        return std::memcmp(key.data(), name, N - 1) == 0;
    };
    switch (key.size()) {
    case 2:
        return is("to") ? Field::To : Field::Unknown;
    case 3:
        return is("sid") ? Field::Sid : is("uri") ? Field::Uri : Field::Unknown;
    case 4:
        return is("body") ? Field::Body : is("from") ? Field::From : Field::Unknown;
    case 5:
        return is("price") ? Field::Price : Field::Unknown;
    case 6:
        return is("status") ? Field::Status : Field::Unknown;
    case 9:
        return is("date_sent") ? Field::DateSent
            : is("direction")  ? Field::Direction
            : is("num_media")  ? Field::NumMedia
                               : Field::Unknown;
    case 10:
        return is("error_code") ? Field::ErrorCode
            : is("price_unit")  ? Field::PriceUnit
                                : Field::Unknown;
    case 11:
        return is("account_sid") ? Field::AccountSid : Field::Unknown;
    case 12:
        return is("date_created") ? Field::DateCreated
            : is("date_updated")  ? Field::DateUpdated
            : is("num_segments")  ? Field::NumSegments
                                  : Field::Unknown;
    case 13:
        return is("error_message") ? Field::ErrorMessage : Field::Unknown;
    case 21:
        return is("messaging_service_sid") ? Field::MessagingServiceSid : Field::Unknown;
    default:
        return Field::Unknown;
    }
}

// The members of an object already entered, into `m` with parseMessage()'s semantics; a repeated
// name overwrites, so the last one wins as in QJsonObject.
bool readMembers(json::Reader &reader, ProviderMessage &m, MessageCaches &c)
{
    while (reader.nextMember()) {
        bool ok = true;
        switch (fieldOf(reader.key())) {
        case Field::AccountSid:
            ok = readStringField(reader, m.accountSid, c.accountSid);
            break;
        case Field::Body:
            ok = readStringField(reader, m.body);
            break;
        case Field::DateCreated:
            ok = readTimeField(reader, m.dateCreatedMs, c.time);
            break;
        case Field::DateSent:
            ok = readTimeField(reader, m.dateSentMs, c.time);
            break;
        case Field::DateUpdated:
            ok = readTimeField(reader, m.dateUpdatedMs, c.time);
            break;
        case Field::Direction:
            ok = readStringField(reader, m.direction, c.direction);
            break;
        case Field::ErrorCode:
            ok = readIntField(reader, m.errorCode);
            break;
        case Field::ErrorMessage:
            ok = readStringField(reader, m.errorMessage, c.errorMessage);
            break;
        case Field::From:
            ok = readStringField(reader, m.from, c.from);
            break;
        case Field::MessagingServiceSid:
            ok = readStringField(reader, m.messagingServiceSid, c.messagingServiceSid);
            break;
        case Field::NumMedia:
            ok = readIntField(reader, m.numMedia);
            break;
        case Field::NumSegments:
            ok = readIntField(reader, m.numSegments);
            break;
        case Field::Price:
            ok = readStringField(reader, m.price, c.price);
            break;
        case Field::PriceUnit:
            ok = readStringField(reader, m.priceUnit, c.priceUnit);
            break;
        case Field::Sid:
            ok = readStringField(reader, m.sid);
            break;
        case Field::Status:
            ok = readStringField(reader, m.status, c.status);
            break;
        case Field::To:
            ok = readStringField(reader, m.to, c.to);
            break;
        case Field::Uri:
            ok = readStringField(reader, m.uri);
            break;
        case Field::Unknown:
            ok = reader.skipValue(); // subresource_uris, api_version, fields yet to come
            break;
        }
        if (!ok)
            return false;
    }
    return !reader.failed();
}

bool readMessage(json::Reader &reader, ProviderMessage &m, MessageCaches &caches)
{
    return reader.enterObject() && readMembers(reader, m, caches);
}

} // namespace

std::optional<MessagePage> parseMessagePage(const QByteArray &body, ProviderError *error)
{
    // One pass over the bytes straight into ProviderMessage: no QJsonDocument in between.
    json::Reader reader(body);
    MessagePage page;
    bool haveMessages = false;
    if (!enterTopObject(reader, error))
        return std::nullopt;
    StringCache nextPageCache;
    MessageCaches caches;
    while (reader.nextMember()) {
        const QByteArrayView key = reader.key();
        if (key == QByteArrayView("messages")) {
            // Duplicate keys: the last one wins, as in QJsonObject.
            page.messages.clear();
            haveMessages = reader.peek() == json::Type::Array;
            if (!haveMessages) {
                reader.skipValue();
                continue;
            }
            reader.enterArray();
            while (reader.nextElement()) {
                if (reader.peek() != json::Type::Object) {
                    reader.skipValue(); // as before: items that are not objects are dropped
                    continue;
                }
                if (!readMessage(reader, page.messages.emplaceBack(), caches))
                    break;
            }
        } else if (key == QByteArrayView("next_page_uri")) {
            readStringField(reader, page.nextPageUri, nextPageCache);
        } else {
            reader.skipValue();
        }
    }
    if (!finishDocument(reader, error))
        return std::nullopt;
    if (!haveMessages) {
        setBadResponse(error, QStringLiteral("no \"messages\" array"));
        return std::nullopt;
    }
    return page;
}

std::optional<ProviderMessage> parseMessageBody(const QByteArray &body, ProviderError *error)
{
    json::Reader reader(body);
    if (!enterTopObject(reader, error))
        return std::nullopt;
    ProviderMessage message;
    MessageCaches caches;
    readMembers(reader, message, caches);
    if (!finishDocument(reader, error))
        return std::nullopt;
    if (message.sid.isEmpty()) {
        setBadResponse(error, QStringLiteral("no sid"));
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
        fields.append({ utf8Exact(QByteArray::fromPercentEncoding(name)),
                        utf8Exact(QByteArray::fromPercentEncoding(value)) });
    }
    return fields;
}

} // namespace textdesk::provider::twilio
