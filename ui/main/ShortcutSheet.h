#pragma once

#include <QDialog>

class QAction;

namespace textdesk {

// Every keyboard shortcut of the window, listed from its actions (so the sheet cannot drift
// from what the keys do), grouped by area: the menu each action is in, then the composer's keys.
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    ShortcutSheet(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace textdesk
