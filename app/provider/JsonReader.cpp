#include "JsonReader.h"

#include "core/Utf8.h"

#include <climits>
#include <cstring>

namespace textdesk::provider::json {

namespace {

constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHighs = 0x8080808080808080ULL;

// Any byte of `v` below `n` (n <= 128): the classic SWAR test, exact for "is there any".
constexpr quint64 bytesBelow(quint64 v, unsigned n)
{
    return (v - kOnes * n) & ~v & kHighs;
}

// Eight bytes a string scan can step over at once: no quote, backslash, control or non-ASCII.
inline bool plainAscii8(quint64 w)
{
    return !(bytesBelow(w ^ (kOnes * '"'), 1) | bytesBelow(w ^ (kOnes * '\\'), 1)
             | bytesBelow(w, 0x20) | (w & kHighs));
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

inline char16_t hexValue(const char *p)
{
    char16_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        value = char16_t(value << 4);
        if (c <= '9')
            value |= char16_t(c - '0');
        else
            value |= char16_t((c | 0x20) - 'a' + 10);
    }
    return value;
}

// Length of the well-formed UTF-8 sequence at p (Unicode table 3-7, what QUtf8Functions accepts):
// 0 when ill-formed, -1 when the input ends inside it.
inline int utf8Length(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    int n = 0;
    uchar low = 0x80;
    uchar high = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        if (c == 0xe0)
            low = 0xa0; // overlong
        else if (c == 0xed)
            high = 0x9f; // UTF-16 surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        if (c == 0xf0)
            low = 0x90; // overlong
        else if (c == 0xf4)
            high = 0x8f; // beyond U+10FFFF
    } else {
        return 0;
    }
    if (end - p < n) {
        // Cut short: still ill-formed if what is there already is.
        if (end - p > 1 && (p[1] < low || p[1] > high))
            return 0;
        return -1;
    }
    if (p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < n; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    }
    return n;
}

// UTF-16 → UTF-8 that also encodes lone surrogates (as 3 bytes, never valid UTF-8), so distinct
// names stay distinct bytes and a byte comparison equals a QString comparison.
void appendGeneralizedUtf8(QByteArray &out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            u = QChar::surrogateToUcs4(char16_t(u), text[i + 1].unicode());
            ++i;
        }
        if (u < 0x80) {
            out += char(u);
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (u < 0x10000) {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        } else {
            out += char(0xf0 | (u >> 18));
            out += char(0x80 | ((u >> 12) & 0x3f));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
}

} // namespace

QString StringRef::decode() const
{
    if (!escaped)
        return ascii ? QString::fromLatin1(raw) : utf8Exact(raw);
    // Never more UTF-16 units than input bytes; the input was validated when read.
    QString out(raw.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *d = begin;
    const auto *p = reinterpret_cast<const uchar *>(raw.data());
    const auto *const end = p + raw.size();
    while (p < end) {
        const uchar c = *p;
        if (c == '\\') {
            switch (p[1]) {
            case 'b':
                *d++ = u'\b';
                break;
            case 'f':
                *d++ = u'\f';
                break;
            case 'n':
                *d++ = u'\n';
                break;
            case 'r':
                *d++ = u'\r';
                break;
            case 't':
                *d++ = u'\t';
                break;
            case 'u':
                // Surrogate halves are kept one unit each, as QJsonDocument does: a pair of
                // escapes becomes a proper pair, a lone one stays lone.
                *d++ = hexValue(reinterpret_cast<const char *>(p + 2));
                p += 6;
                continue;
            default: // " \ /
                *d++ = p[1];
                break;
            }
            p += 2;
        } else if (c < 0x80) {
            *d++ = c;
            ++p;
        } else if (c < 0xe0) {
            *d++ = char16_t(((c & 0x1f) << 6) | (p[1] & 0x3f));
            p += 2;
        } else if (c < 0xf0) {
            *d++ = char16_t(((c & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f));
            p += 3;
        } else {
            const char32_t u
                = ((c & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) | (p[3] & 0x3f);
            *d++ = QChar::highSurrogate(u);
            *d++ = QChar::lowSurrogate(u);
            p += 4;
        }
    }
    out.truncate(d - begin);
    return out;
}

bool Number::toInt(int *out) const
{
    if (isInteger) {
        if (integer < INT_MIN || integer > INT_MAX)
            return false;
        *out = int(integer);
        return true;
    }
    if (!(real >= INT_MIN && real <= INT_MAX)) // NaN fails too
        return false;
    const int n = int(real);
    if (double(n) != real)
        return false;
    *out = n;
    return true;
}

Reader::Reader(QByteArrayView utf8)
    : m_begin(utf8.data())
    , m_cur(utf8.data())
    , m_end(utf8.data() + utf8.size())
{
    if (utf8.size() >= 3 && utf8.startsWith("\xef\xbb\xbf"))
        m_cur += 3;
}

bool Reader::fail(const char *at, const char *reason)
{
    if (!m_reason) {
        m_reason = reason;
        m_errorOffset = at - m_begin;
    }
    return false;
}

QString Reader::errorString() const
{
    if (!m_reason)
        return {};
    return QStringLiteral("%1 at offset %2").arg(QLatin1String(m_reason)).arg(m_errorOffset);
}

bool Reader::skipSpace()
{
    while (m_cur < m_end) {
        const char c = *m_cur;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return true;
        ++m_cur;
    }
    return false;
}

Type Reader::peek()
{
    if (failed())
        return Type::Invalid;
    if (!skipSpace())
        return Type::End;
    switch (*m_cur) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        return Type::Number;
    default:
        return Type::Invalid;
    }
}

bool Reader::enterObject()
{
    if (failed())
        return false;
    if (!skipSpace())
        return fail(m_cur, "unexpected end of input");
    if (*m_cur != '{')
        return fail(m_cur, "expected an object");
    if (++m_depth > kMaxDepth)
        return fail(m_cur, "nesting too deep");
    ++m_cur;
    m_justOpened = true;
    return true;
}

bool Reader::enterArray()
{
    if (failed())
        return false;
    if (!skipSpace())
        return fail(m_cur, "unexpected end of input");
    if (*m_cur != '[')
        return fail(m_cur, "expected an array");
    if (++m_depth > kMaxDepth)
        return fail(m_cur, "nesting too deep");
    ++m_cur;
    m_justOpened = true;
    return true;
}

// Consumes a closing bracket; false because the container has nothing more.
bool Reader::close(char bracket)
{
    Q_ASSERT(*m_cur == bracket);
    Q_UNUSED(bracket);
    ++m_cur;
    --m_depth;
    m_justOpened = false;
    return false;
}

bool Reader::nextMember()
{
    return nextMemberImpl(true);
}

bool Reader::nextMemberImpl(bool decodeKey)
{
    if (failed())
        return false;
    if (!skipSpace())
        return fail(m_cur, "unterminated object");
    if (m_justOpened) {
        m_justOpened = false;
        if (*m_cur == '}')
            return close('}');
    } else {
        if (*m_cur == '}')
            return close('}');
        if (*m_cur != ',')
            return fail(m_cur, "expected ',' or '}'");
        ++m_cur;
        if (!skipSpace())
            return fail(m_cur, "unterminated object");
    }
    if (*m_cur != '"')
        return fail(m_cur, "expected a member name");
    StringRef name;
    if (!scanString(&name))
        return false;
    if (!name.escaped || !decodeKey) {
        m_key = name.raw;
    } else {
        m_keyBuffer.clear();
        appendGeneralizedUtf8(m_keyBuffer, name.decode());
        m_key = m_keyBuffer;
    }
    if (!skipSpace())
        return fail(m_cur, "unterminated object");
    if (*m_cur != ':')
        return fail(m_cur, "expected ':'");
    ++m_cur;
    return true;
}

bool Reader::nextElement()
{
    if (failed())
        return false;
    if (!skipSpace())
        return fail(m_cur, "unterminated array");
    if (m_justOpened) {
        m_justOpened = false;
        if (*m_cur == ']')
            return close(']');
        return true;
    }
    if (*m_cur == ']')
        return close(']');
    if (*m_cur != ',')
        return fail(m_cur, "expected ',' or ']'");
    ++m_cur;
    return true;
}

// At the opening quote; validates escapes and UTF-8 on the way to the closing one.
bool Reader::scanString(StringRef *out)
{
    const char *p = m_cur + 1;
    const char *const start = p;
    bool escaped = false;
    bool ascii = true;
    for (;;) {
        while (m_end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (!plainAscii8(word))
                break;
            p += 8;
        }
        if (p >= m_end)
            return fail(p, "unterminated string");
        const auto c = uchar(*p);
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            if (m_end - p < 2)
                return fail(p, "unterminated string");
            switch (p[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                p += 2;
                break;
            case 'u':
                for (int i = 2; i < 6; ++i) {
                    if (p + i >= m_end)
                        return fail(p, "unterminated string");
                    if (!isHexDigit(p[i]))
                        return fail(p, "invalid \\u escape");
                }
                p += 6;
                break;
            default:
                return fail(p, "invalid escape");
            }
        } else if (c < 0x20) {
            return fail(p, "control character in string");
        } else if (c < 0x80) {
            ++p;
        } else {
            ascii = false;
            const int n = utf8Length(reinterpret_cast<const uchar *>(p),
                                     reinterpret_cast<const uchar *>(m_end));
            if (n < 0)
                return fail(p, "unterminated string");
            if (n == 0)
                return fail(p, "invalid UTF-8");
            p += n;
        }
    }
    out->raw = QByteArrayView(start, p - start);
    out->escaped = escaped;
    out->ascii = ascii;
    m_cur = p + 1;
    return true;
}

bool Reader::readString(StringRef *out)
{
    if (failed())
        return false;
    if (!skipSpace())
        return fail(m_cur, "unexpected end of input");
    if (*m_cur != '"')
        return fail(m_cur, "expected a string");
    return scanString(out);
}

bool Reader::readNumber(Number *out)
{
    if (failed())
        return false;
    if (!skipSpace())
        return fail(m_cur, "unexpected end of input");
    const char *const start = m_cur;
    const char *p = start;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    quint64 magnitude = 0;
    int digits = 0;
    if (p < m_end && *p == '0') {
        ++p;
        digits = 1;
    } else if (p < m_end && *p >= '1' && *p <= '9') {
        for (; p < m_end && isDigit(*p); ++p, ++digits) {
            if (digits < 18)
                magnitude = magnitude * 10 + quint64(*p - '0');
        }
    } else {
        return fail(p < m_end ? p : start, "invalid number");
    }
    bool integral = true;
    if (p < m_end && *p == '.') {
        ++p;
        if (p >= m_end || !isDigit(*p))
            return fail(p < m_end ? p : start, "invalid number");
        while (p < m_end && isDigit(*p))
            ++p;
        integral = false;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= m_end || !isDigit(*p))
            return fail(p < m_end ? p : start, "invalid number");
        while (p < m_end && isDigit(*p))
            ++p;
        integral = false;
    }
    m_cur = p;
    if (integral && digits <= 18) {
        out->isInteger = true;
        out->integer = negative ? -qint64(magnitude) : qint64(magnitude);
        out->real = double(out->integer);
        return true;
    }
    // Rare forms: Qt's own conversions, so range limits match QJsonDocument's.
    const QByteArray text = QByteArray::fromRawData(start, p - start);
    bool ok = false;
    if (integral) {
        const qint64 n = text.toLongLong(&ok);
        if (ok) {
            out->isInteger = true;
            out->integer = n;
            out->real = double(n);
            return true;
        }
    }
    const double d = text.toDouble(&ok);
    if (!ok)
        return fail(start, "number out of range");
    out->isInteger = false;
    out->integer = 0;
    out->real = d;
    return true;
}

bool Reader::expectLiteral(const char *literal, qsizetype size)
{
    if (m_end - m_cur < size)
        return fail(m_cur, "unexpected end of input");
    if (std::memcmp(m_cur, literal, size_t(size)) != 0)
        return fail(m_cur, "invalid literal");
    m_cur += size;
    return true;
}

bool Reader::readBool(bool *out)
{
    if (failed())
        return false;
    if (!skipSpace())
        return fail(m_cur, "unexpected end of input");
    if (*m_cur == 't') {
        *out = true;
        return expectLiteral("true", 4);
    }
    if (*m_cur == 'f') {
        *out = false;
        return expectLiteral("false", 5);
    }
    return fail(m_cur, "expected true or false");
}

bool Reader::readNull()
{
    if (failed())
        return false;
    if (!skipSpace())
        return fail(m_cur, "unexpected end of input");
    return expectLiteral("null", 4);
}

bool Reader::skipValue()
{
    switch (peek()) {
    case Type::Object:
        if (!enterObject())
            return false;
        while (nextMemberImpl(false)) {
            if (!skipValue())
                return false;
        }
        return !failed();
    case Type::Array:
        if (!enterArray())
            return false;
        while (nextElement()) {
            if (!skipValue())
                return false;
        }
        return !failed();
    case Type::String: {
        StringRef ignored;
        return scanString(&ignored);
    }
    case Type::Number: {
        Number ignored;
        return readNumber(&ignored);
    }
    case Type::Bool: {
        bool ignored = false;
        return readBool(&ignored);
    }
    case Type::Null:
        return readNull();
    case Type::End:
        return fail(m_cur, "unexpected end of input");
    case Type::Invalid:
        break;
    }
    return failed() ? false : fail(m_cur, "expected a value");
}

bool Reader::atEnd()
{
    if (failed())
        return false;
    if (skipSpace())
        return fail(m_cur, "garbage after the document");
    return true;
}

} // namespace textdesk::provider::json
