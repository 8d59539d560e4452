#pragma once

#include <QtCore/QString>

namespace textdesk::compliance {

// Revocation in other words. Since the FCC's 2024 order (47 CFR 64.1200(a)(10), compliance.md)
// a customer may revoke consent "by any reasonable means": "please stop texting me", "bitte
// keine SMS mehr", "dejen de escribirme", "plus de SMS svp". Carriers act only on the bare
// keywords (storage/ConsentKeywords); a sentence like these is flagged for the agent to confirm
// as an opt-out, never acted on by itself, so the matcher leans to recall while keeping clear
// of everyday phrases ("can you stop by", "don't stop the delivery", "ich bekomme keine SMS
// mehr"). English, German, Spanish and French; case, accents and punctuation do not matter,
// and the phrase may be anywhere in a longer message.
namespace RevocationPhrases {

// The sentence of `body` that reads as a request to stop messages (as the customer wrote it,
// trimmed, at most 160 characters), or empty when none does. A bare carrier keyword ("STOP")
// is not returned: the keyword itself opts the customer out.
QString find(const QString &body);

// `text` in the form the patterns are written for: lower case, without accents, ß as ss, and
// every run of other characters than letters and digits as one space.
QString normalized(const QString &text);

} // namespace RevocationPhrases
} // namespace textdesk::compliance
