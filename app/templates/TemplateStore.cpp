#include "TemplateStore.h"

#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace textdesk {

namespace {

struct DefaultTemplate
{
    const char *shortcut;
    const char *title;
    const char *body;
};

// Shortcuts stay the same in every language, so that a team's habits survive a change of
// language; titles and bodies are translated. Translators: keep `{{variables}}` as they are.
const DefaultTemplate kDefaults[] = {
    { "greet", QT_TRANSLATE_NOOP("TemplateStore", "Greeting"),
      QT_TRANSLATE_NOOP("TemplateStore",
                        "Hi {{first_name}}, this is {{agent_name}}. How can I help you today?") },
    { "order", QT_TRANSLATE_NOOP("TemplateStore", "Order received"),
      QT_TRANSLATE_NOOP("TemplateStore",
                        "Thanks {{first_name}}, we received your order {{order_number}} and will "
                        "let you know as soon as it ships.") },
    { "details", QT_TRANSLATE_NOOP("TemplateStore", "Ask for details"),
      QT_TRANSLATE_NOOP("TemplateStore",
                        "Could you tell me a bit more about the problem? An order number or a "
                        "photo helps us sort it out faster.") },
    { "hours", QT_TRANSLATE_NOOP("TemplateStore", "Opening hours"),
      QT_TRANSLATE_NOOP("TemplateStore",
                        "Our team answers texts Monday to Friday, 9am to 6pm. We will get back to "
                        "you as soon as we are in.") },
    { "thanks", QT_TRANSLATE_NOOP("TemplateStore", "Thanks and rating"),
      QT_TRANSLATE_NOOP("TemplateStore",
                        "Thank you for contacting {{company}}, {{first_name}}! How did we do? "
                        "Reply with a number from 1 (poor) to 5 (great).") },
    { "bye", QT_TRANSLATE_NOOP("TemplateStore", "Closing"),
      QT_TRANSLATE_NOOP("TemplateStore",
                        "Glad I could help, {{first_name}}. Have a great day! {{agent_name}}") },
};

const char kColumns[] = "id, shortcut, title, body";

MessageTemplate readTemplate(const QSqlQuery &q)
{
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.shortcut = q.value(1).toString();
    t.title = q.value(2).toString();
    t.body = q.value(3).toString();
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
        "INSERT INTO templates (id, shortcut, title, body, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET shortcut = excluded.shortcut, "
        "title = excluded.title, body = excluded.body, updated_at = excluded.updated_at"));
    if (!upsert)
        return upsert.error();
    sql::bind(**upsert, { sql::orNull(t.id), t.shortcut, t.title, t.body, now, now });
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
    for (const DefaultTemplate &d : kDefaults) {
        MessageTemplate t;
        t.shortcut = QString::fromLatin1(d.shortcut);
        t.title = QCoreApplication::translate("TemplateStore", d.title);
        t.body = QCoreApplication::translate("TemplateStore", d.body);
        if (auto id = store.save(t); !id)
            return id.error();
    }
    return tx.commit();
}

} // namespace textdesk
