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
    QString category; // what the library files it under; may be empty
    QString language; // the customer's language it is written in ("de"); may be empty
    QString starterKey; // "greet:de" for a template of the starter set, else empty
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

    // The categories in use, sorted, without the empty one.
    Result<QStringList> categories();
    // Adds the starter set in `language` (StarterTemplates), in one transaction: a template of
    // the set that is already there (by its starter key) is skipped, and a shortcut another
    // template has gets the language as a suffix ("greet-de"). How many were added.
    Result<int> addStarterSet(const QString &language);

    // The starter set for a new team, in the UI's language, only if there are no templates yet.
    static Status seedDefaults(Database &db);

private:
    Database &m_db;
};

} // namespace textdesk
