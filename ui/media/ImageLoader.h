#pragma once

#include <QImage>
#include <QMutex>
#include <QObject>

#include <memory>

namespace textdesk {

// Decodes one picture at full size on the global thread pool, never the GUI thread, and
// answers with loaded() or failed() (a reason in words; a damaged file never crashes). The
// loader may be destroyed while a decode runs: the task then drops its result instead of
// posting to a deleted object, so closing the viewer never waits for a large decode.
class ImageLoader : public QObject
{
    Q_OBJECT
public:
    explicit ImageLoader(QObject *parent = nullptr);
    ~ImageLoader() override;

    // Starts decoding `path`; the answer of an earlier load() still running is dropped.
    void load(const QString &path);
    bool isLoading() const { return m_loading; }

    struct Decoded
    {
        QImage image;
        QString failure; // empty when image is set
    };
    // The decode itself (EXIF orientation applied; the bytes decide the format).
    static Decoded decode(const QString &path);

signals:
    void loaded(const QString &path, const QImage &image);
    void failed(const QString &path, const QString &reason);

private:
    // Shared with the tasks: they post to `target` only while it is set, under the mutex.
    struct Mailbox
    {
        QMutex mutex;
        ImageLoader *target = nullptr;
    };
    void deliver(quint64 generation, const QString &path, const Decoded &decoded);

    std::shared_ptr<Mailbox> m_mailbox;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace textdesk
