#pragma once

#include "TemplateStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace textdesk {

// The template library as a JSON file (docs/templates.md):
//   {"format": "textdesk-templates", "version": 1,
//    "templates": [{"shortcut", "title", "body", "category", "language"}, …]}
class TemplateJson
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::TemplateJson)
public:
    static QByteArray write(const QList<MessageTemplate> &templates);

    struct Parsed
    {
        QList<MessageTemplate> templates;
        // One line per bad entry, naming it by its position (1 = the first), in words.
        QStringList errors;
        bool ok() const { return errors.isEmpty(); }
    };
    // Checks the whole file; any error means nothing of it may be imported.
    static Parsed read(const QByteArray &json);

    struct Imported
    {
        int added = 0;
        int updated = 0; // a template with the same shortcut was replaced
        QStringList errors; // nothing was imported when not empty
    };
    // read() and then, all or nothing in one transaction, each template saved (replacing the
    // one with its shortcut).
    static Imported import(Database &db, const QByteArray &json);
};

} // namespace textdesk
