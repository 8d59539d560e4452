#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

class QSettings;

namespace textdesk {

// The agent's own preferences on this computer, in the application's QSettings (not in
// workspace.ini, which describes the workspace and travels with it). load() never fails: a
// missing or out-of-range value falls back to its default or is clamped.
struct AppSettings
{
    static constexpr int kDefaultResponseTargetMinutes = 15;
    static constexpr int kMinResponseTargetMinutes = 1;
    static constexpr int kMaxResponseTargetMinutes = 1440; // a day

    QString agentName; // empty: the workspace's [agent] name, else the login name
    int responseTargetMinutes = kDefaultResponseTargetMinutes;
    bool enterSends = true; // false: Ctrl+Enter sends, Enter breaks the line
    bool notifications = true;
    QString theme = QStringLiteral("system"); // "system" | "light" | "dark"
    QString language; // empty: the system's; else one of supportedLanguages()

    static QStringList themes();
    // Language codes Textdesk offers besides the system's.
    static QStringList supportedLanguages();

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const AppSettings &) const = default;
};

} // namespace textdesk
