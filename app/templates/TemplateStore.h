#pragma once

#include "storage/Database.h"

#include <QList>
#include <QString>

namespace textdesk {

// A canned reply an agent inserts by typing "/shortcut" in the composer.
struct MessageTemplate
{
    qint64 id = 0; // 0 until saved
    QString shortcut; // what follows the "/", without it
    QString title;
    QString body; // may hold `{{variables}}` (see TemplateFiller)
};

// The templates to offer for what the agent typed after "/": shortcut starts with it, then
// title starts with it, then shortcut or title contains it (case-insensitive, any language);
// by shortcut within each group. An empty `text` offers all. Shared by the store and the
// composer's popup, which filters the list it was given without a query per keystroke.
QList<MessageTemplate> matchTemplates(const QList<MessageTemplate> &templates, const QString &text,
                                      int limit);

// The team's message templates (table `templates`).
class TemplateStore
{
public:
    explicit TemplateStore(Database &db)
        : m_db(db)
    { }

    // Every template, by shortcut.
    Result<QList<MessageTemplate>> all();
    // At most `limit` templates matching `prefix` as matchTemplates() orders them.
    Result<QList<MessageTemplate>> matching(const QString &prefix, int limit);
    // Inserts a template (id 0, or an id not in the table) or updates the one with its id; its
    // id. The shortcut is trimmed and loses a leading "/"; an empty shortcut, title or body is
    // refused, and so is a shortcut another template has.
    Result<qint64> save(MessageTemplate messageTemplate);
    // Removing a template that does not exist is not an error.
    Status remove(qint64 id);

    // A few useful templates for a new team, in the UI's language, only if there are none yet.
    static Status seedDefaults(Database &db);

private:
    Database &m_db;
};

} // namespace textdesk
