#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace textdesk {

namespace {
// The ones installed last, so that a change of language replaces them instead of stacking.
QPointer<QTranslator> g_qt;
QPointer<QTranslator> g_ours;
} // namespace

void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    for (QPointer<QTranslator> *installed : { &g_qt, &g_ours }) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete installed->data();
        }
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    g_qt = qt;
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("textdesk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/textdesk_en.qm")))
        QCoreApplication::installTranslator(ours);
    g_ours = ours;
}

void switchLanguage(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : QLocale(language));
    installTranslators(app, QLocale());
}

} // namespace textdesk
