#pragma once

// The QJsonDocument path as the reference the streaming decoder must match: shared by
// TestTwilioJson (random pages) and the message_page fuzz target (any bytes).

#include "provider/ProviderTypes.h"
#include "provider/TwilioJson.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <optional>

namespace textdesk::fuzz {

using textdesk::provider::MessagePage;
using textdesk::provider::ProviderMessage;

// The QJsonDocument path parseMessagePage() used to take: the reference the reader must match.
inline std::optional<MessagePage> referencePage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue messages = object.value(QLatin1String("messages"));
    if (!messages.isArray())
        return std::nullopt;
    MessagePage page;
    for (const QJsonValue &value : messages.toArray()) {
        if (value.isObject())
            page.messages.append(provider::twilio::parseMessage(value.toObject()));
    }
    const QJsonValue next = object.value(QLatin1String("next_page_uri"));
    page.nextPageUri = next.isString() ? next.toString() : QString();
    return page;
}

// Empty when equal (QString compared unit by unit), else where they differ.
inline QString difference(const ProviderMessage &a, const ProviderMessage &b)
{
    const auto text = [](const QString &s) {
        QString units;
        for (QChar c : s)
            units += QString::number(c.unicode(), 16) + u' ';
        return units;
    };
#define TEXTDESK_SAME_STRING(field)                                                                \
    if (a.field != b.field)                                                                        \
        return QStringLiteral(#field ": [%1] vs [%2]").arg(text(a.field), text(b.field));
#define TEXTDESK_SAME_NUMBER(field)                                                                \
    if (a.field != b.field)                                                                        \
        return QStringLiteral(#field ": %1 vs %2").arg(a.field).arg(b.field);
    TEXTDESK_SAME_STRING(sid)
    TEXTDESK_SAME_STRING(accountSid)
    TEXTDESK_SAME_STRING(messagingServiceSid)
    TEXTDESK_SAME_STRING(from)
    TEXTDESK_SAME_STRING(to)
    TEXTDESK_SAME_STRING(body)
    TEXTDESK_SAME_STRING(status)
    TEXTDESK_SAME_STRING(direction)
    TEXTDESK_SAME_NUMBER(numSegments)
    TEXTDESK_SAME_NUMBER(numMedia)
    TEXTDESK_SAME_STRING(price)
    TEXTDESK_SAME_STRING(priceUnit)
    TEXTDESK_SAME_NUMBER(errorCode)
    TEXTDESK_SAME_STRING(errorMessage)
    TEXTDESK_SAME_NUMBER(dateCreatedMs)
    TEXTDESK_SAME_NUMBER(dateUpdatedMs)
    TEXTDESK_SAME_NUMBER(dateSentMs)
    TEXTDESK_SAME_STRING(uri)
#undef TEXTDESK_SAME_STRING
#undef TEXTDESK_SAME_NUMBER
    return {};
}

inline QString difference(const std::optional<MessagePage> &a, const std::optional<MessagePage> &b)
{
    if (a.has_value() != b.has_value())
        return QStringLiteral("accepted %1 vs %2").arg(a.has_value()).arg(b.has_value());
    if (!a)
        return {};
    if (a->nextPageUri != b->nextPageUri)
        return QStringLiteral("nextPageUri %1 vs %2").arg(a->nextPageUri, b->nextPageUri);
    if (a->messages.size() != b->messages.size())
        return QStringLiteral("%1 vs %2 messages").arg(a->messages.size()).arg(b->messages.size());
    for (qsizetype i = 0; i < a->messages.size(); ++i) {
        const QString d = difference(a->messages[i], b->messages[i]);
        if (!d.isEmpty())
            return QStringLiteral("message %1: %2").arg(i).arg(d);
    }
    return {};
}

// The QJsonDocument path of parseMessageBody(): one object with a sid.
inline std::optional<ProviderMessage> referenceMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    ProviderMessage message = provider::twilio::parseMessage(document.object());
    if (message.sid.isEmpty())
        return std::nullopt;
    return message;
}

} // namespace textdesk::fuzz
