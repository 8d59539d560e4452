#pragma once

#include "Sid.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <limits>

namespace textdesk::sim {

enum class Status : quint8 {
    Accepted,
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
};

enum class Direction : quint8 { Inbound, OutboundApi, OutboundCall, OutboundReply };

QString statusName(Status status);
std::optional<Status> statusFromName(const QString &name);
QString directionName(Direction direction);
bool isFinal(Status status);

constexpr quint32 kNone = std::numeric_limits<quint32>::max();

struct MediaItem
{
    Sid sid;
    quint32 content = kNone; // MediaLibrary id
    qint64 created = 0;
};

// What only some messages have: kept beside the compact rows, referenced by index.
struct MessageExtra
{
    QList<MediaItem> media;
    QString messagingServiceSid;
    QString statusCallback;
    qint64 sendAt = -1;
};

// One message, 64 bytes: a million of them fit in 64 MB. Texts and numbers are indexes into
// SimStore's shared tables; the JSON is built when a message is served.
struct MessageRow
{
    enum Flag : quint8 {
        Mms = 1, // the SID starts with MM
        Priced = 2, // price is known
        FailsAsUndelivered = 4, // fate decided at creation (seeded)
        FailsAsFailed = 8,
    };

    qint64 created = 0; // ms since the epoch; with sid, the list order
    qint64 updated = 0;
    qint64 sent = -1; // -1: null
    Sid sid;
    quint32 from = kNone; // SimStore number index
    quint32 to = kNone;
    quint32 body = 0; // SimStore body index; 0 is ""
    quint32 extra = kNone;
    qint32 errorCode = 0;
    Status status = Status::Queued;
    Direction direction = Direction::OutboundApi;
    quint8 segments = 1;
    quint8 flags = 0;

    bool has(Flag flag) const { return flags & flag; }
    QLatin1String sidPrefix() const { return has(Mms) ? QLatin1String("MM") : QLatin1String("SM"); }
    bool isOutbound() const { return direction != Direction::Inbound; }
};
static_assert(sizeof(MessageRow) == 64);

} // namespace textdesk::sim
