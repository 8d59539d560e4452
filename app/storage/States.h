#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringView>

// The states a row can be in, typed. The cache stores each as the word on its right (the values
// predate the enums, so the database keeps them: no migration); each enum has exactly one
// to/from-string pair here. The words a person reads are in the UI (ui/common/StatusText).
// "Pending" means one thing only: a conversation waiting on the customer. What waits for its
// turn (a message not yet sent, an outbox entry, a download) is "Waiting" — stored as "pending".
namespace textdesk::state {
Q_NAMESPACE

// A conversation, as the agent sets it (a customer's new message reopens it).
enum class ConversationStatus {
    Open, // open
    Pending, // pending: waiting on the customer
    Snoozed, // snoozed: hidden until snoozed_until
    Resolved // resolved
};
Q_ENUM_NS(ConversationStatus)

// A message: the provider's word, plus our own "pending" for a message not yet handed over.
// A word this build does not know reads as Unknown (the row keeps the word itself).
enum class MessageStatus {
    Unknown,
    Waiting, // pending: in our outbox, not yet with the provider
    Accepted, // the rest are the provider's words
    Scheduled,
    Queued,
    Sending,
    Sent,
    Delivered,
    Undelivered,
    Failed,
    Receiving,
    Received,
    Read,
    Canceled,
    PartiallyDelivered
};
Q_ENUM_NS(MessageStatus)

// An attachment's download.
enum class DownloadState {
    Waiting, // pending: not tried yet, or waiting to be tried again
    Downloading, // downloading
    Done, // done: local_path holds the file
    Failed, // failed: failure_reason says why
    Unsupported // unsupported: a kind Textdesk does not keep
};
Q_ENUM_NS(DownloadState)

// A customer's consent to be texted.
enum class ConsentState {
    Unknown, // unknown
    OptedIn, // opted_in
    OptedOut // opted_out
};
Q_ENUM_NS(ConsentState)

// Where an outgoing message is on its way to the provider (the outbox table).
//   waiting    → waiting for its turn (order, throughput, backoff, network); stored "pending"
//   submitting → the create request may be on the wire (written before it goes out)
//   uncertain  → the create may have reached the provider: reconciled before any resend
//   accepted   → the provider has it (provider_sid); its status is refreshed until final
//   failed     → refused for good; the text and the reason stay for edit-and-resend
enum class OutboxState { Waiting, Submitting, Uncertain, Accepted, Failed };
Q_ENUM_NS(OutboxState)

// A word not listed reads as the fallback named beside each (a newer build's word must not
// stop an older one); *ok, when given, says whether the word was known.
QString conversationStatusToString(ConversationStatus status);
ConversationStatus conversationStatusFromString(QStringView text,
                                                bool *ok = nullptr); // unknown: Open

QString messageStatusToString(MessageStatus status); // Unknown: empty
MessageStatus messageStatusFromString(QStringView text, bool *ok = nullptr);
// delivered, undelivered, failed, received, read, canceled: nothing more will change.
bool isFinal(MessageStatus status);
// failed or undelivered: the agent should see why and may send again.
bool isFailure(MessageStatus status);

QString downloadStateToString(DownloadState state);
DownloadState downloadStateFromString(QStringView text, bool *ok = nullptr); // unknown: Waiting

QString consentStateToString(ConsentState state);
ConsentState consentStateFromString(QStringView text, bool *ok = nullptr); // unknown: Unknown

QString outboxStateToString(OutboxState state);
OutboxState outboxStateFromString(QStringView text, bool *ok = nullptr); // unknown: Waiting

} // namespace textdesk::state

namespace textdesk {
using state::ConsentState;
using state::consentStateFromString;
using state::consentStateToString;
using state::ConversationStatus;
using state::conversationStatusFromString;
using state::conversationStatusToString;
using state::DownloadState;
using state::downloadStateFromString;
using state::downloadStateToString;
using state::MessageStatus;
using state::messageStatusFromString;
using state::messageStatusToString;
using state::OutboxState;
using state::outboxStateFromString;
using state::outboxStateToString;
} // namespace textdesk
