#pragma once

#include "ProviderError.h"
#include "ProviderTypes.h"

#include <QtCore/QObject>

namespace textdesk::provider {

// One provider call in flight. The job deletes itself after emitting finished(); read its
// result in the slot connected to finished(). Provider-neutral: the implementation behind it
// (Twilio's, a future one) fills the result and calls finish().
class ProviderJob : public QObject
{
    Q_OBJECT
public:
    explicit ProviderJob(QObject *parent = nullptr);

    const ProviderError &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    bool isFinished() const { return m_finished; }

    // Stops the call; finished() follows with a Cancelled error unless it had already finished.
    void cancel();

    // For the implementation: ends the job (once).
    void finish(const ProviderError &error);

signals:
    void finished();
    // A retry is scheduled after a transient error: for progress displays and logs.
    void retrying(const textdesk::provider::ProviderError &error, int attempt, qint64 delayMs);
    void progress(qint64 done, qint64 total);
    void cancelRequested();

private:
    ProviderError m_error;
    bool m_finished = false;
};

class MessageJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    ProviderMessage message;
};

class MessagePageJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    MessagePage page;
};

class MediaListJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    QList<ProviderMedia> media;
};

class MediaContentJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    QByteArray content;
    QString contentType; // as the server labelled it; check the bytes before trusting it
};

class MediaUploadJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    QUrl url; // where the provider can fetch the file (a MediaUrl)
};

class NumberListJob : public ProviderJob
{
    Q_OBJECT
public:
    using ProviderJob::ProviderJob;
    QList<ProviderNumber> numbers;
};

// What Textdesk needs from an SMS provider. Small on purpose, so that a second provider
// (Telnyx, Vonage) fits behind it. Every call returns at once; the job reports later.
class Provider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual MessageJob *send(const OutgoingMessage &message) = 0;
    virtual MessageJob *fetch(const QString &messageSid) = 0;
    virtual MessagePageJob *listMessages(const MessageQuery &query) = 0;
    // Follows a page link exactly as the provider gave it.
    virtual MessagePageJob *nextPage(const QString &nextPageUri) = 0;
    virtual MessageJob *cancelScheduled(const QString &messageSid) = 0;
    virtual MessageJob *redact(const QString &messageSid) = 0;
    virtual ProviderJob *deleteMessage(const QString &messageSid) = 0;
    virtual MediaListJob *listMedia(const QString &messageSid) = 0;
    // Downloads into memory, refusing anything larger than maxBytes.
    virtual MediaContentJob *downloadMedia(const ProviderMedia &media, qint64 maxBytes) = 0;
    // An MMS names its files by URL, which the provider fetches: they must be put somewhere it
    // can reach first. False when this account has nowhere to put them.
    virtual bool canUploadMedia() const = 0;
    virtual MediaUploadJob *uploadMedia(const QByteArray &bytes, const QString &contentType) = 0;
    virtual NumberListJob *listNumbers() = 0;
    // Succeeds when the credentials are accepted.
    virtual ProviderJob *checkCredentials() = 0;
};

} // namespace textdesk::provider
