#pragma once

#include "storage/ScheduledStore.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace textdesk {

// Scheduled messages that have not gone out (pending and held), soonest first, with Edit,
// Cancel and, for a held one, Send now. In plain text: the body is the agent's, the name the
// customer's. Shown above a conversation's thread (its own) and in View → Scheduled (all).
class ScheduledList : public QWidget
{
    Q_OBJECT
public:
    // withCustomer: each row names the customer (the window of all of them).
    explicit ScheduledList(bool withCustomer, QWidget *parent = nullptr);

    void setRows(const QList<ScheduledMessage> &rows);
    const QList<ScheduledMessage> &rows() const { return m_rows; }
    // Selects the row of this scheduled message; false if it is not listed.
    bool select(qint64 id);

    // "Tue 8 Dec 2026, 09:00", and "(00:00 in America/Los_Angeles)" when chosen in another zone.
    static QString dueText(const ScheduledMessage &row);

signals:
    void editRequested(const textdesk::ScheduledMessage &row);
    void cancelRequested(qint64 id, qint64 conversationId);
    void confirmRequested(qint64 id, qint64 conversationId);
    void openRequested(qint64 conversationId);

private:
    const ScheduledMessage *current() const;
    void updateButtons();

    bool m_withCustomer = false;
    QList<ScheduledMessage> m_rows;
    QListWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace textdesk
