#include "AppSettings.h"

#include <QtCore/QSettings>

#include <algorithm>

namespace textdesk {

namespace {
// "notifications/enabled" predates this struct (the window's tray toggle writes it), so the
// two stay one setting.
const QString kAgentName = QStringLiteral("agent/name");
const QString kResponseTarget = QStringLiteral("agent/response_target_minutes");
const QString kEnterSends = QStringLiteral("composer/enter_sends");
const QString kNotifications = QStringLiteral("notifications/enabled");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
} // namespace

QStringList AppSettings::themes()
{
    return { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") };
}

QStringList AppSettings::supportedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
             QStringLiteral("fr") };
}

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings s;
    s.agentName = settings.value(kAgentName).toString().trimmed();
    bool ok = false;
    const int target = settings.value(kResponseTarget).toInt(&ok);
    if (ok) {
        s.responseTargetMinutes
            = std::clamp(target, kMinResponseTargetMinutes, kMaxResponseTargetMinutes);
    }
    s.enterSends = settings.value(kEnterSends, s.enterSends).toBool();
    s.notifications = settings.value(kNotifications, s.notifications).toBool();
    // An unknown value (a hand edit, a newer version's) means the default, not an error.
    if (const QString theme = settings.value(kTheme).toString(); themes().contains(theme))
        s.theme = theme;
    if (const QString language = settings.value(kLanguage).toString();
        supportedLanguages().contains(language))
        s.language = language;
    return s;
}

void AppSettings::save(QSettings &settings) const
{
    const QString name = agentName.trimmed();
    if (name.isEmpty())
        settings.remove(kAgentName);
    else
        settings.setValue(kAgentName, name);
    settings.setValue(
        kResponseTarget,
        std::clamp(responseTargetMinutes, kMinResponseTargetMinutes, kMaxResponseTargetMinutes));
    settings.setValue(kEnterSends, enterSends);
    settings.setValue(kNotifications, notifications);
    settings.setValue(kTheme, themes().contains(theme) ? theme : QStringLiteral("system"));
    settings.setValue(kLanguage, supportedLanguages().contains(language) ? language : QString());
    settings.sync();
}

} // namespace textdesk
