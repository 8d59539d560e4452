// What a file is, from its bytes; what its label claims, compared with that.
#include "sync/MediaType.h"

#include <QtTest/QTest>

using namespace textdesk::sync;

class TestMediaType : public QObject
{
    Q_OBJECT
private slots:
    void sniffsByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("extension");
        const auto row = [](const char *name, const QByteArray &bytes, const char *mime,
                            const char *extension) {
            QTest::newRow(name) << bytes << QString::fromLatin1(mime)
                                << QString::fromLatin1(extension);
        };
        row("jpeg", QByteArray::fromHex("ffd8ffe000104a464946"), "image/jpeg", "jpg");
        row("png", QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"), "image/png", "png");
        row("gif", "GIF89a\x01\x00\x01\x00", "image/gif", "gif");
        row("webp", QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16), "image/webp", "webp");
        row("avi",
            QByteArray("RIFF\x10\x00\x00\x00"
                       "AVI LIST",
                       16),
            "video/x-msvideo", "avi");
        row("wav", QByteArray("RIFF\x10\x00\x00\x00WAVEfmt ", 16), "audio/wav", "wav");
        row("mp4",
            QByteArray("\x00\x00\x00\x18"
                       "ftypisom",
                       12),
            "video/mp4", "mp4");
        row("3gp",
            QByteArray("\x00\x00\x00\x18"
                       "ftyp3gp4",
                       12),
            "video/3gpp", "3gp");
        row("m4a",
            QByteArray("\x00\x00\x00\x18"
                       "ftypM4A ",
                       12),
            "audio/mp4", "m4a");
        row("heic",
            QByteArray("\x00\x00\x00\x18"
                       "ftypheic",
                       12),
            "image/heic", "heic");
        row("pdf", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf", "pdf");
        row("mp3 with ID3", "ID3\x03\x00\x00\x00", "audio/mpeg", "mp3");
        row("mp3 frame", QByteArray::fromHex("fffb9064000000"), "audio/mpeg", "mp3");
        row("aac adts", QByteArray::fromHex("fff15080"), "audio/aac", "aac");
        row("amr", "#!AMR\n\x3c", "audio/amr", "amr");
        row("amr-wb", "#!AMR-WB\n\x04", "audio/amr-wb", "awb");
        row("ogg", "OggS\x00\x02", "audio/ogg", "ogg");
        row("vcard", "\xef\xbb\xbf  begin:vcard\r\nVERSION:3.0\r\n", "text/vcard", "vcf");
        row("calendar", "BEGIN:VCALENDAR\r\n", "text/calendar", "ics");
        row("text", "Order #1234 — arrives Tuesday\n", "text/plain", "txt");
        row("empty", "", "", "");
        row("binary junk", QByteArray::fromHex("0001020304ff"), "", "");
        row("riff of another kind", QByteArray("RIFF\x10\x00\x00\x00XXXX", 12), "", "");
        row("invalid utf-8", "caf\xe9 au lait", "", "");
        row("0xff but no frame", QByteArray::fromHex("ffff"), "", "");
    }

    void sniffsByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QFETCH(QString, extension);
        const MediaType type = sniffMediaType(bytes);
        QCOMPARE(type.mimeType, mime);
        QCOMPARE(type.extension, extension);
        QCOMPARE(type.isKnown(), !mime.isEmpty());
    }

    void labelsAreNormalised()
    {
        QCOMPARE(normalisedContentType(QStringLiteral(" Image/JPG; name=\"a.jpg\"")),
                 QStringLiteral("image/jpeg"));
        QCOMPARE(normalisedContentType(QStringLiteral("text/x-vcard")),
                 QStringLiteral("text/vcard"));
        QCOMPARE(normalisedContentType(QStringLiteral("video/mp4")), QStringLiteral("video/mp4"));
    }

    void labelsAreComparedWithTheBytes()
    {
        const MediaType jpeg = sniffMediaType(QByteArray::fromHex("ffd8ffe0"));
        const MediaType mp4 = sniffMediaType(QByteArray("\x00\x00\x00\x18"
                                                        "ftypisom",
                                                        12));
        const MediaType vcard = sniffMediaType("BEGIN:VCARD\r\n");
        QVERIFY(labelMatches(QStringLiteral("image/jpg"), jpeg));
        QVERIFY(labelMatches(QString(), jpeg)); // no label, nothing contradicted
        QVERIFY(labelMatches(QStringLiteral("application/octet-stream"), jpeg));
        QVERIFY(!labelMatches(QStringLiteral("image/png"), jpeg));
        QVERIFY(labelMatches(QStringLiteral("video/3gpp"), mp4)); // the same container
        QVERIFY(labelMatches(QStringLiteral("text/plain"), vcard));
        QVERIFY(!labelMatches(QStringLiteral("image/gif"), vcard));
        QCOMPARE(describeMediaType(QStringLiteral("image/jpeg")), QStringLiteral("JPEG image"));
        QCOMPARE(describeMediaType(QStringLiteral("application/x-foo")),
                 QStringLiteral("application/x-foo"));
    }
};

QTEST_APPLESS_MAIN(TestMediaType)
#include "TestMediaType.moc"
