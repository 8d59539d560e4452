#pragma once

#include "storage/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace textdesk {

// The one place a state becomes the words a person reads (storage/States.h has the states and
// the words the cache stores).
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::StatusText)
public:
    // In the order an agent meets them, for menus and filters.
    static const QList<ConversationStatus> &conversationStatuses();
    // "Open", "Pending", "Snoozed", "Resolved".
    static QString conversation(ConversationStatus status);
    // As stored ("open" → "Open"); a word this build does not know is shown as it is.
    static QString conversation(const QString &stored);

    // Under an outgoing message: "Waiting to send", "Sending…", "Delivered", …; a note says so,
    // an inbound message says nothing; an unknown provider word is shown as it is.
    static QString message(const QString &stored, Direction direction);
    // failed or undelivered.
    static bool isFailure(const QString &stored);

    // "Opted in", "Opted out", "Consent unknown".
    static QString consent(ConsentState state);

    // Why an attachment cannot be opened yet, or empty when it can. hasFile: a local path is
    // known; failureReason: the fetcher's words, if any.
    static QString downloadProblem(const QString &stored, bool hasFile,
                                   const QString &failureReason);
};

} // namespace textdesk
