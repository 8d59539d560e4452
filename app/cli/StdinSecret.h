#pragma once

#include <QString>

namespace textdesk::cli {

// The first line of standard input (without its line end), for --password-stdin: never an
// argument or the environment, which end up in shell history, process listings and crash
// reports. The read buffer is wiped.
QString firstStdinLine();

} // namespace textdesk::cli
