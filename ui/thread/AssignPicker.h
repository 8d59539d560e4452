#pragma once

#include "storage/TeamLoad.h"

#include <QFrame>
#include <QPointer>

class QLineEdit;
class QListView;
class QStandardItemModel;

namespace textdesk {

// Conversation → Assign to… (Ctrl+Shift+G): a small box over the window with the team's agents,
// the agent at this desk first and marked, the conversation's assignee marked. Typing filters
// by name (case and accents do not matter: "zoe" finds "Zoë"), Up/Down choose, Enter assigns,
// Esc or a click elsewhere cancels. Names are shown as plain text.
class AssignPicker : public QFrame
{
    Q_OBJECT
public:
    explicit AssignPicker(QWidget *parent);

    // agents: whom the conversation can go to (TeamLoad::agents); me: this desk's agent;
    // current: the conversation's assignee (0: nobody). Shown with its top centre at `at`
    // (the parent's coordinates).
    void popup(const QList<TeamLoad::Agent> &agents, qint64 me, qint64 current, QPoint at);
    QLineEdit *input() const { return m_input; }
    QListView *list() const { return m_list; }

signals:
    // 0: unassign.
    void agentChosen(qint64 agentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum Role { AgentIdRole = Qt::UserRole + 1 };
    void update();
    void choose(const QModelIndex &index);
    // Hidden, the keys back where they were.
    void dismiss();

    QLineEdit *m_input = nullptr;
    QListView *m_list = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<TeamLoad::Agent> m_agents; // this desk's agent first, then by name
    qint64 m_me = 0;
    qint64 m_current = 0;
    QPointer<QWidget> m_returnFocus; // where Esc goes back to
};

} // namespace textdesk
