#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QTimer;
class QToolButton;

namespace textdesk {

// "Resolved — Undo" in the status bar for a few seconds after an action that takes a
// conversation out of the agent's view, so that a slip costs one click.
class UndoNotice : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShownMs = 8000;

    explicit UndoNotice(QWidget *parent = nullptr);

    // Replaces any notice on show; `undo` runs if the agent clicks Undo in time.
    void offer(const QString &text, std::function<void()> undo);
    QString text() const;
    void dismiss();

private:
    QLabel *m_label = nullptr;
    QToolButton *m_button = nullptr;
    QTimer *m_timer = nullptr;
    std::function<void()> m_undo;
};

} // namespace textdesk
