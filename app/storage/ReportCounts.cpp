#include "ReportCounts.h"

#include "Statement.h"

namespace textdesk::ReportCounts {

Result<QStringList> suspend(Database &db)
{
    Statement triggers(db,
                       QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                      "'trigger' AND tbl_name = 'messages' AND name LIKE "
                                      "'agent_message_days_%'"));
    if (!triggers.prepared())
        return triggers.prepared().error();
    QStringList names;
    QStringList creates;
    Statement::Step step;
    while ((step = triggers.step()) == Statement::Step::Row) {
        names << triggers.text(0);
        creates << triggers.text(1);
    }
    if (step == Statement::Step::Error)
        return triggers.error();
    triggers.reset();
    for (const QString &name : std::as_const(names)) {
        if (auto s = db.execOnce(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)); !s)
            return s.error();
    }
    return creates;
}

Status resume(Database &db, const QStringList &triggers)
{
    if (triggers.isEmpty())
        return success();
    if (auto s = db.execOnce(QStringLiteral(
            "INSERT INTO agent_message_days (day, conversation_id, author_id, messages, "
            "first_id, last_id) SELECT id / 88473600000, conversation_id, coalesce(author_id, "
            "0), count(*), min(id), max(id) FROM messages WHERE direction = 'outbound' GROUP BY "
            "1, 2, 3"));
        !s)
        return s;
    for (const QString &sql : triggers) {
        if (auto s = db.execOnce(sql); !s)
            return s;
    }
    return success();
}

} // namespace textdesk::ReportCounts
