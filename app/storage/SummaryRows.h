#pragma once

#include "Records.h"

#include <QSqlQuery>

// The inbox row of a conversation as every store reads it (MessageStore, ConversationFinder):
// one column list, one reader.
namespace textdesk::SummaryRows {

// "SELECT <columns> FROM conversations c JOIN contacts ct … JOIN inboxes ib … " (ends in a
// space, ready for a WHERE).
QLatin1String select();
ConversationSummary read(const QSqlQuery &query);

} // namespace textdesk::SummaryRows
