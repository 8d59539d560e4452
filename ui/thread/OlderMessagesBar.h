#pragma once

#include <QDate>
#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace textdesk {

// The row above the thread that offers a conversation's history from before the cache's
// horizon (the first sync stops at [sync] history_days): "Load older messages", then how many
// were found with a Stop button, then "No older messages". Hidden when the cache holds all
// history. What it asks for goes out as signals; the answers come back through the slots.
class OlderMessagesBar : public QWidget
{
    Q_OBJECT
public:
    explicit OlderMessagesBar(QWidget *parent = nullptr);

    // The conversation now shown (0: none); `historyFrom`: the date the cache's history starts
    // at, invalid when the cache holds all of it.
    void showFor(qint64 conversationId, const QDate &historyFrom);

public slots:
    void progress(qint64 conversationId, qint64 listed);
    void loaded(qint64 conversationId, qint64 inserted, bool cancelled, const QString &error);

signals:
    void loadRequested(qint64 conversationId);
    void cancelRequested();

private:
    void offer();

    qint64 m_conversationId = 0;
    qint64 m_loading = 0; // the conversation whose history is on its way
    QDate m_historyFrom;
    QSet<qint64> m_complete; // every older message cached, while the app runs
    QLabel *m_text = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace textdesk
