#pragma once

#include "Database.h"

#include <QSet>

namespace textdesk::ConversationSummaries {

// Recomputes the denormalised columns of conversations (counts, last message and its preview,
// unread, waiting since, first inbound and first response) from their messages, in one pass
// over the messages table. For bulk writes and repairs; the per-message path (MessageStore)
// updates these columns incrementally instead.
Status recompute(Database &db, const QSet<qint64> &conversationIds);

} // namespace textdesk::ConversationSummaries
