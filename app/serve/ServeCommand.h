#pragma once

#include <QtCore/QStringList>

class QTextStream;

namespace textdesk::serve {

// `textdesk serve --workspace DIR`: the engine without a window, until SIGTERM or SIGINT.
// Exit codes: 0 stopped by a signal with everything committed; 1 the cache or the engine
// failed; 2 usage (no provider configured, no secret, bad option).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace textdesk::serve
