#pragma once

#include "ProviderError.h"
#include "ProviderTypes.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QPair>

#include <optional>

// Twilio's wire format, both ways: JSON bodies in, form bodies and query strings out.
namespace textdesk::provider::twilio {

using Fields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded with repeated keys kept; '+' in E.164 numbers is escaped.
QByteArray formEncode(const Fields &fields);

// "Fri, 24 May 2019 17:18:27 +0000" → ms since the epoch (UTC); nullopt when unreadable.
std::optional<qint64> parseRfc2822(QStringView text);
// The inverse, always in GMT (+0000), as Twilio writes it.
QString formatRfc2822(qint64 msSinceEpoch);
// Retry-After: delta-seconds or an HTTP date; the wait in ms from `nowMs`, nullopt if unreadable.
std::optional<qint64> parseRetryAfter(const QByteArray &value, qint64 nowMs);

ProviderMessage parseMessage(const QJsonObject &object);
// A Messages.json list page; nullopt (and *error set) when the body is not a valid envelope.
std::optional<MessagePage> parseMessagePage(const QByteArray &body, ProviderError *error);
std::optional<ProviderMessage> parseMessageBody(const QByteArray &body, ProviderError *error);
std::optional<QList<ProviderMedia>> parseMediaList(const QByteArray &body, ProviderError *error);
std::optional<QList<ProviderNumber>> parseNumbers(const QByteArray &body, ProviderError *error);
// A 4xx/5xx body → the error it describes (falls back to the HTTP status alone).
ProviderError parseError(const QByteArray &body, int httpStatus);

} // namespace textdesk::provider::twilio

namespace textdesk::provider::twilio {
// application/x-www-form-urlencoded → fields in order ('+' is a space, repeated keys kept).
Fields formDecode(const QByteArray &body);
} // namespace textdesk::provider::twilio
