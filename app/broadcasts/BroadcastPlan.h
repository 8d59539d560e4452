#pragma once

#include "compliance/QuietHours.h"
#include "storage/BroadcastStore.h"
#include "storage/Database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

namespace textdesk::broadcasts {

// Why a recipient is skipped (broadcast_recipients.reason), or held (quiet_hours).
namespace Reason {
inline QString optedOut()
{
    return QStringLiteral("opted_out");
}
// Asked to stop in other words, not yet answered by an agent (Consent::proactiveRefusalFor).
inline QString revocationPending()
{
    return QStringLiteral("revocation_pending");
}
inline QString invalidNumber()
{
    return QStringLiteral("invalid_number");
}
inline QString duplicate()
{
    return QStringLiteral("duplicate");
}
inline QString missingVariable()
{
    return QStringLiteral("missing_variable");
}
inline QString refused()
{
    return QStringLiteral("refused"); // the outbox refused it when its turn came
}
inline QString quietHours()
{
    return QStringLiteral("quiet_hours"); // held, not skipped: goes when the window opens
}
} // namespace Reason

// Who a broadcast goes to: the customers with a tag, or a CSV with a number column (recognised
// as the contact import recognises it: "phone", "number", "Telefon", …) whose other columns are
// template variables by their header ("Order ID" → {{order_id}}).
struct Audience
{
    QString tag; // when set, the customers with this tag
    QByteArray csv; // else the file's bytes
    QString csvName; // for the broadcast's record ("csv:<name>")
};

struct PlanRequest
{
    QString name; // the template's name, for the record and the report
    QString body; // the template body (TemplateFiller)
    QString from; // our sending number
    double rate = 1.0; // messages per second from that number
    Audience audience;
    QString region; // how numbers without +country are read ("US")
    QString ourCompany; // {{company}}
    QString defaultTimeZone; // quiet hours when neither profile nor number says
    compliance::QuietHours quietHours;
};

struct PlannedRecipient
{
    int line = 0; // CSV line (1-based, the header is 1); 0 for a tag
    QString number; // E.164 when valid, else as written
    QString text; // the personalised message (the preview)
    QString timeZone; // the customer's, for quiet hours
    bool skipped = false;
    QString reason; // Reason::…; quiet_hours for one held (not skipped)
    QString detail; // the words for a person (why the number is invalid, which variables)
    qint64 notBefore = 0; // held until the window opens
};

struct Plan
{
    QString error; // the audience cannot be read at all (translated); empty when planned
    QList<PlannedRecipient> recipients;
    int eligible = 0; // will be sent (held ones included)
    int held = 0; // of those, waiting for the customer's quiet hours
    QHash<QString, int> skipped; // by reason
    bool ok() const { return error.isEmpty(); }
};

// Plans a broadcast: each recipient's text from the one renderer, and who is skipped and why
// (invalid number, duplicate, opted out, a request to stop awaiting an agent's answer, a
// variable without a value); a recipient in quiet
// hours is held until the window opens. Reads only.
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::broadcasts::Planner)
public:
    static Plan plan(Database &db, const PlanRequest &request, qint64 nowMs);
    // Stores the broadcast and its recipients (one transaction), ready for a BroadcastRunner;
    // its id. Refused in words when the plan has no one to send to.
    static Result<qint64> create(Database &db, const PlanRequest &request, const Plan &plan,
                                 qint64 nowMs);
    // The words for a reason ("Opted out", "Invalid number", …).
    static QString reasonText(const QString &reason);
};

} // namespace textdesk::broadcasts
