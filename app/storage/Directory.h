#pragma once

#include "Database.h"

#include <QHash>
#include <QList>

namespace textdesk {

// The small lists the workstation's filters and labels need: our numbers, tags, agents.
namespace Directory {

struct Inbox
{
    qint64 id = 0;
    QString e164;
    QString friendlyName;
};
struct Tag
{
    qint64 id = 0;
    QString name;
};

Result<QList<Inbox>> inboxes(Database &db);
Result<QList<Tag>> tags(Database &db);
Result<QHash<qint64, QString>> agentNames(Database &db);
// Unread messages over all conversations (the window title and the tray).
Result<int> unreadTotal(Database &db);

} // namespace Directory
} // namespace textdesk
