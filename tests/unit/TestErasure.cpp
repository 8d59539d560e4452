#include "TestWorkspace.h"
#include "TextdeskRun.h"
#include "storage/ContactProfiles.h"
#include "storage/ConversationActions.h"
#include "storage/Erasure.h"
#include "storage/MessageStore.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace textdesk;

// A customer's erasure (GDPR Art. 17) in the local cache: afterwards a search does not find
// their words, the cache file's bytes (and its WAL's) do not hold them, their media files are
// gone, another customer is untouched, and one audit entry says who erased when, without the
// content.
class TestErasure : public QObject
{
    Q_OBJECT

private:
    // Words nobody else writes, to look for in the file's bytes.
    const QString kSecret = QStringLiteral("Quittengeleerezeptur");
    const QString kDraftSecret = QStringLiteral("Holunderblütensirup");
    const QString kOther = QStringLiteral("Stachelbeerkompott");

    static bool fileHolds(const QString &path, const QString &word)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = file.readAll();
        return bytes.contains(word.toUtf8())
            || bytes.contains(
                QByteArray(reinterpret_cast<const char *>(word.utf16()), word.size() * 2));
    }
    static qint64 count(Database &db, const QString &sql)
    {
        auto v = db.scalar(sql);
        return v ? v->toLongLong() : -1;
    }

    // Customer A with messages, a note, a draft, an outbox entry, a survey answer, consent
    // events and a picture; customer B with one message. Returns A's conversation.
    qint64 fill(Database &db, const QString &mediaDir)
    {
        const qint64 a = test::conversation(db, QStringLiteral("+14155550123"));
        const qint64 b = test::conversation(db, QStringLiteral("+14155550124"));
        MessageStore store(db);
        for (int i = 0; i < 200; ++i) {
            MessageRecord m = test::message(
                a, QStringLiteral("SMa%1").arg(i),
                i == 50 ? QStringLiteral("my recipe: %1 with honey").arg(kSecret)
                        : QStringLiteral("message number %1 about the order").arg(i),
                i % 2 ? Direction::Outbound : Direction::Inbound, 1000 + i);
            if (!store.upsert(m))
                return 0;
        }
        MessageRecord other
            = test::message(b, QStringLiteral("SMb1"), QStringLiteral("I like %1").arg(kOther),
                            Direction::Inbound, 5000);
        if (!store.upsert(other))
            return 0;
        if (!ConversationActions::addNote(db, a, QStringLiteral("note: %1").arg(kSecret), 0, 6000))
            return 0;
        if (!ConversationActions::saveDraft(db, a, QStringLiteral("about %1").arg(kDraftSecret),
                                            6001))
            return 0;
        auto contact
            = db.scalar(QStringLiteral("SELECT contact_id FROM conversations WHERE id = ?"), { a });
        const qint64 contactId = contact->toLongLong();
        auto p = ContactProfiles::load(db, contactId);
        p->displayName = QStringLiteral("Erna Erasmus");
        p->notes = QStringLiteral("keeps asking about %1").arg(kSecret);
        if (!ContactProfiles::save(db, *p, 6002))
            return 0;
        const QStringList inserts = {
            QStringLiteral("INSERT INTO outbox (client_id, message_id, conversation_id, to_e164, "
                           "from_e164, body, state, created_at, updated_at) SELECT 'c1', max(id), "
                           "%1, '+14155550123', '+15550000001', 'outbox %2', 'failed', 1, 1 FROM "
                           "messages WHERE conversation_id = %1")
                .arg(a)
                .arg(kSecret),
            QStringLiteral("INSERT INTO consent_events (contact_id, state, keyword, source, "
                           "occurred_at) VALUES (%1, 'opted_out', 'STOP', 'keyword', 7000)")
                .arg(contactId),
            QStringLiteral("INSERT INTO surveys (kind, name, created_at, updated_at) VALUES "
                           "('csat', 'CSAT', 1, 1)"),
            QStringLiteral("INSERT INTO survey_responses (survey_id, kind, conversation_id, "
                           "contact_id, inbox_id, state, comment, created_at) SELECT max(s.id), "
                           "'csat', %1, %2, c.inbox_id, 'answered', 'comment %3', 1 FROM surveys "
                           "s, conversations c WHERE c.id = %1")
                .arg(a)
                .arg(contactId)
                .arg(kSecret),
            QStringLiteral("INSERT INTO media (message_id, content_type, local_path, "
                           "download_state, created_at) SELECT max(id), 'image/jpeg', "
                           "'ab/abcdef.jpg', 'done', 1 FROM messages WHERE conversation_id = %1")
                .arg(a),
        };
        for (const QString &sql : inserts) {
            if (!db.execOnce(sql)) {
                qWarning() << "failed:" << sql;
                return 0;
            }
        }
        QDir().mkpath(mediaDir + QStringLiteral("/ab"));
        QFile picture(mediaDir + QStringLiteral("/ab/abcdef.jpg"));
        if (!picture.open(QIODevice::WriteOnly) || picture.write("\xFF\xD8\xFFpicture") < 0)
            return 0;
        return a;
    }

