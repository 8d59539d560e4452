#include "ContactCard.h"

namespace textdesk {

namespace {
void take(QString &mine, const QString &theirs)
{
    if (!theirs.isEmpty())
        mine = theirs;
}
} // namespace

void ContactCard::mergeFrom(const ContactCard &other)
{
    take(displayName, other.displayName);
    take(givenName, other.givenName);
    take(familyName, other.familyName);
    take(email, other.email);
    take(company, other.company);
    take(notes, other.notes);
    take(uid, other.uid);
    for (const QString &tag : other.tags) {
        if (!tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    for (const auto &[name, value] : other.customFields) {
        auto it = std::find_if(customFields.begin(), customFields.end(),
                               [&](const auto &field) { return field.first == name; });
        if (it == customFields.end())
            customFields.append({ name, value });
        else if (!value.isEmpty())
            it->second = value;
    }
}

} // namespace textdesk
