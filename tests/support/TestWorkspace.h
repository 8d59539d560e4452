#pragma once

#include "storage/Database.h"
#include "storage/Records.h"

#include <QTemporaryDir>

#include <memory>

namespace textdesk::test {

// A real cache file in a fresh temporary folder, removed afterwards.
class TestCache
{
public:
    TestCache();
    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Opens (and migrates) the cache as a writer; fails the calling test on error.
    std::unique_ptr<Database> open(Database::Role role = Database::Role::Writer) const;

private:
    QTemporaryDir m_dir;
};

// A message with sensible defaults for tests.
MessageRecord message(qint64 conversationId, const QString &sid, const QString &body,
                      Direction direction, qint64 createdAt);

} // namespace textdesk::test
