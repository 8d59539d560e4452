#include "ShortcutSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace textdesk {

namespace {
// The area an action belongs to: the menu it is in ("Conversation"), as the menu bar shows it.
QString areaOf(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(object))
            return menu->title().remove(QLatin1Char('&'));
    }
    return ShortcutSheet::tr("Window");
}
} // namespace

ShortcutSheet::ShortcutSheet(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutTable"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({ tr("Action"), tr("Keys") });
    tree->setRootIsDecorated(false);
    tree->setItemsExpandable(false);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);

    // Grouped by area, in the order the menus first list them.
    QList<QPair<QString, QList<QPair<QString, QString>>>> groups;
    const auto addRow = [&groups](const QString &area, const QString &what, const QString &keys) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&area](const auto &group) { return group.first == area; });
        if (it == groups.end())
            it = groups.insert(groups.end(), { area, {} });
        it->second.append({ what, keys });
    };
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        addRow(areaOf(action), action->text().remove(QLatin1Char('&')),
               action->shortcut().toString(QKeySequence::NativeText));
    }
    // Typing in the composer: not actions of the window, but keys an agent needs to know.
    const QString writing = tr("Writing a reply");
    addRow(writing, tr("Send the reply"), tr("Enter"));
    addRow(writing, tr("New line in the reply"), tr("Shift+Enter"));
    addRow(writing, tr("Insert a template"), tr("/ and its name"));

    for (const auto &[area, rows] : std::as_const(groups)) {
        auto *header = new QTreeWidgetItem(tree, { area });
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        header->setFirstColumnSpanned(true);
        header->setFlags(Qt::ItemIsEnabled);
        for (const auto &[what, keys] : rows)
            new QTreeWidgetItem(header, { what, keys });
        header->setExpanded(true);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    layout->addWidget(tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 600);
}

} // namespace textdesk
