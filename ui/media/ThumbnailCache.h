#pragma once

#include <QtCore/QCache>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QThreadPool>
#include <QtGui/QColor>
#include <QtGui/QImage>

#include <functional>

namespace textdesk {

// Thumbnails of downloaded media for the thread view. Decoding runs on the cache's own thread
// pool, never the GUI thread: QImageReader with a scaled size (a JPEG is decoded at the reduced
// size straight away, not in full first) and the EXIF orientation applied. Results are kept in
// memory (QCache) and on disk beside the media file (`<sha256>.thumb.png`), so the next start
// reads a small PNG instead of decoding the original. A damaged or unknown picture ends in
// failed() with a reason in words, never a crash; a placeholder stands in for anything that
// has no thumbnail (yet), so the view always has something to paint.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    // What stands in for a thumbnail.
    enum class Placeholder {
        Pending, // not downloaded yet, or its thumbnail is being made
        Broken, // failed: a damaged picture, a download that did not work
        Unsupported, // a kind of file Textdesk does not know
        Video,
        Audio,
        Document, // PDF, text, calendar, anything else that is a file to open
        Contact, // vCard
    };

    static constexpr int kDefaultMaxEdge = 320;

    explicit ThumbnailCache(int maxEdge = kDefaultMaxEdge, QObject *parent = nullptr);
    // Waits for the decodes in flight (each a fraction of a second at most).
    ~ThumbnailCache() override;

    int maxEdge() const { return m_maxEdge; }

    // The thumbnail of the picture at `path` (absolute) when it is in memory; otherwise a null
    // image and a decode is queued, answered by ready() or failed() (once per path).
    QImage thumbnail(const QString &path);
    // Why the picture at `path` cannot be shown; empty if it has not failed.
    QString failureReason(const QString &path) const { return m_failures.value(path); }
    bool isDecoding(const QString &path) const { return m_decoding.contains(path); }

    // What a thread row paints for one attachment: the thumbnail of a downloaded picture when it
    // is ready (starting its decode otherwise), else the placeholder for its kind and state.
    // `downloadState` as in the media table: pending, downloading, done, failed, unsupported.
    QImage imageFor(const QString &path, const QString &contentType, const QString &downloadState,
                    int placeholderEdge = 96, qreal devicePixelRatio = 1.0);

    // The placeholder for an attachment that has no thumbnail, by its type and state.
    static Placeholder placeholderFor(const QString &contentType, const QString &downloadState);
    // A placeholder drawn once per kind and size (`edge` in device-independent pixels).
    QImage placeholder(Placeholder kind, int edge = 96, qreal devicePixelRatio = 1.0);
    // A neutral glyph (clock, broken picture, film, note, page, person) on a faint tile; `ink`
    // should suit the palette (the default grey reads on light and dark backgrounds).
    static QImage drawPlaceholder(Placeholder kind, int edge, qreal devicePixelRatio = 1.0,
                                  const QColor &ink = QColor(0x80, 0x80, 0x80));

    // `…/ab/<sha256>.jpg` → `…/ab/<sha256>.thumb.png`.
    static QString diskPathFor(const QString &mediaPath);

    // Test seam: called on the decoding thread, before each decode, with the path.
    void setDecodeHookForTesting(std::function<void(const QString &path)> hook)
    {
        m_decodeHook = std::move(hook);
    }
    // Blocks until the decodes queued so far have run (their signals are still queued).
    void waitForDecodesForTesting() { m_pool.waitForDone(); }

signals:
    void ready(const QString &path, const QImage &thumbnail);
    void failed(const QString &path, const QString &reason);

private:
    struct Decoded
    {
        QString path;
        QImage image;
        QString failure;
    };
    // Runs on the pool: reads the disk copy or decodes the original, and writes the disk copy.
    static Decoded decode(const QString &path, int maxEdge);
    void onDecoded(const Decoded &decoded);

    int m_maxEdge;
    QThreadPool m_pool;
    QCache<QString, QImage> m_images;
    QHash<QString, QString> m_failures;
    QSet<QString> m_decoding;
    QHash<quint64, QImage> m_placeholders;
    std::function<void(const QString &)> m_decodeHook;
};

} // namespace textdesk
