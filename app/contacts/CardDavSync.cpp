#include "CardDavSync.h"

#include "ContactFiles.h"
#include "core/Clock.h"
#include "storage/ContactBook.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace textdesk::contacts {

namespace {
constexpr int kBatch = 100; // cards per addressbook-multiget

// A card's file name from its UID: letters, digits and . _ - @ kept, anything else '-'.
QString fileNameFor(const QString &uid)
{
    QString name;
    for (QChar c : uid)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || QStringLiteral("._-@").contains(c)
            ? c
            : QChar(u'-');
    return name + QStringLiteral(".vcf");
}

// The one usable card of a vCard the server sent, or why there is none.
std::optional<ContactCard> readCard(const QByteArray &bytes, const QString &region, QString &why)
{
    const ParsedContacts parsed = ContactFiles::readVCard(bytes, region);
    if (!parsed.ok()) {
        why = parsed.errors.join(u' ');
        return std::nullopt;
    }
    if (parsed.cards.size() != 1) {
        why = parsed.withoutNumber ? CardDavSync::tr("it has no phone number")
                                   : CardDavSync::tr("it holds %1 cards").arg(parsed.cards.size());
        return std::nullopt;
    }
    return parsed.cards.first();
}

qint64 ownerOf(const QHash<qint64, ContactCard> &contacts, const QString &e164)
{
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it) {
        if (it->e164 == e164)
            return it.key();
    }
    return 0;
}
} // namespace

CardDavSync::CardDavSync(Database &db, CardDavClient &client, const QString &defaultRegion,
                         Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_region(defaultRegion)
    , m_clock(clock)
{ }

QString CardDavSync::fingerprint(const ContactCard &c)
{
    QString name = c.displayName;
    if (name.isEmpty())
        name = QStringList({ c.givenName, c.familyName }).join(u' ').trimmed();
    if (name == c.e164)
        name.clear();
    QStringList tags = c.tags;
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QStringList custom;
    for (const auto &[field, value] : c.customFields) {
        if (!value.isEmpty())
            custom << field + u'=' + value;
    }
    custom.sort();
    const QStringList parts = { c.e164,
                                name,
                                c.givenName,
                                c.familyName,
                                c.email,
                                c.company,
                                c.notes.trimmed(),
                                tags.join(u'\x1e'),
                                custom.join(u'\x1e') };
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex());
}

void CardDavSync::start()
{
    const QString url = m_client.book().toString(QUrl::RemoveUserInfo);
    emit progress(tr("Listing the address book at %1…").arg(url));
    CardDavCall *call = m_client.list();
    connect(call, &CardDavCall::finished, this, [this, call] { listed(call); });
}

void CardDavSync::listed(CardDavCall *call)
{
    call->deleteLater();
    if (call->status() != 207)
        return fail(call->describe(tr("listing the address book")));
    QList<CardDavEntry> entries;
    QString error;
    if (!CardDavClient::parseMultistatus(call->body(), entries, error))
        return fail(error);
    // The server answered: the first write here. Another address book than last time starts
    // afresh (its cards are not the old one's).
    CardDavStore store(m_db);
    if (auto s = store.setBook(m_client.book().toString(QUrl::RemoveUserInfo)); !s)
        return fail(s.error().message());
    auto open = store.conflicts(true);
    if (!open)
        return fail(open.error().message());
    for (const CardDavConflict &c : std::as_const(*open))
        m_conflicted.insert(c.href);
    const QString book = m_client.bookPath();
    for (const CardDavEntry &e : std::as_const(entries)) {
        if (e.status != 200 || e.href == book || QString(e.href + u'/') == book
            || e.href.endsWith(u'/'))
            continue; // the collection itself, or a sub-collection
        m_remote.insert(e.href, e.etag);
    }
    auto rows = store.rows();
    if (!rows)
        return fail(rows.error().message());
    for (auto it = m_remote.cbegin(); it != m_remote.cend(); ++it) {
        const auto row = rows->constFind(it.key());
        if (m_conflicted.contains(it.key()))
            continue;
        if (row == rows->cend() || row->etag != it.value() || row->state == QLatin1String("left"))
            m_toFetch << it.key();
    }
    m_toFetch.sort();
    emit progress(tr("%n card(s) on the server, %1 new or changed.", nullptr, int(m_remote.size()))
                      .arg(m_toFetch.size()));
    emit listedServer();
    fetchNext();
}

