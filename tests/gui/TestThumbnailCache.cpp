// Thumbnails of the simulator's real media: scaled with their aspect, turned upright, decoded
// off the GUI thread, cached on disk; a damaged picture fails with a reason, and everything
// without a thumbnail gets a placeholder.
#include "Scenario.h"
#include "media/ThumbnailCache.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDataStream>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtGui/QImageReader>
#include <QtGui/QImageWriter>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <mutex>

using namespace textdesk;
using textdesk::sim::MediaKind;

namespace {

// Where the fetcher would have put these bytes: <dir>/<sha[0..2]>/<sha>.<ext>.
QString storeLikeTheFetcher(const QTemporaryDir &dir, const QByteArray &bytes,
                            const QString &extension)
{
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QDir(dir.path()).mkpath(sha.left(2));
    const QString path = dir.filePath(sha.left(2) + u'/' + sha + u'.' + extension);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QImage waitForThumbnail(ThumbnailCache &cache, const QString &path)
{
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    QSignalSpy failed(&cache, &ThumbnailCache::failed);
    const QImage now = cache.thumbnail(path);
    if (!now.isNull())
        return now;
    if (!ready.wait(10000))
        return {};
    return ready.last().at(1).value<QImage>();
}

bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private slots:
    void photoAndScreenshotKeepTheirAspect_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("extension");
        QTest::newRow("JPEG photo") << int(MediaKind::Photo) << QStringLiteral("jpg");
        QTest::newRow("PNG screenshot") << int(MediaKind::Screenshot) << QStringLiteral("png");
    }

    void photoAndScreenshotKeepTheirAspect()
    {
        QFETCH(int, kind);
        QFETCH(QString, extension);
        QTemporaryDir dir;
        const sim::MediaAsset asset = sim::makeMedia(MediaKind(kind), 3);
        const QString path = storeLikeTheFetcher(dir, asset.bytes, extension);
        QVERIFY(!path.isEmpty());
        const QSize original = QImageReader(path).size();
        QVERIFY(original.width() > 320 || original.height() > 320);

        ThumbnailCache cache;
        const QImage thumb = waitForThumbnail(cache, path);
        QVERIFY(!thumb.isNull());
        QCOMPARE(std::max(thumb.width(), thumb.height()), 320);
        const double aspect = double(original.width()) / original.height();
        QVERIFY2(std::abs(double(thumb.width()) / thumb.height() - aspect) < 0.01,
                 qPrintable(QStringLiteral("%1x%2 from %3x%4")
                                .arg(thumb.width())
                                .arg(thumb.height())
                                .arg(original.width())
                                .arg(original.height())));

        // In memory now, and on disk beside the original for the next session.
        QCOMPARE(cache.thumbnail(path), thumb);
        const QString diskCopy = ThumbnailCache::diskPathFor(path);
        QVERIFY(diskCopy.endsWith(QStringLiteral(".thumb.png")));
        QCOMPARE(QImageReader(diskCopy).size(), thumb.size());
        // The next session reads that copy (marked here so it can be told apart).
        QImage marked(10, 10, QImage::Format_RGB32);
        marked.fill(Qt::red);
        QVERIFY(marked.save(diskCopy, "PNG"));
        ThumbnailCache nextSession;
        QCOMPARE(waitForThumbnail(nextSession, path).size(), QSize(10, 10));
    }

    void exifOrientationIsApplied()
    {
        // Stored landscape with "rotate 90°" in its EXIF data, as a phone held upright writes it.
        QTemporaryDir dir;
        QImage landscape(800, 400, QImage::Format_RGB32);
        landscape.fill(Qt::darkCyan);
        const QString path = dir.filePath(QStringLiteral("rotated.jpg"));
        QImageWriter writer(path, "jpeg");
        writer.setTransformation(QImageIOHandler::TransformationRotate90);
        QVERIFY2(writer.write(landscape), qPrintable(writer.errorString()));

        ThumbnailCache cache;
        const QImage thumb = waitForThumbnail(cache, path);
        QCOMPARE(thumb.size(), QSize(160, 320)); // upright, then scaled
    }

    void corruptImageFailsWithReason()
    {
        QTemporaryDir dir;
        const sim::MediaAsset asset = sim::makeMedia(MediaKind::CorruptImage, 5);
        QCOMPARE(asset.contentType, QStringLiteral("image/jpeg"));
        const QString path = storeLikeTheFetcher(dir, asset.bytes, QStringLiteral("jpg"));
        ThumbnailCache cache;
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        QSignalSpy failed(&cache, &ThumbnailCache::failed);
        QVERIFY(cache.thumbnail(path).isNull());
        QVERIFY(failed.wait(10000));
        QCOMPARE(ready.count(), 0);
        QCOMPARE(failed.first().at(0).toString(), path);
        const QString reason = failed.first().at(1).toString();
        QVERIFY2(reason.contains(QStringLiteral("damaged")), qPrintable(reason));
        QCOMPARE(cache.failureReason(path), reason);
        // Asked again: the answer is known, no second decode.
        QVERIFY(cache.thumbnail(path).isNull());
        QVERIFY(!cache.isDecoding(path));
        QVERIFY(!QFile::exists(ThumbnailCache::diskPathFor(path)));
        // The view paints the broken-picture placeholder instead.
        const QImage shown
            = cache.imageFor(path, QStringLiteral("image/jpeg"), QStringLiteral("done"), 64);
        QCOMPARE(shown, ThumbnailCache::drawPlaceholder(ThumbnailCache::Placeholder::Broken, 64));
    }

