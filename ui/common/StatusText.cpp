#include "StatusText.h"

#include "compliance/ConsentExport.h"

namespace textdesk {

const QList<ConversationStatus> &StatusText::conversationStatuses()
{
    static const QList<ConversationStatus> all
        = { ConversationStatus::Open, ConversationStatus::Pending, ConversationStatus::Snoozed,
            ConversationStatus::Resolved };
    return all;
}

QString StatusText::conversation(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return tr("Open");
    case ConversationStatus::Pending:
        return tr("Pending");
    case ConversationStatus::Snoozed:
        return tr("Snoozed");
    case ConversationStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString StatusText::conversation(const QString &stored)
{
    bool known = false;
    const ConversationStatus status = conversationStatusFromString(stored, &known);
    return known ? conversation(status) : stored;
}

QString StatusText::message(const QString &stored, Direction direction)
{
    if (direction == Direction::Inbound)
        return {};
    if (direction == Direction::Note)
        return tr("Internal note");
    switch (messageStatusFromString(stored)) {
    case MessageStatus::Waiting:
        return tr("Waiting to send");
    case MessageStatus::Accepted:
    case MessageStatus::Queued:
    case MessageStatus::Sending:
    case MessageStatus::Scheduled:
        return tr("Sending…");
    case MessageStatus::Sent:
        return tr("Sent");
    case MessageStatus::Delivered:
        return tr("Delivered");
    case MessageStatus::Read:
        return tr("Read");
    case MessageStatus::Undelivered:
        return tr("Not delivered");
    case MessageStatus::Failed:
        return tr("Failed");
    case MessageStatus::Canceled:
        return tr("Canceled");
    case MessageStatus::Unknown:
    case MessageStatus::Receiving:
    case MessageStatus::Received:
    case MessageStatus::PartiallyDelivered:
        break;
    }
    return stored;
}

bool StatusText::isFailure(const QString &stored)
{
    return state::isFailure(messageStatusFromString(stored));
}

QString StatusText::consent(ConsentState state)
{
    return compliance::ConsentExport::stateText(state); // the same words as the consent CSV
}

QString StatusText::downloadProblem(const QString &stored, bool hasFile,
                                    const QString &failureReason)
{
    // No media row yet (the message says it has attachments, not listed so far) reads as
    // waiting.
    switch (downloadStateFromString(stored)) {
    case DownloadState::Done:
        return hasFile ? QString() : tr("The file is missing from the media folder.");
    case DownloadState::Downloading:
        return tr("Not downloaded yet: the download is under way.");
    case DownloadState::Failed:
        return failureReason.isEmpty() ? tr("The download did not work.") : failureReason;
    case DownloadState::Unsupported:
        return failureReason.isEmpty() ? tr("Textdesk does not keep this kind of attachment.")
                                       : failureReason;
    case DownloadState::Waiting:
        break;
    }
    return tr("Not downloaded yet.");
}

} // namespace textdesk
