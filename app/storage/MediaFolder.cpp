#include "MediaFolder.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>

namespace textdesk {

MediaFolder::MediaFolder(QString directory, qint64 maxBytes)
    : m_directory(std::move(directory))
    , m_maxBytes(maxBytes)
{ }

QString MediaFolder::relativePathFor(const QString &sha256Hex, const QString &extension)
{
    // 256 folders keep any one directory small enough for every file system and file manager.
    return sha256Hex.left(2) + QLatin1Char('/') + sha256Hex + QLatin1Char('.') + extension;
}

QString MediaFolder::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString MediaFolder::absolutePath(const QString &relativePath) const
{
    return m_directory + QLatin1Char('/') + relativePath;
}

MediaFolder::Stored MediaFolder::store(const QByteArray &bytes, const QString &extension)
{
    Stored stored;
    const auto fail = [&stored](Stored::Error error, QString detail = {}) {
        stored.error = error;
        stored.detail = std::move(detail);
        return stored;
    };
    if (m_directory.isEmpty())
        return fail(Stored::Error::Other, tr("there is no media folder"));
    if (bytes.size() > m_maxBytes)
        return fail(Stored::Error::TooLarge);
    stored.sha256 = sha256Of(bytes);
    stored.relativePath = relativePathFor(stored.sha256, extension);
    const QString path = absolutePath(stored.relativePath);
    // Content-addressed: a file by this name holds these bytes already (QSaveFile never
    // leaves a partial one under the final name).
    const QFileInfo info(path);
    if (info.exists() && info.size() == bytes.size())
        return stored;
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Stored::Error::Other,
                    tr("cannot create the folder %1").arg(info.absolutePath()));
    const auto failed = [&fail](const QSaveFile &file) {
        return file.error() == QFileDevice::ResourceError
            ? fail(Stored::Error::DiskFull)
            : fail(Stored::Error::Other, file.errorString());
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file);
    if (file.write(bytes) != bytes.size()) {
        Stored result = failed(file);
        file.cancelWriting();
        file.commit(); // removes the temporary file
        return result;
    }
    if (m_failStores > 0) {
        --m_failStores;
        file.cancelWriting();
        file.commit();
        return fail(Stored::Error::DiskFull);
    }
    if (!file.commit())
        return failed(file);
    return stored;
}

} // namespace textdesk
