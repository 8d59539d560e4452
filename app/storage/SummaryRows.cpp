#include "SummaryRows.h"

#include <QVariant>

namespace textdesk::SummaryRows {

QLatin1String select()
{
    // From the denormalised columns, primary-key lookups (the draft; the kind of a last
    // message without words) and a walk back to our newest message (whether it failed), and whether
    // the FAQ bot holds the conversation.
    return QLatin1String(
        "SELECT c.id, c.contact_id, c.inbox_id, ct.e164, ct.display_name, c.status, "
        "c.assignee_id, c.unread_count, c.message_count, c.last_activity_at, c.last_message_id, "
        "c.last_message_preview, c.last_message_direction, c.waiting_since, c.snoozed_until, "
        "c.read_up_to, ib.e164, ct.consent_state, "
        "(SELECT d.body FROM drafts d WHERE d.conversation_id = c.id), "
        "CASE WHEN c.last_message_preview = '' THEN (SELECT md.content_type FROM media md "
        "WHERE md.message_id = c.last_message_id ORDER BY md.id LIMIT 1) END, "
        "(SELECT o.status IN ('failed', 'undelivered') FROM messages o WHERE o.conversation_id = "
        "c.id AND o.direction = 'outbound' ORDER BY o.id DESC LIMIT 1), "
        "EXISTS (SELECT 1 FROM faq_conversations f WHERE f.conversation_id = c.id AND f.state = "
        "'holding') "
        "FROM conversations c JOIN contacts ct ON ct.id = c.contact_id "
        "JOIN inboxes ib ON ib.id = c.inbox_id ");
}

ConversationSummary read(const QSqlQuery &q)
{
    ConversationSummary c;
    c.id = q.value(0).toLongLong();
    c.contactId = q.value(1).toLongLong();
    c.inboxId = q.value(2).toLongLong();
    c.contactE164 = q.value(3).toString();
    c.contactName = q.value(4).toString();
    c.status = q.value(5).toString();
    c.assigneeId = q.value(6).toLongLong();
    c.unreadCount = q.value(7).toInt();
    c.messageCount = q.value(8).toInt();
    c.lastActivityAt = q.value(9).toLongLong();
    c.lastMessageId = q.value(10).toLongLong();
    c.lastMessagePreview = q.value(11).toString();
    c.lastMessageDirection = q.value(12).toString();
    c.waitingSince = q.value(13).toLongLong();
    c.snoozedUntil = q.value(14).toLongLong();
    c.readUpTo = q.value(15).toLongLong();
    c.inboxE164 = q.value(16).toString();
    c.consentState = q.value(17).toString();
    c.draft = q.value(18).toString();
    c.lastMediaType = q.value(19).toString();
    c.lastOutboundFailed = q.value(20).toBool();
    c.faqBotHolding = q.value(21).toBool();
    // Read here rather than stored: opting out and back in keeps the clock right.
    if (c.consentState == QLatin1String("opted_out"))
        c.waitingSince = 0; // nobody waits for a reply they asked not to get
    return c;
}

} // namespace textdesk::SummaryRows
