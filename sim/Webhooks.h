#pragma once

#include "Http.h"

#include <QtCore/QObject>
#include <QtCore/QQueue>
#include <QtCore/QUrl>

class QNetworkAccessManager;

namespace textdesk::sim {

// Form POSTs to the app's webhook, signed with X-Twilio-Signature over the exact URL posted to.
// One at a time, in the order they happened; a failure is logged and the next one goes.
class Webhooks : public QObject
{
    Q_OBJECT
public:
    Webhooks(const QByteArray &authToken, QObject *parent = nullptr);

    void post(const QUrl &url, const FormFields &fields);
    int delivered() const { return m_delivered; }
    int failed() const { return m_failed; }
    int pending() const { return int(m_queue.size()) + (m_busy ? 1 : 0); }

private:
    struct Item
    {
        QUrl url;
        FormFields fields;
    };
    void sendNext();

    QByteArray m_authToken;
    QNetworkAccessManager *m_network;
    QQueue<Item> m_queue;
    bool m_busy = false;
    int m_delivered = 0;
    int m_failed = 0;
};

} // namespace textdesk::sim
