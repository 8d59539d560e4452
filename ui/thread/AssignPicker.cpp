#include "AssignPicker.h"

#include "automation/Rule.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace textdesk {

namespace {
constexpr int kPickerWidth = 360;
constexpr int kPickerMaxRows = 10;
} // namespace

AssignPicker::AssignPicker(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("assignPicker"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("assignPickerInput"));
    m_input->setClearButtonEnabled(true);
    layout->addWidget(m_input);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("assignPickerList"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the input
    m_list->setUniformItemSizes(true);
    m_model = new QStandardItemModel(this);
    m_list->setModel(m_model);
    layout->addWidget(m_list);
    connect(m_input, &QLineEdit::textChanged, this, &AssignPicker::update);
    connect(m_list, &QListView::clicked, this, &AssignPicker::choose);
    m_input->installEventFilter(this);
    qApp->installEventFilter(this); // a click elsewhere closes the box
    changeEvent(nullptr);
    hide();
}

void AssignPicker::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_input->setPlaceholderText(tr("Assign to: type a name"));
        m_input->setAccessibleName(tr("Assign to an agent"));
        m_list->setAccessibleName(tr("Agents"));
    }
    if (event)
        QFrame::changeEvent(event);
}

void AssignPicker::popup(const QList<TeamLoad::Agent> &agents, qint64 me, qint64 current, QPoint at)
{
    m_me = me;
    m_current = current;
    // The agent at this desk first: taking a conversation is the most common choice.
    m_agents.clear();
    for (const TeamLoad::Agent &agent : agents) {
        if (agent.id == me)
            m_agents.prepend(agent);
        else
            m_agents.append(agent);
    }
    m_returnFocus = QApplication::focusWidget();
    QWidget *host = parentWidget();
    const int width = std::min(kPickerWidth, host->width() - 40);
    const int left = std::clamp(at.x() - width / 2, 8, std::max(8, host->width() - width - 8));
    setGeometry(left, at.y(), width, height());
    m_input->clear();
    update();
    raise();
    show();
    m_input->setFocus();
}

void AssignPicker::update()
{
    m_model->clear();
    const QString typed = automation::foldedText(m_input->text().trimmed());
    int preferred = -1; // the first row that would change something
    for (const TeamLoad::Agent &agent : std::as_const(m_agents)) {
        if (!typed.isEmpty() && !automation::foldedText(agent.name).contains(typed))
            continue;
        QString text = agent.name;
        if (agent.id == m_me && agent.id == m_current)
            text = tr("%1 (you) — assigned now", "an agent's name").arg(agent.name);
        else if (agent.id == m_me)
            text = tr("%1 (you)", "an agent's name").arg(agent.name);
        else if (agent.id == m_current)
            text = tr("%1 — assigned now", "an agent's name").arg(agent.name);
        auto *item = new QStandardItem(text);
        item->setData(agent.id, AgentIdRole);
        if (agent.id == m_current) {
            QFont bold = font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (preferred < 0 && agent.id != m_current)
            preferred = m_model->rowCount();
        m_model->appendRow(item);
    }
    if (typed.isEmpty() && m_current) {
        auto *nobody = new QStandardItem(tr("Nobody (unassign)"));
        nobody->setData(qint64(0), AgentIdRole);
        QFont italic = font();
        italic.setItalic(true);
        nobody->setFont(italic);
        m_model->appendRow(nobody);
    }
    if (m_model->rowCount() == 0) {
        auto *none = new QStandardItem(m_agents.isEmpty()
                                           ? tr("No agents yet")
                                           : tr("No agent named “%1”").arg(m_input->text()));
        none->setEnabled(false);
        none->setSelectable(false);
        m_model->appendRow(none);
    } else {
        m_list->setCurrentIndex(m_model->index(std::max(preferred, 0), 0));
    }
    // As tall as its rows (up to a few), within the window.
    const int rows = std::min(m_model->rowCount(), kPickerMaxRows);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    const int wanted = m_input->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth()
        + layout()->spacing() + 2 * 8 + 2 * frameWidth();
    if (parentWidget())
        resize(width(), std::min(wanted, parentWidget()->height() - y() - 8));
}

void AssignPicker::choose(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    const qint64 agent = index.data(AgentIdRole).toLongLong();
    dismiss();
    emit agentChosen(agent);
}

void AssignPicker::dismiss()
{
    hide();
    if (m_returnFocus)
        m_returnFocus->setFocus();
}

bool AssignPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (!isVisible())
        return QFrame::eventFilter(watched, event);
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            m_list->setCurrentIndex(m_model->index(std::min(row + 1, m_model->rowCount() - 1), 0));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentIndex(m_model->index(std::max(row - 1, 0), 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_list->currentIndex());
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        default:
            break;
        }
    }
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == window() && !isAncestorOf(widget) && widget != this)
            hide();
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace textdesk
