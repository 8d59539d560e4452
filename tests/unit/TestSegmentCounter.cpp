#include "sms/SegmentCounter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace textdesk::sms;

Q_DECLARE_METATYPE(textdesk::sms::Encoding)

namespace {

QString times(int n, const QString &s)
{
    return s.repeated(n);
}

const QString kA = QStringLiteral("a");
const QString kZhe = QStringLiteral("ж"); // Cyrillic: outside GSM-7, one UTF-16 unit
const QString kEmoji = QStringLiteral("😀"); // outside the BMP: a surrogate pair
const QString kEuro = QStringLiteral("€"); // GSM-7 extension: two septets

} // namespace

class TestSegmentCounter : public QObject
{
    Q_OBJECT

private slots:
    void analyse_data();
    void analyse();
    void everyBasicCharacterIsOneSeptet();
    void everyExtensionCharacterIsTwoSeptets();
    void firstNonGsmCharacterIsReported_data();
    void firstNonGsmCharacterIsReported();
    void smartEncode_data();
    void smartEncode();
    void smartEncodingMakesTypicalTextGsm7();
    void fastEnoughPerKeystroke();
    void graphemeClustersStayWhole_data();
    void graphemeClustersStayWhole();
    void matchesTwilioCalculator();
};

void TestSegmentCounter::analyse_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("left");

    const auto gsm = Encoding::Gsm7;
    const auto ucs = Encoding::Ucs2;
    QTest::newRow("empty") << QString() << gsm << 0 << 0 << 160;
    QTest::newRow("hello") << QStringLiteral("Hello") << gsm << 1 << 5 << 155;
    QTest::newRow("gsm 160") << times(160, kA) << gsm << 1 << 160 << 0;
    QTest::newRow("gsm 161") << times(161, kA) << gsm << 2 << 161 << 145;
    QTest::newRow("gsm 153*2") << times(306, kA) << gsm << 2 << 306 << 0;
    QTest::newRow("gsm 153*2+1") << times(307, kA) << gsm << 3 << 307 << 152;
    QTest::newRow("gsm 1600") << times(1600, kA) << gsm << 11 << 1600 << 83;

    // The euro sign is an escape plus a septet.
    QTest::newRow("euro ends at 160") << times(158, kA) + kEuro << gsm << 1 << 160 << 0;
    QTest::newRow("euro crosses 160") << times(159, kA) + kEuro << gsm << 2 << 161 << 145;
    // 152 + 2 cannot share the first segment: the escape pair moves to the second whole, which
    // leaves one septet fewer than dividing would say (141, not 142).
    QTest::newRow("euro at the 153 boundary")
        << times(152, kA) + kEuro + times(10, kA) << gsm << 2 << 164 << 141;
    // 306 septets would fit two segments by division, but not without splitting the euro.
    QTest::newRow("euro at the boundary needs a third segment")
        << times(152, kA) + kEuro + times(152, kA) << gsm << 3 << 306 << 152;
    QTest::newRow("brackets at the boundary")
        << times(152, kA) + QStringLiteral("[]") + times(10, kA) << gsm << 2 << 166 << 139;

    QTest::newRow("ucs2 70") << times(70, kZhe) << ucs << 1 << 70 << 0;
    QTest::newRow("ucs2 71") << times(71, kZhe) << ucs << 2 << 71 << 63;
    QTest::newRow("ucs2 67*2") << times(134, kZhe) << ucs << 2 << 134 << 0;
    QTest::newRow("ucs2 67*2+1") << times(135, kZhe) << ucs << 3 << 135 << 66;
    QTest::newRow("one emoji") << kEmoji << ucs << 1 << 2 << 68;
    QTest::newRow("emoji ends at 70") << times(68, kZhe) + kEmoji << ucs << 1 << 70 << 0;
    QTest::newRow("emoji crosses 70") << times(69, kZhe) + kEmoji << ucs << 2 << 71 << 63;
    // 66 + 2 cannot share the first segment: the pair moves to the second whole.
    QTest::newRow("emoji at the 67 boundary")
        << times(66, kZhe) + kEmoji + times(4, kZhe) << ucs << 2 << 72 << 61;
    QTest::newRow("emoji at the boundary needs a third segment")
        << times(66, kZhe) + kEmoji + times(66, kZhe) << ucs << 3 << 134 << 66;
    // In UCS-2 every character is a UTF-16 unit, the euro sign included.
    QTest::newRow("euro in ucs2") << kEuro + kZhe << ucs << 1 << 2 << 68;
    QTest::newRow("backtick") << QStringLiteral("`") << ucs << 1 << 1 << 69;
    QTest::newRow("tab") << QStringLiteral("a\tb") << ucs << 1 << 3 << 67;
    QTest::newRow("unpaired surrogate") << QString(QChar(0xD83D)) << ucs << 1 << 1 << 69;
}

