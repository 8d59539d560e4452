#include "OlderMessagesBar.h"

#include "common/PlainText.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace textdesk {

OlderMessagesBar::OlderMessagesBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("olderMessages"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = ui::plain(new QLabel(this));
    m_text->setObjectName(QStringLiteral("olderMessagesText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("olderMessagesProgress"));
    m_busy->setAccessibleName(tr("Loading older messages"));
    m_busy->setRange(0, 0); // the provider does not say how many there are
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy);
    m_load = new QPushButton(tr("Load older messages"), this);
    m_load->setObjectName(QStringLiteral("loadOlderMessages"));
    m_load->setToolTip(tr("Fetch this customer's earlier messages from the provider"));
    layout->addWidget(m_load);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopOlderMessages"));
    m_stop->setAccessibleName(tr("Stop loading older messages"));
    layout->addWidget(m_stop);
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (!m_conversationId)
            return;
        m_loading = m_conversationId;
        m_text->setText(tr("Loading older messages…"));
        m_load->hide();
        m_busy->show();
        m_stop->show();
        emit loadRequested(m_conversationId);
    });
    connect(m_stop, &QPushButton::clicked, this, &OlderMessagesBar::cancelRequested);
    hide();
}

void OlderMessagesBar::showFor(qint64 conversationId, const QDate &historyFrom)
{
    m_conversationId = conversationId;
    m_historyFrom = historyFrom;
    if (!conversationId || !historyFrom.isValid()) {
        hide();
        return;
    }
    if (m_loading == conversationId) {
        show(); // its progress keeps coming
    } else if (m_complete.contains(conversationId)) {
        loaded(conversationId, 0, false, {});
    } else {
        offer();
    }
}

void OlderMessagesBar::offer()
{
    m_text->setText(tr("Messages before %1 are not on this computer yet.")
                        .arg(QLocale().toString(m_historyFrom, QLocale::ShortFormat)));
    m_busy->hide();
    m_stop->hide();
    m_load->setText(tr("Load older messages"));
    m_load->show();
    show();
}

void OlderMessagesBar::progress(qint64 conversationId, qint64 listed)
{
    if (conversationId != m_conversationId || m_loading != conversationId)
        return;
    m_text->setText(tr("Loading older messages… %Ln found", nullptr, int(listed)));
}

void OlderMessagesBar::loaded(qint64 conversationId, qint64 inserted, bool cancelled,
                              const QString &error)
{
    if (m_loading == conversationId)
        m_loading = 0;
    if (error.isEmpty() && !cancelled)
        m_complete.insert(conversationId);
    if (conversationId != m_conversationId)
        return;
    if (cancelled) {
        offer();
        return;
    }
    m_busy->hide();
    m_stop->hide();
    if (!error.isEmpty()) {
        m_text->setText(tr("Older messages could not be loaded: %1").arg(error));
        m_load->setText(tr("Try again"));
        m_load->show();
    } else {
        m_load->hide();
        m_text->setText(inserted > 0 ? tr("%Ln older message(s) loaded. No older messages.",
                                          nullptr, int(inserted))
                                     : tr("No older messages"));
    }
    show();
}

} // namespace textdesk
