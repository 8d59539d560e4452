#pragma once

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace textdesk {

// "Send later…": the message, a time in the agent's or the customer's time zone (both shown),
// and whether the customer writing first cancels it. Used again to edit a scheduled message.
class SendLaterDialog : public QDialog
{
    Q_OBJECT
public:
    SendLaterDialog(const QString &body, const QTimeZone &agentZone, const QTimeZone &customerZone,
                    qint64 nowMs, QWidget *parent = nullptr);

    // An edit: the time as stored, in the zone it was chosen in (if it is one of the two).
    void setSchedule(qint64 dueAt, const QString &zoneId, bool cancelOnReply);

    QString body() const;
    qint64 dueAt() const;
    QString zoneId() const; // the zone the agent chose the time in
    bool cancelOnReply() const;

private:
    QTimeZone chosenZone() const;
    void showTimeIn(qint64 atMs);
    void update();

    QTimeZone m_agentZone;
    QTimeZone m_customerZone;
    qint64 m_nowMs = 0;
    int m_zoneIndex = 0; // the zone the time field holds now
    QPlainTextEdit *m_body = nullptr;
    QComboBox *m_zone = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QLabel *m_both = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_cancelOnReply = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace textdesk
