#include "ContactFiles.h"

#include "core/Csv.h"
#include "phone/PhoneNumbers.h"

#include <QHash>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace textdesk::contacts {

namespace {
// Enough for a person to see what is wrong with a file; the rest is counted.
constexpr int kMaxErrors = 50;

void addError(ParsedContacts &parsed, const QString &error)
{
    if (parsed.errors.size() < kMaxErrors)
        parsed.errors << error;
    else if (parsed.errors.size() == kMaxErrors)
        parsed.errors << ContactFiles::tr("… and more problems after these.");
}
} // namespace

Format ContactFiles::guessFormat(const QString &fileName, const QByteArray &bytes)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".vcf")) || lower.endsWith(QLatin1String(".vcard")))
        return Format::VCard;
    if (lower.endsWith(QLatin1String(".csv")))
        return Format::Csv;
    QByteArray head = bytes.left(64).trimmed();
    if (head.startsWith(csv::kBom))
        head = head.mid(3);
    return head.toUpper().startsWith("BEGIN:VCARD") ? Format::VCard : Format::Csv;
}

ParsedContacts ContactFiles::readCsv(const QByteArray &bytes, const QString &defaultRegion,
                                     const CsvMapping *mapping)
{
    ParsedContacts parsed;
    parsed.format = Format::Csv;
    const csv::Table table = csv::Reader::read(bytes);
    if (!table.ok()) {
        parsed.errors << table.error;
        return parsed;
    }
    if (table.records.isEmpty()) {
        parsed.errors << tr("The file is empty: there is not even a header line.");
        return parsed;
    }
    parsed.header = table.records.first().fields;
    parsed.mapping = mapping ? *mapping : CsvMapping::recognise(parsed.header);
    // The first rows, for the mapping step, even when the mapping is not usable yet.
    for (qsizetype i = 1; i < table.records.size() && parsed.preview.size() < 5; ++i)
        parsed.preview << table.records.at(i).fields;
    if (!parsed.mapping.hasNumber()) {
        parsed.errors << tr("No column holds the phone numbers. Choose which column is the "
                            "number.");
        return parsed;
    }
    const qsizetype width = parsed.header.size();
    parsed.cards.reserve(table.records.size());
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const csv::Record &record = table.records.at(i);
        if (record.fields.size() < width) {
            // Shifting the fields into the wrong columns would put numbers into names: refuse.
            addError(parsed,
                     tr("Line %1: %2 fields where the header has %3. Check for a missing "
                        "separator or a line break outside quotes.")
                         .arg(record.line)
                         .arg(record.fields.size())
                         .arg(width));
            continue;
        }
        if (record.fields.size() > width) {
            const QStringList extra = record.fields.mid(width);
            if (std::any_of(extra.cbegin(), extra.cend(),
                            [](const QString &f) { return !f.trimmed().isEmpty(); })) {
                addError(parsed,
                         tr("Line %1: %2 fields where the header has %3. Check for a "
                            "separator inside a field that is not in quotes.")
                             .arg(record.line)
                             .arg(record.fields.size())
                             .arg(width));
                continue;
            }
        }
        parsed.cards << parsed.mapping.card(record.fields, record.line);
    }
    finish(parsed, defaultRegion);
    return parsed;
}

void ContactFiles::finish(ParsedContacts &parsed, const QString &defaultRegion)
{
    // libphonenumber is most of the time of reading a large file (its patterns are ICU
    // regular expressions) and is thread-safe: the numbers are read on every core.
    const qsizetype n = parsed.cards.size();
    std::vector<PhoneNumbers::Parsed> numbers(static_cast<size_t>(n));
    auto normalise = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const QString &typed = parsed.cards.at(i).e164;
            if (!typed.trimmed().isEmpty())
                numbers[size_t(i)] = PhoneNumbers::toE164(typed, defaultRegion);
        }
    };
    const int threads = n < 2000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8);
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(normalise, n * t / threads, n * (t + 1) / threads);
    normalise(0, n / threads);
    for (std::thread &worker : workers)
        worker.join();

    QList<ContactCard> merged;
    merged.reserve(n);
    QHash<QString, qsizetype> byNumber;
    byNumber.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        ContactCard &card = parsed.cards[i];
        if (card.e164.trimmed().isEmpty()) {
            ++parsed.withoutNumber;
            continue;
        }
        const PhoneNumbers::Parsed &number = numbers[size_t(i)];
        if (!number.ok()) {
            addError(parsed, tr("Line %1: %2").arg(card.line).arg(number.error));
            continue;
        }
        card.e164 = number.e164;
        if (const auto it = byNumber.constFind(card.e164); it != byNumber.constEnd()) {
            merged[*it].mergeFrom(card);
            ++parsed.repeats;
            continue;
        }
        byNumber.insert(card.e164, merged.size());
        merged << card;
    }
    parsed.cards = merged;
}

QByteArray ContactFiles::writeCsv(const QList<ContactCard> &cards)
{
    QStringList customNames;
    QSet<QString> seen;
    for (const ContactCard &c : cards) {
        for (const auto &field : c.customFields) {
            if (!seen.contains(field.first)) {
                seen.insert(field.first);
                customNames << field.first;
            }
        }
    }
    std::sort(customNames.begin(), customNames.end());
    QList<QByteArray> header = { "number",  "display_name", "given_name", "family_name", "email",
                                 "company", "tags",         "notes",      "uid" };
    for (const QString &name : std::as_const(customNames))
        header << csv::cell(QStringLiteral("custom:") + name);
    QByteArray out(csv::kBom);
    out += csv::line(header);
    for (const ContactCard &c : cards) {
        // The number is E.164, checked on the way in: written as is, a '+' and digits.
        QList<QByteArray> cells = { csv::cell(c.e164, false),
                                    csv::cell(c.displayName),
                                    csv::cell(c.givenName),
                                    csv::cell(c.familyName),
                                    csv::cell(c.email),
                                    csv::cell(c.company),
                                    csv::cell(c.tags.join(QStringLiteral("; "))),
                                    csv::cell(c.notes),
                                    csv::cell(c.uid) };
        for (const QString &name : std::as_const(customNames)) {
            QString value;
            for (const auto &field : c.customFields) {
                if (field.first == name)
                    value = field.second;
            }
            cells << csv::cell(value);
        }
        out += csv::line(cells);
    }
    return out;
}

} // namespace textdesk::contacts
