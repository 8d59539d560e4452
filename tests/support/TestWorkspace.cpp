#include "TestWorkspace.h"

#include <QTest>

namespace textdesk::test {

TestCache::TestCache()
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

std::unique_ptr<Database> TestCache::open(Database::Role role) const
{
    auto db = Database::open(path(), role);
    if (!db) {
        qWarning().noquote() << db.error().details();
        return nullptr;
    }
    return std::move(*db);
}

MessageRecord message(qint64 conversationId, const QString &sid, const QString &body, Direction direction,
                      qint64 createdAt)
{
    MessageRecord m;
    m.conversationId = conversationId;
    m.sid = sid;
    m.body = body;
    m.direction = direction;
    m.status = direction == Direction::Inbound ? QStringLiteral("received") : QStringLiteral("delivered");
    m.createdAt = createdAt;
    m.updatedAt = createdAt;
    return m;
}

} // namespace textdesk::test