    void missingOrForeignFilesFailWithReason()
    {
        QTemporaryDir dir;
        const QString pdf = storeLikeTheFetcher(dir, sim::makeMedia(MediaKind::Pdf, 1).bytes,
                                                QStringLiteral("jpg"));
        ThumbnailCache cache;
        QSignalSpy failed(&cache, &ThumbnailCache::failed);
        cache.thumbnail(pdf);
        cache.thumbnail(dir.filePath(QStringLiteral("gone.jpg")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 10000);
        for (const QList<QVariant> &signal : failed)
            QVERIFY(!signal.at(1).toString().isEmpty());
    }

    void hugePictureIsRefusedNotDecoded()
    {
        // A PNG header claiming 30000 × 30000 pixels (3.6 GB decoded): a decompression bomb.
        const auto chunk = [](const QByteArray &type, const QByteArray &data) -> QByteArray {
            QByteArray out;
            QDataStream stream(&out, QIODevice::WriteOnly);
            stream << quint32(data.size());
            const QByteArray body = type + data; // the CRC covers type and data
            out += body;
            quint32 crc = 0xffffffff;
            for (const char c : body) {
                crc ^= quint8(c);
                for (int k = 0; k < 8; ++k)
                    crc = (crc >> 1) ^ (0xedb88320 & (0 - (crc & 1)));
            }
            QByteArray tail;
            QDataStream(&tail, QIODevice::WriteOnly) << ~crc;
            return out + tail;
        };
        QByteArray header;
        QDataStream(&header, QIODevice::WriteOnly)
            << quint32(30000) << quint32(30000) << quint8(8) << quint8(2) << quint8(0) << quint8(0)
            << quint8(0);
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + chunk("IHDR", header)
            + chunk("IDAT", QByteArray::fromHex("78da030000000001")) + chunk("IEND", {});
        QTemporaryDir dir;
        const QString path = storeLikeTheFetcher(dir, png, QStringLiteral("png"));
        QCOMPARE(QImageReader(path).size(), QSize(30000, 30000));
        ThumbnailCache cache;
        QSignalSpy failed(&cache, &ThumbnailCache::failed);
        cache.thumbnail(path);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toString(),
                 QStringLiteral("The picture is too large to show."));
    }

    void decodesOffTheGuiThread()
    {
        QTemporaryDir dir;
        const QString path = storeLikeTheFetcher(dir, sim::makeMedia(MediaKind::Photo, 9).bytes,
                                                 QStringLiteral("jpg"));
        ThumbnailCache cache;
        std::mutex mutex;
        QList<QThread *> threads;
        cache.setDecodeHookForTesting([&](const QString &) {
            const std::lock_guard lock(mutex);
            threads.append(QThread::currentThread());
        });
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        QVERIFY(cache.thumbnail(path).isNull()); // never decoded while the caller waits
        QVERIFY(ready.wait(10000));
        const std::lock_guard lock(mutex);
        QCOMPARE(threads.size(), 1);
        QVERIFY(threads.first() != QCoreApplication::instance()->thread());
        QVERIFY(threads.first() != QThread::currentThread());
    }

    void placeholdersForWhatHasNoThumbnail()
    {
        using P = ThumbnailCache::Placeholder;
        const QString done = QStringLiteral("done");
        QCOMPARE(ThumbnailCache::placeholderFor(QStringLiteral("application/pdf"), done),
                 P::Document);
        QCOMPARE(ThumbnailCache::placeholderFor(QStringLiteral("video/x-msvideo"), done), P::Video);
        QCOMPARE(ThumbnailCache::placeholderFor(QStringLiteral("audio/amr"), done), P::Audio);
        QCOMPARE(ThumbnailCache::placeholderFor(QStringLiteral("text/vcard"), done), P::Contact);
        QCOMPARE(
            ThumbnailCache::placeholderFor(QStringLiteral("image/jpeg"), QStringLiteral("pending")),
            P::Pending);
        QCOMPARE(ThumbnailCache::placeholderFor(QStringLiteral("image/jpeg"),
                                                QStringLiteral("downloading")),
                 P::Pending);
        QCOMPARE(ThumbnailCache::placeholderFor(QString(), QStringLiteral("failed")), P::Broken);
        QCOMPARE(ThumbnailCache::placeholderFor(QStringLiteral("image/png"),
                                                QStringLiteral("unsupported")),
                 P::Unsupported);

        // Every glyph is drawn, at the device pixel ratio asked for, and each looks different.
        ThumbnailCache cache;
        QList<QImage> drawn;
        for (const P kind : { P::Pending, P::Broken, P::Unsupported, P::Video, P::Audio,
                              P::Document, P::Contact }) {
            const QImage image = cache.placeholder(kind, 48, 2.0);
            QCOMPARE(image.size(), QSize(96, 96));
            QCOMPARE(image.devicePixelRatio(), 2.0);
            QVERIFY(hasInk(image));
            QVERIFY(!drawn.contains(image));
            drawn.append(image);
        }

        // A PDF or a video is never decoded: the view gets its placeholder at once.
        QTemporaryDir dir;
        const QString video = storeLikeTheFetcher(dir, sim::makeMedia(MediaKind::Video, 2).bytes,
                                                  QStringLiteral("avi"));
        bool decoded = false;
        cache.setDecodeHookForTesting([&](const QString &) { decoded = true; });
        QCOMPARE(cache.imageFor(video, QStringLiteral("video/x-msvideo"), done, 48),
                 cache.placeholder(P::Video, 48));
        QCOMPARE(cache.imageFor(QString(), QStringLiteral("application/pdf"), done, 48),
                 cache.placeholder(P::Document, 48));
        cache.waitForDecodesForTesting();
        QVERIFY(!decoded);
        QVERIFY(!cache.isDecoding(video));
    }
};

QTEST_MAIN(TestThumbnailCache)
#include "TestThumbnailCache.moc"
