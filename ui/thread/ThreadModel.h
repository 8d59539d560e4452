#pragma once

#include "common/MergingListModel.h"
#include "storage/Records.h"

#include <QHash>

namespace textdesk {

class Database;

struct ThreadRow
{
    qint64 id = 0; // the message's
    MessageRecord message;
    QList<MediaItem> media;
    qint64 localDay = 0; // the local calendar day it was written (Julian day), worked out once
    size_t layoutKey = 0; // changes when what the row's height depends on changes
    bool retried = false; // failed, and the same words went out again after it
    QString surveyScore; // "CSAT 4/5" when this reply answered a survey
};

// One conversation's messages, oldest at the top, as the thread view shows them: the newest
// page at first, older pages prepended as the agent scrolls up (fetchOlder), the newest stretch
// re-read and merged on refresh() so that new messages append and status changes repaint
// without disturbing the view.
class ThreadModel : public MergingListModel<ThreadRow>
{
    Q_OBJECT
public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        DirectionRole, // inbound, outbound, note
        BodyRole,
        StatusRole, // as stored: received, pending, queued, sent, delivered, read, failed, …
        StatusTextRole, // in words: "Delivered", "Not delivered", "Waiting to send"
        FailedRole, // bool: failed or undelivered and not sent again since, so retry makes sense
        ErrorTextRole, // why it failed, in words
        CreatedAtRole, // ms since the epoch
        AuthorRole, // the agent's name for outbound messages and notes
        DayHeaderRole, // "Today", "3 November 2026" when this message starts a day; else empty
        MediaCountRole, // int
        SegmentsRole, // int
        StartsDayRole, // bool: the first message of its day here (DayHeaderRole without words)
        LayoutKeyRole, // quint64: changes when the text, attachments or failure change
        SurveyScoreRole, // "CSAT 4/5" on a reply that answered a survey; else empty
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 80;

    explicit ThreadModel(Database &reader, QObject *parent = nullptr);

    // Shows this conversation's newest messages (0: none).
    void setConversation(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    void setAgentNames(const QHash<qint64, QString> &names) { m_agentNames = names; }

    // Re-reads the newest stretch and merges it in.
    void refresh();
    // Loads the page before the oldest row shown; how many rows came.
    int fetchOlder();
    bool hasOlder() const { return m_hasOlder; }

    const QList<MediaItem> *mediaAt(int row) const;
    qint64 newestMessageId() const { return m_rows.isEmpty() ? 0 : m_rows.last().id; }

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString &message);

private:
    bool read(qint64 beforeId, int limit, QList<ThreadRow> *rows);

    Database &m_reader;
    qint64 m_conversationId = 0;
    bool m_hasOlder = false;
    QHash<qint64, QString> m_agentNames;
};

} // namespace textdesk
