#pragma once

#include "CsvMapping.h"
#include "storage/ContactCard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace textdesk::contacts {

enum class Format { Csv, VCard };

// A file read into cards, before anything is written: the mapping it was read with (CSV), the
// cards with their numbers in E.164 and repeats merged, and every problem by line.
struct ParsedContacts
{
    Format format = Format::Csv;
    CsvMapping mapping; // CSV only
    QStringList header; // CSV only
    QList<QStringList> preview; // CSV: the first rows as read, for the mapping step
    QList<ContactCard> cards;
    int repeats = 0; // cards merged into an earlier one with the same number
    int withoutNumber = 0; // rows or cards with no number at all: skipped
    QStringList errors; // "Line 7: …", translated; any error refuses the whole file
    bool ok() const { return errors.isEmpty(); }
};

// Reading and writing contact files. Pure: no cache, so that the mapping step can show what a
// file holds and the tests can read a file without one.
class ContactFiles
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::contacts::ContactFiles)
public:
    // By the file's name (.vcf, .vcard) or, failing that, its first bytes (BEGIN:VCARD).
    static Format guessFormat(const QString &fileName, const QByteArray &bytes);

    // `mapping`: the user's, or null for the one recognised from the header. Numbers typed
    // without +country code are read in `defaultRegion` ("US").
    static ParsedContacts readCsv(const QByteArray &bytes, const QString &defaultRegion,
                                  const CsvMapping *mapping = nullptr);
    static ParsedContacts readVCard(const QByteArray &bytes, const QString &defaultRegion);

    // Textdesk's CSV: UTF-8 with a BOM, RFC 4180, one line per card, formula cells
    // neutralised; columns number, display_name, given_name, family_name, email, company, tags
    // (joined with "; "), notes, uid, then custom:<name> for every custom field name in use.
    static QByteArray writeCsv(const QList<ContactCard> &cards);
    // vCard 3.0 or 4.0, one card after the other, lines folded at 75 octets.
    static QByteArray writeVCard(const QList<ContactCard> &cards, int version);

    // A card the server holds (`raw`, one vCard) with this card's fields written over its own
    // (FN, N, the TEL and EMAIL the reader took, ORG, CATEGORIES, NOTE, UID, custom fields)
    // and every other property kept as it was (photos, addresses, further numbers): what a
    // CardDAV PUT sends. Without `raw`, a vCard 3.0 of the card alone.
    static QByteArray updateVCard(const QByteArray &raw, const ContactCard &card);

    // Numbers normalised and repeats merged, as both readers finish.
    static void finish(ParsedContacts &parsed, const QString &defaultRegion);
};

} // namespace textdesk::contacts
