#include "OptOuts.h"

#include <algorithm>

namespace textdesk::sim {

Keyword classifyKeyword(const QString &body)
{
    const QString word = body.trimmed().toUpper();
    static const QStringList optOut
        = { QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
            QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT"),
            QStringLiteral("REVOKE"), QStringLiteral("OPTOUT") };
    static const QStringList optIn
        = { QStringLiteral("START"), QStringLiteral("YES"), QStringLiteral("UNSTOP") };
    static const QStringList help = { QStringLiteral("HELP"), QStringLiteral("INFO") };
    if (optOut.contains(word))
        return Keyword::OptOut;
    if (optIn.contains(word))
        return Keyword::OptIn;
    if (help.contains(word))
        return Keyword::Help;
    return Keyword::None;
}

QString optOutType(Keyword keyword)
{
    switch (keyword) {
    case Keyword::OptOut:
        return QStringLiteral("STOP");
    case Keyword::OptIn:
        return QStringLiteral("START");
    case Keyword::Help:
        return QStringLiteral("HELP");
    case Keyword::None:
        break;
    }
    return {};
}

QString autoReply(Keyword keyword)
{
    switch (keyword) {
    case Keyword::OptOut:
        return QStringLiteral("You have successfully been unsubscribed. You will not receive any "
                              "more messages from this number. Reply START to resubscribe.");
    case Keyword::OptIn:
        return QStringLiteral("You have successfully been re-subscribed to messages from this "
                              "number. Reply HELP for help. Reply STOP to unsubscribe. Msg&Data "
                              "Rates May Apply.");
    case Keyword::Help:
        return QStringLiteral("Reply STOP to unsubscribe. Msg&Data Rates May Apply.");
    case Keyword::None:
        break;
    }
    return {};
}

bool OptOuts::isBlockedAnywhere(quint32 customer, const QList<quint32> &ourNumbers) const
{
    return std::any_of(ourNumbers.begin(), ourNumbers.end(),
                       [&](quint32 ours) { return isBlocked(customer, ours); });
}

QList<quint64> OptOuts::keys() const
{
    QList<quint64> keys(m_pairs.begin(), m_pairs.end());
    std::sort(keys.begin(), keys.end());
    return keys;
}

void OptOuts::restore(const QList<quint64> &keys)
{
    m_pairs = QSet<quint64>(keys.begin(), keys.end());
}

} // namespace textdesk::sim
