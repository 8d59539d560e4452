#include "RevocationHoldNote.h"

#include "storage/ConversationActions.h"

#include <QtCore/QCoreApplication>

namespace textdesk::compliance::RevocationHoldNote {

QString text(const QString &what)
{
    return QCoreApplication::translate(
               "textdesk::compliance::RevocationHoldNote",
               "%1 held: the customer asked to stop messages. It goes out when an agent answers "
               "“Not a request”, and is cancelled on “Opt out”.")
        .arg(what);
}

Status add(Database &db, qint64 conversationId, const QString &what, qint64 nowMs)
{
    auto note = ConversationActions::addNote(db, conversationId, text(what), 0, nowMs);
    if (!note)
        return note.error();
    return success();
}

} // namespace textdesk::compliance::RevocationHoldNote
