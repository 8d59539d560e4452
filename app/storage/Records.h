#pragma once

#include "States.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace textdesk {

// Times are milliseconds since the epoch, UTC; 0 means "not known".
enum class Direction { Inbound, Outbound, Note };
QString directionToString(Direction direction);
// The same words as static ASCII, for binding without a copy.
const char *directionLiteral(Direction direction);
Direction directionFromString(QStringView text);
// The one-line preview of a message body shown in the inbox.
QString messagePreview(const QString &body);

// A message's local id orders messages by time: created_at in ms × 1024 + a tie-breaker for
// messages created in the same millisecond. "Newest first" is then plain id order everywhere.
namespace MessageId {
constexpr qint64 kSlotsPerMs = 1024;
constexpr qint64 first(qint64 createdAtMs)
{
    return createdAtMs * kSlotsPerMs;
}
constexpr qint64 last(qint64 createdAtMs)
{
    return createdAtMs * kSlotsPerMs + kSlotsPerMs - 1;
}
constexpr qint64 timeOf(qint64 id)
{
    return id / kSlotsPerMs;
}
} // namespace MessageId

struct MessageRecord
{
    qint64 id = 0;
    qint64 conversationId = 0;
    QString sid; // provider SID once known
    QString clientId; // ours, for messages we send
    Direction direction = Direction::Inbound;
    QString body;
    QString status;
    int errorCode = 0;
    QString errorMessage;
    int numSegments = 1;
    QString encoding; // "gsm7", "ucs2" or empty when unknown
    int numMedia = 0;
    qint64 authorId = 0;
    qint64 createdAt = 0;
    qint64 sentAt = 0;
    qint64 deliveredAt = 0;
    qint64 readAt = 0;
    qint64 updatedAt = 0;
};

// An attachment of a message, as the media fetcher has left it.
struct MediaItem
{
    qint64 id = 0;
    qint64 messageId = 0;
    QString contentType;
    qint64 sizeBytes = 0;
    QString localPath; // relative to the workspace's media folder; empty until downloaded
    QString downloadState; // pending, downloading, done, failed, unsupported
    QString failureReason;
};

struct ConversationSummary
{
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 inboxId = 0;
    QString contactE164;
    QString contactName;
    QString status;
    qint64 assigneeId = 0;
    int unreadCount = 0;
    int messageCount = 0;
    qint64 lastActivityAt = 0;
    qint64 lastMessageId = 0;
    QString lastMessagePreview;
    QString lastMessageDirection;
    qint64 waitingSince = 0;
    qint64 snoozedUntil = 0;
    qint64 readUpTo = 0; // the newest message id the agent has seen
    QString inboxE164; // our number
    QString consentState; // the customer's: unknown, opted_in, opted_out
    QString draft; // the reply being written, empty if none
    QString lastMediaType; // the first attachment's type when the last message has no words
    bool lastOutboundFailed = false; // our newest message failed (not retried since)
    bool faqBotHolding = false; // the FAQ bot answers the customer here (automation/FaqBot)
};

// Keyset position in the inbox: the last row of the previous page.
struct InboxCursor
{
    qint64 lastActivityAt = 0;
    qint64 conversationId = 0;
};

struct InboxFilter
{
    QString status; // empty: any
    std::optional<qint64> assigneeId; // 0: unassigned
    std::optional<qint64> inboxId;
    std::optional<qint64> tagId; // the customer carries this tag
    // Only these of our numbers (a desk's share of the account, MachineConfig); empty: all.
    QList<qint64> inboxIds;
};

struct SearchHit
{
    qint64 messageId = 0;
    qint64 conversationId = 0;
    qint64 createdAt = 0;
    QString snippet; // matches wrapped in SearchHit::kMatchStart / kMatchEnd
    QString contactName; // the customer's, empty if unnamed
    QString contactE164;
    static constexpr QChar kMatchStart = QChar(0x0002);
    static constexpr QChar kMatchEnd = QChar(0x0003);
};

struct ContactHit
{
    qint64 contactId = 0;
    QString e164;
    QString displayName;
};

} // namespace textdesk
