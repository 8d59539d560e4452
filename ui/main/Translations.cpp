#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace textdesk {

void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("textdesk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/textdesk_en.qm")))
        QCoreApplication::installTranslator(ours);
}

} // namespace textdesk
