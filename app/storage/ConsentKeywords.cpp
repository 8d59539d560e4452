#include "ConsentKeywords.h"

#include "States.h"

#include <QStringList>

namespace textdesk::Consent {

QString stateForKeyword(const QString &body)
{
    if (body.size() > 16)
        return {};
    QString word = body.trimmed().toUpper();
    while (word.endsWith(QLatin1Char('.')) || word.endsWith(QLatin1Char('!')))
        word.chop(1);
    static const QStringList out
        = { QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
            QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT"),
            QStringLiteral("REVOKE"), QStringLiteral("OPTOUT") };
    static const QStringList in
        = { QStringLiteral("START"), QStringLiteral("UNSTOP"), QStringLiteral("YES") };
    if (out.contains(word))
        return consentStateToString(ConsentState::OptedOut);
    if (in.contains(word))
        return consentStateToString(ConsentState::OptedIn);
    return {};
}

} // namespace textdesk::Consent
