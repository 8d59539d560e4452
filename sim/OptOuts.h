#pragma once

#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>

namespace textdesk::sim {

enum class Keyword { None, OptOut, OptIn, Help };

// The provider's default keywords: only a message that is the keyword alone counts ("STOP
// PLEASE" does not), trimmed, in any case.
Keyword classifyKeyword(const QString &body);
// The OptOutType webhook value: STOP, START or HELP.
QString optOutType(Keyword keyword);
// The provider's default auto-reply text.
QString autoReply(Keyword keyword);

// Blocked (customer, our number) pairs, by SimStore number index.
class OptOuts
{
public:
    bool isBlocked(quint32 customer, quint32 ourNumber) const
    {
        return m_pairs.contains(key(customer, ourNumber));
    }
    bool isBlockedAnywhere(quint32 customer, const QList<quint32> &ourNumbers) const;
    void block(quint32 customer, quint32 ourNumber) { m_pairs.insert(key(customer, ourNumber)); }
    void unblock(quint32 customer, quint32 ourNumber) { m_pairs.remove(key(customer, ourNumber)); }
    qsizetype size() const { return m_pairs.size(); }

    QList<quint64> keys() const;
    void restore(const QList<quint64> &keys);

private:
    static quint64 key(quint32 customer, quint32 ourNumber)
    {
        return (quint64(customer) << 32) | ourNumber;
    }
    QSet<quint64> m_pairs;
};

} // namespace textdesk::sim
