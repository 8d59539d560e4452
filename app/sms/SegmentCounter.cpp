#include "SegmentCounter.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace textdesk::sms {

namespace {

constexpr int kGsmSingle = 160;
constexpr int kGsmConcatenated = 153;
constexpr int kUcs2Single = 70;
constexpr int kUcs2Concatenated = 67;

// GSM 03.38 in table order (ESC left out), and its extension set.
constexpr std::u16string_view kGsmBasic
    = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
      u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr std::u16string_view kGsmExtension = u"\f^{}\\[~]|€";

// Septets per UTF-16 unit below U+0400 (Latin-1 and Greek hold every GSM-7 character but the
// euro sign); 0 means "not GSM-7". One load per character keeps analyse() cheap per keystroke.
constexpr char16_t kTableEnd = 0x400;
constexpr auto kSeptets = [] {
    std::array<quint8, kTableEnd> table {};
    for (char16_t c : kGsmBasic)
        table[c] = 1;
    for (char16_t c : kGsmExtension) {
        if (c < kTableEnd)
            table[c] = 2;
    }
    return table;
}();

constexpr int septets(char16_t c)
{
    if (c < kTableEnd)
        return kSeptets[c];
    return c == u'€' ? 2 : 0;
}

bool isPair(const QChar *text, qsizetype i, qsizetype size)
{
    return text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate();
}

// Printable ASCII, indexed by a fullwidth form's distance from U+FF01.
constexpr std::array<char, 94> kFullwidthAscii = [] {
    std::array<char, 94> table {};
    for (int i = 0; i < 94; ++i)
        table[i] = char('!' + i);
    return table;
}();

bool isJoiner(char16_t c)
{
    return c == 0x200C || c == 0x200D;
}

// What smart encoding puts in place of `c`: nothing (not a look-alike), an empty string
// (removed) or ASCII. `previous` is the character before it in the original text.
std::optional<QLatin1String> replacement(char16_t c, char16_t previous)
{
    if (c < 0xA0)
        return std::nullopt; // ASCII and C1 controls: the common case, decided at once
    if (c >= 0xFF01 && c <= 0xFF5E)
        return QLatin1String(&kFullwidthAscii[c - 0xFF01], 1);
    switch (c) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201A: // ‚
    case 0x201B: // ‛
    case 0x2032: // ′
    case 0x02BC: // ʼ
        return QLatin1String("'");
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F: // ‟
    case 0x2033: // ″
    case 0x00AB: // «
    case 0x00BB: // »
        return QLatin1String("\"");
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // horizontal bar
    case 0x2212: // minus sign
        return QLatin1String("-");
    case 0x2026: // …
        return QLatin1String("...");
    case 0x00A0: // no-break space
    case 0x1680:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000: // ideographic (fullwidth) space
        return QLatin1String(" ");
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
        // Between characters that force UCS-2 anyway (an emoji sequence, Persian script) a
        // joiner changes what the reader sees and removing it saves nothing: keep it.
        if (septets(previous) == 0 && previous != 0 && !isJoiner(previous)
            && !replacement(previous, 0))
            return std::nullopt;
        return QLatin1String("");
    case 0x200B: // zero-width space
    case 0x2060: // word joiner
    case 0xFEFF: // zero-width no-break space (BOM)
    case 0x00AD: // soft hyphen: invisible unless a line breaks there
        return QLatin1String("");
    default:
        return std::nullopt;
    }
}

bool isRegionalIndicator(const QChar *text, qsizetype i, qsizetype size)
{
    if (!isPair(text, i, size))
        return false;
    const char32_t c = QChar::surrogateToUcs4(text[i], text[i + 1]);
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

// Where the grapheme cluster that begins at `start` ends. Flags (two regional indicators) are
// paired here: Qt 6.4's finder loses count in some runs ("😀🇫🇷" after other flags).
qsizetype clusterEnd(const QChar *text, qsizetype size, QTextBoundaryFinder &finder,
                     qsizetype start)
{
    if (isRegionalIndicator(text, start, size))
        return start + (isRegionalIndicator(text, start + 2, size) ? 4 : 2);
    // CR LF is one cluster, but the calculator counts it as two characters: it may split.
    if (text[start] == u'\r')
        return start + 1;
    finder.setPosition(start);
    const qsizetype end = finder.toNextBoundary();
    if (end > start)
        return end;
    return start + (isPair(text, start, size) ? 2 : 1); // not expected; never loop forever
}

} // namespace

SegmentInfo analyse(const QString &body)
{
    SegmentInfo info;
    const QChar *text = body.constData();
    const qsizetype size = body.size();

    int total = 0;
    qsizetype nonGsm = -1;
    for (qsizetype i = 0; i < size; ++i) {
        const int cost = septets(text[i].unicode());
        if (cost == 0) {
            nonGsm = i;
            break;
        }
        total += cost;
    }

    if (nonGsm < 0) {
        info.units = total;
        if (total <= kGsmSingle) {
            info.segments = total == 0 ? 0 : 1;
            info.unitsLeftInSegment = kGsmSingle - total;
            return info;
        }
        int segments = 1;
        int fill = 0;
        for (qsizetype i = 0; i < size; ++i) {
            const int cost = septets(text[i].unicode());
            if (fill + cost > kGsmConcatenated) { // an escape and its character stay together
                ++segments;
                fill = 0;
            }
            fill += cost;
        }
        info.segments = segments;
        info.unitsLeftInSegment = kGsmConcatenated - fill;
        return info;
    }

    info.encoding = Encoding::Ucs2;
    info.units = int(size);
    // Twilio's calculator never splits a grapheme cluster (an emoji with a skin tone or joiner,
    // a flag, a keycap, a letter with its accents) across segments, and names the whole cluster.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, body);
    const bool single = size <= kUcs2Single;
    int segments = 1;
    int fill = 0;
    for (qsizetype start = 0; start < size;) {
        const qsizetype end = clusterEnd(text, size, graphemes, start);
        if (end > nonGsm && info.nonGsmCharacter.isEmpty())
            info.nonGsmCharacter = body.mid(start, end - start);
        if (single && !info.nonGsmCharacter.isEmpty())
            break; // the reason is all a single segment needs
        const int cost = int(end - start);
        if (fill + cost > kUcs2Concatenated && fill > 0) {
            ++segments;
            fill = 0;
        }
        fill += cost;
        start = end;
    }
    if (single) {
        info.segments = 1;
        info.unitsLeftInSegment = kUcs2Single - int(size);
        return info;
    }
    info.segments = segments;
    info.unitsLeftInSegment = std::max(0, kUcs2Concatenated - fill); // a cluster may be longer
    return info;
}

QString smartEncode(const QString &body)
{
    if (!hasLookAlikes(body))
        return body;
    QString out;
    out.reserve(body.size() + 8);
    char16_t previous = 0;
    for (const QChar ch : body) {
        const char16_t c = ch.unicode();
        if (const auto ascii = replacement(c, previous))
            out += *ascii;
        else
            out += ch;
        previous = c;
    }
    return out;
}

bool hasLookAlikes(const QString &body)
{
    char16_t previous = 0;
    for (const QChar ch : body) {
        const char16_t c = ch.unicode();
        if (replacement(c, previous))
            return true;
        previous = c;
    }
    return false;
}

} // namespace textdesk::sms
