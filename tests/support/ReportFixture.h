#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QTimeZone>

namespace textdesk::test {

// Report fixtures written straight into a real cache with SQL: agents, our numbers, customers,
// conversations with their times, survey answers with tags, agents' messages. Every insert
// fails the calling test (QVERIFY inside) on error; ids are returned.
class ReportFixture
{
public:
    explicit ReportFixture(Database &db, QTimeZone zone = QTimeZone("Europe/Berlin"));

    // A local time in the fixture's zone, "2026-03-10T10:00".
    qint64 at(const QString &local) const;

    qint64 agent(const QString &name);
    qint64 number(const QString &e164, const QString &friendlyName = {});
    qint64 tag(const QString &name);
    // A customer (with tags) and their conversation with our number.
    qint64 conversation(qint64 inbox, qint64 assignee, const QList<qint64> &tags = {});
    // First inbound at `inbound`, first reply `responseMinutes` later (none when < 0), resolved
    // `resolutionMinutes` after the inbound (not resolved when < 0).
    void times(qint64 conversation, qint64 inbound, double responseMinutes,
               double resolutionMinutes = -1);
    // A survey attempt sent at `sentAt`: answered with `score` unless score < -1 (sent, no
    // answer); `inferred` for a score read from words.
    qint64 response(qint64 conversation, const QString &kind, qint64 sentAt, int score,
                    bool inferred = false, const QString &comment = {},
                    const QList<qint64> &tags = {});
    // An agent's message (outbound) in a conversation.
    void sent(qint64 conversation, qint64 author, qint64 at);

    static constexpr int kNoAnswer = -2;

private:
    qint64 insert(const QString &sql, const QVariantList &values);
    Database &m_db;
    QTimeZone m_zone;
    qint64 m_survey = 0;
    int m_serial = 0;
};

} // namespace textdesk::test
