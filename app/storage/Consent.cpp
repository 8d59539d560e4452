#include "Consent.h"

#include "SqlHelpers.h"
#include "States.h"

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

} // namespace textdesk::Consent