void CardDavSync::fetchNext()
{
    if (m_cancelled)
        return fail(
            tr("Cancelled before the server's changes were written; nothing changed here."));
    if (m_fetchAt >= m_toFetch.size())
        return applyServerChanges();
    const QStringList batch = m_toFetch.mid(m_fetchAt, kBatch);
    m_fetchAt += batch.size();
    CardDavCall *call = m_client.multiget(batch);
    connect(call, &CardDavCall::finished, this, [this, call] {
        call->deleteLater();
        if (call->status() != 207)
            return fail(call->describe(tr("fetching cards")));
        QString error;
        if (!CardDavClient::parseMultistatus(call->body(), m_fetched, error))
            return fail(error);
        emit progress(tr("Fetched %1 of %2 cards.").arg(m_fetchAt).arg(m_toFetch.size()));
        fetchNext();
    });
}

Status CardDavSync::recordConflict(CardDavStore &store, const QString &href, qint64 contactId,
                                   const QByteArray &localCard, const QByteArray &remoteCard,
                                   const QString &remoteEtag)
{
    CardDavConflict c;
    c.href = href;
    c.contactId = contactId;
    c.localCard = QString::fromUtf8(localCard);
    c.remoteCard = QString::fromUtf8(remoteCard);
    c.remoteEtag = remoteEtag;
    c.foundAt = m_clock.nowMs();
    auto id = store.addConflict(c);
    if (!id)
        return id.error();
    m_conflicted.insert(href);
    ++m_summary.newConflicts;
    m_summary.warnings << tr("Conflict %1: %2 was changed both here and on the server; both "
                             "versions are kept until you choose one.")
                              .arg(*id)
                              .arg(href);
    return success();
}

void CardDavSync::applyServerChanges()
{
    Transaction tx(m_db);
    if (!tx.status())
        return fail(tx.status().error().message());
    CardDavStore store(m_db);
    auto rows = store.rows();
    if (!rows)
        return fail(rows.error().message());
    auto all = ContactBook::allWithIds(m_db);
    if (!all)
        return fail(all.error().message());
    QHash<qint64, ContactCard> contacts;
    for (const auto &[id, card] : std::as_const(*all))
        contacts.insert(id, card);

    // Cards the server no longer has.
    const QList<CardDavRow> known = rows->values();
    for (const CardDavRow &row : known) {
        if (m_remote.contains(row.href) || m_conflicted.contains(row.href)
            || row.state == QLatin1String("left"))
            continue;
        Status s = success();
        if (row.state != QLatin1String("linked") || !contacts.contains(row.contactId)) {
            s = store.remove(row.href);
            rows->remove(row.href);
        } else if (fingerprint(contacts.value(row.contactId)) != row.synced) {
            s = recordConflict(store, row.href, row.contactId,
                               ContactFiles::writeVCard({ contacts.value(row.contactId) }, 4), {},
                               {});
        } else if (s = store.remove(row.href); s) {
            rows->remove(row.href);
            auto removed = ContactBook::removeUnlessTalkedTo(m_db, row.contactId);
            if (!removed)
                return fail(removed.error().message());
            if (*removed) {
                contacts.remove(row.contactId);
                ++m_summary.deletedHere;
            } else {
                CardDavRow left = row;
                left.state = QStringLiteral("left");
                s = store.put(left);
                rows->insert(left.href, left);
                ++m_summary.keptForConversations;
            }
        }
        if (!s)
            return fail(s.error().message());
    }
    for (const CardDavEntry &entry : std::as_const(m_fetched)) {
        if (entry.status != 200 || entry.card.isEmpty() || m_conflicted.contains(entry.href))
            continue;
        if (auto s = applyCard(store, entry, *rows, contacts); !s)
            return fail(s.error().message());
    }
    if (auto s = tx.commit(); !s)
        return fail(s.error().message());
    if (auto s = planPushes(); !s)
        return fail(s.error().message());
    pushNext();
}

