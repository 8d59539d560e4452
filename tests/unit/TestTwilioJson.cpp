#include "provider/JsonReader.h"
#include "provider/TwilioClient.h"
#include "provider/TwilioJson.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>
#include <QtCore/QUrlQuery>
#include <QtTest/QTest>

#include <algorithm>

using namespace textdesk::provider;
namespace tw = textdesk::provider::twilio;
namespace json = textdesk::provider::json;

namespace {

// The QJsonDocument path parseMessagePage() used to take: the reference the reader must match.
std::optional<MessagePage> referencePage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue messages = object.value(QLatin1String("messages"));
    if (!messages.isArray())
        return std::nullopt;
    MessagePage page;
    for (const QJsonValue &value : messages.toArray()) {
        if (value.isObject())
            page.messages.append(tw::parseMessage(value.toObject()));
    }
    const QJsonValue next = object.value(QLatin1String("next_page_uri"));
    page.nextPageUri = next.isString() ? next.toString() : QString();
    return page;
}

// Empty when equal (QString compared unit by unit), else where they differ.
QString difference(const ProviderMessage &a, const ProviderMessage &b)
{
    const auto text = [](const QString &s) {
        QString units;
        for (QChar c : s)
            units += QString::number(c.unicode(), 16) + u' ';
        return units;
    };
#define TEXTDESK_SAME_STRING(field)                                                                \
    if (a.field != b.field)                                                                        \
        return QStringLiteral(#field ": [%1] vs [%2]").arg(text(a.field), text(b.field));
#define TEXTDESK_SAME_NUMBER(field)                                                                \
    if (a.field != b.field)                                                                        \
        return QStringLiteral(#field ": %1 vs %2").arg(a.field).arg(b.field);
    TEXTDESK_SAME_STRING(sid)
    TEXTDESK_SAME_STRING(accountSid)
    TEXTDESK_SAME_STRING(messagingServiceSid)
    TEXTDESK_SAME_STRING(from)
    TEXTDESK_SAME_STRING(to)
    TEXTDESK_SAME_STRING(body)
    TEXTDESK_SAME_STRING(status)
    TEXTDESK_SAME_STRING(direction)
    TEXTDESK_SAME_NUMBER(numSegments)
    TEXTDESK_SAME_NUMBER(numMedia)
    TEXTDESK_SAME_STRING(price)
    TEXTDESK_SAME_STRING(priceUnit)
    TEXTDESK_SAME_NUMBER(errorCode)
    TEXTDESK_SAME_STRING(errorMessage)
    TEXTDESK_SAME_NUMBER(dateCreatedMs)
    TEXTDESK_SAME_NUMBER(dateUpdatedMs)
    TEXTDESK_SAME_NUMBER(dateSentMs)
    TEXTDESK_SAME_STRING(uri)
#undef TEXTDESK_SAME_STRING
#undef TEXTDESK_SAME_NUMBER
    return {};
}

QString difference(const std::optional<MessagePage> &a, const std::optional<MessagePage> &b)
{
    if (a.has_value() != b.has_value())
        return QStringLiteral("accepted %1 vs %2").arg(a.has_value()).arg(b.has_value());
    if (!a)
        return {};
    if (a->nextPageUri != b->nextPageUri)
        return QStringLiteral("nextPageUri %1 vs %2").arg(a->nextPageUri, b->nextPageUri);
    if (a->messages.size() != b->messages.size())
        return QStringLiteral("%1 vs %2 messages").arg(a->messages.size()).arg(b->messages.size());
    for (qsizetype i = 0; i < a->messages.size(); ++i) {
        const QString d = difference(a->messages[i], b->messages[i]);
        if (!d.isEmpty())
            return QStringLiteral("message %1: %2").arg(i).arg(d);
    }
    return {};
}

// Random Messages.json pages, written as raw JSON text so that escapes, whitespace, key order,
// duplicates and odd value types are all under the generator's control.
class PageGenerator
{
public:
    explicit PageGenerator(quint32 seed)
        : m_random(seed)
    { }

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int bounded(int n) { return int(m_random.bounded(n)); }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(bounded(int(list.size())));
    }

    QByteArray space()
    {
        static const QList<QByteArray> spaces
            = { "", "", "", "", " ", " ", "\n  ", "\t", "\r\n", "  \n\t " };
        return pick(spaces);
    }

    // The inside of a JSON string literal.
    QByteArray stringContent()
    {
        static const QList<QByteArray> pieces = {
            "a",
            "Hello",
            " ",
            "Where is my order?",
            "\xc3\xa9",
            "\xe6\x97\xa5\xe6\x9c\xac",
            "\xf0\x9f\x98\x80",
            "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd",
            "\xef\xbf\xbf",
            "\x7f",
            "\\\"",
            "\\\\",
            "\\/",
            "\\b",
            "\\f",
            "\\n",
            "\\r",
            "\\t",
            "\\u00e9",
            "\\u00E9",
            "\\ud83d\\ude00",
            "\\uD83D\\uDE00",
            "\\u0000",
            "\\u20ac",
            "\\ud83d",
            "\\ude00x",
            "'",
            "<&>",
            "%2B",
            "+14155550100",
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
            "12",
            "-3",
            "007",
        };
        QByteArray out;
        const int n = chance(10) ? 0 : 1 + bounded(8);
        for (int i = 0; i < n; ++i)
            out += pick(pieces);
        return out;
    }

    QByteArray string() { return '"' + stringContent() + '"'; }

    QByteArray number()
    {
        static const QList<QByteArray> numbers = { "0",
                                                   "1",
                                                   "7",
                                                   "-3",
                                                   "30003",
                                                   "2147483647",
                                                   "2147483648",
                                                   "-2147483648",
                                                   "-2147483649",
                                                   "1.0",
                                                   "2.5",
                                                   "1e2",
                                                   "1E+2",
                                                   "-0",
                                                   "0.0",
                                                   "3e-1",
                                                   "4.0e0",
                                                   "12345678901234567890",
                                                   "-1.5e3",
                                                   "9223372036854775807",
                                                   "9223372036854775808",
                                                   "1e308" };
        return pick(numbers);
    }

    // Any JSON value, nested up to `depth` levels.
    QByteArray value(int depth)
    {
        switch (bounded(depth > 0 ? 8 : 6)) {
        case 0:
        case 1:
            return string();
        case 2:
            return number();
        case 3:
            return "null";
        case 4:
            return chance(50) ? "true" : "false";
        case 5:
            return string();
        case 6: {
            QByteArray out = "[" + space();
            const int n = bounded(4);
            for (int i = 0; i < n; ++i)
                out += (i ? QByteArray("," + space()) : QByteArray()) + value(depth - 1) + space();
            return out + "]";
        }
        default: {
            QByteArray out = "{" + space();
            const int n = bounded(4);
            for (int i = 0; i < n; ++i) {
                out += (i ? QByteArray("," + space()) : QByteArray()) + string() + space() + ":"
                    + space() + value(depth - 1) + space();
            }
            return out + "}";
        }
        }
    }

    QByteArray stringField()
    {
        const int roll = bounded(100);
        if (roll < 78)
            return string();
        if (roll < 90)
            return "null";
        return value(2);
    }

    QByteArray intField()
    {
        static const QList<QByteArray> texts
            = { "\"3\"",   "\"  4\"",         "\"-2\"",       "\"x\"",  "\"\"",
                "\"007\"", "\"12345678901\"", "\"1\\u0030\"", "\"+5\"", "\"\xd9\xa3\"",
                "\"1.5\"", "\"30003\"",       "\"0\"",        "\" 7 \"" };
        const int roll = bounded(100);
        if (roll < 45)
            return number();
        if (roll < 85)
            return pick(texts);
        if (roll < 93)
            return "null";
        return value(1);
    }

    QByteArray timeField()
    {
        static const QList<QByteArray> dates = {
            "Fri, 24 May 2019 17:18:27 +0000",
            "24 May 2019 17:18:27 GMT",
            "  Mon, 1 Jan 2024 00:00:00 +0000 ",
            "Fri, 31 Feb 2019 17:18:27 +0000",
            "garbage",
            "",
            "Fri, 24 May 2019 17:18:27 \\u002b0000",
            "Fri, 24 May 2019 17:18:27 +0000\xc3\xa9",
            "Wed, 21 Oct 2015 07:28:00 -0130",
            "Thu, 01 Jan 1970 00:00:00 +0000",
            "Fri, 24 May 2019 17:18:27 +0000                                                     x",
        };
        const int roll = bounded(100);
        if (roll < 50) {
            const qint64 ms = qint64(m_random.bounded(2'000'000'000)) * 1000;
            return '"' + tw::formatRfc2822(ms).toLatin1() + '"';
        }
        if (roll < 85)
            return '"' + pick(dates) + '"';
        if (roll < 93)
            return "null";
        return value(1);
    }

    // A member name, sometimes escaped or near-miss.
    QByteArray key(const QByteArray &name)
    {
        if (chance(4) && !name.isEmpty()) {
            // The same name with one character as a \u escape.
            const int at = bounded(int(name.size()));
            return '"' + name.left(at) + "\\u00" + QByteArray::number(uchar(name[at]), 16)
                + name.mid(at + 1) + '"';
        }
        if (chance(2))
            return '"' + name + "\xc3\xaf\"";
        return '"' + name + '"';
    }

    QByteArray members(QList<QPair<QByteArray, QByteArray>> fields)
    {
        std::shuffle(fields.begin(), fields.end(), m_random);
        QByteArray out = "{" + space();
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += "," + space();
            out += key(fields[i].first) + space() + ":" + space() + fields[i].second + space();
        }
        return out + "}";
    }

    QByteArray message()
    {
        static const QList<QByteArray> strings
            = { "sid",        "account_sid", "messaging_service_sid",
                "from",       "to",          "body",
                "status",     "direction",   "price",
                "price_unit", "uri",         "error_message" };
        static const QList<QByteArray> ints = { "num_segments", "num_media", "error_code" };
        static const QList<QByteArray> times = { "date_created", "date_updated", "date_sent" };
        static const QList<QByteArray> unknown = { "api_version",
                                                   "subresource_uris",
                                                   "some_future_field",
                                                   "tags",
                                                   "",
                                                   "SID",
                                                   "sid ",
                                                   "date",
                                                   "num" };
        QList<QPair<QByteArray, QByteArray>> fields;
        for (const QByteArray &name : strings) {
            if (chance(88))
                fields.append({ name, stringField() });
        }
        for (const QByteArray &name : ints) {
            if (chance(88))
                fields.append({ name, intField() });
        }
        for (const QByteArray &name : times) {
            if (chance(88))
                fields.append({ name, timeField() });
        }
        const int extra = bounded(4);
        for (int i = 0; i < extra; ++i)
            fields.append({ pick(unknown), value(3) });
        if (chance(8) && !fields.isEmpty()) // a duplicate: the last one must win
            fields.append({ pick(fields).first, chance(50) ? stringField() : intField() });
        return members(fields);
    }

    QByteArray page(int maxMessages)
    {
        QByteArray list = "[" + space();
        const int n = bounded(maxMessages + 1);
        for (int i = 0; i < n; ++i) {
            if (i)
                list += "," + space();
            list += (chance(92) ? message() : value(2)) + space();
        }
        list += "]";
        QList<QPair<QByteArray, QByteArray>> fields = {
            { "end", number() }, { "first_page_uri", string() },
            { "page", "0" },     { "previous_page_uri", "null" },
            { "uri", string() },
        };
        const int roll = bounded(100);
        if (roll < 94)
            fields.append({ "messages", list });
        else if (roll < 97)
            fields.append({ "messages", value(2) });
        if (chance(3)) // the earlier one must lose
            fields.prepend(
                { "messages", chance(50) ? QByteArray("[{\"sid\": \"SMx\"}]") : value(1) });
        if (chance(85))
            fields.append({ "next_page_uri", stringField() });
        if (chance(30))
            fields.append({ "meta", value(3) });
        return space() + members(fields) + space();
    }

private:
    QRandomGenerator m_random;
};

} // namespace

class TestTwilioJson : public QObject
{
    Q_OBJECT

private slots:
    void formEncodingKeepsPlusAndRepeatedKeys()
    {
        const QByteArray form = tw::formEncode(
            { { QStringLiteral("To"), QStringLiteral("+14155550100") },
              { QStringLiteral("Body"), QStringLiteral("Hi & bye = 100% ✓") },
              { QStringLiteral("MediaUrl"), QStringLiteral("https://a.example/1.jpg") },
              { QStringLiteral("MediaUrl"), QStringLiteral("https://a.example/2.jpg") },
              { QStringLiteral("DateSent>"), QStringLiteral("2024-01-02") } });
        QCOMPARE(
            form,
            QByteArray(
                "To=%2B14155550100&Body=Hi%20%26%20bye%20%3D%20100%25%20%E2%9C%93"
                "&MediaUrl=https%3A%2F%2Fa.example%2F1.jpg&MediaUrl=https%3A%2F%2Fa.example%2F2.jpg"
                "&DateSent%3E=2024-01-02"));
        // What a server decodes is what we meant, with both MediaUrl values in order.
        const QUrlQuery decoded(QString::fromLatin1(form));
        QCOMPARE(decoded.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded),
                 QStringLiteral("+14155550100"));
        QCOMPARE(decoded.allQueryItemValues(QStringLiteral("MediaUrl"), QUrl::FullyDecoded).size(),
                 2);
    }

    void rfc2822_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("isoUtc");
        QTest::newRow("twilio") << "Fri, 24 May 2019 17:18:27 +0000"
                                << "2019-05-24T17:18:27Z";
        QTest::newRow("offset") << "Fri, 24 May 2019 19:18:27 +0200"
                                << "2019-05-24T17:18:27Z";
        QTest::newRow("negative offset") << "Thu, 01 Jan 1970 00:00:00 -0130"
                                         << "1970-01-01T01:30:00Z";
        QTest::newRow("gmt") << "Wed, 21 Oct 2015 07:28:00 GMT"
                             << "2015-10-21T07:28:00Z";
        QTest::newRow("no day name") << "29 Feb 2024 23:59:59 +0000"
                                     << "2024-02-29T23:59:59Z";
        QTest::newRow("one-digit day") << "Mon, 1 Jan 2024 00:00:00 +0000"
                                       << "2024-01-01T00:00:00Z";
    }

    void rfc2822()
    {
        QFETCH(QString, text);
        QFETCH(QString, isoUtc);
        const auto ms = tw::parseRfc2822(text);
        QVERIFY2(ms.has_value(), qPrintable(text));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate), isoUtc);
        // Our own formatting reads back to the same instant.
        QCOMPARE(tw::parseRfc2822(tw::formatRfc2822(*ms)), ms);
    }

    void rfc2822Rejects()
    {
        QVERIFY(!tw::parseRfc2822(u"").has_value());
        QVERIFY(!tw::parseRfc2822(u"yesterday").has_value());
        QVERIFY(!tw::parseRfc2822(u"Fri, 31 Feb 2019 17:18:27 +0000").has_value());
        QVERIFY(!tw::parseRfc2822(u"Fri, 24 Foo 2019 17:18:27 +0000").has_value());
    }

    void retryAfter()
    {
        const qint64 now = tw::parseRfc2822(u"Wed, 21 Oct 2015 07:28:00 GMT").value();
        QCOMPARE(tw::parseRetryAfter("2", now), std::optional<qint64>(2000));
        QCOMPARE(tw::parseRetryAfter(" 0 ", now), std::optional<qint64>(0));
        QCOMPARE(tw::parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now),
                 std::optional<qint64>(30000));
        QCOMPARE(tw::parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now),
                 std::optional<qint64>(0));
        QVERIFY(!tw::parseRetryAfter("", now).has_value());
        QVERIFY(!tw::parseRetryAfter("soon", now).has_value());
        QVERIFY(!tw::parseRetryAfter("-5", now).has_value());
    }

    void messagePage()
    {
        const QByteArray body = R"({
          "messages": [{
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "api_version": "2010-04-01",
            "body": "Where is my order?", "date_created": "Fri, 24 May 2019 17:18:27 +0000",
            "date_sent": null, "date_updated": "Fri, 24 May 2019 17:18:28 +0000",
            "direction": "outbound-api", "error_code": 30003, "error_message": "Unreachable destination handset",
            "from": "+14155550100", "messaging_service_sid": null, "num_media": "2", "num_segments": "1",
            "price": "-0.00750", "price_unit": "USD", "sid": "SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "status": "undelivered", "subresource_uris": {"media": "/x/Media.json"}, "to": "+14155550111",
            "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.json",
            "some_future_field": {"x": 1}
          }],
          "end": 0, "first_page_uri": "/first", "next_page_uri": "/2010-04-01/next?PageToken=PA1",
          "page": 0, "page_size": 50, "previous_page_uri": null, "start": 0, "uri": "/this"
        })";
        ProviderError error;
        const auto page = tw::parseMessagePage(body, &error);
        QVERIFY2(page.has_value(), qPrintable(error.details()));
        QCOMPARE(page->nextPageUri, QStringLiteral("/2010-04-01/next?PageToken=PA1"));
        QCOMPARE(page->messages.size(), 1);
        const ProviderMessage &m = page->messages.first();
        QCOMPARE(m.sid, QStringLiteral("SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        QCOMPARE(m.body, QStringLiteral("Where is my order?"));
        QCOMPARE(m.numMedia, 2);
        QCOMPARE(m.numSegments, 1);
        QCOMPARE(m.errorCode, 30003);
        QCOMPARE(m.status, QStringLiteral("undelivered"));
        QVERIFY(m.isFinal());
        QVERIFY(!m.isInbound());
        QCOMPARE(m.dateSentMs, 0);
        QCOMPARE(m.dateCreatedMs, tw::parseRfc2822(u"Fri, 24 May 2019 17:18:27 +0000").value());
        QCOMPARE(m.price, QStringLiteral("-0.00750"));
    }

    void lastPageAndBadBodies()
    {
        ProviderError error;
        const auto last
            = tw::parseMessagePage(R"({"messages": [], "next_page_uri": null})", &error);
        QVERIFY(last.has_value());
        QVERIFY(last->nextPageUri.isEmpty());

        QVERIFY(!tw::parseMessagePage("<html>Bad gateway</html>", &error).has_value());
        QCOMPARE(error.kind(), ProviderError::Kind::BadResponse);
        QVERIFY(!tw::parseMessagePage(R"({"messages": {"oops": 1}})", &error).has_value());
        QVERIFY(!tw::parseMessagePage(R"({"messages": [{"sid": "SM1")", &error)
                     .has_value()); // cut mid-body
        QVERIFY(!tw::parseMessageBody(R"({"status": "queued"})", &error).has_value());
    }

    void readerStrings()
    {
        json::Reader reader("[\"plain\", \"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\/ "
                            "\\b\\f\\n\\r\\t\", \"\\u00e9t\xc3\xa9\", \"\\ud800x\", \"\"]");
        QVERIFY(reader.enterArray());
        QList<QString> strings;
        while (reader.nextElement()) {
            json::StringRef text;
            QVERIFY(reader.readString(&text));
            strings.append(text.decode());
        }
        QVERIFY2(!reader.failed(), qPrintable(reader.errorString()));
        QVERIFY(reader.atEnd());
        QCOMPARE(strings.size(), 5);
        QCOMPARE(strings[0], QStringLiteral("plain"));
        QCOMPARE(strings[1], QString::fromUtf8("caf\u00e9 \U0001F600 \"q\" \\ / \b\f\n\r\t"));
        QCOMPARE(strings[2], QString::fromUtf8("\u00e9t\u00e9"));
        QCOMPARE(strings[3].size(), 2);
        QCOMPARE(strings[3].at(0).unicode(), 0xd800); // kept lone, as QJsonDocument does
        QVERIFY(strings[4].isEmpty());
    }

    void readerNumbersAndKeys()
    {
        json::Reader reader(
            "{\"s\\u0069d\": 0, \"n\": -0, \"big\": 9223372036854775807,\n            \"bigger\": "
            "9223372036854775808, \"r\": 2.5, \"e\": 1E+2, \"neg\": -2147483648,\n            "
            "\"t\": true, \"f\": false, \"z\": null, \"nested\": {\"a\": [1, {\"b\": []}]}}");
        QVERIFY(reader.enterObject());
        QList<QByteArray> keys;
        QList<json::Number> numbers;
        while (reader.nextMember()) {
            keys.append(reader.key().toByteArray());
            if (reader.peek() == json::Type::Number) {
                json::Number number;
                QVERIFY(reader.readNumber(&number));
                numbers.append(number);
            } else {
                QVERIFY(reader.skipValue());
            }
        }
        QVERIFY2(!reader.failed(), qPrintable(reader.errorString()));
        QVERIFY(reader.atEnd());
        QCOMPARE(keys.first(), QByteArray("sid")); // escapes decoded before matching
        QCOMPARE(keys.size(), 11);
        QCOMPARE(numbers.size(), 7);
        int value = -1;
        QVERIFY(numbers[0].isInteger && numbers[0].toInt(&value) && value == 0);
        QVERIFY(numbers[1].isInteger && numbers[1].integer == 0);
        QVERIFY(numbers[2].isInteger && numbers[2].integer == std::numeric_limits<qint64>::max());
        QVERIFY(!numbers[2].toInt(&value));
        QVERIFY(!numbers[3].isInteger && numbers[3].real == 9223372036854775808.0);
        QVERIFY(!numbers[4].isInteger && !numbers[4].toInt(&value));
        QVERIFY(numbers[5].toInt(&value) && value == 100);
        QVERIFY(numbers[6].toInt(&value) && value == std::numeric_limits<int>::min());
    }

    void readerErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5;
        QTest::newRow("trailing garbage") << QByteArray("{} x") << 3;
        QTest::newRow("second document") << QByteArray("{}{}") << 2;
        QTest::newRow("trailing comma") << QByteArray("{\"a\": [1,]}") << 9;
        QTest::newRow("unterminated") << QByteArray("{\"a\": \"b") << 8;
        QTest::newRow("bad escape") << QByteArray("{\"a\": \"\\x\"}") << 7;
        QTest::newRow("bad unicode escape") << QByteArray("{\"a\": \"\\u12G4\"}") << 7;
        QTest::newRow("control character") << QByteArray("{\"a\": \"\t\"}") << 7;
        QTest::newRow("overlong") << QByteArray("{\"a\": \"\xc0\x80\"}") << 7;
        QTest::newRow("utf-8 surrogate") << QByteArray("{\"a\": \"\xed\xa0\x80\"}") << 7;
        QTest::newRow("beyond U+10FFFF") << QByteArray("{\"a\": \"\xf4\x90\x80\x80\"}") << 7;
        QTest::newRow("lone continuation") << QByteArray("{\"a\": \"\x80\"}") << 7;
        QTest::newRow("leading zero") << QByteArray("{\"a\": 01}") << 7;
        QTest::newRow("bare fraction") << QByteArray("{\"a\": .5}") << 6;
        QTest::newRow("no fraction digits") << QByteArray("{\"a\": 1.}") << 8;
        QTest::newRow("no exponent digits") << QByteArray("{\"a\": 1e}") << 8;
        QTest::newRow("lone minus") << QByteArray("{\"a\": -}") << 7;
        QTest::newRow("plus") << QByteArray("{\"a\": +1}") << 6;
        QTest::newRow("bad literal") << QByteArray("{\"a\": nul}") << 6;
        QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 1;
        QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 1;
        QTest::newRow("mismatched bracket") << QByteArray("{\"a\": [1}}") << 8;
        QTest::newRow("empty") << QByteArray() << 0;
    }

    void readerErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        json::Reader reader(text);
        QVERIFY(!reader.skipValue() || !reader.atEnd());
        QVERIFY(reader.failed());
        QCOMPARE(reader.errorOffset(), offset);
        QVERIFY(!reader.errorString().isEmpty());
    }

    // The page decoder against the QJsonDocument path on many random pages.
    void pagesMatchQJsonDocument()
    {
        PageGenerator generator(20240611);
        int accepted = 0;
        int messages = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray body = generator.page(8);
            const auto expected = referencePage(body);
            ProviderError error;
            const auto actual = tw::parseMessagePage(body, &error);
            const QString d = difference(actual, expected);
            if (!d.isEmpty()) {
                qWarning().noquote() << "page" << i << QString::fromUtf8(body);
                QFAIL(qPrintable(d + u' ' + error.details()));
            }
            if (actual) {
                ++accepted;
                messages += int(actual->messages.size());
            } else {
                QCOMPARE(error.kind(), ProviderError::Kind::BadResponse);
            }
        }
        // The generator must mostly produce valid pages, or this test proves little.
        QVERIFY2(accepted > 2500, qPrintable(QString::number(accepted)));
        QVERIFY(messages > 8000);
    }

    // Damaged pages: whatever the reader accepts, QJsonDocument accepts too, with the same result.
    void damagedPagesNeverDiverge()
    {
        PageGenerator generator(7);
        static const QByteArray inserts = "{}[]\",:\\ 0-.eE\x80\xc3\xff\x01tn";
        int rejected = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray body = generator.page(3);
            const int edits = 1 + generator.bounded(3);
            for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                const int at = generator.bounded(int(body.size()));
                const char c = inserts.at(generator.bounded(int(inserts.size())));
                switch (generator.bounded(3)) {
                case 0:
                    body.remove(at, 1);
                    break;
                case 1:
                    body.insert(at, c);
                    break;
                default:
                    body[at] = c;
                    break;
                }
            }
            ProviderError error;
            const auto actual = tw::parseMessagePage(body, &error);
            const auto expected = referencePage(body);
            if (actual) {
                const QString d = difference(actual, expected);
                if (!d.isEmpty()) {
                    qWarning().noquote() << "page" << i << QString::fromUtf8(body);
                    QFAIL(qPrintable(d));
                }
            } else {
                ++rejected;
                QCOMPARE(error.kind(), ProviderError::Kind::BadResponse);
                QVERIFY(!error.details().isEmpty());
            }
        }
        QVERIFY(rejected > 1000);
    }

    // A page cut anywhere is an error, never a shorter page.
    void truncatedPagesFail()
    {
        QList<QByteArray> bodies
            = { "{\"messages\":[{\"sid\":\"SM1\",\"body\":\"caf\\u00e9 \\ud83d\\ude00 \\\"x\\\"\","
                "\"num_media\":\"2\",\"num_segments\":1,\"error_code\":null,"
                "\"date_sent\":\"Fri, 24 May 2019 17:18:27 +0000\","
                "\"to\":\"\xf0\x9f\x98\x80\",\"price\":-0.5e1,\"x\":[true,false,{}]},7],"
                "\"next_page_uri\":null}" };
        PageGenerator generator(99);
        while (bodies.size() < 20) {
            QByteArray body = generator.page(3).trimmed();
            if (referencePage(body) && body.endsWith('}'))
                bodies.append(body);
        }
        for (const QByteArray &body : std::as_const(bodies)) {
            ProviderError error;
            QVERIFY2(tw::parseMessagePage(body, &error).has_value(), qPrintable(error.details()));
            for (qsizetype n = 0; n < body.size(); ++n) {
                const QByteArray prefix = body.left(n);
                ProviderError cut;
                if (tw::parseMessagePage(prefix, &cut).has_value())
                    QFAIL(qPrintable(QString::fromUtf8("accepted a cut page: " + prefix)));
                QCOMPARE(cut.kind(), ProviderError::Kind::BadResponse);
            }
        }
    }

    void malformedPagesFail_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray(" \n ");
        QTest::newRow("bom only") << QByteArray("\xef\xbb\xbf");
        QTest::newRow("html") << QByteArray("<html>Bad gateway</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("string") << QByteArray("\"messages\"");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("no messages") << QByteArray("{\"next_page_uri\": null}");
        QTest::newRow("messages null") << QByteArray("{\"messages\": null}");
        QTest::newRow("last messages not an array")
            << QByteArray("{\"messages\": [], \"messages\": {}}");
        QTest::newRow("garbage after") << QByteArray("{\"messages\": []} x");
        QTest::newRow("two documents") << QByteArray("{\"messages\": []}{}");
        QTest::newRow("trailing comma") << QByteArray("{\"messages\": [],}");
        QTest::newRow("missing comma") << QByteArray("{\"messages\": [] \"x\": 1}");
        QTest::newRow("bad number in unknown field") << QByteArray("{\"messages\": [], \"x\": 1.}");
        QTest::newRow("bad escape in body") << QByteArray("{\"messages\": [{\"body\": \"\\q\"}]}");
        QTest::newRow("invalid utf-8 in body")
            << QByteArray("{\"messages\": [{\"body\": \"\xff\"}]}");
        QTest::newRow("raw newline in body")
            << QByteArray("{\"messages\": [{\"body\": \"a\nb\"}]}");
        QTest::newRow("cut in escape") << QByteArray("{\"messages\": [{\"body\": \"\\u00");
        QTest::newRow("deep") << QByteArray("{\"messages\": [], \"x\": ") + QByteArray(100000, '[');
        QTest::newRow("deep objects")
            << QByteArray("{\"messages\": [], \"x\": ") + QByteArray("{\"a\":").repeated(5000);
    }

    void malformedPagesFail()
    {
        QFETCH(QByteArray, body);
        ProviderError error;
        QVERIFY(!tw::parseMessagePage(body, &error).has_value());
        QCOMPARE(error.kind(), ProviderError::Kind::BadResponse);
        QVERIFY(!error.details().isEmpty());
    }

    // Nesting: QJsonDocument's limit, 1024 levels, the top object included.
    void nestingLimitAsQJsonDocument()
    {
        for (int depth : { 1022, 1023, 1024 }) {
            const QByteArray body = "{\"messages\": [], \"x\": " + QByteArray(depth, '[')
                + QByteArray(depth, ']') + "}";
            const auto actual = tw::parseMessagePage(body, nullptr);
            QCOMPARE(actual.has_value(), referencePage(body).has_value());
            QCOMPARE(actual.has_value(), depth < json::Reader::kMaxDepth);
        }
    }

    void numberEdgesAsQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("number");
        for (const char *n : { "1e400", "-1e400", "1e-400", "4.9e-324", "1.7976931348623157e308",
                               "99999999999999999999999999", "2147483647.0", "2147483647.5",
                               "-2147483648.0", "1e9", "1.5e1", "0e0", "-0.0" })
            QTest::newRow(n) << QByteArray(n);
    }

    void numberEdgesAsQJsonDocument()
    {
        QFETCH(QByteArray, number);
        for (const char *field : { "num_media", "num_segments", "error_code", "unknown" }) {
            const QByteArray body = "{\"messages\": [{\"" + QByteArray(field) + "\": " + number
                + "}], \"n\": " + number + "}";
            const QString d = difference(tw::parseMessagePage(body, nullptr), referencePage(body));
            QVERIFY2(d.isEmpty(), qPrintable(d));
        }
    }

    void messageBody()
    {
        ProviderError error;
        const auto message
            = tw::parseMessageBody("{\"sid\": \"SM1\", \"body\": \"\\u00e9\", \"num_media\": 3, "
                                   "\"subresource_uris\": {\"media\": \"/m\"}}",
                                   &error);
        QVERIFY2(message.has_value(), qPrintable(error.details()));
        QCOMPARE(message->sid, QStringLiteral("SM1"));
        QCOMPARE(message->body, QString(QChar(0xe9)));
        QCOMPARE(message->numMedia, 3);
        QVERIFY(!tw::parseMessageBody("{\"sid\": \"SM1\"} x", &error).has_value());
        QVERIFY(!tw::parseMessageBody("{\"sid\": \"SM1\"", &error).has_value());
        QVERIFY(!tw::parseMessageBody("[]", &error).has_value());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("transient");
        const auto row = [](const char *name, const QByteArray &body, int status,
                            ProviderError::Kind kind, bool transient) {
            QTest::newRow(name) << body << status << int(kind) << transient;
        };
        row("auth", R"({"code": 20003, "message": "Authenticate", "status": 401})", 401,
            ProviderError::Kind::WrongCredentials, false);
        row("opted out",
            R"({"code": 21610, "message": "Attempt to send to unsubscribed recipient", "status": 400})",
            400, ProviderError::Kind::OptedOut, false);
        row("bad number",
            R"({"code": 21211, "message": "Invalid 'To' Phone Number", "status": 400})", 400,
            ProviderError::Kind::InvalidNumber, false);
        row("too long", R"({"code": 21617, "message": "too long", "status": 400})", 400,
            ProviderError::Kind::MessageTooLong, false);
        row("queue full", R"({"code": 21611, "message": "queue full", "status": 400})", 400,
            ProviderError::Kind::QueueFull, true);
        row("throttled", R"({"code": 20429, "message": "Too Many Requests", "status": 429})", 429,
            ProviderError::Kind::RateLimited, true);
        row("scheduling",
            R"({"code": 35118, "message": "MessagingServiceSid is required", "status": 400})", 400,
            ProviderError::Kind::SchedulingRejected, false);
        row("html 502", "<html>Bad gateway</html>", 502, ProviderError::Kind::ProviderDown, true);
        row("unknown 4xx", R"({"code": 99999, "message": "?", "status": 400})", 400,
            ProviderError::Kind::Rejected, false);
    }

    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(bool, transient);
        const ProviderError error = tw::parseError(body, status);
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.isTransient(), transient);
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(!error.message().isEmpty());
        // The provider's own code is kept for support.
        if (body.startsWith('{'))
            QVERIFY(error.details().contains(QString::number(error.providerCode())));
    }

    void sidFormats()
    {
        QVERIFY(TwilioClient::isMessageSid(QStringLiteral("SM0123456789abcdef0123456789ABCDEF")));
        QVERIFY(TwilioClient::isMessageSid(QStringLiteral("MM0123456789abcdef0123456789abcdef")));
        QVERIFY(!TwilioClient::isMessageSid(QStringLiteral("SM0123456789abcdef0123456789abcdeg")));
        QVERIFY(!TwilioClient::isMessageSid(QStringLiteral("SM../../Accounts")));
        QVERIFY(!TwilioClient::isMessageSid(QStringLiteral("ME0123456789abcdef0123456789abcdef")));
        QVERIFY(ProviderCredentials::isAccountSid(
            QStringLiteral("AC0123456789abcdef0123456789abcdef")));
        QVERIFY(
            ProviderCredentials::isApiKeySid(QStringLiteral("SK0123456789abcdef0123456789abcdef")));
    }

    void backoffIsCappedFullJitter()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        policy.random = [] { return 0.999; };
        QVERIFY(policy.backoffMs(1) <= 100 && policy.backoffMs(1) >= 99);
        QVERIFY(policy.backoffMs(2) <= 200 && policy.backoffMs(2) >= 199);
        QVERIFY(policy.backoffMs(4) >= 799);
        QCOMPARE(std::max<qint64>(policy.backoffMs(10), policy.backoffMs(40)) <= 1000, true);
        policy.random = [] { return 0.0; };
        QCOMPARE(policy.backoffMs(5), 0); // full jitter reaches down to zero
    }
};

QTEST_GUILESS_MAIN(TestTwilioJson)
#include "TestTwilioJson.moc"
