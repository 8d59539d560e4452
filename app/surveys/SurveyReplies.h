#pragma once

#include "storage/Records.h"
#include "storage/StorageError.h"

namespace textdesk {
class Database;
}

namespace textdesk::surveys::SurveyReplies {

// The inbound hook for survey answers (after consent, in the message's transaction). A reply in
// a conversation with an open survey, within its response window, is read by the parser: a
// score answers it (with the comment; then the follow-up after a low score, or the thank-you);
// an unclear reply is asked again once; STOP wins (nothing more is sent). The answer to a
// follow-up becomes the comment. Replies after the window are plain messages. A customer's
// message also cancels a survey still waiting to go out after a resolve (the conversation
// reopened). `nowMs` is when our own messages are queued.
Status handle(Database &db, const MessageRecord &message, qint64 nowMs);

} // namespace textdesk::surveys::SurveyReplies
