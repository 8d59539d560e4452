#pragma once

#include <QToolButton>

class QAction;

namespace textdesk {

// The arrow beside Send: its menu offers "Send later…" (Ctrl+Shift+Enter in the editor).
class SendLaterButton : public QToolButton
{
    Q_OBJECT
public:
    explicit SendLaterButton(QWidget *parent = nullptr);
    QAction *sendLaterAction() const { return m_action; }
    // The words, again after a change of language.
    void retranslate();

private:
    QAction *m_action = nullptr;
};

} // namespace textdesk
