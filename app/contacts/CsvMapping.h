#pragma once

#include "storage/ContactCard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace textdesk::contacts {

// What a CSV column holds.
enum class Field {
    Ignore,
    DisplayName,
    GivenName,
    FamilyName,
    Number,
    Email,
    Company,
    Tags,
    Notes,
    Uid,
    Custom
};

struct Column
{
    Field field = Field::Ignore;
    QString customName; // for Field::Custom: the custom field's name
};

// Columns mapped to a contact's fields. Guessed from the header (recognise()), shown in the
// import's mapping step and changed there by the user.
struct CsvMapping
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::contacts::CsvMapping)
public:
    enum class Layout { Generic, Textdesk, Google, Outlook };
    Layout layout = Layout::Generic;
    QList<Column> columns; // one per header field

    // Google Contacts and Outlook exports by their headers, Textdesk's own export, otherwise
    // the usual words (name, phone, e-mail, …) in English, German, French and Spanish. In a
    // generic file an unknown column becomes a custom field of its name; in Google's and
    // Outlook's the dozens of columns Textdesk has no field for are ignored.
    static CsvMapping recognise(const QStringList &header);
    static QString layoutName(Layout layout);
    bool hasNumber() const;

    // A row as a card. Tags are split at ";", "," and Google's " ::: "; Google's "* myContacts"
    // group is not a tag. A field beginning with ' before a formula character (as exports
    // neutralise them) loses the '.
    ContactCard card(const QStringList &row, int line) const;
};

} // namespace textdesk::contacts
