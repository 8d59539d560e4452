#include "SendLaterButton.h"

#include <QAction>
#include <QMenu>

namespace textdesk {

SendLaterButton::SendLaterButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("composerSendMenu"));
    setArrowType(Qt::DownArrow);
    setPopupMode(QToolButton::InstantPopup);
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("composerSendLater"));
    // Shown in the menu; the editor handles the keys itself (ComposerEdit::sendLaterPressed).
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_action->setShortcutContext(Qt::WidgetShortcut);
    auto *menu = new QMenu(this);
    menu->addAction(m_action);
    setMenu(menu);
    retranslate();
}

void SendLaterButton::retranslate()
{
    m_action->setText(tr("Send later…"));
    setAccessibleName(tr("More ways to send"));
    setToolTip(tr("Send later… (Ctrl+Shift+Enter)"));
}

} // namespace textdesk