Status CardDavSync::applyCard(CardDavStore &store, const CardDavEntry &entry,
                              QHash<QString, CardDavRow> &rows,
                              QHash<qint64, ContactCard> &contacts)
{
    const qint64 now = m_clock.nowMs();
    CardDavRow row = rows.value(entry.href);
    row.href = entry.href;
    row.etag = entry.etag;
    row.raw = QString::fromUtf8(entry.card);
    QString why;
    std::optional<ContactCard> remote = readCard(entry.card, m_region, why);
    const bool linked = row.state == QLatin1String("linked") && contacts.contains(row.contactId);
    if (row.state == QLatin1String("deleted_here"))
        return recordConflict(store, entry.href, 0, {}, entry.card, entry.etag);
    if (remote) {
        const qint64 owner = ownerOf(contacts, remote->e164);
        if (owner && owner != row.contactId) {
            // The number is another customer's: linked to another card, or here already.
            bool ownerLinked = false;
            for (const CardDavRow &r : std::as_const(rows))
                ownerLinked = ownerLinked || (r.contactId == owner && r.href != row.href);
            if (ownerLinked || linked) {
                why = tr("its number %1 is another card's").arg(remote->e164);
                remote.reset();
            }
        }
    }
    if (!remote) {
        m_summary.warnings << tr("Skipped %1: %2.").arg(entry.href, why);
        ++m_summary.skipped;
        if (linked)
            return success(); // the contact stays; the card is read again when it changes
        row.contactId = 0;
        row.state = QStringLiteral("unusable");
        rows.insert(row.href, row);
        return store.put(row);
    }
    if (remote->uid.isEmpty())
        remote->uid = row.uid;
    row.uid = remote->uid;
    row.state = QStringLiteral("linked");
    if (linked) {
        const ContactCard &local = contacts[row.contactId];
        if (fingerprint(local) != row.synced)
            return recordConflict(store, entry.href, row.contactId,
                                  ContactFiles::writeVCard({ local }, 4), entry.card, entry.etag);
        if (auto s = ContactBook::replaceCard(m_db, row.contactId, *remote, now); !s)
            return s;
        contacts[row.contactId] = *remote;
        ++m_summary.updatedHere;
    } else {
        // A card new to this workspace: the customer may be here already (same UID, else
        // same number): then both are merged, the server's non-empty fields winning.
        qint64 match = 0;
        for (auto it = contacts.cbegin(); it != contacts.cend() && !match; ++it) {
            if (!remote->uid.isEmpty() && it->uid == remote->uid)
                match = it.key();
        }
        const qint64 owner = ownerOf(contacts, remote->e164);
        if (match && owner && owner != match) {
            m_summary.warnings << tr("Skipped %1: its number %2 is another customer's.")
                                      .arg(entry.href, remote->e164);
            ++m_summary.skipped;
            return success();
        }
        if (!match)
            match = owner;
        if (match) {
            ContactCard merged = contacts.value(match);
            const QString before = fingerprint(merged);
            merged.mergeFrom(*remote);
            merged.uid = remote->uid;
            if (auto s = ContactBook::replaceCard(m_db, match, merged, now); !s)
                return s;
            contacts[match] = merged;
            if (fingerprint(merged) != before)
                ++m_summary.updatedHere;
            row.contactId = match;
        } else {
            auto id = ContactBook::insertCard(m_db, *remote, now);
            if (!id)
                return id.error();
            contacts.insert(*id, *remote);
            row.contactId = *id;
            ++m_summary.addedHere;
        }
    }
    // The server's version is what was last synced: a merge that added fields from here is
    // then a change here, sent in step 4.
    row.synced = fingerprint(*remote);
    rows.insert(row.href, row);
    return store.put(row);
}

Status CardDavSync::planPushes()
{
    CardDavStore store(m_db);
    auto rows = store.rows();
    if (!rows)
        return rows.error();
    auto all = ContactBook::allWithIds(m_db);
    if (!all)
        return all.error();
    QSet<qint64> linked;
    for (const CardDavRow &row : std::as_const(*rows)) {
        if (row.contactId)
            linked.insert(row.contactId);
    }
    QHash<qint64, ContactCard> contacts;
    for (const auto &[id, card] : std::as_const(*all))
        contacts.insert(id, card);
    for (const CardDavRow &row : std::as_const(*rows)) {
        if (m_conflicted.contains(row.href) || !m_remote.contains(row.href))
            continue;
        if (row.state == QLatin1String("linked") && contacts.contains(row.contactId)) {
            const ContactCard &card = contacts[row.contactId];
            if (fingerprint(card) != row.synced)
                m_pushes.append({ Push::Kind::Update, row.href, row.contactId, card, row.etag,
                                  ContactFiles::updateVCard(row.raw.toUtf8(), card) });
        } else if (row.state == QLatin1String("deleted_here")
                   && m_remote.value(row.href) == row.etag) {
            m_pushes.append({ Push::Kind::Delete, row.href, 0, {}, row.etag, {} });
        }
    }
    // Contacts new to the address book; a UID first, kept in the cache so that a rerun after
    // an interruption sends the same card to the same place.
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    for (const auto &[id, constCard] : std::as_const(*all)) {
        if (linked.contains(id))
            continue;
        ContactCard card = constCard;
        if (card.uid.isEmpty()) {
            card.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (auto s = ContactBook::replaceCard(m_db, id, card, m_clock.nowMs()); !s)
                return s;
        }
        QString href = m_client.bookPath() + fileNameFor(card.uid);
        if (rows->contains(href) && rows->value(href).contactId != id)
            href = m_client.bookPath() + fileNameFor(card.uid + u'-' + QString::number(id));
        m_pushes.append(
            { Push::Kind::Create, href, id, card, {}, ContactFiles::updateVCard({}, card) });
    }
    if (auto s = tx.commit(); !s)
        return s;
    if (!m_pushes.isEmpty())
        emit progress(tr("Sending %n change(s) to the server…", nullptr, int(m_pushes.size())));
    return success();
}

