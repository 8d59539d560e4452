#pragma once

#include <QCoreApplication>
#include <QString>

namespace textdesk {

// Why a message failed and what the agent can do about it, in words, for the provider's
// common error codes (provider-api.md: 21211…21617 at create, 30001…30008 on delivery). The
// provider's own words ("Message filtered") are carrier jargon; they stay as a fallback for
// codes without advice.
class FailureAdvice
{
    Q_DECLARE_TR_FUNCTIONS(FailureAdvice)
public:
    // One or two sentences: what it means, then what to do. Empty when the code has none.
    static QString forCode(int code);
    // forCode() with the code named, else the provider's text, else "no reason given".
    static QString describe(int code, const QString &providerMessage);
    // Whether sending the same text again can help (not for a landline, an opt-out, …).
    static bool retryMayHelp(int code);
};

} // namespace textdesk
