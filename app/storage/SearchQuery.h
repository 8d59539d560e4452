#pragma once

#include <QString>

namespace textdesk::SearchQuery {

enum class Prefix { None, LastTerm };

// Turns what a person typed into a safe FTS5 query: words must all occur (any order), text in
// double quotes is a phrase, nothing the user types can become FTS5 syntax. Empty when there is
// nothing to search for.
QString toFts(const QString &typed, Prefix prefix = Prefix::None);

// The digits of a phone-number-like input ("+1 (415) 555-01"), or empty if it is not one.
QString digitsOf(const QString &typed);

} // namespace textdesk::SearchQuery
