#include "Scenario.h"

#include <QtCore/QBuffer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QtEndian>
#include <QtGui/QImage>
#include <QtGui/QLinearGradient>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QRadialGradient>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>
#include <utility>

// Everything here runs under a QCoreApplication (the simulator has no GUI), so the pictures are
// shapes and gradients only: drawing text would need fonts, and fonts need a QGuiApplication.
namespace textdesk::sim {

namespace {

// Different kinds with the same seed should not share a random sequence.
QRandomGenerator generatorFor(MediaKind kind, quint32 seed)
{
    return QRandomGenerator(seed ^ (0x9e3779b9u * (quint32(kind) + 1)));
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

qreal between(QRandomGenerator &rng, qreal from, qreal to)
{
    return from + rng.bounded(to - from);
}

QColor randomColor(QRandomGenerator &rng, int hueFrom, int hueTo, int saturation, int value)
{
    return QColor::fromHsv(rng.bounded(hueFrom, hueTo), saturation, value);
}

// A snapshot of a damaged parcel on a wooden table: what customers send with "it arrived
// broken". `shift` pans the camera (the video reuses the scene frame by frame).
void paintParcel(QPainter &p, const QSize &size, quint32 seed, QPointF shift = {})
{
    QRandomGenerator rng(seed);
    const qreal w = size.width();
    const qreal h = size.height();
    p.setRenderHint(QPainter::Antialiasing);

    // Wall and table, lit from the upper left.
    QLinearGradient wall(0, 0, w, h * 0.45);
    wall.setColorAt(0, randomColor(rng, 20, 60, 30, 235));
    wall.setColorAt(1, randomColor(rng, 20, 60, 45, 170));
    p.fillRect(QRectF(0, 0, w, h * 0.45), wall);
    const QColor wood = randomColor(rng, 18, 35, 150, 150);
    QLinearGradient table(0, h * 0.45, 0, h);
    table.setColorAt(0, wood.darker(130));
    table.setColorAt(1, wood.lighter(115));
    p.fillRect(QRectF(0, h * 0.45, w, h * 0.55), table);
    p.setPen(QPen(wood.darker(160), 1.5));
    for (int i = 0; i < 9; ++i) { // grain
        const qreal y = h * 0.47 + i * h * 0.06 + rng.bounded(8.0);
        QPainterPath grain(QPointF(0, y));
        const qreal y1 = y + between(rng, -10.0, 10.0);
        const qreal y2 = y + between(rng, -10.0, 10.0);
        const qreal y3 = y + between(rng, -6.0, 6.0);
        grain.cubicTo(w * 0.3, y1, w * 0.6, y2, w, y3);
        p.drawPath(grain);
    }

    p.translate(shift);
    const qreal bw = w * (0.35 + rng.bounded(0.15));
    const qreal bh = bw * (0.55 + rng.bounded(0.2));
    const qreal depth = bw * 0.35;
    const QPointF base(w * 0.5 - bw * 0.45 + between(rng, -w * 0.08, w * 0.08), h * 0.78);

    // Soft shadow under the parcel.
    QRadialGradient shadow(base + QPointF(bw * 0.6, 0), bw * 0.8);
    shadow.setColorAt(0, QColor(0, 0, 0, 110));
    shadow.setColorAt(1, QColor(0, 0, 0, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(shadow);
    p.drawEllipse(base + QPointF(bw * 0.6, 0), bw * 0.85, bh * 0.25);

    const int saturation = 120 + rng.bounded(60);
    const QColor cardboard = randomColor(rng, 28, 40, saturation, 200);
    const QPointF frontTopLeft = base - QPointF(0, bh);
    const QPointF back(depth, -depth * 0.6);
    QLinearGradient front(frontTopLeft, base + QPointF(bw, 0));
    front.setColorAt(0, cardboard);
    front.setColorAt(1, cardboard.darker(125));
    p.setBrush(front);
    p.drawRect(QRectF(frontTopLeft, QSizeF(bw, bh)));
    p.setBrush(cardboard.darker(150));
    p.drawPolygon(
        QPolygonF({ base + QPointF(bw, 0), frontTopLeft + QPointF(bw, 0),
                    frontTopLeft + QPointF(bw, 0) + back, base + QPointF(bw, 0) + back }));
    p.setBrush(cardboard.lighter(115));
    p.drawPolygon(QPolygonF({ frontTopLeft, frontTopLeft + QPointF(bw, 0),
                              frontTopLeft + QPointF(bw, 0) + back, frontTopLeft + back }));

    // Packing tape across the lid and down the front.
    p.setBrush(QColor(200, 170, 110, 170));
    const qreal tape = bw * 0.12;
    p.drawPolygon(QPolygonF({ frontTopLeft + QPointF(bw / 2 - tape / 2, 0),
                              frontTopLeft + QPointF(bw / 2 + tape / 2, 0),
                              frontTopLeft + QPointF(bw / 2 + tape / 2, 0) + back,
                              frontTopLeft + QPointF(bw / 2 - tape / 2, 0) + back }));
    p.drawRect(QRectF(frontTopLeft + QPointF(bw / 2 - tape / 2, 0), QSizeF(tape, bh * 0.3)));

    // The damage: a crushed corner and a tear.
    const QPointF corner = frontTopLeft + QPointF(bw * (0.1 + rng.bounded(0.5)), bh * 0.35);
    QPolygonF dent;
    const int points = 7 + rng.bounded(5);
    for (int i = 0; i < points; ++i) {
        const qreal angle = 2 * std::numbers::pi * i / points;
        const qreal radius = bw * (0.06 + rng.bounded(0.09));
        dent << corner + QPointF(std::cos(angle) * radius, std::sin(angle) * radius * 0.7);
    }
    QRadialGradient dark(corner, bw * 0.15);
    dark.setColorAt(0, QColor(40, 25, 10));
    dark.setColorAt(1, cardboard.darker(190));
    p.setBrush(dark);
    p.drawPolygon(dent);
    p.setPen(QPen(cardboard.darker(220), 2.5, Qt::SolidLine, Qt::RoundCap));
    QPainterPath tear(corner);
    for (int i = 0; i < 5; ++i) {
        const qreal dx = between(rng, 4.0, bw * 0.08);
        const qreal dy = between(rng, -bh * 0.06, bh * 0.08);
        tear.lineTo(tear.currentPosition() + QPointF(dx, dy));
    }
    p.drawPath(tear);
    p.resetTransform();

    // Phone-camera look: a vignette and a little sensor noise.
    QRadialGradient vignette(QPointF(w / 2, h / 2), std::hypot(w, h) / 2);
    vignette.setColorAt(0.6, QColor(0, 0, 0, 0));
    vignette.setColorAt(1, QColor(0, 0, 0, 120));
    p.setPen(Qt::NoPen);
    p.fillRect(QRectF(0, 0, w, h), vignette);
    for (int i = 0; i < int(w * h / 300); ++i) {
        p.setPen(QColor(255, 255, 255, rng.bounded(10, 40)));
        const qreal x = rng.bounded(w);
        p.drawPoint(QPointF(x, rng.bounded(h)));
    }
}

QByteArray photo(quint32 seed)
{
    QImage image(640, 480, QImage::Format_RGB32);
    QPainter painter(&image);
    paintParcel(painter, image.size(), seed);
    painter.end();
    return encode(image, "JPEG", 80);
}

// A phone screenshot of an order page: bars stand in for text.
QByteArray screenshot(quint32 seed)
{
    QRandomGenerator rng(seed);
    const int w = 360;
    const int h = 720;
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(246, 246, 248));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);

    const QColor brand = randomColor(rng, 180, 280, 160, 200);
    p.fillRect(0, 0, w, 24, brand.darker(140)); // status bar
    p.fillRect(0, 24, w, 56, brand); // app bar
    p.setBrush(QColor(255, 255, 255, 220));
    p.drawRoundedRect(QRectF(16, 44, 120, 16), 8, 8);

    auto textLine = [&](qreal x, qreal y, qreal width, const QColor &colour) {
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(x, y, width, 10), 5, 5);
    };
    qreal y = 96;
    const int cards = 3 + rng.bounded(2);
    for (int i = 0; i < cards; ++i) {
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(12, y, w - 24, 112), 12, 12);
        QLinearGradient thumb(24, y + 12, 112, y + 100);
        thumb.setColorAt(0, randomColor(rng, 0, 359, 120, 230));
        thumb.setColorAt(1, randomColor(rng, 0, 359, 160, 150));
        p.setBrush(thumb);
        p.drawRoundedRect(QRectF(24, y + 12, 88, 88), 8, 8);
        textLine(124, y + 20, 120 + rng.bounded(90), QColor(40, 40, 48));
        textLine(124, y + 42, 80 + rng.bounded(100), QColor(150, 150, 160));
        textLine(124, y + 60, 60 + rng.bounded(60), QColor(150, 150, 160));
        textLine(124, y + 82, 50, brand);
        y += 124;
    }
    // The part the customer is asking about: a red "payment failed" banner and a button.
    p.setBrush(QColor(253, 226, 226));
    p.drawRoundedRect(QRectF(12, y, w - 24, 52), 10, 10);
    p.setBrush(QColor(200, 40, 40));
    p.drawEllipse(QRectF(24, y + 14, 24, 24));
    textLine(60, y + 21, 180 + rng.bounded(60), QColor(160, 30, 30));
    p.setBrush(brand);
    p.drawRoundedRect(QRectF(12, h - 72, w - 24, 48), 24, 24);
    textLine(w / 2 - 50, h - 53, 100, QColor(255, 255, 255));
    p.end();
    return encode(image, "PNG", -1);
}

void appendFourCc(QByteArray &out, const char (&fourCc)[5])
{
    out.append(fourCc, 4);
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendU16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

// Writes a chunk's size once its body is known; returns where the body starts.
qsizetype openChunk(QByteArray &out, const char (&fourCc)[5])
{
    appendFourCc(out, fourCc);
    appendU32(out, 0);
    return out.size();
}

void closeChunk(QByteArray &out, qsizetype bodyStart)
{
    qToLittleEndian(quint32(out.size() - bodyStart), out.data() + bodyStart - 4);
    if (out.size() % 2) // RIFF chunks are word aligned
        out.append('\0');
}

qsizetype openList(QByteArray &out, const char (&type)[5])
{
    const qsizetype start = openChunk(out, "LIST");
    appendFourCc(out, type);
    return start;
}

// A two-second Motion-JPEG AVI: the parcel, panned by a shaky hand.
QByteArray video(quint32 seed)
{
    constexpr int kFrames = 10;
    constexpr int kFps = 5;
    constexpr int kWidth = 320;
    constexpr int kHeight = 240;

    QList<QByteArray> frames;
    QRandomGenerator shake(seed);
    for (int i = 0; i < kFrames; ++i) {
        QImage image(kWidth, kHeight, QImage::Format_RGB32);
        QPainter painter(&image);
        const QPointF pan(i * 4.0 + between(shake, -2.0, 2.0), std::sin(i * 0.8) * 5);
        paintParcel(painter, image.size(), seed, pan);
        painter.end();
        frames << encode(image, "JPEG", 60);
    }
    quint32 largest = 0;
    for (const QByteArray &frame : frames)
        largest = std::max(largest, quint32(frame.size()));

    QByteArray avi;
    const qsizetype riff = openChunk(avi, "RIFF");
    appendFourCc(avi, "AVI ");

    const qsizetype hdrl = openList(avi, "hdrl");
    const qsizetype avih = openChunk(avi, "avih"); // MainAVIHeader
    appendU32(avi, 1000000 / kFps); // microseconds per frame
    appendU32(avi, largest * kFps); // max bytes per second
    appendU32(avi, 0); // padding granularity
    appendU32(avi, 0x10); // AVIF_HASINDEX
    appendU32(avi, kFrames);
    appendU32(avi, 0); // initial frames
    appendU32(avi, 1); // streams
    appendU32(avi, largest + 8); // suggested buffer size
    appendU32(avi, kWidth);
    appendU32(avi, kHeight);
    for (int i = 0; i < 4; ++i)
        appendU32(avi, 0); // reserved
    closeChunk(avi, avih);

    const qsizetype strl = openList(avi, "strl");
    const qsizetype strh = openChunk(avi, "strh"); // AVIStreamHeader
    appendFourCc(avi, "vids");
    appendFourCc(avi, "MJPG");
    appendU32(avi, 0); // flags
    appendU16(avi, 0); // priority
    appendU16(avi, 0); // language
    appendU32(avi, 0); // initial frames
    appendU32(avi, 1); // scale: rate / scale = frames per second
    appendU32(avi, kFps); // rate
    appendU32(avi, 0); // start
    appendU32(avi, kFrames); // length
    appendU32(avi, largest + 8); // suggested buffer size
    appendU32(avi, 0xffffffff); // quality: driver default
    appendU32(avi, 0); // sample size: varies
    appendU16(avi, 0); // rcFrame left, top, right, bottom
    appendU16(avi, 0);
    appendU16(avi, kWidth);
    appendU16(avi, kHeight);
    closeChunk(avi, strh);
    const qsizetype strf = openChunk(avi, "strf"); // BITMAPINFOHEADER
    appendU32(avi, 40);
    appendU32(avi, kWidth);
    appendU32(avi, kHeight);
    appendU16(avi, 1); // planes
    appendU16(avi, 24); // bits per pixel
    appendFourCc(avi, "MJPG");
    appendU32(avi, kWidth * kHeight * 3);
    appendU32(avi, 0); // pixels per metre, x and y
    appendU32(avi, 0);
    appendU32(avi, 0); // colours used, important
    appendU32(avi, 0);
    closeChunk(avi, strf);
    closeChunk(avi, strl);
    closeChunk(avi, hdrl);

    const qsizetype movi = openList(avi, "movi");
    const qsizetype moviFourCc = movi; // idx1 offsets count from the 'movi' FOURCC
    QList<std::pair<quint32, quint32>> index; // offset, size
    for (const QByteArray &frame : frames) {
        index.append({ quint32(avi.size() - moviFourCc), quint32(frame.size()) });
        const qsizetype chunk = openChunk(avi, "00dc");
        avi.append(frame);
        closeChunk(avi, chunk);
    }
    closeChunk(avi, movi);

    const qsizetype idx1 = openChunk(avi, "idx1");
    for (const auto &[offset, size] : index) {
        appendFourCc(avi, "00dc");
        appendU32(avi, 0x10); // AVIIF_KEYFRAME: every MJPEG frame stands alone
        appendU32(avi, offset);
        appendU32(avi, size);
    }
    closeChunk(avi, idx1);
    closeChunk(avi, riff);
    return avi;
}

// A one-page invoice, objects and cross-reference table written by hand.
QByteArray pdf(quint32 seed)
{
    QRandomGenerator rng(seed);
    struct Item
    {
        const char *name;
        int cents;
    };
    static constexpr Item kProducts[] = {
        { "Ceramic mug set (4)", 3499 }, { "Desk lamp, brass", 5900 },
        { "Throw blanket, grey", 4250 }, { "Glass vase, large", 2899 },
        { "Linen napkins (6)", 2400 },   { "Scented candle, cedar", 1800 },
        { "Wool rug, 4x6 ft", 12900 },   { "Bamboo cutting board", 2250 },
    };
    static constexpr Item kShipping[]
        = { { "Standard shipping", 695 }, { "Express shipping", 1495 } };
    const int invoiceNumber = 100000 + int(seed % 900000);
    QByteArray content = "BT /F1 28 Tf 72 712 Td (Invoice) Tj ET\n"
                         "BT /F1 11 Tf 72 688 Td (Invoice no. "
        + QByteArray::number(invoiceNumber)
        + ") Tj ET\n"
          "0.6 G 1 w 72 670 m 540 670 l S\n";
    QList<Item> lines;
    const int first = rng.bounded(int(std::size(kProducts)));
    const int products = 1 + rng.bounded(3);
    for (int i = 0; i < products; ++i) // consecutive catalogue entries: never the same twice
        lines << kProducts[(first + i) % std::size(kProducts)];
    lines << kShipping[rng.bounded(int(std::size(kShipping)))];
    int total = 0;
    int y = 640;
    for (const Item &item : lines) {
        total += item.cents;
        content += "BT /F1 12 Tf 72 " + QByteArray::number(y) + " Td (" + item.name
            + ") Tj ET\nBT /F1 12 Tf 460 " + QByteArray::number(y) + " Td ($"
            + QByteArray::number(item.cents / 100.0, 'f', 2) + ") Tj ET\n";
        y -= 22;
    }
    content += "72 " + QByteArray::number(y + 8) + " m 540 " + QByteArray::number(y + 8)
        + " l S\nBT /F1 12 Tf 72 " + QByteArray::number(y - 12) + " Td (Total) Tj ET\n"
        + "BT /F1 12 Tf 460 " + QByteArray::number(y - 12) + " Td ($"
        + QByteArray::number(total / 100.0, 'f', 2) + ") Tj ET\n";

    const QByteArray objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "endstream",
    };
    // The second line's high bytes tell transfer tools the file is binary.
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < qsizetype(std::size(objects)); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets) // every entry exactly 20 bytes
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// A JPEG cut off before its image data: the header is real (so it looks like a JPEG to
// anything sniffing it), then junk and the end of the file. No decoder can make a picture of it.
QByteArray corruptImage(quint32 seed)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(QRandomGenerator(seed).generate() & 0xffffff));
    QByteArray jpeg = encode(image, "JPEG", 80);
    const qsizetype scan = jpeg.indexOf("\xff\xda"); // start of scan
    jpeg.truncate(scan > 0 ? scan : 64);
    QRandomGenerator rng(seed);
    for (int i = 0; i < 200; ++i)
        jpeg.append(char(rng.bounded(0x00, 0xff))); // never 0xff: no stray marker
    return jpeg;
}

} // namespace

MediaAsset makeMedia(MediaKind kind, quint32 seed)
{
    QRandomGenerator rng = generatorFor(kind, seed);
    const quint32 kindSeed = rng.generate();
    switch (kind) {
    case MediaKind::Photo:
        return { QStringLiteral("image/jpeg"), photo(kindSeed) };
    case MediaKind::Screenshot:
        return { QStringLiteral("image/png"), screenshot(kindSeed) };
    case MediaKind::Video:
        return { QStringLiteral("video/x-msvideo"), video(kindSeed) };
    case MediaKind::Pdf:
        return { QStringLiteral("application/pdf"), pdf(kindSeed) };
    case MediaKind::CorruptImage:
        return { QStringLiteral("image/jpeg"), corruptImage(kindSeed) };
    }
    return {};
}

} // namespace textdesk::sim
