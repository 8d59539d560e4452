#pragma once

#include "storage/Records.h"

#include <QList>
#include <QString>

#include <future>
#include <optional>

namespace textdesk {

// Start-up work that does not need the GUI thread, done beside it while the window builds its
// widgets: the inbox's first page, read through a connection of its own (the cache's pages
// are scattered over a large file, so the read costs about the same as building the widgets),
// and libphonenumber's metadata, which every number on screen needs. The destructor waits for
// both, so nothing outlives the window that started it.
class InboxPrefetch
{
public:
    InboxPrefetch(const QString &cachePath, const InboxFilter &filter, int limit);
    ~InboxPrefetch();
    InboxPrefetch(const InboxPrefetch &) = delete;
    InboxPrefetch &operator=(const InboxPrefetch &) = delete;

    // The first page for this filter, once (waiting for it if need be); std::nullopt when it
    // was read for another filter or could not be read: the caller reads it as usual, and a
    // reason to show comes from that read.
    std::optional<QList<ConversationSummary>> take(const InboxFilter &filter);

private:
    InboxFilter m_filter;
    std::future<void> m_phoneNumbers;
    std::future<std::optional<QList<ConversationSummary>>> m_page;
};

} // namespace textdesk
