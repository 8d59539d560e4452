#include "EmptyInboxText.h"

#include <QStringList>

namespace textdesk {

QString EmptyInboxText::explain(const Filters &f)
{
    QStringList lines;
    const bool narrowed = f.view != QLatin1String("all") || !f.number.isEmpty() || !f.tag.isEmpty();
    if (!f.tag.isEmpty()) {
        lines << tr("No conversation here with a customer tagged “%1”.").arg(f.tag);
    } else if (f.view == QLatin1String("mine")) {
        lines << tr("Nothing here is assigned to you.")
              << tr("Open a conversation and press Ctrl+Shift+A to take it.");
    } else if (f.view == QLatin1String("agent")) {
        lines << tr("Nothing here is assigned to %1.", "an agent's name").arg(f.agent);
    } else if (f.view == QLatin1String("unassigned")) {
        lines << tr("Every conversation here has someone on it.");
    } else if (f.status == QLatin1String("open")) {
        lines << tr("No open conversations: all caught up.")
              << tr("New messages appear here as they arrive.");
    } else if (f.status == QLatin1String("pending")) {
        lines << tr("Nothing is pending.")
              << tr("Mark a conversation pending (Ctrl+Shift+P) while you wait for someone.");
    } else if (f.status == QLatin1String("snoozed")) {
        lines << tr("Nothing is snoozed.")
              << tr("A snoozed conversation (Ctrl+Shift+S) waits here until its time or the "
                    "customer's next message.");
    } else if (f.status == QLatin1String("resolved")) {
        lines << tr("Nothing is resolved yet.")
              << tr("Conversations you resolve (Ctrl+Shift+D) are kept here.");
    } else {
        lines << tr("No conversations yet: they appear after the first sync with the provider.");
    }
    if (!f.number.isEmpty())
        lines << tr("Only conversations on %1 are shown.").arg(f.number);
    if (narrowed || (!f.status.isEmpty() && f.status != QLatin1String("open")))
        lines << tr("Choose “All”, “Open”, “All our numbers” and “Any tag” above to see the rest.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace textdesk
