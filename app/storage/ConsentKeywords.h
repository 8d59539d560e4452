#pragma once

#include <QString>

// The carrier keywords alone, without the database: the survey parser and its fuzz target use it.
namespace textdesk::Consent {

// "opted_out" for STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT; "opted_in" for
// START, UNSTOP, YES; empty otherwise. The whole message must be the keyword (case and
// surrounding spaces or a full stop do not matter), as carriers match it.
QString stateForKeyword(const QString &body);

} // namespace textdesk::Consent
