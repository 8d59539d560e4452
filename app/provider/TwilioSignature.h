#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace textdesk::provider {

using FormFields = QList<QPair<QString, QString>>;

// X-Twilio-Signature: Base64(HMAC-SHA1(token, url + name1 + value1 + name2 + value2 …)), with
// the POST parameters sorted by name (then by value, for repeated names).
QByteArray twilioSignature(const QByteArray &authToken, const QString &url,
                           const FormFields &params);

// Constant-time check of a received signature. The URL is tried as given and with the default
// port added or removed, as Twilio may sign either form.
bool verifyTwilioSignature(const QByteArray &authToken, const QUrl &url, const FormFields &params,
                           const QByteArray &signature);

} // namespace textdesk::provider
