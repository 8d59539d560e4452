#include "TemplateStore.h"

#include "StarterTemplates.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace textdesk {

namespace {

const char kColumns[] = "id, shortcut, title, body, category, language, starter_key";

MessageTemplate readTemplate(const QSqlQuery &q)
{
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.shortcut = q.value(1).toString();
    t.title = q.value(2).toString();
    t.body = q.value(3).toString();
    t.category = q.value(4).toString();
    t.language = q.value(5).toString();
    t.starterKey = q.value(6).toString();
    return t;
}

// 0 = shortcut starts with, 1 = title starts with, 2 = either contains, -1 = no match.
int matchRank(const MessageTemplate &t, const QString &text)
{
    if (t.shortcut.startsWith(text, Qt::CaseInsensitive))
        return 0;
    if (t.title.startsWith(text, Qt::CaseInsensitive))
        return 1;
    if (t.shortcut.contains(text, Qt::CaseInsensitive)
        || t.title.contains(text, Qt::CaseInsensitive))
        return 2;
    return -1;
}

} // namespace

QList<MessageTemplate> matchTemplates(const QList<MessageTemplate> &templates, const QString &text,
                                      int limit)
{
    const QString wanted = text.trimmed();
    QList<std::pair<int, const MessageTemplate *>> ranked;
    for (const MessageTemplate &t : templates) {
        if (const int rank = matchRank(t, wanted); rank >= 0)
            ranked.append({ rank, &t });
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second->shortcut.compare(b.second->shortcut, Qt::CaseInsensitive) < 0;
    });
    QList<MessageTemplate> result;
    for (const auto &[rank, t] : std::as_const(ranked)) {
        if (result.size() >= limit)
            break;
        result.append(*t);
    }
    return result;
}

Result<QList<MessageTemplate>> TemplateStore::all()
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM templates ORDER BY shortcut").arg(QLatin1String(kColumns)));
    if (!query)
        return query.error();
    if (auto s = m_db.exec(**query); !s)
        return s.error();
    QList<MessageTemplate> templates;
    while ((*query)->next())
        templates.append(readTemplate(**query));
    (*query)->finish();
    return templates;
}

Result<QList<MessageTemplate>> TemplateStore::matching(const QString &prefix, int limit)
{
    // A team has dozens of templates, not thousands: filtering here folds case in every
    // language, which SQLite's LIKE does for ASCII only.
    auto templates = all();
    if (!templates)
        return templates;
    return matchTemplates(*templates, prefix, limit);
}

Result<qint64> TemplateStore::save(MessageTemplate t)
{
    t.shortcut = t.shortcut.trimmed();
    if (t.shortcut.startsWith(QLatin1Char('/')))
        t.shortcut.remove(0, 1);
    if (t.shortcut.isEmpty() || t.shortcut.contains(QLatin1Char(' ')) || t.title.trimmed().isEmpty()
        || t.body.trimmed().isEmpty()) {
        return StorageError(StorageError::Kind::Constraint, m_db.path(),
                            QStringLiteral("template needs a one-word shortcut, a title and a body "
                                           "(shortcut \"%1\")")
                                .arg(t.shortcut));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO templates (id, shortcut, title, body, category, language, starter_key, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
        "SET shortcut = excluded.shortcut, title = excluded.title, body = excluded.body, "
        "category = excluded.category, language = excluded.language, "
        "updated_at = excluded.updated_at"));
    if (!upsert)
        return upsert.error();
    sql::bind(**upsert,
              { sql::orNull(t.id), t.shortcut, t.title, t.body,
                // A null QString binds as NULL; the column holds "" for no category.
                t.category.trimmed().isNull() ? QStringLiteral("") : t.category.trimmed(),
                t.language.isEmpty() ? QVariant() : QVariant(t.language),
                t.starterKey.isEmpty() ? QVariant() : QVariant(t.starterKey), now, now });
    if (auto s = m_db.exec(**upsert); !s)
        return s.error();
    const qint64 id = t.id ? t.id : (*upsert)->lastInsertId().toLongLong();
    (*upsert)->finish();
    return id;
}

Status TemplateStore::remove(qint64 id)
{
    auto query = m_db.prepare(QStringLiteral("DELETE FROM templates WHERE id = ?"));
    if (!query)
        return query.error();
    sql::bind(**query, { id });
    return m_db.exec(**query);
}

Result<QStringList> TemplateStore::categories()
{
    auto templates = all();
    if (!templates)
        return templates.error();
    QStringList names;
    for (const MessageTemplate &t : std::as_const(*templates)) {
        if (!t.category.trimmed().isEmpty() && !names.contains(t.category.trimmed()))
            names.append(t.category.trimmed());
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

Result<int> TemplateStore::addStarterSet(const QString &language)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto existing = all();
    if (!existing)
        return existing.error();
    QSet<QString> keys, shortcuts;
    for (const MessageTemplate &t : std::as_const(*existing)) {
        keys.insert(t.starterKey);
        shortcuts.insert(t.shortcut.toCaseFolded());
    }
    int added = 0;
    for (MessageTemplate t : StarterTemplates::set(language)) {
        if (keys.contains(t.starterKey))
            continue;
        if (shortcuts.contains(t.shortcut.toCaseFolded()))
            t.shortcut += QLatin1Char('-') + t.language;
        if (shortcuts.contains(t.shortcut.toCaseFolded()))
            continue; // the team has its own template under that name too
        if (auto id = save(t); !id)
            return id.error();
        shortcuts.insert(t.shortcut.toCaseFolded());
        ++added;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

Status TemplateStore::seedDefaults(Database &db)
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto count = db.scalar(QStringLiteral("SELECT count(*) FROM templates"));
    if (!count)
        return count.error();
    if (count->toLongLong() > 0)
        return success();
    TemplateStore store(db);
    if (auto added = store.addStarterSet(StarterTemplates::languageFor(QLocale().name())); !added)
        return added.error();
    return tx.commit();
}

} // namespace textdesk