void TestSegmentCounter::analyse()
{
    QFETCH(QString, body);
    QFETCH(Encoding, encoding);
    QFETCH(int, segments);
    QFETCH(int, units);
    QFETCH(int, left);
    const SegmentInfo info = textdesk::sms::analyse(body);
    QCOMPARE(info.encoding, encoding);
    QCOMPARE(info.segments, segments);
    QCOMPARE(info.units, units);
    QCOMPARE(info.unitsLeftInSegment, left);
    QCOMPARE(info.nonGsmCharacter.isEmpty(), encoding == Encoding::Gsm7);
}

void TestSegmentCounter::everyBasicCharacterIsOneSeptet()
{
    // provider-api.md's basic set, as written there.
    const QString basic
        = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    QCOMPARE(basic.size(), 127);
    for (const QChar c : basic) {
        const SegmentInfo info = textdesk::sms::analyse(QString(c));
        QVERIFY2(info.encoding == Encoding::Gsm7, qPrintable(QString(c)));
        QCOMPARE(info.units, 1);
    }
    const SegmentInfo all = textdesk::sms::analyse(basic);
    QCOMPARE(all.encoding, Encoding::Gsm7);
    QCOMPARE(all.units, 127);
}

void TestSegmentCounter::everyExtensionCharacterIsTwoSeptets()
{
    const QString extension = QStringLiteral("\f^{}\\[~]|€");
    for (const QChar c : extension) {
        const SegmentInfo info = textdesk::sms::analyse(QString(c));
        QVERIFY2(info.encoding == Encoding::Gsm7, qPrintable(QString(c)));
        QCOMPARE(info.units, 2);
        QCOMPARE(info.unitsLeftInSegment, 158);
    }
    QCOMPARE(textdesk::sms::analyse(extension).units, 20);
}

void TestSegmentCounter::firstNonGsmCharacterIsReported_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("character");
    QTest::newRow("emoji, whole") << QStringLiteral("Thanks 😀 see you") << kEmoji;
    QTest::newRow("en dash") << QStringLiteral("Mon – Fri") << QStringLiteral("–");
    QTest::newRow("curly apostrophe") << QStringLiteral("It’s here") << QStringLiteral("’");
    QTest::newRow("the first of several") << QStringLiteral("a`b😀c–") << QStringLiteral("`");
    // The basic set has the capital C cedilla only.
    QTest::newRow("small c cedilla") << QStringLiteral("Ça va, garçon") << QStringLiteral("ç");
    QTest::newRow("after 200 gsm characters")
        << times(200, kA) + QStringLiteral("ж") << QStringLiteral("ж");
}

void TestSegmentCounter::firstNonGsmCharacterIsReported()
{
    QFETCH(QString, body);
    QFETCH(QString, character);
    const SegmentInfo info = textdesk::sms::analyse(body);
    QCOMPARE(info.encoding, Encoding::Ucs2);
    QCOMPARE(info.nonGsmCharacter, character);
    QCOMPARE(info.units, int(body.size()));
}

