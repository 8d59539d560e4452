#pragma once

#include "MessageRow.h"

#include <QtCore/QHash>
#include <QtCore/QStringList>

#include <optional>
#include <vector>

namespace textdesk::sim {

// Every message the simulator knows, in list order: ascending (created, sid), so "newest first"
// walks backwards and a page token is just the (created, sid) of a row. New messages get a
// creation time after every existing one, so they are always appended and never shift a page.
//
// Pointers and references to rows are invalidated by append() and remove().
class SimStore
{
public:
    SimStore();

    // Phone numbers, interned: rows hold indexes.
    quint32 internNumber(const QString &e164);
    std::optional<quint32> findNumber(const QString &e164) const;
    const QString &numberAt(quint32 index) const { return m_numbers.at(index); }
    const QStringList &numbers() const { return m_numbers; }

    // Bodies: addBody() for one message's own text, sharedBody() for repeated texts (history).
    quint32 addBody(const QString &body);
    quint32 sharedBody(const QString &body);
    const QString &bodyAt(quint32 index) const { return m_bodies.at(index); }
    const QStringList &bodies() const { return m_bodies; }
    void forgetBody(quint32 index); // redaction: the text is gone, not just hidden

    quint32 addExtra(MessageExtra extra);
    MessageExtra &extra(quint32 index) { return m_extras[index]; }
    const MessageExtra &extra(quint32 index) const { return m_extras[index]; }
    const std::vector<MessageExtra> &extras() const { return m_extras; }

    // Loading (history, scenario seed, saved state): rows in any order, then finishLoading().
    void reserve(qsizetype rows);
    void load(const MessageRow &row) { m_rows.push_back(row); }
    void finishLoading();

    // A new message. Its `created` is moved past the newest row if needed (keeps the order).
    MessageRow &append(MessageRow row);
    MessageRow *find(const Sid &sid);
    const MessageRow *find(const Sid &sid) const;
    bool remove(const Sid &sid);

    const std::vector<MessageRow> &rows() const { return m_rows; }
    qsizetype size() const { return qsizetype(m_rows.size()); }
    // First row index whose (created, sid) is not less than the key.
    qsizetype lowerBound(qint64 created, const Sid &sid) const;
    qsizetype upperBound(qint64 created, const Sid &sid) const;

    // Persistence restores the tables as they were.
    QList<quint32> sharedBodyIndexes() const;
    void restoreTables(QStringList numbers, QStringList bodies, const QList<quint32> &sharedBodies,
                       std::vector<MessageExtra> extras);

private:
    qsizetype indexOf(const Sid &sid) const;

    std::vector<MessageRow> m_rows;
    QHash<Sid, qint64> m_createdBySid;
    QStringList m_numbers;
    QHash<QString, quint32> m_numberIndex;
    QStringList m_bodies;
    QHash<QString, quint32> m_sharedBodies;
    std::vector<MessageExtra> m_extras;
};

} // namespace textdesk::sim
