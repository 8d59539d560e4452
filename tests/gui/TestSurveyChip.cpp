// The thread shows a survey's score on the customer's reply that answered it (a chip), marked
// when the score was read from words; other messages have none.
#include "TestWorkspace.h"
#include "storage/MessageStore.h"
#include "storage/SurveyStore.h"
#include "thread/ThreadModel.h"

#include <QtTest/QtTest>

using namespace textdesk;

class TestSurveyChip : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scoreOnTheReply()
    {
        test::TestCache cache;
        auto db = cache.open();
        const qint64 conversation = test::conversation(*db, QStringLiteral("+14155550123"));
        QVERIFY(conversation);
        MessageStore messages(*db);
        MessageRecord question
            = test::message(conversation, QStringLiteral("SM1"), QStringLiteral("How satisfied…"),
                            Direction::Outbound, 1000);
        MessageRecord reply = test::message(conversation, QStringLiteral("SM2"),
                                            QStringLiteral("4, thanks"), Direction::Inbound, 2000);
        MessageRecord words = test::message(conversation, QStringLiteral("SM3"),
                                            QStringLiteral("great"), Direction::Inbound, 3000);
        QVERIFY(messages.upsert(question));
        QVERIFY(messages.upsert(reply));
        QVERIFY(messages.upsert(words));
        surveys::Survey csat
            = surveys::SurveyTexts::makeDefault(surveys::SurveyKind::Csat, QStringLiteral("CSAT"));
        const qint64 surveyId = SurveyStore::save(*db, csat, 1).value();
        surveys::Survey nps
            = surveys::SurveyTexts::makeDefault(surveys::SurveyKind::Nps, QStringLiteral("NPS"));
        const qint64 npsId = SurveyStore::save(*db, nps, 1).value();
        const auto answered = [&](qint64 survey, surveys::SurveyKind kind, qint64 replyId,
                                  int score, const QString &scoreKind) {
            SurveyResponseRecord row;
            row.surveyId = survey;
            row.kind = kind;
            row.conversationId = conversation;
            auto ids = test::rows(*db,
                                  QStringLiteral("SELECT contact_id, inbox_id FROM "
                                                 "conversations"))
                           .value(0)
                           .split(QLatin1Char('|'));
            row.contactId = ids.value(0).toLongLong();
            row.inboxId = ids.value(1).toLongLong();
            row.state = QStringLiteral("sent");
            row.createdAt = 1;
            const qint64 id = SurveyStore::insertResponse(*db, row).value();
            QVERIFY(SurveyStore::markAnswered(*db, id, score, scoreKind, {}, replyId, 2000));
        };
        answered(surveyId, surveys::SurveyKind::Csat, reply.id, 4, QStringLiteral("explicit"));
        answered(npsId, surveys::SurveyKind::Nps, words.id, 10, QStringLiteral("inferred"));

        auto reader = cache.open(Database::Role::Reader);
        ThreadModel model(*reader);
        model.setConversation(conversation);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(ThreadModel::SurveyScoreRole).toString(), QString());
        QCOMPARE(model.index(1).data(ThreadModel::SurveyScoreRole).toString(),
                 QStringLiteral("CSAT 4/5"));
        QCOMPARE(model.index(2).data(ThreadModel::SurveyScoreRole).toString(),
                 QStringLiteral("NPS 10/10 (read from words)"));
    }
};

QTEST_MAIN(TestSurveyChip)
#include "TestSurveyChip.moc"
