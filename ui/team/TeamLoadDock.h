#pragma once

#include <QDockWidget>

class QLabel;
class QTreeWidget;

namespace textdesk {

class Database;

// View → Team (Ctrl+Alt+W): the team's load at a glance, from the cache (storage/TeamLoad).
// One row for the unassigned queue, one per agent (this desk's first): open, waiting for a
// reply and for how long at most, pending, snoozed. Click or Enter on a row asks for the inbox
// filtered to that agent (a status column's cell: that status too).
class TeamLoadDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Column {
        AgentColumn,
        OpenColumn,
        WaitingColumn,
        LongestColumn,
        PendingColumn,
        SnoozedColumn,
        ColumnCount
    };
    static constexpr int kAgentIdRole = Qt::UserRole + 1;

    explicit TeamLoadDock(QWidget *parent = nullptr);

    // Reads the load again (one grouped query); nothing while the dock is hidden (the window
    // reloads it when it is shown).
    void reload(Database &reader, qint64 me);
    QTreeWidget *table() const { return m_table; }

signals:
    // agentId 0: the unassigned queue. status: "open", "pending", "snoozed", or empty when the
    // row's name (or a column of no one status) was chosen.
    void agentChosen(qint64 agentId, const QString &status);

private:
    void choose(const QModelIndex &index);

    QLabel *m_caption = nullptr;
    QTreeWidget *m_table = nullptr;
};

} // namespace textdesk
