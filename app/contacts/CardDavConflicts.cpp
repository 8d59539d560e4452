#include "CardDavConflicts.h"

#include "CardDavSync.h"
#include "ContactFiles.h"
#include "storage/ContactBook.h"

namespace textdesk::contacts {

namespace {
std::optional<ContactCard> cardOf(const QString &vcard, const QString &region)
{
    if (vcard.isEmpty())
        return std::nullopt;
    const ParsedContacts parsed = ContactFiles::readVCard(vcard.toUtf8(), region);
    if (parsed.cards.size() != 1)
        return std::nullopt;
    return parsed.cards.first();
}
} // namespace

QStringList CardDavConflicts::differences(const CardDavConflict &conflict, const QString &region)
{
    const auto here = cardOf(conflict.localCard, region);
    const auto there = cardOf(conflict.remoteCard, region);
    if (!here)
        return { tr("Deleted here, changed on the server.") };
    if (!there)
        return { tr("Changed here, deleted on the server.") };
    const QList<QPair<QString, QPair<QString, QString>>> fields = {
        { tr("Number"), { here->e164, there->e164 } },
        { tr("Name"), { here->displayName, there->displayName } },
        { tr("Given name"), { here->givenName, there->givenName } },
        { tr("Family name"), { here->familyName, there->familyName } },
        { tr("E-mail"), { here->email, there->email } },
        { tr("Company"), { here->company, there->company } },
        { tr("Tags"),
          { here->tags.join(QStringLiteral(", ")), there->tags.join(QStringLiteral(", ")) } },
        { tr("Notes"), { here->notes, there->notes } },
    };
    QStringList lines;
    for (const auto &[label, values] : fields) {
        if (values.first != values.second)
            lines << tr("%1: here “%2” · server “%3”").arg(label, values.first, values.second);
    }
    if (lines.isEmpty())
        lines << tr("The same fields on both sides (other properties differ).");
    return lines;
}

QString CardDavConflicts::resolve(Database &db, qint64 conflictId, bool keepHere,
                                  const QString &region, qint64 nowMs)
{
    CardDavStore store(db);
    auto conflict = store.conflict(conflictId);
    if (!conflict)
        return conflict.error().message();
    const CardDavConflict &c = *conflict;
    if (c.resolvedAt)
        return tr("Conflict %1 was resolved already.").arg(conflictId);
    auto rows = store.rows();
    if (!rows)
        return rows.error().message();
    CardDavRow row = rows->value(c.href);
    row.href = c.href;
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error().message();
    Status s = success();
    if (keepHere) {
        if (c.remoteCard.isEmpty()) {
            s = store.remove(c.href); // the contact, unlinked, is sent as a new card
        } else {
            // The server's current ETag: the next sync's PUT or DELETE replaces that version.
            row.etag = c.remoteEtag;
            row.raw = c.remoteCard;
            row.contactId = c.contactId;
            row.state = c.contactId ? QStringLiteral("linked") : QStringLiteral("deleted_here");
            row.synced = QStringLiteral("-"); // differs from any fingerprint: sent again
            s = store.put(row);
        }
    } else if (c.remoteCard.isEmpty()) {
        s = store.remove(c.href);
        if (s && c.contactId) {
            auto removed = ContactBook::removeUnlessTalkedTo(db, c.contactId);
            if (!removed)
                return removed.error().message();
        }
    } else {
        const auto card = cardOf(c.remoteCard, region);
        if (!card)
            return tr("The server's version of conflict %1 has no phone number Textdesk can use; "
                      "keep the version here instead.")
                .arg(conflictId);
        qint64 id = c.contactId;
        if (id) {
            s = ContactBook::replaceCard(db, id, *card, nowMs);
        } else {
            auto inserted = ContactBook::insertCard(db, *card, nowMs);
            if (!inserted)
                return inserted.error().message();
            id = *inserted;
        }
        row.contactId = id;
        row.uid = card->uid;
        row.etag = c.remoteEtag;
        row.raw = c.remoteCard;
        row.synced = CardDavSync::fingerprint(*card);
        row.state = QStringLiteral("linked");
        if (s)
            s = store.put(row);
    }
    if (s)
        s = store.resolve(conflictId, keepHere ? QStringLiteral("here") : QStringLiteral("server"),
                          nowMs);
    if (s)
        s = tx.commit();
    return s ? QString() : s.error().message();
}

} // namespace textdesk::contacts
