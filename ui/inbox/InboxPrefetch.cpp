#include "InboxPrefetch.h"

#include "phone/PhoneNumbers.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace textdesk {

namespace {
bool sameFilter(const InboxFilter &a, const InboxFilter &b)
{
    return a.status == b.status && a.assigneeId == b.assigneeId && a.inboxId == b.inboxId
        && a.tagId == b.tagId && a.inboxIds == b.inboxIds;
}
} // namespace

InboxPrefetch::InboxPrefetch(const QString &cachePath, const InboxFilter &filter, int limit)
    : m_filter(filter)
{
    m_phoneNumbers = std::async(std::launch::async, [] { PhoneNumbers::load(); });
    m_page = std::async(std::launch::async,
                        [cachePath, filter, limit]() -> std::optional<QList<ConversationSummary>> {
                            // Opened, used and closed on this thread: a connection is never
                            // shared between threads.
                            auto db = Database::open(cachePath, Database::Role::Reader);
                            if (!db)
                                return std::nullopt;
                            auto page = MessageStore(**db).inboxPage(filter, std::nullopt, limit);
                            if (!page)
                                return std::nullopt;
                            return std::move(*page);
                        });
}

InboxPrefetch::~InboxPrefetch()
{
    if (m_page.valid())
        m_page.wait();
    if (m_phoneNumbers.valid())
        m_phoneNumbers.wait();
}

std::optional<QList<ConversationSummary>> InboxPrefetch::take(const InboxFilter &filter)
{
    if (!m_page.valid() || !sameFilter(filter, m_filter))
        return std::nullopt; // the destructor waits for it
    return m_page.get();
}

} // namespace textdesk
