#pragma once

#include <QtCore/QHashFunctions>
#include <QtCore/QLatin1String>
#include <QtCore/QString>

#include <compare>
#include <optional>

namespace textdesk::sim {

// The 128 bits behind a provider SID ("SM" + 32 hex digits). Stored as two integers so a
// million messages cost 16 bytes each, not a QString each; the prefix comes from the context.
struct Sid
{
    quint64 hi = 0;
    quint64 lo = 0;

    bool isNull() const { return hi == 0 && lo == 0; }
    QString toString(QLatin1String prefix) const;
    // prefix followed by exactly 32 hex digits (either case).
    static std::optional<Sid> parse(QStringView text, QLatin1String prefix);

    friend bool operator==(const Sid &, const Sid &) = default;
    friend auto operator<=>(const Sid &, const Sid &) = default;
};

inline size_t qHash(const Sid &sid, size_t seed = 0)
{
    return qHashMulti(seed, sid.hi, sid.lo);
}

// Deterministic SIDs: the n-th SID of (seed, stream) is always the same, so two simulators
// with one seed hand out the same SIDs, and a reloaded one continues from its saved counter.
class SidGenerator
{
public:
    SidGenerator(quint32 seed, quint32 stream);
    Sid next();
    quint64 counter() const { return m_counter; }
    void setCounter(quint64 counter) { m_counter = counter; }

private:
    quint64 m_base;
    quint64 m_counter = 0;
};

} // namespace textdesk::sim
