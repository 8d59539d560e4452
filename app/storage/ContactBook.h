#pragma once

#include "ContactCard.h"
#include "Database.h"

#include <QCoreApplication>

namespace textdesk {

struct ContactImportOutcome
{
    qint64 importId = 0;
    int added = 0; // contacts the import created
    int merged = 0; // contacts that were in the cache and took the file's fields
};

struct ContactImportBatch
{
    qint64 id = 0;
    QString source, format;
    int added = 0, merged = 0;
    qint64 importedAt = 0, undoneAt = 0;
};

// The address book as a whole: imports written as one batch that can be undone, and the
// listing that exports read. Imports merge by number: a card whose number is in the cache
// fills that contact (the card's non-empty fields win, tags are added, custom fields merged by
// name); each contact the batch touched is recorded with what it held before (migration 13),
// so that undo removes what the batch added and writes back what it merged.
class ContactBook
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::ContactBook)
public:
    // One transaction: all the cards or none. Their numbers are E.164 and distinct (the
    // caller merges repeats first).
    static Result<ContactImportOutcome> import(Database &db, const QList<ContactCard> &cards,
                                               const QString &source, const QString &format,
                                               qint64 nowMs);
    // Undoes one import: its new contacts are deleted (kept, emptied, when a conversation
    // with them began since), merged ones get their fields and tags back. Refused while a
    // later import that touched the same contacts stands (undo that first) and when it was
    // undone already.
    static Status undo(Database &db, qint64 importId, qint64 nowMs);
    static Result<QList<ContactImportBatch>> imports(Database &db);
    // Every contact, oldest first, with tags and custom fields.
    static Result<QList<ContactCard>> all(Database &db);
    // The same with each contact's id.
    static Result<QList<QPair<qint64, ContactCard>>> allWithIds(Database &db);

    // One contact at a time, for sync (CardDAV): the caller holds the transaction.
    // A new contact with the card's fields and tags; its number must be free.
    static Result<qint64> insertCard(Database &db, const ContactCard &card, qint64 nowMs);
    // The contact's number, fields, custom fields and tags become the card's (empty ones too).
    static Status replaceCard(Database &db, qint64 contactId, const ContactCard &card,
                              qint64 nowMs);
    // Deletes the contact; one who has conversations is kept (their messages go with them
    // otherwise): false then.
    static Result<bool> removeUnlessTalkedTo(Database &db, qint64 contactId);
};

} // namespace textdesk
