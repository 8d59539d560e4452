#include "Sid.h"

#include "Random.h"

namespace textdesk::sim {

namespace {

void appendHex(QChar *out, quint64 value)
{
    static const char digits[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i) {
        out[i] = QLatin1Char(digits[value & 0xf]);
        value >>= 4;
    }
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

QString Sid::toString(QLatin1String prefix) const
{
    QString text(prefix.size() + 32, Qt::Uninitialized);
    QChar *data = text.data();
    for (qsizetype i = 0; i < prefix.size(); ++i)
        data[i] = QLatin1Char(prefix[i]);
    appendHex(data + prefix.size(), hi);
    appendHex(data + prefix.size() + 16, lo);
    return text;
}

std::optional<Sid> Sid::parse(QStringView text, QLatin1String prefix)
{
    if (text.size() != prefix.size() + 32 || !text.startsWith(prefix))
        return std::nullopt;
    Sid sid;
    for (qsizetype i = 0; i < 32; ++i) {
        const int value = hexValue(text[prefix.size() + i]);
        if (value < 0)
            return std::nullopt;
        quint64 &half = i < 16 ? sid.hi : sid.lo;
        half = (half << 4) | quint64(value);
    }
    return sid;
}

SidGenerator::SidGenerator(quint32 seed, quint32 stream)
    : m_base(splitMix64((quint64(seed) << 32) | stream))
{ }

Sid SidGenerator::next()
{
    const quint64 n = m_counter++;
    return { splitMix64(m_base ^ (2 * n)), splitMix64(m_base ^ (2 * n + 1)) };
}

} // namespace textdesk::sim
