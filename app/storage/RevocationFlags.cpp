#include "RevocationFlags.h"

#include "Consent.h"
#include "SqlHelpers.h"

#include <QtCore/QCoreApplication>

namespace textdesk::RevocationFlags {

Status flag(Database &db, const MessageRecord &message, const QString &quote)
{
    // A customer who has opted out already has nothing left to confirm.
    auto q = sql::run(
        db,
        QStringLiteral(
            "INSERT OR IGNORE INTO revocation_flags (conversation_id, message_id, quote, "
            "flagged_at) SELECT c.id, ?, ?, ? FROM conversations c JOIN contacts k ON k.id = "
            "c.contact_id WHERE c.id = ? AND coalesce(k.consent_state, '') <> 'opted_out'"),
        { message.id, quote, message.createdAt, message.conversationId });
    if (!q)
        return q.error();
    return success();
}

Result<std::optional<Flag>> open(Database &db, qint64 conversationId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT id, message_id, quote, flagged_at FROM "
                                     "revocation_flags WHERE conversation_id = ? AND answer IS "
                                     "NULL ORDER BY flagged_at DESC, id DESC LIMIT 1"),
                      { conversationId });
    if (!q)
        return q.error();
    std::optional<Flag> found;
    if ((*q)->next()) {
        Flag f;
        f.id = (*q)->value(0).toLongLong();
        f.conversationId = conversationId;
        f.messageId = (*q)->value(1).toLongLong();
        f.quote = (*q)->value(2).toString();
        f.flaggedAt = (*q)->value(3).toLongLong();
        found = f;
    }
    // A cached statement left unfinished keeps a reader's snapshot open: it would not see the
    // agent's answer at the next refresh.
    (*q)->finish();
    return found;
}

Result<std::optional<Flag>> openForCustomer(Database &db, const QString &contactE164)
{
    auto q = sql::run(
        db,
        QStringLiteral("SELECT f.id, f.conversation_id, f.message_id, f.quote, f.flagged_at FROM "
                       "revocation_flags f JOIN conversations c ON c.id = f.conversation_id JOIN "
                       "contacts k ON k.id = c.contact_id WHERE k.e164 = ? AND f.answer IS NULL "
                       "ORDER BY f.flagged_at DESC, f.id DESC LIMIT 1"),
        { contactE164 });
    if (!q)
        return q.error();
    std::optional<Flag> found;
    if ((*q)->next()) {
        Flag f;
        f.id = (*q)->value(0).toLongLong();
        f.conversationId = (*q)->value(1).toLongLong();
        f.messageId = (*q)->value(2).toLongLong();
        f.quote = (*q)->value(3).toString();
        f.flaggedAt = (*q)->value(4).toLongLong();
        found = f;
    }
    (*q)->finish(); // a reader's snapshot is not kept open (see open())
    return found;
}

Result<QString> customerOf(Database &db, qint64 flagId)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT k.e164 FROM revocation_flags f JOIN conversations c "
                                     "ON c.id = f.conversation_id JOIN contacts k ON k.id = "
                                     "c.contact_id WHERE f.id = ?"),
                      { flagId });
    if (!q)
        return q.error();
    const QString number = (*q)->next() ? (*q)->value(0).toString() : QString();
    (*q)->finish();
    return number;
}

Status answer(Database &db, qint64 flagId, bool optOut, qint64 agentId, qint64 atMs)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto q = sql::run(db,
                      QStringLiteral("SELECT conversation_id, message_id FROM revocation_flags "
                                     "WHERE id = ? AND answer IS NULL"),
                      { flagId });
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        return StorageError(
            StorageError::Kind::InvalidInput, db.path(),
            QCoreApplication::translate("textdesk::RevocationFlags",
                                        "This request to stop messages was already answered."));
    }
    const qint64 conversationId = (*q)->value(0).toLongLong();
    const qint64 messageId = (*q)->value(1).toLongLong();
    (*q)->finish();
    if (optOut) {
        // An agent's edit of consent, like the others: no keyword, the message that asked.
        if (Status s = Consent::record(db, conversationId, QStringLiteral("opted_out"), {},
                                       QStringLiteral("agent"), messageId, atMs);
            !s) {
            return s;
        }
    }
    auto update = sql::run(
        db,
        QStringLiteral("UPDATE revocation_flags SET answer = ?, answered_at = ?, answered_by = ? "
                       "WHERE conversation_id = ? AND id <= ? AND answer IS NULL"),
        { optOut ? QStringLiteral("opted_out") : QStringLiteral("not_a_request"), atMs,
          sql::orNull(agentId), conversationId, flagId });
    if (!update)
        return update.error();
    return tx.commit();
}

} // namespace textdesk::RevocationFlags
