#pragma once

class QCoreApplication;
class QLocale;
class QString;

namespace textdesk {

// Loads Qt's own translations (standard dialogs) and Textdesk's for the locale, falling back to
// English, whose translation file only carries the plural forms ("%n message(s)"). Called again,
// it replaces the translators it installed before.
void installTranslators(QCoreApplication &app, const QLocale &locale);

// The language for what is built from now on, dates and numbers included ("": the system's).
void switchLanguage(QCoreApplication &app, const QString &language);

} // namespace textdesk
