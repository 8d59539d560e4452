// "Messages and conversations handled" come from counts the cache keeps per UTC day,
// conversation and author (agent_message_days, migration 14). Checked here against the messages
// themselves, counted one by one in C++: every grouping and filter in zones whose days do not
// begin at midnight UTC (DST days, +5:30, +12:45), and the counts after each writer: the message
// store, a deletion, an agent deleted, an erasure, a bulk import (into an empty cache and not),
// a history import, and the migration of a cache that already held messages.
#include "ReportFixture.h"
#include "TestWorkspace.h"
#include "contacts/HistoryImport.h"
#include "reports/Reports.h"
#include "storage/BulkImporter.h"
#include "storage/Erasure.h"
#include "storage/MessageStore.h"
#include "storage/Migrations.h"
#include "storage/Records.h"

#include <QFile>
#include <QTest>

#include <ctime>
#include <map>
#include <random>
#include <set>

using namespace textdesk;
using namespace textdesk::reports;

namespace {

struct Counted
{
    int messages = 0;
    std::set<qint64> conversations;
};

// The figures of `q` counted from the messages one by one, with Qt's own local dates: group →
// (messages, conversations), and the total under key -1.
std::map<qint64, std::pair<int, int>> expected(Database &db, const Query &q)
{
    std::map<qint64, std::vector<qint64>> tagsOf;
    for (const QString &line :
         test::rows(db, QStringLiteral("SELECT contact_id, tag_id FROM contact_tags"))) {
        const QStringList f = line.split(QLatin1Char('|'));
        tagsOf[f.at(0).toLongLong()].push_back(f.at(1).toLongLong());
    }
    std::map<qint64, Counted> groups;
    Counted total;
    const QDate epoch(1970, 1, 1);
    for (const QString &line :
         test::rows(db,
                    QStringLiteral("SELECT m.id, m.conversation_id, coalesce(m.author_id, 0), "
                                   "c.inbox_id, c.contact_id FROM messages m JOIN conversations c "
                                   "ON c.id = m.conversation_id WHERE m.direction = 'outbound'"))) {
        const QStringList f = line.split(QLatin1Char('|'));
        const qint64 ms = f.at(0).toLongLong() / MessageId::kSlotsPerMs;
        const qint64 conversation = f.at(1).toLongLong();
        const qint64 author = f.at(2).toLongLong();
        const qint64 inbox = f.at(3).toLongLong();
        const std::vector<qint64> tags = tagsOf[f.at(4).toLongLong()];
        const bool tagged = std::find(tags.begin(), tags.end(), q.tagId) != tags.end();
        if (ms < q.fromMs() || ms >= q.toMs() || (q.agentId && author != q.agentId)
            || (q.inboxId && inbox != q.inboxId) || (q.tagId && !tagged))
            continue;
        ++total.messages;
        total.conversations.insert(conversation);
        const QDate day = QDateTime::fromMSecsSinceEpoch(ms, q.zone).date();
        std::vector<qint64> keys;
        switch (q.grouping) {
        case Grouping::None:
            keys = { 0 };
            break;
        case Grouping::Agent:
            keys = { author };
            break;
        case Grouping::Number:
            keys = { inbox };
            break;
        case Grouping::Tag:
            for (qint64 t : tags) {
                if (!q.tagId || t == q.tagId)
                    keys.push_back(t);
            }
            break;
        case Grouping::Day:
            keys = { epoch.daysTo(day) };
            break;
        case Grouping::Week:
            keys = { (epoch.daysTo(day) + 3) / 7 };
            break;
        case Grouping::Month:
            keys = { (day.year() - 1970) * 12LL + day.month() - 1 };
            break;
        }
        for (qint64 key : keys) {
            ++groups[key].messages;
            groups[key].conversations.insert(conversation);
        }
    }
    std::map<qint64, std::pair<int, int>> out;
    for (const auto &[key, c] : groups)
        out[key] = { c.messages, int(c.conversations.size()) };
    out[-1] = { total.messages, int(total.conversations.size()) };
    return out;
}

// The same from the report.
std::map<qint64, std::pair<int, int>> reported(Database &db, const Query &q)
{
    std::map<qint64, std::pair<int, int>> out;
    auto report = Reports::run(db, q);
    if (!report) {
        qWarning() << report.error().details();
        return out;
    }
    for (const Row &row : report->rows) {
        if (row.messages || row.conversations)
            out[row.key] = { row.messages, row.conversations };
    }
    out[-1] = { report->total.messages, report->total.conversations };
    return out;
}

QString describe(const std::map<qint64, std::pair<int, int>> &figures)
{
    QStringList parts;
    for (const auto &[key, f] : figures)
        parts << QStringLiteral("%1: %2 in %3").arg(key).arg(f.first).arg(f.second);
    return parts.join(QStringLiteral(", "));
}

// The kept counts against the messages: one row per (UTC day, conversation, author) with
// messages, the right count, bounds around its first and last message. Empty when sound.
QStringList unsoundCounts(Database &db)
{
    const QString actual
        = QStringLiteral("SELECT day, conversation_id, author_id, messages, first_id, last_id FROM "
                         "agent_message_days");
    const QString truth
        = QStringLiteral("SELECT id / %1 AS day, conversation_id, coalesce(author_id, 0) AS "
                         "author_id, count(*) AS messages, min(id) AS lo, max(id) AS hi FROM "
                         "messages WHERE direction = 'outbound' GROUP BY 1, 2, 3")
              .arg(MessageId::kSlotsPerMs * 86400000LL);
    QStringList problems = test::rows(
        db,
        QStringLiteral("SELECT 'kept', a.* FROM (%1) a LEFT JOIN (%2) t USING (day, "
                       "conversation_id, author_id) WHERE t.messages IS NULL OR t.messages <> "
                       "a.messages OR a.first_id > t.lo OR a.last_id < t.hi OR a.first_id / %3 "
                       "<> a.day OR a.last_id / %3 <> a.day")
            .arg(actual, truth)
            .arg(MessageId::kSlotsPerMs * 86400000LL));
    problems << test::rows(db,
                           QStringLiteral("SELECT 'missing', t.* FROM (%2) t LEFT JOIN (%1) a "
                                          "USING (day, conversation_id, author_id) WHERE "
                                          "a.messages IS NULL")
                               .arg(actual, truth));
    return problems;
}

} // namespace

class TestReportCounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyGroupingAndFilterInEveryZone();
    void messageStoreDeletionAndAgentDeleted();
    void erasure();
    void bulkImportIntoEmptyAndFilledCache();
    void historyImport();
    void migrationCountsExistingMessages();

private:
    // The report's figures equal the messages' for a year and a month, every grouping.
    void checkFigures(Database &db, const QByteArray &zone = QTimeZone::systemTimeZone().id());
    // A busy little workspace: conversations with agents' messages around midnights (UTC and
    // local), on DST days, by several agents and by none, customers' messages and notes.
    void fill(Database &db, int conversations, quint64 seed);

    QList<qint64> m_agents;
    QList<qint64> m_inboxes;
    QList<qint64> m_tags;
    qint64 m_next = 100000; // contacts' and conversations' ids
    int m_serial = 0; // messages' tie-breakers
};

void TestReportCounts::initTestCase()
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCOMPARE(QTimeZone::systemTimeZone().id(), QByteArray("Europe/Berlin"));
}

void TestReportCounts::fill(Database &db, int conversations, quint64 seed)
{
    auto run = [&](const QString &sql) {
        const auto s = db.execOnce(sql);
        if (!s)
            qWarning() << s.error().details();
        return bool(s);
    };
    auto ids = [&](const char *table) {
        QList<qint64> list;
        for (const QString &id : test::rows(
                 db, QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table))))
            list << id.toLongLong();
        return list;
    };
    if (ids("inboxes").isEmpty()) {
        test::ReportFixture f(db);
        f.agent(QStringLiteral("Ana"));
        f.agent(QStringLiteral("Ben"));
        f.agent(QStringLiteral("Cleo"));
        f.number(QStringLiteral("+15550000001"));
        f.number(QStringLiteral("+15550000002"));
        f.tag(QStringLiteral("vip"));
        f.tag(QStringLiteral("late"));
    }
    m_agents = ids("agents");
    m_inboxes = ids("inboxes");
    m_tags = ids("tags");
    for (const char *table : { "contacts", "conversations" }) {
        if (const QList<qint64> taken = ids(table); !taken.isEmpty())
            m_next = std::max(m_next, taken.last());
    }
    QVERIFY(m_agents.size() >= 2 && m_inboxes.size() >= 2 && m_tags.size() >= 2);
    std::mt19937_64 rng(seed);
    const qint64 start = QDate(2026, 1, 1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 hour = 3600000;
    // Times near the days' edges: UTC midnight and the local midnights of the zones checked.
    const qint64 edges[] = { 0,
                             -1,
                             1,
                             23 * hour,
                             22 * hour,
                             5 * hour,
                             4 * hour,
                             18 * hour + 1800000,
                             11 * hour + 900000,
                             12 * hour };
    // Around the DST days of Berlin (29 March, 25 October) and New York (8 March, 1 November),
    // around the months' ends, and anywhere in the year.
    const QDate days[]
        = { QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 10, 25), QDate(2026, 3, 8),
            QDate(2026, 11, 1), QDate(2026, 2, 28), QDate(2026, 3, 31),  QDate(2026, 12, 31) };
    for (int i = 0; i < conversations; ++i) {
        const qint64 c = ++m_next;
        QVERIFY(run(QStringLiteral("INSERT INTO contacts (id, e164, created_at, updated_at) "
                                   "VALUES (%1, '+1416%2', 0, 0)")
                        .arg(c)
                        .arg(c, 7, 10, QLatin1Char('0'))));
        for (qint64 t : std::as_const(m_tags)) {
            if (rng() % 3 == 0)
                QVERIFY(run(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) "
                                           "VALUES (%1, %2)")
                                .arg(c)
                                .arg(t)));
        }
        QVERIFY(run(QStringLiteral("INSERT INTO conversations (id, contact_id, inbox_id, "
                                   "assignee_id, last_activity_at, created_at) VALUES (%1, %1, "
                                   "%2, %3, 0, 0)")
                        .arg(c)
                        .arg(m_inboxes.at(int(rng() % 2)))
                        .arg(m_agents.at(int(rng() % 2)))));
        qint64 at = rng() % 2
            ? days[rng() % 8].startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() + edges[rng() % 10]
            : start + qint64(rng() % (365 * 24)) * hour;
        const int messages = 1 + int(rng() % 8);
        for (int m = 0; m < messages; ++m) {
            at += qint64(rng() % 4) * 20 * 60000 + qint64(rng() % 1000);
            const int what = int(rng() % 10);
            const QString direction = what < 6 ? QStringLiteral("outbound")
                : what < 9                     ? QStringLiteral("inbound")
                                               : QStringLiteral("note");
            // An agent's, or (6th) sent elsewhere with no agent recorded.
            const QString author = what < 5
                ? QString::number(m_agents.at(int(rng() % quint64(m_agents.size()))))
                : QStringLiteral("NULL");
            QVERIFY(
                run(QStringLiteral("INSERT INTO messages (id, conversation_id, direction, "
                                   "body, status, author_id, created_at, updated_at) VALUES "
                                   "(%1, %2, '%3', 'x', 'delivered', %4, %5, %5)")
                        .arg(at * MessageId::kSlotsPerMs + (++m_serial % MessageId::kSlotsPerMs))
                        .arg(c)
                        .arg(direction, author)
                        .arg(at)));
        }
    }
}