void CardDavSync::pushNext()
{
    if (m_cancelled && m_pushAt < m_pushes.size())
        return fail(tr("Cancelled: %1 of %2 changes were sent; the next sync sends the rest.")
                        .arg(m_pushAt)
                        .arg(m_pushes.size()));
    if (m_pushAt >= m_pushes.size())
        return finish();
    const Push &push = m_pushes.at(m_pushAt);
    CardDavCall *call = push.kind == Push::Kind::Delete
        ? m_client.remove(push.href, push.etag)
        : m_client.put(push.href, push.body, push.etag);
    connect(call, &CardDavCall::finished, this, [this, call] { pushed(call); });
}

void CardDavSync::pushed(CardDavCall *call)
{
    call->deleteLater();
    const Push push = m_pushes.at(m_pushAt);
    CardDavStore store(m_db);
    const int status = call->status();
    if (status == 412)
        return conflictAfter412(push);
    if (push.kind == Push::Kind::Delete && (status / 100 == 2 || status == 404)) {
        if (auto s = store.remove(push.href); !s)
            return fail(s.error().message());
        ++m_summary.deletedThere;
    } else if (push.kind != Push::Kind::Delete && status / 100 == 2) {
        CardDavRow row;
        row.href = push.href;
        row.contactId = push.contactId;
        row.uid = push.card.uid;
        row.etag = call->etag(); // none: the next sync reads the card again
        row.synced = fingerprint(push.card);
        row.raw = QString::fromUtf8(push.body);
        if (auto s = store.put(row); !s)
            return fail(s.error().message());
        ++(push.kind == Push::Kind::Create ? m_summary.addedThere : m_summary.updatedThere);
    } else {
        return fail(call->describe(tr("sending %1").arg(push.href)));
    }
    ++m_pushAt;
    emit sent(int(m_pushAt), int(m_pushes.size()));
    if (m_pushAt % 50 == 0 || m_pushAt == m_pushes.size())
        emit progress(tr("Sent %1 of %2 changes.").arg(m_pushAt).arg(m_pushes.size()));
    pushNext();
}

void CardDavSync::conflictAfter412(const Push &push)
{
    // Changed (or created) on the server since it was last seen: read what it holds now.
    CardDavCall *get = m_client.get(push.href);
    connect(get, &CardDavCall::finished, this, [this, get, push] {
        get->deleteLater();
        if (get->status() != 200 && get->status() != 404)
            return fail(get->describe(tr("reading %1").arg(push.href)));
        CardDavStore store(m_db);
        const QByteArray remote = get->status() == 200 ? get->body() : QByteArray();
        QString why;
        const auto card = readCard(remote, m_region, why);
        Status s = success();
        if (push.kind != Push::Kind::Delete && card
            && fingerprint(*card) == fingerprint(push.card)) {
            // The same card (an earlier sync sent it and was cut off before the answer).
            CardDavRow row;
            row.href = push.href;
            row.contactId = push.contactId;
            row.uid = push.card.uid;
            row.etag = get->etag();
            row.synced = fingerprint(push.card);
            row.raw = QString::fromUtf8(remote);
            s = store.put(row);
        } else {
            const QByteArray local = push.kind == Push::Kind::Delete
                ? QByteArray()
                : ContactFiles::writeVCard({ push.card }, 4);
            if (push.kind == Push::Kind::Create) {
                CardDavRow row; // linked to the card, so that it is not created again
                row.href = push.href;
                row.contactId = push.contactId;
                row.uid = push.card.uid;
                row.etag = get->etag();
                row.synced = QStringLiteral("-");
                row.raw = QString::fromUtf8(remote);
                s = store.put(row);
            }
            if (s)
                s = recordConflict(store, push.href, push.contactId, local, remote, get->etag());
        }
        if (!s)
            return fail(s.error().message());
        ++m_pushAt;
        emit sent(int(m_pushAt), int(m_pushes.size()));
        pushNext();
    });
}

void CardDavSync::fail(const QString &error)
{
    m_summary.error = error;
    finish();
}

void CardDavSync::finish()
{
    CardDavStore store(m_db);
    if (m_summary.ok()) {
        if (auto s = store.markSynced(m_clock.nowMs()); !s)
            m_summary.error = s.error().message();
    }
    if (auto open = store.conflicts(true))
        m_summary.openConflicts = int(open->size());
    QMetaObject::invokeMethod(this, &CardDavSync::finished, Qt::QueuedConnection);
}

} // namespace textdesk::contacts
