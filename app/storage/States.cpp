#include "States.h"

#include <array>
#include <utility>

namespace textdesk::state {

namespace {

// One table per enum: the only place a state meets its stored word.
template<typename E, std::size_t N>
QString wordOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, word] : table) {
        if (e == value)
            return QString::fromUtf16(word);
    }
    return {};
}

template<typename E, std::size_t N>
E valueOf(const std::array<std::pair<E, const char16_t *>, N> &table, QStringView text, E fallback,
          bool *ok)
{
    for (const auto &[e, word] : table) {
        if (text == QStringView(word)) {
            if (ok)
                *ok = true;
            return e;
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

using CS = ConversationStatus;
constexpr std::array<std::pair<CS, const char16_t *>, 4> kConversation = { {
    { CS::Open, u"open" },
    { CS::Pending, u"pending" },
    { CS::Snoozed, u"snoozed" },
    { CS::Resolved, u"resolved" },
} };

using MS = MessageStatus;
constexpr std::array<std::pair<MS, const char16_t *>, 14> kMessage = { {
    { MS::Waiting, u"pending" },
    { MS::Accepted, u"accepted" },
    { MS::Scheduled, u"scheduled" },
    { MS::Queued, u"queued" },
    { MS::Sending, u"sending" },
    { MS::Sent, u"sent" },
    { MS::Delivered, u"delivered" },
    { MS::Undelivered, u"undelivered" },
    { MS::Failed, u"failed" },
    { MS::Receiving, u"receiving" },
    { MS::Received, u"received" },
    { MS::Read, u"read" },
    { MS::Canceled, u"canceled" },
    { MS::PartiallyDelivered, u"partially_delivered" },
} };

using DS = DownloadState;
constexpr std::array<std::pair<DS, const char16_t *>, 5> kDownload = { {
    { DS::Waiting, u"pending" },
    { DS::Downloading, u"downloading" },
    { DS::Done, u"done" },
    { DS::Failed, u"failed" },
    { DS::Unsupported, u"unsupported" },
} };

using CoS = ConsentState;
constexpr std::array<std::pair<CoS, const char16_t *>, 3> kConsent = { {
    { CoS::Unknown, u"unknown" },
    { CoS::OptedIn, u"opted_in" },
    { CoS::OptedOut, u"opted_out" },
} };

using OS = OutboxState;
constexpr std::array<std::pair<OS, const char16_t *>, 5> kOutbox = { {
    { OS::Waiting, u"pending" },
    { OS::Submitting, u"submitting" },
    { OS::Uncertain, u"uncertain" },
    { OS::Accepted, u"accepted" },
    { OS::Failed, u"failed" },
} };

} // namespace

QString conversationStatusToString(ConversationStatus status)
{
    return wordOf(kConversation, status);
}

ConversationStatus conversationStatusFromString(QStringView text, bool *ok)
{
    return valueOf(kConversation, text, CS::Open, ok);
}

QString messageStatusToString(MessageStatus status)
{
    return wordOf(kMessage, status);
}

MessageStatus messageStatusFromString(QStringView text, bool *ok)
{
    return valueOf(kMessage, text, MS::Unknown, ok);
}

bool isFinal(MessageStatus status)
{
    switch (status) {
    case MS::Delivered:
    case MS::Undelivered:
    case MS::Failed:
    case MS::Received:
    case MS::Read:
    case MS::Canceled:
        return true;
    default:
        return false;
    }
}

bool isFailure(MessageStatus status)
{
    return status == MS::Failed || status == MS::Undelivered;
}

QString downloadStateToString(DownloadState state)
{
    return wordOf(kDownload, state);
}

DownloadState downloadStateFromString(QStringView text, bool *ok)
{
    return valueOf(kDownload, text, DS::Waiting, ok);
}

QString consentStateToString(ConsentState state)
{
    return wordOf(kConsent, state);
}

ConsentState consentStateFromString(QStringView text, bool *ok)
{
    return valueOf(kConsent, text, CoS::Unknown, ok);
}

QString outboxStateToString(OutboxState state)
{
    return wordOf(kOutbox, state);
}

OutboxState outboxStateFromString(QStringView text, bool *ok)
{
    return valueOf(kOutbox, text, OS::Waiting, ok);
}

} // namespace textdesk::state
