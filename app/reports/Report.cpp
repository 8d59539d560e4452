#include "Report.h"

namespace textdesk::reports {

namespace {
const char *const kKinds[] = { "csat", "nps", "ces", "response-times" };
const char *const kGroupings[] = { "none", "agent", "number", "tag", "day", "week", "month" };
} // namespace

QString kindName(Kind kind)
{
    return QString::fromLatin1(kKinds[int(kind)]);
}

bool kindFromName(const QString &name, Kind *kind)
{
    for (int i = 0; i < int(std::size(kKinds)); ++i) {
        if (name == QLatin1String(kKinds[i])) {
            *kind = Kind(i);
            return true;
        }
    }
    return false;
}

QString groupingName(Grouping grouping)
{
    return QString::fromLatin1(kGroupings[int(grouping)]);
}

bool groupingFromName(const QString &name, Grouping *grouping)
{
    for (int i = 0; i < int(std::size(kGroupings)); ++i) {
        if (name == QLatin1String(kGroupings[i])) {
            *grouping = Grouping(i);
            return true;
        }
    }
    return false;
}

bool isTimeGrouping(Grouping grouping)
{
    return grouping == Grouping::Day || grouping == Grouping::Week || grouping == Grouping::Month;
}

qint64 Query::fromMs() const
{
    return from.startOfDay(zone).toMSecsSinceEpoch();
}

qint64 Query::toMs() const
{
    return to.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
}

bool Row::hasData() const
{
    return sent || firstResponse.count || resolution.count || messages;
}

} // namespace textdesk::reports