void TestSegmentCounter::smartEncode_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("encoded");
    auto row = [](const char *name, const QString &body, const char *encoded) {
        QTest::newRow(name) << body << QString::fromUtf8(encoded);
    };
    auto one = [](char16_t c) { return QString(QChar(c)); };

    row("left single quote", QStringLiteral("‘a"), "'a");
    row("right single quote", QStringLiteral("it’s"), "it's");
    row("low single quote", QStringLiteral("‚a"), "'a");
    row("reversed single quote", QStringLiteral("‛a"), "'a");
    row("prime", QStringLiteral("5′"), "5'");
    row("modifier apostrophe", QStringLiteral("itʼs"), "it's");
    row("left double quote", QStringLiteral("“a"), "\"a");
    row("right double quote", QStringLiteral("a”"), "a\"");
    row("low double quote", QStringLiteral("„a"), "\"a");
    row("reversed double quote", QStringLiteral("‟a"), "\"a");
    row("double prime", QStringLiteral("5″"), "5\"");
    row("guillemets", QStringLiteral("«a»"), "\"a\"");
    row("hyphen", one(0x2010), "-");
    row("non-breaking hyphen", one(0x2011), "-");
    row("figure dash", one(0x2012), "-");
    row("en dash", QStringLiteral("9–5"), "9-5");
    row("em dash", QStringLiteral("a—b"), "a-b");
    row("horizontal bar", one(0x2015), "-");
    row("minus sign", one(0x2212), "-");
    row("ellipsis", QStringLiteral("wait…"), "wait...");
    const char16_t spaces[] = { 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
                                0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000 };
    for (char16_t c : spaces) {
        QTest::addRow("space U+%04X", unsigned(c))
            << QStringLiteral("a") + one(c) + QStringLiteral("b") << QStringLiteral("a b");
    }
    const char16_t invisible[] = { 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD };
    for (char16_t c : invisible) {
        QTest::addRow("removed U+%04X", unsigned(c))
            << QStringLiteral("a") + one(c) + QStringLiteral("b") << QStringLiteral("ab");
    }
    row("fullwidth ascii", QStringLiteral("Ｈｅｌｌｏ！ＡＢＣ１２３～"), "Hello!ABC123~");
    row("fullwidth first and last", one(0xFF01) + one(0xFF5E), "!~");
    row("all at once", QStringLiteral("“It’s 9–5…”"), "\"It's 9-5...\"");

    // What is not a look-alike stays.
    row("plain", QStringLiteral("Plain text, 100% GSM @ £5"), "Plain text, 100% GSM @ £5");
    row("cyrillic", QStringLiteral("Привет"), "Привет");
    row("emoji", QStringLiteral("ok 👍"), "ok 👍");
    // A joiner inside an emoji sequence is part of the picture (family), not a look-alike.
    row("emoji sequence", QStringLiteral("👨‍👩‍👧"), "👨‍👩‍👧");
    row("heart sequence", QStringLiteral("❤️‍🔥"), "❤️‍🔥");
    row("empty", QString(), "");
}

void TestSegmentCounter::smartEncode()
{
    QFETCH(QString, body);
    QFETCH(QString, encoded);
    QCOMPARE(textdesk::sms::smartEncode(body), encoded);
    QCOMPARE(hasLookAlikes(body), encoded != body);
    // Encoding twice changes nothing more.
    QCOMPARE(textdesk::sms::smartEncode(encoded), encoded);
    QVERIFY(!hasLookAlikes(encoded));
}

void TestSegmentCounter::smartEncodingMakesTypicalTextGsm7()
{
    // Pasted from a word processor: UCS-2 only because of the typography.
    const QString pasted = QStringLiteral("We’re open Mon–Fri… “see you soon”\u00a0– Ana");
    const SegmentInfo before = textdesk::sms::analyse(pasted);
    QCOMPARE(before.encoding, Encoding::Ucs2);
    QCOMPARE(before.nonGsmCharacter, QStringLiteral("’"));
    QVERIFY(hasLookAlikes(pasted));

    const QString encoded = textdesk::sms::smartEncode(pasted);
    QCOMPARE(encoded, QStringLiteral("We're open Mon-Fri... \"see you soon\" - Ana"));
    const SegmentInfo after = textdesk::sms::analyse(encoded);
    QCOMPARE(after.encoding, Encoding::Gsm7);
    QCOMPARE(after.units, int(encoded.size()));
    QVERIFY(after.nonGsmCharacter.isEmpty());
}

