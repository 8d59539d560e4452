#include "Scenario.h"

#include <QBuffer>
#include <QTest>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QtEndian>
#include <QtGui/QImage>
#include <QtGui/QImageReader>

using namespace textdesk::sim;

Q_DECLARE_METATYPE(textdesk::sim::MediaKind)

namespace {

struct Chunk
{
    QByteArray id; // "RIFF", "LIST", "avih", ...
    QByteArray listType; // for RIFF and LIST: "AVI ", "hdrl", ...
    qsizetype at = 0; // where the chunk header starts in the file
    qsizetype dataAt = 0; // where its body starts (after the list type for lists)
    quint32 size = 0; // the size field
    QByteArray data; // the body (after the list type for lists)
    QList<Chunk> children;
};

quint32 u32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

quint16 u16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

// Parses the chunks in bytes[from, to); returns false when a size runs past its parent.
bool parseChunks(const QByteArray &bytes, qsizetype from, qsizetype to, QList<Chunk> &out)
{
    qsizetype at = from;
    while (at < to) {
        if (to - at < 8)
            return false;
        Chunk chunk;
        chunk.at = at;
        chunk.id = bytes.mid(at, 4);
        chunk.size = u32(bytes, at + 4);
        const qsizetype body = at + 8;
        const qsizetype end = body + chunk.size;
        if (end > to)
            return false;
        if (chunk.id == "RIFF" || chunk.id == "LIST") {
            chunk.listType = bytes.mid(body, 4);
            chunk.dataAt = body + 4;
            if (!parseChunks(bytes, chunk.dataAt, end, chunk.children))
                return false;
        } else {
            chunk.dataAt = body;
        }
        chunk.data = bytes.mid(chunk.dataAt, end - chunk.dataAt);
        out << chunk;
        at = end + (chunk.size % 2); // word aligned
    }
    return at == to;
}

const Chunk *child(const Chunk &parent, const char *id, const char *listType = nullptr)
{
    for (const Chunk &c : parent.children) {
        if (c.id == id && (!listType || c.listType == listType))
            return &c;
    }
    return nullptr;
}

QImage decode(const QByteArray &bytes, const char *format)
{
    QImage image;
    image.loadFromData(bytes, format);
    return image;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestMediaFactory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void photoIsAJpegPhoto();
    void screenshotIsAPng();
    void videoIsAValidMotionJpegAvi();
    void pdfHasAValidCrossReferenceTable();
    void corruptImageLooksLikeAJpegButDoesNotDecode();
    void deterministicPerKindAndSeed_data();
    void deterministicPerKindAndSeed();
    void small_data();
    void small();
};

void TestMediaFactory::initTestCase()
{
    // libjpeg's complaints about the corrupt image are the point of it, not news.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio.jpeg=false"));
}

void TestMediaFactory::photoIsAJpegPhoto()
{
    const MediaAsset asset = makeMedia(MediaKind::Photo, 7);
    QCOMPARE(asset.contentType, QStringLiteral("image/jpeg"));
    QVERIFY(asset.bytes.startsWith("\xff\xd8\xff"));
    const QImage image = decode(asset.bytes, "JPEG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(640, 480));
    // Gradients, shading and noise, not a flat test card.
    QVERIFY2(distinctColours(image) > 1000, qPrintable(QString::number(distinctColours(image))));
}

void TestMediaFactory::screenshotIsAPng()
{
    const MediaAsset asset = makeMedia(MediaKind::Screenshot, 7);
    QCOMPARE(asset.contentType, QStringLiteral("image/png"));
    QVERIFY(asset.bytes.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image = decode(asset.bytes, "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(360, 720));
    QVERIFY(distinctColours(image) > 10);
}

void TestMediaFactory::videoIsAValidMotionJpegAvi()
{
    const MediaAsset asset = makeMedia(MediaKind::Video, 7);
    QCOMPARE(asset.contentType, QStringLiteral("video/x-msvideo"));
    const QByteArray &avi = asset.bytes;

    QList<Chunk> top;
    QVERIFY(parseChunks(avi, 0, avi.size(), top));
    QCOMPARE(top.size(), 1);
    const Chunk &riff = top.first();
    QCOMPARE(riff.id, QByteArray("RIFF"));
    QCOMPARE(riff.listType, QByteArray("AVI "));
    QCOMPARE(qsizetype(riff.size), avi.size() - 8);

    const Chunk *hdrl = child(riff, "LIST", "hdrl");
    QVERIFY(hdrl);
    const Chunk *avih = child(*hdrl, "avih");
    QVERIFY(avih);
    QCOMPARE(avih->size, 56u);
    const quint32 microsecondsPerFrame = u32(avih->data, 0);
    QVERIFY(microsecondsPerFrame > 0);
    QVERIFY(u32(avih->data, 12) & 0x10); // AVIF_HASINDEX
    const quint32 frameCount = u32(avih->data, 16);
    QCOMPARE(frameCount, 10u);
    QCOMPARE(u32(avih->data, 24), 1u); // streams
    const int width = int(u32(avih->data, 32));
    const int height = int(u32(avih->data, 36));
    QCOMPARE(QSize(width, height), QSize(320, 240));
    // Short: a couple of seconds.
    QVERIFY(frameCount * microsecondsPerFrame <= 5'000'000);

    const Chunk *strl = child(*hdrl, "LIST", "strl");
    QVERIFY(strl);
    const Chunk *strh = child(*strl, "strh");
    QVERIFY(strh);
    QCOMPARE(strh->size, 56u);
    QCOMPARE(strh->data.mid(0, 4), QByteArray("vids"));
    QCOMPARE(strh->data.mid(4, 4), QByteArray("MJPG"));
    QVERIFY(u32(strh->data, 20) > 0); // scale
    // rate / scale frames per second, as avih says.
    QCOMPARE(u32(strh->data, 24) / u32(strh->data, 20), 1'000'000 / microsecondsPerFrame);
    QCOMPARE(u32(strh->data, 32), frameCount); // length
    QCOMPARE(u16(strh->data, 52), quint16(width)); // rcFrame right
    QCOMPARE(u16(strh->data, 54), quint16(height)); // rcFrame bottom
    const Chunk *strf = child(*strl, "strf");
    QVERIFY(strf);
    QCOMPARE(strf->size, 40u);
    QCOMPARE(u32(strf->data, 0), 40u); // biSize
    QCOMPARE(int(u32(strf->data, 4)), width);
    QCOMPARE(int(u32(strf->data, 8)), height);
    QCOMPARE(u16(strf->data, 12), quint16(1)); // planes
    QCOMPARE(strf->data.mid(16, 4), QByteArray("MJPG"));

    const Chunk *movi = child(riff, "LIST", "movi");
    QVERIFY(movi);
    QCOMPARE(quint32(movi->children.size()), frameCount);
    QList<QImage> frames;
    for (const Chunk &frame : movi->children) {
        QCOMPARE(frame.id, QByteArray("00dc"));
        const QImage image = decode(frame.data, "JPEG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(width, height));
        frames << image;
    }
    QVERIFY2(frames.first() != frames.last(), "the frames should move");

    // The index names every frame, at an offset counted from the 'movi' FOURCC.
    const Chunk *idx1 = child(riff, "idx1");
    QVERIFY(idx1);
    QCOMPARE(idx1->size, frameCount * 16);
    const qsizetype moviFourCc = movi->dataAt - 4;
    for (quint32 i = 0; i < frameCount; ++i) {
        const qsizetype entry = i * 16;
        QCOMPARE(idx1->data.mid(entry, 4), QByteArray("00dc"));
        QVERIFY(u32(idx1->data, entry + 4) & 0x10); // key frame
        const qsizetype offset = u32(idx1->data, entry + 8);
        const quint32 size = u32(idx1->data, entry + 12);
        const Chunk &frame = movi->children.at(i);
        QCOMPARE(moviFourCc + offset, frame.at);
        QCOMPARE(size, frame.size);
    }
}

void TestMediaFactory::pdfHasAValidCrossReferenceTable()
{
    const MediaAsset asset = makeMedia(MediaKind::Pdf, 7);
    QCOMPARE(asset.contentType, QStringLiteral("application/pdf"));
    const QByteArray &pdf = asset.bytes;
    QVERIFY(pdf.startsWith("%PDF-1."));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));

    // startxref points at the table.
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    QVERIFY(startxref > 0);
    const qsizetype xref = pdf.mid(startxref + 10).split('\n').first().toLongLong();
    QVERIFY(pdf.mid(xref).startsWith("xref\n0 "));

    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.at(1).split(' ').at(1).toInt();
    QCOMPARE(count, 6); // the free head and five objects
    QCOMPARE(lines.at(2), QByteArray("0000000000 65535 f "));
    for (int n = 1; n < count; ++n) {
        const QByteArray entry = lines.at(2 + n) + '\n';
        QCOMPARE(entry.size(), 20); // fixed width, as the format requires
        QVERIFY(entry.endsWith(" 00000 n \n"));
        const qsizetype offset = entry.left(10).toLongLong();
        const QByteArray object = QByteArray::number(n) + " 0 obj";
        QVERIFY2(pdf.mid(offset).startsWith(object),
                 qPrintable(QStringLiteral("object %1 is not at %2").arg(n).arg(offset)));
    }
    QVERIFY(pdf.contains("trailer\n<< /Size 6 /Root 1 0 R >>"));

    // One page, Helvetica, an "Invoice" heading; the stream's /Length is exact.
    QVERIFY(pdf.contains("/Type /Page "));
    QVERIFY(pdf.contains("/Count 1"));
    QVERIFY(pdf.contains("/Subtype /Type1 /BaseFont /Helvetica"));
    QVERIFY(pdf.contains("(Invoice) Tj"));
    const QRegularExpression length(QStringLiteral("/Length (\\d+) >>\\nstream\\n"));
    const QString text = QString::fromLatin1(pdf);
    const QRegularExpressionMatch match = length.match(text);
    QVERIFY(match.hasMatch());
    const qsizetype streamStart = match.capturedEnd();
    QCOMPARE(text.indexOf(QStringLiteral("endstream"), streamStart) - streamStart,
             match.captured(1).toLongLong());
}

void TestMediaFactory::corruptImageLooksLikeAJpegButDoesNotDecode()
{
    for (quint32 seed : { 1u, 2u, 3u, 42u, 1000u }) {
        const MediaAsset asset = makeMedia(MediaKind::CorruptImage, seed);
        QCOMPARE(asset.contentType, QStringLiteral("image/jpeg"));
        QVERIFY(asset.bytes.startsWith("\xff\xd8\xff"));
        QBuffer buffer;
        buffer.setData(asset.bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        QCOMPARE(reader.format(), QByteArray("jpeg")); // sniffed as a JPEG...
        QVERIFY(reader.read().isNull()); // ...that cannot be decoded
        QVERIFY(decode(asset.bytes, "JPEG").isNull());
        QVERIFY(decode(asset.bytes, nullptr).isNull());
    }
}

void TestMediaFactory::deterministicPerKindAndSeed_data()
{
    QTest::addColumn<MediaKind>("kind");
    QTest::newRow("photo") << MediaKind::Photo;
    QTest::newRow("screenshot") << MediaKind::Screenshot;
    QTest::newRow("video") << MediaKind::Video;
    QTest::newRow("pdf") << MediaKind::Pdf;
    QTest::newRow("corrupt") << MediaKind::CorruptImage;
}

void TestMediaFactory::deterministicPerKindAndSeed()
{
    QFETCH(MediaKind, kind);
    const MediaAsset first = makeMedia(kind, 12345);
    const MediaAsset again = makeMedia(kind, 12345);
    QCOMPARE(again.contentType, first.contentType);
    QCOMPARE(again.bytes, first.bytes);
    QVERIFY(makeMedia(kind, 12346).bytes != first.bytes);
}

void TestMediaFactory::small_data()
{
    deterministicPerKindAndSeed_data();
}

void TestMediaFactory::small()
{
    QFETCH(MediaKind, kind);
    for (quint32 seed = 0; seed < 5; ++seed) {
        const qsizetype size = makeMedia(kind, seed).bytes.size();
        QVERIFY2(size > 100 && size < 200 * 1024, qPrintable(QString::number(size)));
    }
}

QTEST_GUILESS_MAIN(TestMediaFactory)
#include "TestMediaFactory.moc"
