#include "Consent.h"

#include "RevocationFlags.h"
#include "SqlHelpers.h"
#include "States.h"

#include <QtCore/QCoreApplication>

namespace textdesk::Consent {

Status record(Database &db, qint64 conversationId, const QString &state, const QString &keyword,
              const QString &source, qint64 messageId, qint64 occurredAtMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO consent_events (contact_id, inbox_id, state, keyword, source, message_id, "
        "occurred_at) SELECT contact_id, inbox_id, ?, ?, ?, ?, ? FROM conversations WHERE id = ?"));
    if (!insert)
        return insert.error();
    sql::bind(**insert,
              { state, sql::orNull(keyword), source, sql::orNull(messageId), occurredAtMs,
                conversationId });
    if (auto s = db.exec(**insert); !s)
        return s;
    auto update = db.prepare(QStringLiteral(
        "UPDATE contacts SET consent_state = ?, consent_changed_at = ?, updated_at = ? "
        "WHERE id = (SELECT contact_id FROM conversations WHERE id = ?) "
        "AND coalesce(consent_changed_at, 0) <= ?"));
    if (!update)
        return update.error();
    sql::bind(**update, { state, occurredAtMs, occurredAtMs, conversationId, occurredAtMs });
    if (auto s = db.exec(**update); !s)
        return s;
    return tx.commit();
}

Result<QString> refusalFor(Database &db, const QString &contactE164, const QString &who)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT k.consent_state, (SELECT e.keyword FROM consent_events e WHERE e.contact_id = "
        "k.id ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) FROM contacts k WHERE k.e164 = ?"));
    if (!q)
        return q.error();
    sql::bind(**q, { contactE164 });
    if (auto s = db.exec(**q); !s)
        return s.error();
    const bool found = (*q)->next();
    const QString state = found ? (*q)->value(0).toString() : QString();
    const QString keyword = found ? (*q)->value(1).toString() : QString();
    // Finished, so that a reader (the composer's check) does not keep its snapshot open.
    (*q)->finish();
    if (consentStateFromString(state) != ConsentState::OptedOut)
        return QString();
    const QString name = who.isEmpty() ? contactE164 : who;
    if (keyword.isEmpty()) {
        return QCoreApplication::translate(
                   "textdesk::Consent",
                   "%1 has opted out of text messages, so nothing can be sent to them until "
                   "they text START.")
            .arg(name);
    }
    return QCoreApplication::translate("textdesk::Consent",
                                       "%1 opted out of text messages by texting %2, so nothing "
                                       "can be sent to them until they text START.")
        .arg(name, keyword);
}

Result<ProactiveRefusal> proactiveRefusalFor(Database &db, const QString &contactE164,
                                             const QString &who)
{
    ProactiveRefusal r;
    auto optedOut = refusalFor(db, contactE164, who);
    if (!optedOut)
        return optedOut.error();
    if (!optedOut->isEmpty()) {
        r.kind = ProactiveRefusal::Kind::OptedOut;
        r.words = *optedOut;
        return r;
    }
    auto flag = RevocationFlags::openForCustomer(db, contactE164);
    if (!flag)
        return flag.error();
    if (!*flag)
        return r;
    r.kind = ProactiveRefusal::Kind::RevocationPending;
    r.conversationId = (*flag)->conversationId;
    r.words = QCoreApplication::translate(
                  "textdesk::Consent",
                  "%1 asked in their own words to stop messages, so nothing automatic is sent "
                  "to them until an agent answers the request in the conversation (Opt out or "
                  "Not a request).")
                  .arg(who.isEmpty() ? contactE164 : who);
    return r;
}

Result<QList<Event>> history(Database &db, qint64 contactId)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT e.occurred_at, e.state, e.keyword, e.source, e.message_id, m.body, i.e164 FROM "
        "consent_events e LEFT JOIN messages m ON m.id = e.message_id LEFT JOIN inboxes i ON "
        "i.id = e.inbox_id WHERE e.contact_id = ? ORDER BY e.occurred_at, e.id"));
    if (!q)
        return q.error();
    sql::bind(**q, { contactId });
    if (auto s = db.exec(**q); !s)
        return s.error();
    QList<Event> events;
    while ((*q)->next()) {
        Event e;
        e.occurredAt = (*q)->value(0).toLongLong();
        e.state = (*q)->value(1).toString();
        e.keyword = (*q)->value(2).toString();
        e.source = (*q)->value(3).toString();
        e.messageId = (*q)->value(4).toLongLong();
        e.messageBody = (*q)->value(5).toString();
        e.ourNumber = (*q)->value(6).toString();
        events << e;
    }
    return events;
}

} // namespace textdesk::Consent