void TestReportCounts::checkFigures(Database &db, const QByteArray &zone)
{
    QVERIFY2(unsoundCounts(db).isEmpty(), qPrintable(unsoundCounts(db).join(u'\n')));
    const std::pair<QDate, QDate> ranges[] = {
        { QDate(2026, 1, 1), QDate(2026, 12, 31) },
        { QDate(2026, 3, 1), QDate(2026, 3, 31) },
        { QDate(2026, 3, 29), QDate(2026, 3, 29) },
    };
    for (const auto &[from, to] : ranges) {
        for (Grouping g : { Grouping::None, Grouping::Agent, Grouping::Number, Grouping::Tag,
                            Grouping::Day, Grouping::Week, Grouping::Month }) {
            for (int filter = 0; filter < 4; ++filter) {
                Query q;
                q.kind = Kind::ResponseTimes;
                q.grouping = g;
                q.from = from;
                q.to = to;
                q.zone = QTimeZone(zone);
                q.agentId = filter == 1 ? m_agents.value(1, m_agents.value(0)) : 0;
                q.inboxId = filter == 2 ? m_inboxes.value(0) : 0;
                q.tagId = filter == 3 ? m_tags.value(0) : 0;
                const auto want = expected(db, q);
                const auto got = reported(db, q);
                QVERIFY2(got == want,
                         qPrintable(QStringLiteral("%1 %2..%3 by %4, filter %5:\nwant %6\ngot  %7")
                                        .arg(QString::fromLatin1(zone), from.toString(Qt::ISODate),
                                             to.toString(Qt::ISODate), groupingName(g))
                                        .arg(filter)
                                        .arg(describe(want), describe(got))));
            }
        }
    }
}

