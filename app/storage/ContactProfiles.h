#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace textdesk {

// A customer as the profile panel shows and edits them. Times are ms since the epoch, 0 when
// not known.
struct ContactProfile
{
    qint64 id = 0;
    QString e164;
    QString displayName, givenName, familyName, email, company, notes;
    // Stored as one JSON object, so they come back ordered by name.
    QList<QPair<QString, QString>> customFields;
    QStringList tags; // sorted, case-insensitively
    QString consentState; // unknown, opted_in, opted_out
    qint64 consentChangedAt = 0;
    QString consentKeyword; // of the latest consent event, e.g. "STOP"
    QString consentSource; // of the latest consent event: keyword, agent, import, …
    qint64 updatedAt = 0;
};

// One of the customer's conversations, with any of our numbers.
struct ContactConversation
{
    qint64 conversationId = 0;
    QString inboxE164, inboxName, status, lastMessagePreview;
    qint64 lastActivityAt = 0;
    int messageCount = 0;
};

// Reads and writes the customer profile: names, contact details, notes, custom fields, tags,
// and the consent history's latest word.
class ContactProfiles
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::ContactProfiles)
public:
    static Result<ContactProfile> load(Database &db, qint64 contactId);
    // Newest activity first.
    static Result<QList<ContactConversation>> conversations(Database &db, qint64 contactId);
    // Writes the editable fields (names, email, company, notes, custom fields, tags) in one
    // transaction and keeps the contact search index current. Consent is not written here: it
    // changes only through consent events. An invalid email refuses the whole save
    // (StorageError::Kind::InvalidInput), and nothing is changed.
    static Status save(Database &db, const ContactProfile &profile, qint64 nowMs);

    // Why an email address is refused, in words for a person; empty when it is acceptable (an
    // empty address is: it clears the field). Deliberately rough: an @ with a dot after it.
    static QString emailProblem(const QString &email);
    // The tags typed as "vip, wholesale ,VIP": trimmed, empty ones and repeats (ignoring case)
    // dropped, sorted.
    static QStringList normalizedTags(const QStringList &tags);
};

} // namespace textdesk

Q_DECLARE_METATYPE(textdesk::ContactProfile)
Q_DECLARE_METATYPE(textdesk::ContactConversation)
