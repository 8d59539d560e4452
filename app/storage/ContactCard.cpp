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
    for (const auto &field : other.customFields) {
        // Named copies, not a structured binding: clang (the sanitizer and fuzz trees) does not
        // let a lambda capture one before C++20's P1091 support.
        const QString &name = field.first;
        const QString &value = field.second;
        auto it = std::find_if(customFields.begin(), customFields.end(),
                               [&](const auto &existing) { return existing.first == name; });
        if (it == customFields.end())
            customFields.append({ name, value });
        else if (!value.isEmpty())
            it->second = value;
    }
}

} // namespace textdesk
