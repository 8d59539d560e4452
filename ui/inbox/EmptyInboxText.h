#pragma once

#include <QCoreApplication>
#include <QString>

namespace textdesk {

// Why the inbox list is empty and what to do, for the filters the agent chose (issue 22:
// an empty list must never look like a broken one).
class EmptyInboxText
{
    Q_DECLARE_TR_FUNCTIONS(EmptyInboxText)
public:
    struct Filters
    {
        QString view; // all, mine, unassigned, agent (a colleague's)
        QString agent; // the colleague's name, for "agent"
        QString status; // open, pending, snoozed, resolved; empty: any
        QString number; // the chosen number's label; empty: all
        QString tag; // the chosen tag; empty: any
    };
    static QString explain(const Filters &filters);
};

} // namespace textdesk
