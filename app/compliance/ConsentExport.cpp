#include "ConsentExport.h"

#include "reports/ReportExport.h"
#include "storage/States.h"

#include <QtCore/QDateTime>

namespace textdesk::compliance {

QString ConsentExport::stateText(const QString &state)
{
    return stateText(consentStateFromString(state));
}

QString ConsentExport::stateText(ConsentState state)
{
    switch (state) {
    case ConsentState::OptedIn:
        return tr("Opted in");
    case ConsentState::OptedOut:
        return tr("Opted out");
    case ConsentState::Unknown:
        break;
    }
    return tr("Consent unknown");
}

QString ConsentExport::howText(const Consent::Event &event)
{
    if (event.source == QLatin1String("keyword"))
        return event.keyword.isEmpty() ? tr("By text message") : tr("Texted %1").arg(event.keyword);
    if (event.source == QLatin1String("provider"))
        return tr("The provider refused a message to an unsubscribed number (21610)");
    if (event.source == QLatin1String("agent"))
        return tr("Set by an agent");
    if (event.source == QLatin1String("import"))
        return tr("Imported");
    return event.source;
}

QString ConsentExport::whoText(const Consent::Event &event)
{
    if (event.source == QLatin1String("keyword"))
        return tr("The customer");
    if (event.source == QLatin1String("provider"))
        return tr("The provider");
    if (event.source == QLatin1String("agent"))
        return tr("An agent");
    if (event.source == QLatin1String("import"))
        return tr("An import");
    return {};
}

QByteArray ConsentExport::csv(const QString &customerE164, const QList<Consent::Event> &events)
{
    using reports::ReportExport;
    QByteArray out("\xEF\xBB\xBF");
    out += "customer,occurred_at_utc,state,how,keyword,message,our_number,who\r\n";
    for (const Consent::Event &e : events) {
        const QString when
            = QDateTime::fromMSecsSinceEpoch(e.occurredAt, Qt::UTC).toString(Qt::ISODateWithMs);
        const QList<QByteArray> cells {
            ReportExport::cell(customerE164), ReportExport::cell(when, false),
            ReportExport::cell(e.state),      ReportExport::cell(howText(e)),
            ReportExport::cell(e.keyword),    ReportExport::cell(e.messageBody),
            ReportExport::cell(e.ourNumber),  ReportExport::cell(whoText(e)),
        };
        out += cells.join(',') + "\r\n";
    }
    return out;
}

} // namespace textdesk::compliance
