#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace textdesk {

// The row above the thread when the customer may have asked to stop messages in other words
// ("please stop texting me": storage/RevocationFlags): their sentence, quoted as plain text, with
// "Opt out" and "Not a request". Hidden when there is nothing to confirm. The answer goes out as
// a signal; the window records it on the sync thread, and the flag is gone at the next refresh.
class RevocationBanner : public QWidget
{
    Q_OBJECT
public:
    explicit RevocationBanner(QWidget *parent = nullptr);

    // The conversation's open flag (flagId 0: none, hidden).
    void showFlag(qint64 conversationId, qint64 flagId, const QString &quote);
    qint64 flagId() const { return m_flagId; }
    QString text() const;

signals:
    void answered(qint64 conversationId, qint64 flagId, bool optOut);

private:
    void answer(bool optOut);

    qint64 m_conversationId = 0;
    qint64 m_flagId = 0;
    QLabel *m_text = nullptr;
    QPushButton *m_optOut = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace textdesk
