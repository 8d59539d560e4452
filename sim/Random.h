#pragma once

#include <QtCore/QtGlobal>

namespace textdesk::sim {

// SplitMix64: tiny and identical on every platform and standard library, so one seed gives one
// simulator everywhere (std:: distributions are implementation-defined).
inline quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A number in [0, 1) that depends only on its two keys: decisions that must not depend on the
// order in which things happen (which message fails) hash what they are about.
inline double unitHash(quint64 a, quint64 b)
{
    return double(splitMix64(splitMix64(a) ^ b) >> 11) * 0x1.0p-53;
}

class Random
{
public:
    explicit Random(quint64 seed = 0)
        : m_state(splitMix64(seed))
    { }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n), n > 0.
    quint32 bounded(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    quint64 m_state;
};

} // namespace textdesk::sim