void TestReportCounts::everyGroupingAndFilterInEveryZone()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    fill(*db, 150, 16);
    QVERIFY(
        test::rows(*db, QStringLiteral("SELECT count(*) FROM agent_message_days")).value(0).toInt()
        > 100);
    for (const char *zone :
         { "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "UTC" }) {
        checkFigures(*db, QByteArray(zone));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestReportCounts::messageStoreDeletionAndAgentDeleted()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    fill(*db, 20, 7);
    MessageStore store(*db);
    const qint64 c = test::conversation(*db, QStringLiteral("+14155550100"));
    QVERIFY(c);
    const qint64 t
        = QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        MessageRecord m = test::message(
            c, QStringLiteral("SM-c-%1").arg(i), QStringLiteral("reply %1").arg(i),
            i == 3 ? Direction::Inbound : Direction::Outbound, t + i * 7 * 3600000LL);
        m.authorId = m_agents.at(i % 2);
        auto upserted = store.upsert(m);
        QVERIFY2(upserted, qPrintable(upserted ? QString() : upserted.error().details()));
        ids << m.id;
    }
    checkFigures(*db);

    // A status update touches nothing; a deletion takes the message out.
    MessageRecord again = test::message(c, QStringLiteral("SM-c-0"), QStringLiteral("reply 0"),
                                        Direction::Outbound, t);
    again.status = QStringLiteral("read");
    QVERIFY(store.upsert(again));
    QVERIFY(store.remove(ids.at(1)));
    QVERIFY(store.remove(ids.at(3)));
    checkFigures(*db);
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT count(*) FROM agent_message_days WHERE "
                                       "conversation_id = %1")
                            .arg(c)),
             QStringList { QStringLiteral("1") }); // Ana's two, on one UTC day

    // An agent deleted: their messages stay, with no agent recorded.
    QVERIFY(db->execOnce(QStringLiteral("DELETE FROM agents WHERE id = %1").arg(m_agents.at(0))));
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT count(*) FROM agent_message_days WHERE author_id = "
                                       "%1")
                            .arg(m_agents.at(0))),
             QStringList { QStringLiteral("0") });
    m_agents.removeFirst();
    QVERIFY(m_agents.size() >= 2);
    checkFigures(*db);

    // A message moved to another conversation by hand.
    QVERIFY(db->execOnce(
        QStringLiteral("UPDATE messages SET conversation_id = %1 WHERE id = %2")
            .arg(c)
            .arg(test::rows(*db,
                            QStringLiteral("SELECT max(id) FROM messages WHERE direction = "
                                           "'outbound' AND conversation_id <> %1")
                                .arg(c))
                     .value(0))));
    checkFigures(*db);
}

void TestReportCounts::erasure()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    fill(*db, 30, 11);
    // The raw rows get the full-text indexes the stores would have written (erasure deletes
    // from them).
    for (const char *index : { "message_fts", "contact_fts" })
        QVERIFY(db->execOnce(
            QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(QLatin1String(index))));
    const QString e164 = test::rows(*db,
                                    QStringLiteral("SELECT ct.e164 FROM conversations c JOIN "
                                                   "contacts ct ON ct.id = c.contact_id WHERE "
                                                   "c.id = (SELECT conversation_id FROM "
                                                   "agent_message_days LIMIT 1)"))
                             .value(0);
    QVERIFY(!e164.isEmpty());
    auto erased = Erasure::erase(*db, e164, {}, QStringLiteral("agent:1"), 9000);
    QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().details()));
    QVERIFY(erased->messages > 0);
    checkFigures(*db);
}

