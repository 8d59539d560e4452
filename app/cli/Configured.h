#pragma once

#include "engine/SyncEngine.h"
#include "workspace/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <memory>

class QTextStream;

namespace textdesk::cli {

// A workspace with a provider, its settings and the secret: what `sync`, `send` and `serve`
// need.
struct Configured
{
    std::unique_ptr<Workspace> workspace;
    ProviderSettings settings;
    QByteArray secret;

    // The engine's settings for this workspace: its provider, media folder, history horizon.
    engine::EngineSettings engineSettings() const;
};

// The secret systemd hands to `textdesk serve` (LoadCredential=textdesk-auth-token:…); empty
// outside such a service.
QByteArray serviceCredential();

// Opens it; on failure says why on `err` and returns the exit code (CommandLine::Ok otherwise).
int openConfigured(const QString &directory, Configured &configured, QTextStream &err);

} // namespace textdesk::cli
