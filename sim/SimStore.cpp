#include "SimStore.h"

#include <algorithm>

namespace textdesk::sim {

namespace {

bool rowLess(const MessageRow &row, qint64 created, const Sid &sid)
{
    return row.created < created || (row.created == created && row.sid < sid);
}

} // namespace

SimStore::SimStore()
{
    m_bodies.append(QStringLiteral(""));
    m_sharedBodies.insert(m_bodies.first(), 0);
}

quint32 SimStore::internNumber(const QString &e164)
{
    const auto found = m_numberIndex.constFind(e164);
    if (found != m_numberIndex.cend())
        return *found;
    const auto index = quint32(m_numbers.size());
    m_numbers.append(e164);
    m_numberIndex.insert(e164, index);
    return index;
}

std::optional<quint32> SimStore::findNumber(const QString &e164) const
{
    const auto found = m_numberIndex.constFind(e164);
    if (found == m_numberIndex.cend())
        return std::nullopt;
    return *found;
}

quint32 SimStore::addBody(const QString &body)
{
    if (body.isEmpty())
        return 0;
    m_bodies.append(body);
    return quint32(m_bodies.size() - 1);
}

quint32 SimStore::sharedBody(const QString &body)
{
    const auto found = m_sharedBodies.constFind(body);
    if (found != m_sharedBodies.cend())
        return *found;
    const quint32 index = addBody(body);
    m_sharedBodies.insert(body, index);
    return index;
}

void SimStore::forgetBody(quint32 index)
{
    // Shared texts (history templates) belong to many rows; only a message's own text goes.
    const auto shared = m_sharedBodies.constFind(m_bodies.at(index));
    if (index != 0 && (shared == m_sharedBodies.cend() || *shared != index))
        m_bodies[index] = QString();
}

quint32 SimStore::addExtra(MessageExtra extra)
{
    m_extras.push_back(std::move(extra));
    return quint32(m_extras.size() - 1);
}

void SimStore::reserve(qsizetype rows)
{
    m_rows.reserve(size_t(rows));
    m_createdBySid.reserve(rows);
}

void SimStore::finishLoading()
{
    std::sort(m_rows.begin(), m_rows.end(), [](const MessageRow &a, const MessageRow &b) {
        return rowLess(a, b.created, b.sid);
    });
    m_createdBySid.clear();
    m_createdBySid.reserve(qsizetype(m_rows.size()));
    for (const MessageRow &row : m_rows)
        m_createdBySid.insert(row.sid, row.created);
}

MessageRow &SimStore::append(MessageRow row)
{
    if (!m_rows.empty() && !rowLess(m_rows.back(), row.created, row.sid))
        row.created = m_rows.back().created + 1;
    row.updated = std::max(row.updated, row.created);
    m_createdBySid.insert(row.sid, row.created);
    m_rows.push_back(row);
    return m_rows.back();
}

qsizetype SimStore::lowerBound(qint64 created, const Sid &sid) const
{
    const auto it
        = std::lower_bound(m_rows.begin(), m_rows.end(), 0,
                           [&](const MessageRow &row, int) { return rowLess(row, created, sid); });
    return it - m_rows.begin();
}

qsizetype SimStore::upperBound(qint64 created, const Sid &sid) const
{
    const auto it
        = std::upper_bound(m_rows.begin(), m_rows.end(), 0, [&](int, const MessageRow &row) {
              return created < row.created || (created == row.created && sid < row.sid);
          });
    return it - m_rows.begin();
}

qsizetype SimStore::indexOf(const Sid &sid) const
{
    const auto found = m_createdBySid.constFind(sid);
    if (found == m_createdBySid.cend())
        return -1;
    const qsizetype index = lowerBound(*found, sid);
    if (index < size() && m_rows[size_t(index)].sid == sid)
        return index;
    return -1;
}

MessageRow *SimStore::find(const Sid &sid)
{
    const qsizetype index = indexOf(sid);
    return index < 0 ? nullptr : &m_rows[size_t(index)];
}

const MessageRow *SimStore::find(const Sid &sid) const
{
    const qsizetype index = indexOf(sid);
    return index < 0 ? nullptr : &m_rows[size_t(index)];
}

bool SimStore::remove(const Sid &sid)
{
    const qsizetype index = indexOf(sid);
    if (index < 0)
        return false;
    const MessageRow &row = m_rows[size_t(index)];
    forgetBody(row.body);
    if (row.extra != kNone)
        m_extras[row.extra] = MessageExtra();
    m_createdBySid.remove(sid);
    m_rows.erase(m_rows.begin() + index);
    return true;
}

QList<quint32> SimStore::sharedBodyIndexes() const
{
    QList<quint32> indexes = m_sharedBodies.values();
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

void SimStore::restoreTables(QStringList numbers, QStringList bodies,
                             const QList<quint32> &sharedBodies, std::vector<MessageExtra> extras)
{
    m_numbers = std::move(numbers);
    m_numberIndex.clear();
    for (qsizetype i = 0; i < m_numbers.size(); ++i)
        m_numberIndex.insert(m_numbers.at(i), quint32(i));
    m_bodies = std::move(bodies);
    if (m_bodies.isEmpty())
        m_bodies.append(QStringLiteral(""));
    m_sharedBodies.clear();
    m_sharedBodies.insert(m_bodies.first(), 0);
    for (const quint32 index : sharedBodies) {
        if (index < quint32(m_bodies.size()))
            m_sharedBodies.insert(m_bodies.at(index), index);
    }
    m_extras = std::move(extras);
}

} // namespace textdesk::sim
