#pragma once

#include <QtCore/QByteArray>

namespace textdesk::EnvironmentSecret {

// Secrets given through the environment, for headless use and machines without a keychain:
//   TEXTDESK_AUTH_TOKEN          the account's secret (Auth Token, or the API key's secret)
//   TEXTDESK_WEBHOOK_AUTH_TOKEN  the Auth Token that signs webhooks, when the secret above is
//                                an API key's
// Each is read once and removed from the environment, so that no program Textdesk starts (a
// file viewer, a browser, a helper) inherits it; later calls answer what was read. A value
// set again later (tests) replaces it.

// Reads and removes both now: call first thing, before anything can start a child.
void takeAll();
QByteArray authToken();
QByteArray webhookToken();
// Forgets what was read (tests).
void forget();

} // namespace textdesk::EnvironmentSecret
