#include "phone/PhoneNumbers.h"

#include <QTest>

using namespace textdesk;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void toE164_data();
    void toE164();
    void rejects_data();
    void rejects();
    void display_data();
    void display();
    void systemRegion();
};

void TestPhoneNumbers::toE164_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    auto row = [](const char *input, const char *region, const char *e164) {
        QTest::addRow("%s: %s", region, input)
            << QString::fromUtf8(input) << QString::fromUtf8(region) << QString::fromUtf8(e164);
    };
    // United States: how customers and agents write the same number.
    row("(201) 555-0123", "US", "+12015550123");
    row("201-555-0123", "US", "+12015550123");
    row("201.555.0123", "US", "+12015550123");
    row("2015550123", "US", "+12015550123");
    row("1 201 555 0123", "US", "+12015550123");
    row("+1 (201) 555-0123", "US", "+12015550123");
    row("  +12015550123  ", "US", "+12015550123");
    row("001 201 555 0123", "DE", "+12015550123");
    row("(201) 555-0123", "us", "+12015550123"); // region codes in any case
    // Germany: trunk zero, international prefix, the "(0)" habit.
    row("030 123456", "DE", "+4930123456");
    row("030/123456", "DE", "+4930123456");
    row("+49 30 123456", "DE", "+4930123456");
    row("+49 (0)30 123456", "US", "+4930123456");
    row("0049 30 123456", "DE", "+4930123456");
    row("01512 3456789", "DE", "+4915123456789");
    // United Kingdom.
    row("0121 234 5678", "GB", "+441212345678");
    row("07400 123456", "GB", "+447400123456");
    row("+44 7400 123456", "US", "+447400123456");
    row("00 44 121 234 5678", "DE", "+441212345678");
}

void TestPhoneNumbers::toE164()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    const PhoneNumbers::Parsed parsed = PhoneNumbers::toE164(input, region);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.e164, e164);
    QCOMPARE(parsed.error, QString());
}

void TestPhoneNumbers::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("says"); // a word of the explanation
    QTest::newRow("empty") << QString() << QStringLiteral("US")
                           << QStringLiteral("Enter a phone number");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("US")
                           << QStringLiteral("Enter a phone number");
    QTest::newRow("too short") << QStringLiteral("5") << QStringLiteral("US")
                               << QStringLiteral("not a phone number");
    QTest::newRow("too short, international")
        << QStringLiteral("+49 3") << QStringLiteral("DE") << QStringLiteral("too short");
    QTest::newRow("seven digits in the US") << QStringLiteral("555-0123") << QStringLiteral("US")
                                            << QStringLiteral("not a valid number");
    QTest::newRow("letters") << QStringLiteral("call me") << QStringLiteral("US")
                             << QStringLiteral("not a phone number");
    QTest::newRow("unknown country code") << QStringLiteral("+999 1234 5678")
                                          << QStringLiteral("US") << QStringLiteral("country code");
    QTest::newRow("no region to go by")
        << QStringLiteral("030 123456") << QStringLiteral("ZZ") << QStringLiteral("country code");
    QTest::newRow("too long") << QStringLiteral("+1 201 555 0123 4567 8901 2345")
                              << QStringLiteral("US") << QStringLiteral("too long");
    QTest::newRow("invalid area code") << QStringLiteral("(000) 555-0123") << QStringLiteral("US")
                                       << QStringLiteral("not a valid number");
}

void TestPhoneNumbers::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, says);
    const PhoneNumbers::Parsed parsed = PhoneNumbers::toE164(input, region);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.e164));
    QCOMPARE(parsed.e164, QString());
    QVERIFY2(parsed.error.contains(says), qPrintable(parsed.error));
    // The explanation quotes what was typed, so the agent sees which field is wrong.
    if (!input.trimmed().isEmpty())
        QVERIFY2(parsed.error.contains(input.trimmed()), qPrintable(parsed.error));
}

void TestPhoneNumbers::display_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("shown");
    QTest::newRow("US at home") << QStringLiteral("+12015550123") << QStringLiteral("US")
                                << QStringLiteral("(201) 555-0123");
    QTest::newRow("US region in lower case")
        << QStringLiteral("+12015550123") << QStringLiteral("us")
        << QStringLiteral("(201) 555-0123");
    QTest::newRow("US abroad") << QStringLiteral("+12015550123") << QStringLiteral("DE")
                               << QStringLiteral("+1 201-555-0123");
    QTest::newRow("DE at home") << QStringLiteral("+4930123456") << QStringLiteral("DE")
                                << QStringLiteral("030 123456");
    QTest::newRow("DE abroad") << QStringLiteral("+4930123456") << QStringLiteral("US")
                               << QStringLiteral("+49 30 123456");
    QTest::newRow("GB mobile at home") << QStringLiteral("+447400123456") << QStringLiteral("GB")
                                       << QStringLiteral("07400 123456");
    QTest::newRow("GB mobile abroad") << QStringLiteral("+447400123456") << QStringLiteral("US")
                                      << QStringLiteral("+44 7400 123456");
    // A Canadian number shares +1 but is not national for a US agent.
    QTest::newRow("CA for a US agent") << QStringLiteral("+16135550123") << QStringLiteral("US")
                                       << QStringLiteral("+1 613-555-0123");
    // Not a number at all: shown as stored rather than lost.
    QTest::newRow("garbage") << QStringLiteral("not a number") << QStringLiteral("US")
                             << QStringLiteral("not a number");
    QTest::newRow("short code") << QStringLiteral("72345") << QStringLiteral("US")
                                << QStringLiteral("72345");
}

void TestPhoneNumbers::display()
{
    QFETCH(QString, e164);
    QFETCH(QString, region);
    QFETCH(QString, shown);
    QCOMPARE(PhoneNumbers::display(e164, region), shown);
}

void TestPhoneNumbers::systemRegion()
{
    const QString region = PhoneNumbers::systemRegion();
    QCOMPARE(region.size(), 2);
    QCOMPARE(region, region.toUpper());
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "TestPhoneNumbers.moc"
