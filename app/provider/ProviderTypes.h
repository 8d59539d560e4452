#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

// What the provider layer speaks in: provider-neutral records. Times are milliseconds since the
// epoch, UTC; 0 means "not known" (as in storage/Records.h).
namespace textdesk::provider {

struct ProviderMessage
{
    QString sid;
    QString accountSid;
    QString messagingServiceSid;
    QString from;
    QString to;
    QString body;
    QString status; // the provider's word: queued, sent, delivered, received, …
    QString direction; // inbound, outbound-api, outbound-call, outbound-reply
    int numSegments = 0;
    int numMedia = 0;
    QString price; // as the provider wrote it ("-0.00750"), empty until billed
    QString priceUnit;
    int errorCode = 0;
    QString errorMessage;
    qint64 dateCreatedMs = 0;
    qint64 dateUpdatedMs = 0;
    qint64 dateSentMs = 0;
    QString uri; // relative to the provider host

    bool isInbound() const { return direction == QLatin1String("inbound"); }
    // delivered, undelivered, failed, received, read, canceled: nothing more will change.
    bool isFinal() const;
};

struct MessagePage
{
    QList<ProviderMessage> messages;
    QString nextPageUri; // opaque; empty on the last page
};

struct ProviderMedia
{
    QString sid;
    QString parentSid;
    QString contentType;
    QString uri; // the resource (.json); the content is contentUri()
    qint64 dateCreatedMs = 0;

    QString contentUri() const;
};

struct ProviderNumber
{
    QString sid;
    QString phoneNumber; // E.164
    QString friendlyName;
    bool sms = false;
    bool mms = false;
};

struct OutgoingMessage
{
    QString to;
    QString from; // or messagingServiceSid
    QString messagingServiceSid;
    QString body;
    QList<QUrl> mediaUrls;
    QUrl statusCallback;
    qint64 sendAtMs = 0; // scheduled send (needs a messaging service)
    int validityPeriodSeconds = 0;
};

struct MessageQuery
{
    QString to;
    QString from;
    QString dateSentOnOrAfter; // YYYY-MM-DD or ISO 8601, GMT
    QString dateSentOnOrBefore;
    int pageSize = 0; // 0: the provider's default
};

} // namespace textdesk::provider
