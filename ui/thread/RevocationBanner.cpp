#include "RevocationBanner.h"

#include "common/PlainText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace textdesk {

RevocationBanner::RevocationBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("revocationBanner"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 6, 8, 6);
    m_text = ui::plain(new QLabel(this));
    m_text->setObjectName(QStringLiteral("revocationText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_optOut = new QPushButton(tr("Opt out"), this);
    m_optOut->setObjectName(QStringLiteral("revocationOptOut"));
    m_optOut->setToolTip(tr("Record that this customer opted out: nothing more can be sent to "
                            "them until they text START."));
    layout->addWidget(m_optOut, 0, Qt::AlignVCenter);
    m_dismiss = new QPushButton(tr("Not a request"), this);
    m_dismiss->setObjectName(QStringLiteral("revocationDismiss"));
    m_dismiss->setToolTip(tr("The customer did not ask to stop messages: hide this for good."));
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    connect(m_optOut, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { answer(false); });
    hide();
}

void RevocationBanner::showFlag(qint64 conversationId, qint64 flagId, const QString &quote)
{
    m_conversationId = conversationId;
    m_flagId = flagId;
    if (!flagId) {
        hide();
        return;
    }
    m_text->setText(tr("This customer may be asking to stop messages: \"%1\"").arg(quote));
    m_optOut->setEnabled(true);
    m_dismiss->setEnabled(true);
    show();
}

QString RevocationBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void RevocationBanner::answer(bool optOut)
{
    if (!m_flagId)
        return;
    // Once: the flag leaves at the next refresh, when the sync thread has recorded the answer.
    m_optOut->setEnabled(false);
    m_dismiss->setEnabled(false);
    emit answered(m_conversationId, m_flagId, optOut);
}

} // namespace textdesk