private slots:
    void erasedWordsAreNowhere()
    {
        test::TestCache cache;
        auto db = cache.open();
        const QString media = cache.dir() + QStringLiteral("/media");
        QVERIFY(fill(*db, media));
        MessageStore store(*db);
        auto before = store.search(kSecret, 0, 10);
        QVERIFY(before && before->size() == 2); // the message and the note
        // The words are in the files now (WAL or cache), so the check below can fail.
        QVERIFY(fileHolds(cache.path(), kSecret)
                || fileHolds(cache.path() + QStringLiteral("-wal"), kSecret));

        auto preview = Erasure::preview(*db, QStringLiteral("+14155550123"));
        QVERIFY(preview);
        QCOMPARE(preview->messages, 201);
        QCOMPARE(preview->drafts, 1);
        QCOMPARE(preview->outbox, 1);
        QCOMPARE(preview->surveyAnswers, 1);
        QCOMPARE(preview->consentEvents, 1);
        QCOMPARE(preview->mediaFiles, 1);

        auto erased = Erasure::erase(*db, QStringLiteral("+14155550123"), media,
                                     QStringLiteral("agent:1"), 9000);
        QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().details()));

        auto after = store.search(kSecret, 0, 10);
        QVERIFY(after && after->isEmpty());
        auto others = store.search(kOther, 0, 10);
        QVERIFY(others && others->size() == 1); // B is untouched
        QVERIFY(test::checkFullTextIndex(*db, QStringLiteral("message_fts")));
        QVERIFY(test::checkFullTextIndex(*db, QStringLiteral("contact_fts")));
        QVERIFY(test::foreignKeyViolations(*db).isEmpty());
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM contacts WHERE e164 = "
                                      "'+14155550123'")),
                 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM messages")), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM drafts")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM survey_responses")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM consent_events")), 0);
        QVERIFY(!QFile::exists(media + QStringLiteral("/ab/abcdef.jpg")));

        const QStringList audit = test::rows(
            *db,
            QStringLiteral("SELECT actor, action, details FROM audit_log WHERE action = "
                           "'erase-customer'"));
        QCOMPARE(audit.size(), 1);
        QVERIFY(audit.first().contains(QLatin1String("agent:1")));
        QVERIFY(audit.first().contains(QLatin1String("opted_out")));
        QVERIFY(!audit.first().contains(QLatin1String("4155550123")));

        // The bytes: neither the cache nor its WAL hold the words any more.
        db.reset();
        for (const QString &word : { kSecret, kDraftSecret, QStringLiteral("Erna Erasmus") }) {
            QVERIFY2(!fileHolds(cache.path(), word), qPrintable(word));
            QVERIFY2(!fileHolds(cache.path() + QStringLiteral("-wal"), word), qPrintable(word));
        }
        QVERIFY(fileHolds(cache.path(), kOther)
                || fileHolds(cache.path() + QStringLiteral("-wal"), kOther));
    }

    void unknownNumberErasesNothing()
    {
        test::TestCache cache;
        auto db = cache.open();
        QVERIFY(fill(*db, cache.dir() + QStringLiteral("/media")));
        auto erased
            = Erasure::erase(*db, QStringLiteral("+14155550199"), {}, QStringLiteral("x"), 1);
        QVERIFY(!erased);
        QVERIFY2(erased.error().message().contains(QLatin1String("+14155550199")),
                 qPrintable(erased.error().message()));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM messages")), 202);
    }

    void commandLineAsksForYes()
    {
        QTemporaryDir dir;
        {
            auto workspace = Workspace::open(dir.path());
            QVERIFY(workspace);
            QVERIFY(fill((*workspace)->database(), (*workspace)->mediaDirectory()));
        }
        const QStringList args = { QStringLiteral("privacy"),     QStringLiteral("erase"),
                                   QStringLiteral("--workspace"), dir.path(),
                                   QStringLiteral("--number"),    QStringLiteral("(415) 555-0123"),
                                   QStringLiteral("--region"),    QStringLiteral("US") };
        const test::Run refused = test::runTextdesk(QStringLiteral(TEXTDESK_BINARY), args);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("201 messages"))
                     && refused.err.contains(QLatin1String("--yes")),
                 qPrintable(refused.describe()));
        const test::Run run = test::runTextdesk(QStringLiteral(TEXTDESK_BINARY),
                                                args + QStringList { QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QLatin1String("Erased +14155550123")),
                 qPrintable(run.describe()));
        const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(!fileHolds(cachePath, kSecret));
        QVERIFY(!fileHolds(cachePath + QStringLiteral("-wal"), kSecret));
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "TestErasure.moc"
