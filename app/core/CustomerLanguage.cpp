#include "CustomerLanguage.h"

namespace textdesk::CustomerLanguage {

const QStringList &shipped()
{
    static const QStringList list { QStringLiteral("en"), QStringLiteral("de"),
                                    QStringLiteral("es"), QStringLiteral("fr") };
    return list;
}

QString normalised(const QString &code)
{
    const QString language = code.left(2).toLower();
    return shipped().contains(language) ? language : QStringLiteral("en");
}

QString Phrase::in(const QString &language) const
{
    const char *text = language == QLatin1String("de") ? de
        : language == QLatin1String("es")              ? es
        : language == QLatin1String("fr")              ? fr
                                                       : en;
    return QString::fromUtf8(text);
}

} // namespace textdesk::CustomerLanguage
