#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>

// A pull reader over UTF-8 JSON text: one pass, no document tree. The caller walks the values in
// document order and decodes straight into its own types, or skips what it does not need.
//
// Strict RFC 8259 grammar, with QJsonDocument's choices where the RFC leaves room: a UTF-8 BOM is
// skipped; invalid UTF-8 (overlong, surrogates, > U+10FFFF, cut sequences) is an error; \uXXXX
// escapes of lone surrogates are kept as lone UTF-16 units; nesting deeper than 1024 is an error.
// Unlike QJsonDocument, it also rejects unknown escapes, raw control characters in strings and
// number forms outside the grammar (".5", "1.", "+1").
namespace textdesk::provider::json {

enum class Type { End, Object, Array, String, Number, Bool, Null, Invalid };

// A string as it stands between its quotes; valid (UTF-8 and escapes) once read.
struct StringRef
{
    QByteArrayView raw;
    bool escaped = false; // holds backslash escapes: decode() does the work
    bool ascii = true; // every raw byte is 7-bit

    QString decode() const;
};

struct Number
{
    bool isInteger = false; // an integer literal that fits in qint64
    qint64 integer = 0;
    double real = 0; // always set

    // QJsonValue::toInt()'s rule: the value when it is a whole number within int's range.
    bool toInt(int *out) const;
};

class Reader
{
public:
    static constexpr int kMaxDepth = 1024; // as QJsonDocument

    // `utf8` must outlive the reader and every StringRef taken from it.
    explicit Reader(QByteArrayView utf8);

    // The next value's type, from its first byte (whitespace skipped); End at the end of input.
    Type peek();

    // Containers: enter, then loop on nextMember()/nextElement() until it returns false (the
    // closing bracket consumed, or an error), reading or skipping exactly one value per turn.
    bool enterObject();
    bool nextMember();
    // The current member's name as UTF-8, escapes decoded. Valid until the next nextMember().
    QByteArrayView key() const { return m_key; }
    bool enterArray();
    bool nextElement();

    bool readString(StringRef *out);
    bool readNumber(Number *out);
    bool readBool(bool *out);
    bool readNull();
    // Any value, nested containers included, validated but not decoded.
    bool skipValue();
    // Nothing but whitespace remains.
    bool atEnd();

    bool failed() const { return m_reason != nullptr; }
    qsizetype errorOffset() const { return m_errorOffset; }
    const char *errorReason() const { return m_reason; }
    QString errorString() const; // "<reason> at offset <n>"

private:
    bool fail(const char *at, const char *reason);
    bool skipSpace(); // false at the end of input
    bool expectLiteral(const char *literal, qsizetype size);
    bool scanString(StringRef *out);
    bool close(char bracket);
    bool nextMemberImpl(bool decodeKey);

    const char *m_begin;
    const char *m_cur;
    const char *m_end;
    int m_depth = 0;
    bool m_justOpened = false; // the last token was '{' or '[': no comma expected
    QByteArrayView m_key;
    QByteArray m_keyBuffer; // escaped names only
    const char *m_reason = nullptr;
    qsizetype m_errorOffset = -1;
};

} // namespace textdesk::provider::json
