#pragma once

#include "Lifecycle.h"
#include "MediaLibrary.h"
#include "OptOuts.h"
#include "Scenario.h"
#include "SimStore.h"
#include "SimulatorOptions.h"
#include "Webhooks.h"

#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <memory>
#include <variant>

namespace textdesk::sim {

// A synchronous error of the API: HTTP status, provider code, message.
struct ApiError
{
    int status = 400;
    int code = 0;
    QString message;
};

// A Messages.json create, as the form said it.
struct SendRequest
{
    QString to;
    QString from;
    QString messagingServiceSid;
    QString body;
    QStringList mediaUrls;
    QString statusCallback;
    QString scheduleType;
    QString sendAt;
};

// What the simulated provider does, without HTTP: creates, receives and changes messages,
// handles opt-out keywords, drives the scenario and posts webhooks.
class SimEngine : public QObject
{
    Q_OBJECT
public:
    SimEngine(const SimulatorOptions &options, std::unique_ptr<Scenario> scenario,
              QObject *parent = nullptr);
    ~SimEngine() override;

    const SimulatorOptions &options() const { return m_options; }
    SimStore &store() { return m_store; }
    const SimStore &store() const { return m_store; }
    MediaLibrary &media() { return m_media; }
    OptOuts &optOuts() { return m_optOuts; }
    Webhooks &webhooks() { return *m_webhooks; }
    Lifecycle &lifecycle() { return *m_lifecycle; }
    const QList<quint32> &ourNumbers() const { return m_ourNumbers; }
    const Scenario &scenario() const { return *m_scenario; }
    QString accountPath() const; // "/2010-04-01/Accounts/AC…"
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    qint64 now() const;

    // Start-up: the scenario's and the generated history (when no state was loaded).
    void seedHistory();
    // Resumes timers for unfinished messages and starts the scenario's clock.
    void run();

    std::variant<Sid, ApiError> send(const SendRequest &request);
    // A customer's message arrives (scenario, admin injection); media are MediaLibrary ids.
    Sid receive(const QString &from, const QString &to, const QString &body,
                const QList<quint32> &media);
    std::optional<ApiError> cancel(const Sid &sid);
    bool redact(const Sid &sid);
    bool remove(const Sid &sid);
    bool removeMedia(const Sid &message, const Sid &media);
    int settle();
    QJsonObject stats() const;

    // After a reload replaced the number table: our numbers' indexes again.
    void refreshOurNumbers();
    // Persistence needs to read and restore the SID counters.
    QList<quint64> sidCounters() const;
    void restoreSidCounters(const QList<quint64> &counters);

Q_SIGNALS:
    // Something worth saving changed.
    void changed();

private:
    MessageRow makeOutbound(quint32 from, quint32 to, const QString &body, Direction direction);
    QList<MediaItem> makeMedia(const QList<quint32> &contents, qint64 created);
    void onStatusChanged(const Sid &sid, Status previous);
    void postInboundWebhook(const MessageRow &row, Keyword keyword);
    void sendAutoReply(quint32 customer, quint32 ourNumber, Keyword keyword);
    void scheduleInbound(const ScriptedInbound &inbound);
    void tick();
    std::optional<quint32> resolveMediaUrl(const QString &url);
    quint32 pickSender(quint32 customer) const;

    SimulatorOptions m_options;
    std::unique_ptr<Scenario> m_scenario;
    SimStore m_store;
    MediaLibrary m_media;
    OptOuts m_optOuts;
    QList<quint32> m_ourNumbers;
    SidGenerator m_messageSids;
    SidGenerator m_mediaSids;
    SidGenerator m_historySids;
    quint64 m_mediaVariant = 0;
    Webhooks *m_webhooks;
    Lifecycle *m_lifecycle;
    QTimer m_tickTimer;
    QUrl m_baseUrl;
};

} // namespace textdesk::sim
