#pragma once

#include "storage/Consent.h"
#include "storage/States.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>

namespace textdesk::compliance {

// A customer's consent history in words (the profile shows it) and as a CSV file (a record to
// hand over when asked how consent was obtained or revoked: compliance.md).
class ConsentExport
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::compliance::ConsentExport)
public:
    // "Opted out", "Opted in", "Consent unknown".
    static QString stateText(const QString &state);
    static QString stateText(ConsentState state); // the one place these words are (StatusText)
    // How: "Texted STOP", "The provider refused a message (21610)", "Set by an agent", …
    static QString howText(const Consent::Event &event);
    // Who: "The customer", "The provider", "An agent", "An import".
    static QString whoText(const Consent::Event &event);

    // UTF-8 with a BOM, RFC 4180 (CRLF, quotes doubled), a header line, one line per event,
    // oldest first; text cells beginning with = + - @ tab or CR get a leading ' (the reports'
    // rule, reports::ReportExport::cell), so a spreadsheet never runs them as a formula.
    static QByteArray csv(const QString &customerE164, const QList<Consent::Event> &events);
};

} // namespace textdesk::compliance
