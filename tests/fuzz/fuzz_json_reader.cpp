// The streaming JSON reader (app/provider/JsonReader) against QJsonDocument: whatever the reader
// accepts, QJsonDocument accepts too, with the same values (the reader is the stricter of the
// two, so the other direction is not checked). Its two ways through a document — decoding every
// value and skipping it whole — agree on where it is valid.
#include "FuzzTarget.h"
#include "provider/JsonReader.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>

#include <algorithm>
#include <optional>

namespace {

namespace json = textdesk::provider::json;

// Reader::key() is UTF-8 that also carries lone surrogates (a three-byte form UTF-8 forbids, so
// names stay distinct); QString::fromUtf8 would turn those into U+FFFD. Decodes that form.
QString keyText(QByteArrayView key)
{
    QString text;
    for (qsizetype i = 0; i < key.size();) {
        const auto byte = [&](qsizetype k) { return char32_t(quint8(key[i + k])); };
        const char32_t lead = byte(0);
        if (lead >= 0xe0 && lead < 0xf0 && i + 2 < key.size()) {
            text += QChar(
                char16_t(((lead & 0x0f) << 12) | ((byte(1) & 0x3f) << 6) | (byte(2) & 0x3f)));
            i += 3;
            continue;
        }
        const qsizetype length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : 4;
        text += QString::fromUtf8(key.sliced(i, std::min(length, key.size() - i)));
        i += length;
    }
    return text;
}

std::optional<QJsonValue> readValue(json::Reader &reader)
{
    switch (reader.peek()) {
    case json::Type::Object: {
        if (!reader.enterObject())
            return std::nullopt;
        QJsonObject object;
        while (reader.nextMember()) {
            const QString key = keyText(reader.key());
            const auto value = readValue(reader);
            if (!value)
                return std::nullopt;
            object.insert(key, *value); // a repeated name: the last one wins, as in QJsonObject
        }
        if (reader.failed())
            return std::nullopt;
        return object;
    }
    case json::Type::Array: {
        if (!reader.enterArray())
            return std::nullopt;
        QJsonArray array;
        while (reader.nextElement()) {
            const auto value = readValue(reader);
            if (!value)
                return std::nullopt;
            array.append(*value);
        }
        if (reader.failed())
            return std::nullopt;
        return array;
    }
    case json::Type::String: {
        json::StringRef string;
        if (!reader.readString(&string))
            return std::nullopt;
        return string.decode();
    }
    case json::Type::Number: {
        json::Number number;
        if (!reader.readNumber(&number))
            return std::nullopt;
        int asInt = 0;
        if (number.toInt(&asInt))
            TEXTDESK_FUZZ_CHECK(double(asInt) == number.real);
        return number.isInteger ? QJsonValue(number.integer) : QJsonValue(number.real);
    }
    case json::Type::Bool: {
        bool value = false;
        if (!reader.readBool(&value))
            return std::nullopt;
        return value;
    }
    case json::Type::Null:
        if (!reader.readNull())
            return std::nullopt;
        return QJsonValue(QJsonValue::Null);
    case json::Type::End:
    case json::Type::Invalid:
        reader.skipValue(); // records the error
        return std::nullopt;
    }
    return std::nullopt;
}

// Equal as JSON values: numbers by value. (QJsonArray/QJsonObject's own == tells Qt's integer
// and double storage apart, and Qt stores "47433720368545808.9" as the integer it rounds to.)
bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!same(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            if (!same(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

TEXTDESK_FUZZ_TARGET(json_reader)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    json::Reader decoding(bytes);
    const auto value = readValue(decoding);
    const bool decoded = value.has_value() && decoding.atEnd();

    json::Reader skipping(bytes);
    const bool skipped = skipping.skipValue() && skipping.atEnd();
    TEXTDESK_FUZZ_CHECK(decoded == skipped);

    for (const json::Reader *reader : { &decoding, &skipping }) {
        if (!reader->failed())
            continue;
        TEXTDESK_FUZZ_CHECK(reader->errorOffset() >= 0 && reader->errorOffset() <= bytes.size());
        TEXTDESK_FUZZ_CHECK(!reader->errorString().isEmpty());
    }
    if (!decoded || !(value->isObject() || value->isArray()))
        return 0; // QJsonDocument only holds an object or an array at the top
    // QJsonDocument drops a raw U+FEFF at the start of a member name (its UTF-8 decoding takes it
    // for a byte order mark); the reader keeps it, as RFC 8259 says. Not compared.
    if (bytes.contains("\"\xef\xbb\xbf"))
        return 0;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    TEXTDESK_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    const QJsonValue reference
        = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (!same(reference, *value)) {
        std::fprintf(stderr, "QJsonDocument: %s\n",
                     document.toJson(QJsonDocument::Compact).constData());
    }
    TEXTDESK_FUZZ_CHECK(same(reference, *value));
    return 0;
}
