#include "provider/TwilioClient.h"
#include "provider/TwilioJson.h"

#include <QtCore/QDateTime>
#include <QtCore/QUrlQuery>
#include <QtTest/QTest>

using namespace textdesk::provider;
namespace tw = textdesk::provider::twilio;

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
        QVERIFY(
            TwilioCredentials::isAccountSid(QStringLiteral("AC0123456789abcdef0123456789abcdef")));
        QVERIFY(
            TwilioCredentials::isApiKeySid(QStringLiteral("SK0123456789abcdef0123456789abcdef")));
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
