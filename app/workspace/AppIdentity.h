#pragma once

#include <QtCore/QString>

class QSettings;

namespace textdesk::AppIdentity {

// The application's name, organisation and domain, so that its settings live in
// <config>/Textdesk/textdesk.conf (not "Unknown Organization"); every executable calls it
// right after making its QCoreApplication.
void set();

// Where the workspaces live: <AppData>/textdesk. The organisation is left out of this path, as
// it was before the organisation was set, so that existing workspaces stay where they are.
QString dataLocation();

// Copies the settings from where they were kept before the organisation was set (`legacy`)
// into `current`, once: only when `current` holds nothing yet. True if anything was copied.
bool migrateSettings(const QSettings &legacy, QSettings &current);
// The same with the application's default QSettings and the old "Unknown Organization" one.
bool migrateLegacySettings();

} // namespace textdesk::AppIdentity
