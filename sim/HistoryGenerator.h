#pragma once

#include "MediaLibrary.h"
#include "SimStore.h"

namespace textdesk::sim {

// `--history N`: N plausible past messages over the last six months, between generated
// customers and our numbers, mostly delivered or received. Compact: bodies come from a small
// shared table, so a million messages are rows, not strings.
class HistoryGenerator
{
public:
    HistoryGenerator(quint32 seed, qint64 count, qint64 now);

    // Loads the rows into the store (caller runs finishLoading()).
    void generate(SimStore &store, MediaLibrary &media, SidGenerator &sids, SidGenerator &mediaSids,
                  const QList<quint32> &ourNumbers) const;

    // The n-th generated customer's number (valid E.164, US).
    static QString customerNumber(quint32 seed, quint32 index);

private:
    quint32 m_seed;
    qint64 m_count;
    qint64 m_now;
};

} // namespace textdesk::sim
