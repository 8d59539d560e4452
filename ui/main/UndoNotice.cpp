#include "UndoNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace textdesk {

UndoNotice::UndoNotice(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("undoNotice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("undoText"));
    m_label->setTextFormat(Qt::PlainText); // names a customer
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("undoButton"));
    m_button->setText(tr("Undo"));
    m_button->setAccessibleName(tr("Undo the last change"));
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kShownMs);
    connect(m_timer, &QTimer::timeout, this, &UndoNotice::dismiss);
    connect(m_button, &QToolButton::clicked, this, [this] {
        auto undo = std::exchange(m_undo, {});
        dismiss();
        if (undo)
            undo();
    });
    hide();
}

void UndoNotice::offer(const QString &text, std::function<void()> undo)
{
    m_label->setText(text);
    m_undo = std::move(undo);
    show();
    m_timer->start();
}

QString UndoNotice::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void UndoNotice::dismiss()
{
    m_timer->stop();
    m_undo = {};
    hide();
}

} // namespace textdesk
