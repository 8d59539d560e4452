#include "Workspace.h"

#include "AppIdentity.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace textdesk {

namespace {
const QString kCacheFile = QStringLiteral("cache.sqlite");
const QString kMediaDir = QStringLiteral("media");
const QString kSettingsFile = QStringLiteral("workspace.ini");

// Customers' messages and pictures: no one but the user may list or read the folder. Only
// takes permissions away (group and others), never adds any, and only from a folder the user
// owns.
void keepPrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    if (!info.isDir() || info.ownerId() != uint(::geteuid()))
        return;
    const QFile::Permissions permissions = QFile::permissions(path);
    const QFile::Permissions ownerOnly = permissions
        & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser
           | QFile::WriteUser | QFile::ExeUser);
    if (permissions != ownerOnly)
        QFile::setPermissions(path, ownerOnly);
#else
    Q_UNUSED(path) // Windows: the profile folder is the user's already
#endif
}
} // namespace

Workspace::Workspace(QString directory)
    : m_directory(std::move(directory))
{ }

QString Workspace::defaultLocation()
{
    return AppIdentity::dataLocation() + QStringLiteral("/workspaces/default");
}

QString Workspace::trainingLocation()
{
    return AppIdentity::dataLocation() + QStringLiteral("/workspaces/training");
}

QString Workspace::cachePath() const
{
    return m_directory + QLatin1Char('/') + kCacheFile;
}

QString Workspace::mediaDirectory() const
{
    return m_directory + QLatin1Char('/') + kMediaDir;
}

QString Workspace::settingsPath() const
{
    return m_directory + QLatin1Char('/') + kSettingsFile;
}

bool Workspace::isConfigured(const QString &directory)
{
    const QString ini = directory + QLatin1Char('/') + kSettingsFile;
    if (!QFile::exists(ini))
        return false;
    QSettings settings(ini, QSettings::IniFormat);
    return !settings.value(QStringLiteral("provider/account_sid")).toString().isEmpty()
        || !settings.value(QStringLiteral("team/url")).toString().isEmpty();
}

bool Workspace::hasProvider() const
{
    return kind() == Kind::Provider;
}

QString Workspace::teamUrl() const
{
    if (!QFile::exists(settingsPath()))
        return {};
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    return settings.value(QStringLiteral("team/url")).toString().trimmed();
}

Workspace::Kind Workspace::kind() const
{
    if (!teamUrl().isEmpty())
        return Kind::Team;
    return isConfigured(m_directory) ? Kind::Provider : Kind::Training;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &directory)
{
    const QString dir = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    std::unique_ptr<Workspace> ws(new Workspace(dir));
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return StorageError(StorageError::Kind::CannotOpen, dir,
                            QStringLiteral("workspace path is a file"));
    if (!QDir().mkpath(dir) || !QDir().mkpath(ws->mediaDirectory()))
        return StorageError(StorageError::Kind::ReadOnly, dir,
                            QStringLiteral("cannot create the workspace folder"));
    keepPrivate(dir);
    keepPrivate(ws->mediaDirectory());

    auto db = Database::open(ws->cachePath(), Database::Role::Writer);
    if (!db && db.error().kind() == StorageError::Kind::Corrupt) {
        auto moved = moveAside(ws->cachePath());
        if (!moved)
            return moved.error();
        ws->m_movedAside = *moved;
        db = Database::open(ws->cachePath(), Database::Role::Writer);
    }
    if (!db)
        return db.error();
    ws->m_db = std::move(*db);

    QSettings settings(ws->settingsPath(), QSettings::IniFormat);
    if (!settings.contains(QStringLiteral("workspace/created"))) {
        settings.setValue(QStringLiteral("workspace/created"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        settings.sync();
    }
    return ws;
}

Result<QString> Workspace::moveAside(const QString &cachePath)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = cachePath + QStringLiteral(".damaged-") + stamp;
    QFile::remove(Database::damageMarkPath(cachePath));
    // The WAL may hold the newest pages: it goes with the file, under the matching name.
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(cachePath + suffix)
            && !QFile::rename(cachePath + suffix, target + suffix))
            return StorageError(StorageError::Kind::ReadOnly, cachePath + suffix,
                                QStringLiteral("cannot move the damaged file aside"));
    }
    if (!QFile::rename(cachePath, target))
        return StorageError(StorageError::Kind::ReadOnly, cachePath,
                            QStringLiteral("cannot move the damaged file aside"));
    return target;
}

Result<std::unique_ptr<Database>> Workspace::openReader() const
{
    return Database::open(cachePath(), Database::Role::Reader);
}

} // namespace textdesk
