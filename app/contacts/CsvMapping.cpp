#include "CsvMapping.h"

#include "core/Csv.h"

#include <QRegularExpression>

namespace textdesk::contacts {

namespace {
QString key(const QString &header)
{
    return header.trimmed().toCaseFolded();
}

bool any(const QString &k, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (k == QLatin1String(w))
            return true;
    }
    return false;
}

Column generic(const QString &header)
{
    const QString k = key(header);
    if (any(k,
            { "name", "full name", "display name", "display_name", "contact", "nom", "nombre",
              "vollständiger name" }))
        return { Field::DisplayName, {} };
    if (any(k,
            { "first name", "given name", "given_name", "firstname", "vorname", "prénom",
              "prenom" }))
        return { Field::GivenName, {} };
    if (any(k,
            { "last name", "family name", "family_name", "surname", "lastname", "nachname",
              "nom de famille", "apellido", "apellidos" }))
        return { Field::FamilyName, {} };
    if (any(k,
            { "number", "phone", "phone number", "mobile", "mobile phone", "cell", "tel",
              "telephone", "e164", "telefon", "handy", "mobil", "téléphone", "telefono", "teléfono",
              "móvil" }))
        return { Field::Number, {} };
    if (any(k,
            { "email", "e-mail", "email address", "e-mail address", "mail", "courriel", "correo" }))
        return { Field::Email, {} };
    if (any(k,
            { "company", "organization", "organisation", "firma", "unternehmen", "société",
              "societe", "empresa" }))
        return { Field::Company, {} };
    if (any(k,
            { "tags", "tag", "labels", "categories", "groups", "etiketten", "étiquettes",
              "etiquetas" }))
        return { Field::Tags, {} };
    if (any(k, { "notes", "note", "comments", "notizen", "notiz", "remarques", "notas" }))
        return { Field::Notes, {} };
    if (any(k, { "uid", "vcard uid" }))
        return { Field::Uid, {} };
    if (k.startsWith(QLatin1String("custom:")))
        return { Field::Custom, header.trimmed().mid(7) };
    if (k.isEmpty())
        return { Field::Ignore, {} };
    return { Field::Custom, header.trimmed() };
}

Column google(const QString &header)
{
    const QString k = key(header);
    if (any(k, { "name" }))
        return { Field::DisplayName, {} };
    if (any(k, { "first name", "given name" }))
        return { Field::GivenName, {} };
    if (any(k, { "last name", "family name" }))
        return { Field::FamilyName, {} };
    if (k == QLatin1String("phone 1 - value"))
        return { Field::Number, {} };
    if (k == QLatin1String("e-mail 1 - value"))
        return { Field::Email, {} };
    if (any(k, { "organization name", "organization 1 - name" }))
        return { Field::Company, {} };
    if (any(k, { "labels", "group membership" }))
        return { Field::Tags, {} };
    if (k == QLatin1String("notes"))
        return { Field::Notes, {} };
    return { Field::Ignore, {} };
}

Column outlook(const QString &header)
{
    const QString k = key(header);
    if (k == QLatin1String("first name"))
        return { Field::GivenName, {} };
    if (k == QLatin1String("last name"))
        return { Field::FamilyName, {} };
    if (k == QLatin1String("mobile phone"))
        return { Field::Number, {} };
    if (k == QLatin1String("e-mail address"))
        return { Field::Email, {} };
    if (k == QLatin1String("company"))
        return { Field::Company, {} };
    if (k == QLatin1String("categories"))
        return { Field::Tags, {} };
    if (k == QLatin1String("notes"))
        return { Field::Notes, {} };
    return { Field::Ignore, {} };
}

bool has(const QStringList &header, const char *name)
{
    for (const QString &h : header) {
        if (key(h) == QLatin1String(name))
            return true;
    }
    return false;
}
} // namespace

CsvMapping CsvMapping::recognise(const QStringList &header)
{
    CsvMapping mapping;
    if (has(header, "phone 1 - value") || has(header, "group membership")
        || (has(header, "labels") && has(header, "e-mail 1 - value")))
        mapping.layout = Layout::Google;
    else if (has(header, "mobile phone") && has(header, "e-mail address")
             && has(header, "business phone"))
        mapping.layout = Layout::Outlook;
    else if (has(header, "number") && has(header, "display_name"))
        mapping.layout = Layout::Textdesk;
    for (const QString &h : header) {
        switch (mapping.layout) {
        case Layout::Google:
            mapping.columns << google(h);
            break;
        case Layout::Outlook:
            mapping.columns << outlook(h);
            break;
        case Layout::Textdesk:
        case Layout::Generic:
            mapping.columns << generic(h);
            break;
        }
    }
    // Outlook has no display name column: the names make one (see card()).
    return mapping;
}

QString CsvMapping::layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Google:
        return tr("Google Contacts");
    case Layout::Outlook:
        return tr("Outlook");
    case Layout::Textdesk:
        return tr("Textdesk");
    case Layout::Generic:
        break;
    }
    return tr("a spreadsheet");
}

bool CsvMapping::hasNumber() const
{
    return std::any_of(columns.cbegin(), columns.cend(),
                       [](const Column &c) { return c.field == Field::Number; });
}

ContactCard CsvMapping::card(const QStringList &row, int line) const
{
    static const QRegularExpression tagSeparators(QStringLiteral("\\s*(?:;|,|:::)\\s*"));
    ContactCard c;
    c.line = line;
    for (qsizetype i = 0; i < columns.size() && i < row.size(); ++i) {
        // Line breaks are kept as LF, as vCard's \n and the profile's editor write them.
        const QString value
            = csv::unneutralised(row.at(i)).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        const QString trimmed = value.trimmed();
        switch (columns.at(i).field) {
        case Field::Ignore:
            break;
        case Field::DisplayName:
            c.displayName = trimmed;
            break;
        case Field::GivenName:
            c.givenName = trimmed;
            break;
        case Field::FamilyName:
            c.familyName = trimmed;
            break;
        case Field::Number:
            // Google puts a contact's several numbers in one cell: the first one is theirs.
            if (c.e164.isEmpty())
                c.e164 = trimmed.section(QStringLiteral(":::"), 0, 0).trimmed();
            break;
        case Field::Email:
            c.email = trimmed.section(QStringLiteral(":::"), 0, 0).trimmed();
            break;
        case Field::Company:
            c.company = trimmed;
            break;
        case Field::Tags:
            for (const QString &tag : trimmed.split(tagSeparators, Qt::SkipEmptyParts)) {
                const QString t = tag.simplified();
                if (!t.isEmpty() && !t.startsWith(u'*') && !c.tags.contains(t, Qt::CaseInsensitive))
                    c.tags << t;
            }
            break;
        case Field::Notes:
            c.notes = value;
            break;
        case Field::Uid:
            c.uid = trimmed;
            break;
        case Field::Custom:
            if (!value.isEmpty() && !columns.at(i).customName.isEmpty())
                c.customFields.append({ columns.at(i).customName, value });
            break;
        }
    }
    if (c.displayName.isEmpty())
        c.displayName = QStringList({ c.givenName, c.familyName }).join(u' ').trimmed();
    return c;
}

} // namespace textdesk::contacts
