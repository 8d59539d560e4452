#pragma once

#include "Report.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace textdesk::reports {

// Runs a report: its rows (every period of a time grouping, empty ones included; otherwise the
// agents, numbers or tags that have figures) with their labels, and the total over them.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::reports::Reports)
public:
    static Result<Report> run(Database &db, const Query &query);
    // The conversations and answers behind a row of the report's grouping (its Row::key).
    // (the newest kDrillLimit)
    static constexpr int kDrillLimit = 500;
    static Result<QList<Item>> items(Database &db, const Query &query, qint64 key);
    // The words a person reads for a kind, a grouping, a figure's missing value.
    static QString title(Kind kind);
    static QString groupingTitle(Grouping grouping);
};

} // namespace textdesk::reports
