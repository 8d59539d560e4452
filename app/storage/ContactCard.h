#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace textdesk {

// A customer as a file carries them (CSV row, vCard) and as the cache's address book holds
// them, without consent or conversations: what import and export move.
struct ContactCard
{
    int line = 0; // where the card starts in its file (1-based), for errors; 0 from the cache
    QString e164;
    QString displayName, givenName, familyName, email, company, notes;
    QString uid; // vCard UID, kept so that a card exported and imported again stays one card
    QStringList tags;
    QList<QPair<QString, QString>> customFields; // name → value, in the file's order

    // Fills this card's empty fields from `other`'s and lets `other`'s non-empty ones win;
    // tags are the union, custom fields merged by name. How duplicates by number merge.
    void mergeFrom(const ContactCard &other);
    bool operator==(const ContactCard &other) const = default;
};

} // namespace textdesk
