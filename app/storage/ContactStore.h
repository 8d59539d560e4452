#pragma once

#include "Database.h"
#include "Records.h"

namespace textdesk {

// Customers, our sender numbers (inboxes) and the conversations between them.
class ContactStore
{
public:
    explicit ContactStore(Database &db)
        : m_db(db)
    { }

    // Our number's row, created if new; a non-empty friendlyName (the provider's name for it)
    // is stored, replacing an older one.
    Result<qint64> ensureInbox(const QString &e164, const QString &friendlyName = {});
    Result<qint64> ensureContact(const QString &e164, qint64 nowMs);
    Result<qint64> ensureConversation(qint64 contactId, qint64 inboxId, qint64 nowMs);
    Status setDisplayName(qint64 contactId, const QString &name, qint64 nowMs);
    // The customer with this E.164 number; 0 when there is none.
    Result<qint64> findContact(const QString &e164);

    // Contacts whose name, company or email matches the words, or whose number contains the
    // digits typed.
    Result<QList<ContactHit>> search(const QString &text, int limit);

    // Keeps contact_fts current around a change of the indexed columns (names, company, email):
    // call with removeOld = true before the change (external-content FTS forgets a row only by
    // being told its old text), and with false after it.
    Status reindex(qint64 contactId, bool removeOld);

private:
    Database &m_db;
};

} // namespace textdesk
