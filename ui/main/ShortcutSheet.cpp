#include "ShortcutSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace textdesk {

ShortcutSheet::ShortcutSheet(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    QList<QPair<QString, QString>> rows;
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        rows.append({ action->text().remove(QLatin1Char('&')),
                      action->shortcut().toString(QKeySequence::NativeText) });
    }
    // Typing in the composer: not actions of the window, but keys an agent needs to know.
    rows.append({ tr("Send the reply"), tr("Enter") });
    rows.append({ tr("New line in the reply"), tr("Shift+Enter") });
    rows.append({ tr("Insert a template"), tr("/ and its name") });
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 560);
}

} // namespace textdesk
