#include "StdinSecret.h"

#include <algorithm>
#include <cstdio>

namespace textdesk::cli {

QString firstStdinLine()
{
    char buffer[4096] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    QString line = read ? QString::fromUtf8(buffer) : QString();
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace textdesk::cli
