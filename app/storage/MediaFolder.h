#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace textdesk {

// The workspace's content-addressed media folder: `<folder>/<sha[0..2]>/<sha256>.<ext>`, so the
// same file sent or received twice is stored once. A file appears whole (QSaveFile) or not at
// all, and nothing larger than the cap is written. Both the outbox (the agent's attachments)
// and the media fetcher (downloads) write through it.
class MediaFolder
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::MediaFolder)
public:
    // Carriers cap an MMS near 5 MB: more is not an attachment.
    static constexpr qint64 kDefaultMaxBytes = 5 * 1024 * 1024;

    explicit MediaFolder(QString directory = {}, qint64 maxBytes = kDefaultMaxBytes);

    QString directory() const { return m_directory; }
    bool isEmpty() const { return m_directory.isEmpty(); }
    qint64 maxBytes() const { return m_maxBytes; }

    // "ab/ab12…ef.jpg": where content with this SHA-256 (hex) is stored, below the folder.
    static QString relativePathFor(const QString &sha256Hex, const QString &extension);
    static QString sha256Of(const QByteArray &bytes);
    QString absolutePath(const QString &relativePath) const;

    struct Stored
    {
        enum class Error { None, DiskFull, TooLarge, Other };
        Error error = Error::None;
        QString detail; // Other: what the system said, for a sentence of the caller's
        QString relativePath; // on success
        QString sha256;
        bool ok() const { return error == Error::None; }
    };
    // Keeps these bytes under their hash (already there: nothing written).
    Stored store(const QByteArray &bytes, const QString &extension);

    // Test seam: the next `count` stores fail as if the disk were full (after the bytes were
    // written to the temporary file, so that its clean-up is what is tested).
    void failStoresForTesting(int count) { m_failStores = count; }

private:
    QString m_directory;
    qint64 m_maxBytes;
    int m_failStores = 0;
};

} // namespace textdesk