void TestReportCounts::bulkImportIntoEmptyAndFilledCache()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    const qint64 agent = test::ReportFixture(*db).agent(QStringLiteral("Ana"));
    m_agents = { agent };
    m_inboxes.clear();
    m_tags.clear();
    const qint64 t
        = QDateTime(QDate(2026, 3, 28), QTime(22, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int round = 0; round < 2; ++round) {
        BulkImporter importer(*db);
        QVERIFY(importer.begin());
        for (int i = 0; i < 200; ++i) {
            ImportMessage row;
            row.contactE164 = QStringLiteral("+1415555%1").arg(1000 + i % 7);
            row.inboxE164 = QStringLiteral("+1555000000%1").arg(1 + i % 2);
            MessageRecord &m = row.message;
            m.sid = QStringLiteral("SM-%1-%2").arg(round).arg(i);
            m.direction = i % 3 ? Direction::Outbound : Direction::Inbound;
            m.status = QStringLiteral("delivered");
            m.body = QStringLiteral("text %1").arg(i);
            m.authorId = i % 4 ? agent : 0;
            m.createdAt = m.updatedAt = t + (round * 200 + i) * 17 * 60000LL;
            QVERIFY(importer.add(row));
        }
        // A repeat of a row already imported is skipped.
        ImportMessage repeat;
        repeat.contactE164 = QStringLiteral("+14155551000");
        repeat.inboxE164 = QStringLiteral("+15550000001");
        repeat.message.sid = QStringLiteral("SM-0-1");
        repeat.message.direction = Direction::Outbound;
        repeat.message.status = QStringLiteral("delivered");
        repeat.message.createdAt = repeat.message.updatedAt = t;
        QVERIFY(importer.add(repeat));
        auto finished = importer.finish();
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().details()));
        checkFigures(*db);
    }
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT sum(messages) FROM agent_message_days")),
             QStringList { QStringLiteral("266") }); // 2 × (200 − 67 inbound)
    // Into the empty cache the triggers were suspended and the rows counted at the end; they
    // are back for the next writer.
    QCOMPARE(test::rows(*db,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                       "'trigger' AND name LIKE 'agent_message_days_%'")),
             QStringList { QStringLiteral("4") });
}

void TestReportCounts::historyImport()
{
    test::TestCache cache;
    auto db = cache.open();
    QVERIFY(db);
    m_agents.clear();
    m_inboxes.clear();
    m_tags.clear();
    const QString path = cache.dir() + QStringLiteral("/history.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sid,direction,from,to,body,date_created,status\r\n"
               "SM1,inbound,+14155550124,+15550000001,Hello,2026-03-28T23:30:00Z,received\r\n"
               "SM2,outbound-api,+15550000001,+14155550124,Hi,2026-03-28T23:45:00Z,delivered\r\n"
               "SM3,outbound-reply,+15550000001,+14155550124,Done,2026-03-29T00:15:00Z,"
               "delivered\r\n"
               "SM4,outbound-api,+15550000001,+14155550125,Ok,2026-03-29T09:00:00Z,delivered\r\n");
    file.close();
    const auto outcome = contacts::HistoryImport::run(*db, { path });
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.inserted, 4);
    checkFigures(*db);
    QCOMPARE(test::rows(*db, QStringLiteral("SELECT sum(messages) FROM agent_message_days")),
             QStringList { QStringLiteral("3") });
}

void TestReportCounts::migrationCountsExistingMessages()
{
    test::TestCache cache;
    {
        auto old = Database::openUnmigratedForTesting(cache.path());
        QVERIFY2(old, qPrintable(old ? QString() : old.error().details()));
        QVERIFY(Migrations::applyUpTo(**old, 0, 13));
        fill(**old, 40, 3);
    }
    auto db = cache.open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QVERIFY(
        test::rows(*db, QStringLiteral("SELECT count(*) FROM agent_message_days")).value(0).toInt()
        > 10);
    checkFigures(*db);
    // And it keeps counting afterwards.
    fill(*db, 10, 4);
    checkFigures(*db);
}

QTEST_GUILESS_MAIN(TestReportCounts)
#include "TestReportCounts.moc"
