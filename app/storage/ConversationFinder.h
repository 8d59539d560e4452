#pragma once

#include "Database.h"
#include "Records.h"

namespace textdesk {

// Conversations found by who they are with, for the quick switcher: each answer is one query,
// whatever the number of hits.
class ConversationFinder
{
public:
    explicit ConversationFinder(Database &db)
        : m_db(db)
    { }

    // These conversations, in the order given (ids not found are left out).
    Result<QList<ConversationSummary>> byIds(const QList<qint64> &ids);

    // The conversations of the customers whose name or number matches what was typed ("mul"
    // finds Mulder, "555 01" a number): customers matched by name first, newest first, then by
    // number; per customer its `perCustomer` most recently active conversations; at most
    // `limit` in all.
    Result<QList<ConversationSummary>> forCustomers(const QString &typed, int perCustomer,
                                                    int limit);

private:
    Database &m_db;
};

} // namespace textdesk
