#pragma once

class QCoreApplication;
class QLocale;

namespace textdesk {

// Loads Qt's own translations (standard dialogs) and Textdesk's for the locale, falling back to
// English, whose translation file only carries the plural forms ("%n message(s)").
void installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace textdesk
