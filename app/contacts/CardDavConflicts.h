#pragma once

#include "storage/CardDavStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace textdesk::contacts {

// The conflicts CardDAV sync recorded, for the agent: what differs, and their decision.
class CardDavConflicts
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::contacts::CardDavConflicts)
public:
    // One line per field that differs: "E-mail: here “a@x” · server “b@x”"; a deleted side
    // is one line saying so.
    static QStringList differences(const CardDavConflict &conflict, const QString &region);

    // The agent keeps one version: `keepHere` the contact as it is here (sent to the server at
    // the next sync: PUT If-Match the server's ETag, or DELETE), else the server's (written
    // here now). Returns an error in words, empty on success.
    static QString resolve(Database &db, qint64 conflictId, bool keepHere, const QString &region,
                           qint64 nowMs);
};

} // namespace textdesk::contacts
