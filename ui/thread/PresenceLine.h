#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QLabel>

class QTimer;

namespace textdesk {

// On a team desktop, under the thread: which colleagues are viewing the open conversation or
// typing in it ("Ben is typing…"), from their desktops' announcements (SyncWorker::
// presenceChanged). An announcement holds for a while and is renewed by the next one; one that
// stops coming (a closed laptop) fades on its own. Names are agents' text: plain text only.
class PresenceLine : public QLabel
{
    Q_OBJECT
public:
    static constexpr int kTypingHoldsMs = 6000;
    static constexpr int kViewingHoldsMs = 45000;

    explicit PresenceLine(QWidget *parent = nullptr);

    // The conversation shown now: what was said of another one is forgotten.
    void setConversation(qint64 conversationId);
    void setAgentNames(const QHash<qint64, QString> &names) { m_names = names; }
    void onPresence(qint64 conversationId, qint64 agentId, const QString &state);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Seen
    {
        bool typing = false;
        QElapsedTimer since;
    };
    void refresh();

    qint64 m_conversationId = 0;
    QHash<qint64, QString> m_names;
    QHash<qint64, Seen> m_seen; // by agent
    QTimer *m_expiry = nullptr;
};

} // namespace textdesk
