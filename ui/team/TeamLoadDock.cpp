#include "TeamLoadDock.h"

#include "common/TimeText.h"
#include "storage/TeamLoad.h"

#include <QDateTime>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace textdesk {

TeamLoadDock::TeamLoadDock(QWidget *parent)
    : QDockWidget(tr("Team"), parent)
{
    setObjectName(QStringLiteral("teamDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                | QDockWidget::DockWidgetFloatable);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    m_caption = new QLabel(content);
    m_caption->setObjectName(QStringLiteral("teamCaption"));
    m_caption->setTextFormat(Qt::PlainText); // an error names what the cache said
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_caption);
    m_table = new QTreeWidget(content);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setAccessibleName(tr("Conversations per agent"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({ tr("Agent"), tr("Open"), tr("Waiting"), tr("Longest wait"),
                               tr("Pending"), tr("Snoozed") });
    m_table->headerItem()->setToolTip(WaitingColumn,
                                      tr("Open or pending conversations whose customer wrote "
                                         "last: they wait for a reply"));
    m_table->headerItem()->setToolTip(LongestColumn,
                                      tr("How long the customer who has waited longest has "
                                         "waited"));
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The names get the room; the figures their headers' width. Wide enough for a name and
    // five figures, so that a narrow dock never shows "Zo…" for every agent.
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(AgentColumn, QHeaderView::Stretch);
    for (int column = OpenColumn; column < ColumnCount; ++column)
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setMinimumWidth(m_table->fontMetrics().averageCharWidth() * 70);
    layout->addWidget(m_table, 1);
    setWidget(content);
    connect(m_table, &QTreeWidget::activated, this, &TeamLoadDock::choose);
    connect(m_table, &QTreeWidget::clicked, this, &TeamLoadDock::choose);
}

void TeamLoadDock::reload(Database &reader, qint64 me)
{
    if (!isVisible())
        return;
    auto agents = TeamLoad::agents(reader);
    auto loads = agents ? TeamLoad::loads(reader) : Result<QList<TeamLoad::Load>>(agents.error());
    if (!agents || !loads) {
        m_caption->setText(tr("The team's load could not be read: %1")
                               .arg(agents ? loads.error().message() : agents.error().message()));
        return;
    }
    QHash<qint64, TeamLoad::Load> byAgent;
    for (const TeamLoad::Load &load : std::as_const(*loads))
        byAgent.insert(load.agentId, load);
    // The queue first, then this desk's agent, then the others by name; an assignee the cache
    // has no name for yet (a team replica's placeholder) after them.
    QList<QPair<qint64, QString>> rows { { 0, tr("Unassigned") } };
    QList<QPair<qint64, QString>> others;
    for (const TeamLoad::Agent &agent : std::as_const(*agents)) {
        if (agent.id == me)
            rows.append({ agent.id, tr("%1 (you)", "an agent's name").arg(agent.name) });
        else
            others.append({ agent.id, agent.name });
    }
    rows += others;
    for (const TeamLoad::Load &load : std::as_const(*loads)) {
        const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&load](const auto &row) {
            return row.first == load.agentId;
        });
        if (!listed)
            rows.append({ load.agentId, tr("An agent not known here yet (%1)").arg(load.agentId) });
    }

    const qint64 selected = m_table->currentIndex().data(kAgentIdRole).toLongLong();
    const bool hadSelection = m_table->currentIndex().isValid();
    m_table->clear();
    const QLocale locale;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int open = 0;
    int waiting = 0;
    for (const auto &[id, name] : std::as_const(rows)) {
        const TeamLoad::Load load = byAgent.value(id);
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(AgentColumn, name);
        item->setToolTip(AgentColumn, name);
        item->setText(OpenColumn, locale.toString(load.open));
        item->setText(WaitingColumn, locale.toString(load.waiting));
        item->setText(LongestColumn,
                      load.oldestWaitingSince > 0
                          ? TimeText::duration(std::max<qint64>(0, now - load.oldestWaitingSince))
                          : QStringLiteral("–"));
        item->setText(PendingColumn, locale.toString(load.pending));
        item->setText(SnoozedColumn, locale.toString(load.snoozed));
        for (int column = OpenColumn; column < ColumnCount; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        for (int column = 0; column < ColumnCount; ++column)
            item->setData(column, kAgentIdRole, id);
        if (id == 0) {
            QFont italic = item->font(AgentColumn);
            italic.setItalic(true);
            item->setFont(AgentColumn, italic);
        }
        if (hadSelection && id == selected)
            m_table->setCurrentItem(item);
        open += load.open;
        waiting += load.waiting;
    }
    m_caption->setText(tr("%1 open, %2 waiting for a reply. Click an agent to see their "
                          "conversations.")
                           .arg(locale.toString(open), locale.toString(waiting)));
}

void TeamLoadDock::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    QString status;
    if (index.column() == OpenColumn)
        status = QStringLiteral("open");
    else if (index.column() == PendingColumn)
        status = QStringLiteral("pending");
    else if (index.column() == SnoozedColumn)
        status = QStringLiteral("snoozed");
    emit agentChosen(index.data(kAgentIdRole).toLongLong(), status);
}

} // namespace textdesk
