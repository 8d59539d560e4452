#include "PresenceLine.h"

#include <QEvent>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace textdesk {

PresenceLine::PresenceLine(QWidget *parent)
    : QLabel(parent)
    , m_expiry(new QTimer(this))
{
    setObjectName(QStringLiteral("presenceLine"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    QFont small = font();
    small.setItalic(true);
    setFont(small);
    setForegroundRole(QPalette::PlaceholderText);
    m_expiry->setInterval(1000);
    connect(m_expiry, &QTimer::timeout, this, &PresenceLine::refresh);
    hide();
}

void PresenceLine::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    m_seen.clear();
    refresh();
}

void PresenceLine::onPresence(qint64 conversationId, qint64 agentId, const QString &state)
{
    if (conversationId != m_conversationId) {
        // Typing or viewing elsewhere ends this conversation's mark for that colleague.
        m_seen.remove(agentId);
    } else if (state == QLatin1String("left")) {
        m_seen.remove(agentId);
    } else {
        Seen &seen = m_seen[agentId];
        seen.typing = state == QLatin1String("typing");
        seen.since.start();
    }
    refresh();
}

void PresenceLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void PresenceLine::refresh()
{
    QStringList typing;
    QStringList viewing;
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        const int holds = it->typing ? kTypingHoldsMs : kViewingHoldsMs;
        if (it->since.hasExpired(holds)) {
            it = m_seen.erase(it);
            continue;
        }
        const QString name = m_names.value(it.key(), tr("A colleague"));
        (it->typing ? typing : viewing) << name;
        ++it;
    }
    std::sort(typing.begin(), typing.end());
    std::sort(viewing.begin(), viewing.end());
    const QLocale locale;
    QStringList parts;
    if (!typing.isEmpty())
        parts
            << tr("%1 is typing…", "", int(typing.size())).arg(locale.createSeparatedList(typing));
    if (!viewing.isEmpty()) {
        parts << tr("%1 is viewing this conversation", "", int(viewing.size()))
                     .arg(locale.createSeparatedList(viewing));
    }
    setText(parts.join(QStringLiteral(" · ")));
    setVisible(!parts.isEmpty());
    if (m_seen.isEmpty())
        m_expiry->stop();
    else if (!m_expiry->isActive())
        m_expiry->start();
}

} // namespace textdesk