void TestSegmentCounter::fastEnoughPerKeystroke()
{
    // The composer's worst case: the 1,600-character limit, mostly GSM-7 with a late emoji.
    const QString body = times(1598, kA) + kEmoji;
    SegmentInfo info;
    QBENCHMARK
    {
        info = textdesk::sms::analyse(body);
    }
    QCOMPARE(info.encoding, Encoding::Ucs2);
    QCOMPARE(info.segments, 24); // 1600 units: 23 full segments of 67, then 59 (pair kept whole)
}

void TestSegmentCounter::graphemeClustersStayWhole_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::newRow("skin tone") << QStringLiteral("👍🏽");
    QTest::newRow("flag") << QStringLiteral("🇺🇸");
    QTest::newRow("keycap") << QStringLiteral("1️⃣");
    QTest::newRow("family") << QStringLiteral("👨‍👩‍👧");
    QTest::newRow("accent") << QStringLiteral("e\u0301");
}

void TestSegmentCounter::graphemeClustersStayWhole()
{
    // A cluster that would straddle the end of the first 67-unit segment (after 66 units) moves
    // to the second whole, as Twilio's calculator does: the second holds it and 4 more.
    QFETCH(QString, cluster);
    const QString body = times(66, kZhe) + cluster + times(4, kZhe);
    const SegmentInfo info = textdesk::sms::analyse(body);
    QCOMPARE(info.encoding, Encoding::Ucs2);
    QCOMPARE(info.segments, 2);
    QCOMPARE(info.unitsLeftInSegment, 67 - int(cluster.size()) - 4);
    // The character named as the reason is the whole cluster, not half of it.
    QCOMPARE(textdesk::sms::analyse(QStringLiteral("ok ") + cluster).nonGsmCharacter, cluster);
}

void TestSegmentCounter::matchesTwilioCalculator()
{
    // Generated once by Twilio's calculator (tests/unit/data/segments/generate.js says how);
    // "smart" cases went through its smart encoding and here through ours.
    QFile file(QStringLiteral(TEXTDESK_SEGMENTS_DATA));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(cases.size() > 3000);
    int checked = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject expected = value.toObject();
        const QString original = expected.value(QLatin1String("body")).toString();
        const bool smart = expected.value(QLatin1String("smart")).toBool();
        const QString body = smart ? textdesk::sms::smartEncode(original) : original;
        const SegmentInfo info = textdesk::sms::analyse(body);
        QString what = QStringLiteral("case %1: %2").arg(checked).arg(original);
        if (smart) // what our smart encoding made of it, code point by code point
            for (const uint c : body.toUcs4())
                what += QStringLiteral(" %1").arg(c, 0, 16);
        const bool ucs2
            = expected.value(QLatin1String("encoding")).toString() == QLatin1String("UCS-2");
        QVERIFY2((info.encoding == Encoding::Ucs2) == ucs2, qPrintable(what));
        QVERIFY2(info.segments == expected.value(QLatin1String("segments")).toInt(),
                 qPrintable(what + QStringLiteral(" → %1 segments").arg(info.segments)));
        QVERIFY2(info.unitsLeftInSegment == expected.value(QLatin1String("left")).toInt(),
                 qPrintable(what + QStringLiteral(" → %1 left").arg(info.unitsLeftInSegment)));
        QVERIFY2(info.nonGsmCharacter == expected.value(QLatin1String("nonGsm")).toString(),
                 qPrintable(what + QStringLiteral(" → “%1”").arg(info.nonGsmCharacter)));
        ++checked;
    }
    QCOMPARE(checked, int(cases.size()));
}

QTEST_GUILESS_MAIN(TestSegmentCounter)
#include "TestSegmentCounter.moc"
