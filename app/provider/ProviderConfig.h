#pragma once

#include "RetryPolicy.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace textdesk::provider {

// Who we are to the provider. The secret lives here in memory only: never in settings, logs or
// the database (the UI keeps it in the OS keychain).
struct ProviderCredentials
{
    QString accountSid; // AC…, always in the path
    QString apiKeySid; // SK…; empty: authenticate with the Account SID and Auth Token
    QByteArray secret; // the Auth Token, or the API key's secret

    QString user() const { return apiKeySid.isEmpty() ? accountSid : apiKeySid; }
    static bool isAccountSid(const QString &sid);
    static bool isApiKeySid(const QString &sid);
};

// How to reach a provider account, whichever provider it is: what the workspace, the command
// line, the GUI's session and `textdesk serve` hand to engine::makeProvider, the one place that
// picks the implementation.
struct ProviderConfig
{
    QUrl baseUrl = defaultBaseUrl(); // a regional edge, or the simulator
    ProviderCredentials credentials;
    RetryPolicy retry;
    // Where outgoing MMS files are uploaded (POST of the bytes with their Content-Type, answered
    // by JSON {"url": "…"}): the training simulator's /sim/media, or the company's own file
    // host. The provider's Messages API has no upload of its own. Empty: pictures cannot be
    // sent. The account's credentials go only to an upload URL on the provider's own origin.
    QUrl mediaUploadUrl;

    // The provider's public API, when a workspace names no other.
    static QUrl defaultBaseUrl();
};

} // namespace textdesk::provider
