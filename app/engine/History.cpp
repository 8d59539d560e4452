#include "History.h"

#include "sync/PullSync.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QSettings>

namespace textdesk::engine::History {

std::optional<qint64> parseDays(const QString &text)
{
    const QString value = text.trimmed();
    if (value.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return 0;
    bool ok = false;
    const int days = value.toInt(&ok);
    if (!ok || days < 1 || days > 36'500)
        return std::nullopt;
    return qint64(days) * 24 * 3600 * 1000;
}

qint64 configuredHorizonMs(const QString &settingsPath, QString *problem)
{
    const QSettings ini(settingsPath, QSettings::IniFormat);
    const QVariant value = ini.value(QStringLiteral("sync/history_days"));
    const qint64 fallback = qint64(kDefaultDays) * 24 * 3600 * 1000;
    if (!value.isValid())
        return fallback;
    if (const auto parsed = parseDays(value.toString()))
        return *parsed;
    if (problem) {
        *problem = QCoreApplication::translate(
                       "textdesk::engine::History",
                       "history_days in %1 is \"%2\", neither a number of days nor \"all\"; "
                       "using %3 days.")
                       .arg(settingsPath, value.toString())
                       .arg(kDefaultDays);
    }
    return fallback;
}

QString cachedFrom(Database &db)
{
    auto from = sync::PullSync::historyFrom(db);
    if (!from || *from < 0)
        return {};
    if (*from == 0)
        return QStringLiteral("all");
    return QDateTime::fromMSecsSinceEpoch(*from, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace textdesk::engine::History
