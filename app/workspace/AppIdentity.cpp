#include "AppIdentity.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>

namespace textdesk::AppIdentity {

namespace {
const QString kApplication = QStringLiteral("textdesk");
const QString kOrganisation = QStringLiteral("Textdesk");
// Reversed, it is the desktop entry's id (io.textdesk.Textdesk); macOS names the plist by it.
const QString kDomain = QStringLiteral("textdesk.io");
// What QSettings used while no organisation was set.
const QString kLegacyOrganisation = QStringLiteral("Unknown Organization");
} // namespace

void set()
{
    QCoreApplication::setApplicationName(kApplication);
    QCoreApplication::setOrganizationName(kOrganisation);
    QCoreApplication::setOrganizationDomain(kDomain);
}

QString dataLocation()
{
    QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString organisation = QCoreApplication::organizationName();
    const QString nested
        = QLatin1Char('/') + organisation + QLatin1Char('/') + QCoreApplication::applicationName();
    if (!organisation.isEmpty() && path.endsWith(nested))
        path = path.left(path.size() - nested.size()) + QLatin1Char('/')
            + QCoreApplication::applicationName();
    return path;
}

bool migrateSettings(const QSettings &legacy, QSettings &current)
{
    if (!current.allKeys().isEmpty())
        return false;
    const QStringList keys = legacy.allKeys();
    for (const QString &key : keys)
        current.setValue(key, legacy.value(key));
    current.sync();
    return !keys.isEmpty();
}

bool migrateLegacySettings()
{
    const QSettings legacy(QSettings::NativeFormat, QSettings::UserScope, kLegacyOrganisation,
                           QCoreApplication::applicationName());
    QSettings current;
    return migrateSettings(legacy, current);
}

} // namespace textdesk::AppIdentity
