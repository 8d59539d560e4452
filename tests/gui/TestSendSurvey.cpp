// Conversation → Send survey through the real main window against the simulator (issue 16):
// with a survey turned on, the menu item queues one for the open conversation; for a customer
// who opted out, it queues nothing and tells the agent why.
#include "WorkstationFixture.h"
#include "composer/Composer.h"
#include "engine/SyncWorker.h"
#include "inbox/InboxModel.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "session/ProviderSession.h"
#include "storage/SurveyStore.h"
#include "thread/ConversationPane.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDateTime>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace textdesk;

namespace {
const QString kCustomer = QStringLiteral("+14155550123");
const QString kOptedOut = QStringLiteral("+14155550177");
} // namespace

class TestSendSurvey : public QObject, private test::WorkstationFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuItemQueuesASurvey();
    void optedOutCustomerIsNotSurveyedAndTheAgentIsToldWhy();

private:
    void turnOnASurvey();
    // The customer's consent, as the cache has it.
    QString consentIn(qint64 conversationId) const;
    // The survey attempts of a conversation, as "trigger|state", read from the cache.
    QStringList attempts(qint64 conversationId) const;
    void sendSurveyFromTheMenu();

    std::unique_ptr<Database> m_reader;
};

void TestSendSurvey::initTestCase()
{
    installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSendSurvey"));
}

void TestSendSurvey::init()
{
    QSettings().clear();
    QString error;
    QVERIFY2(startWorkstation({}, &error), qPrintable(error));
    auto reader = Database::open(m_workspace->cachePath(), Database::Role::Reader);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().details()));
    m_reader = std::move(*reader);
    turnOnASurvey();
}

void TestSendSurvey::cleanup()
{
    m_reader.reset();
    stopWorkstation();
}

void TestSendSurvey::turnOnASurvey()
{
    // As the survey editor saves one: on the sync thread, the only writer.
    engine::SyncWorker *worker = m_session->worker();
    QVERIFY(worker);
    Status saved = success();
    QMetaObject::invokeMethod(
        worker,
        [&] {
            saved = worker->runOnWriter([](Database &db) -> Status {
                surveys::Survey survey;
                survey.name = QStringLiteral("After the chat");
                survey.company = QStringLiteral("Acme");
                auto id = SurveyStore::save(db, survey, QDateTime::currentMSecsSinceEpoch());
                return id ? success() : Status(id.error());
            });
        },
        Qt::BlockingQueuedConnection);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().details()));
}

QString TestSendSurvey::consentIn(qint64 conversationId) const
{
    auto q = m_reader->prepareOwned(QStringLiteral("SELECT ct.consent_state FROM contacts ct JOIN "
                                                   "conversations c ON c.contact_id = ct.id "
                                                   "WHERE c.id = %1")
                                        .arg(conversationId));
    if (q && m_reader->exec(**q) && (*q)->next())
        return (*q)->value(0).toString();
    return {};
}

QStringList TestSendSurvey::attempts(qint64 conversationId) const
{
    QStringList list;
    auto q = m_reader->prepareOwned(
        QStringLiteral("SELECT trigger || '|' || state FROM survey_responses WHERE "
                       "conversation_id = %1 ORDER BY id")
            .arg(conversationId));
    if (q && m_reader->exec(**q)) {
        while ((*q)->next())
            list << (*q)->value(0).toString();
    }
    return list;
}

void TestSendSurvey::sendSurveyFromTheMenu()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("sendSurvey"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
}

void TestSendSurvey::menuItemQueuesASurvey()
{
    const QPersistentModelIndex index = receive(kCustomer, QStringLiteral("my parcel is late"));
    QVERIFY(index.isValid());
    open(index);
    const qint64 conversation = index.data(InboxModel::ConversationIdRole).toLongLong();
    QTRY_COMPARE(m_window->conversation()->conversationId(), conversation);
    m_window->conversation()->composer()->setDraft(QStringLiteral("Sorry, it ships today"));
    QVERIFY(m_window->conversation()->composer()->send());
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(QStringLiteral("Sorry, it ships today")) >= 0, kWaitMs);
    QVERIFY(attempts(conversation).isEmpty());

    sendSurveyFromTheMenu();
    // Queued by hand: sent at once, or waiting for the end of the customer's quiet hours.
    QTRY_COMPARE_WITH_TIMEOUT(attempts(conversation).size(), 1, kWaitMs);
    const QString attempt = attempts(conversation).first();
    QVERIFY2(attempt == QLatin1String("manual|scheduled")
                 || attempt == QLatin1String("manual|sent"),
             qPrintable(attempt));
}

void TestSendSurvey::optedOutCustomerIsNotSurveyedAndTheAgentIsToldWhy()
{
    const QPersistentModelIndex index
        = receive(kOptedOut, QStringLiteral("please stop texting me"));
    QVERIFY(index.isValid());
    open(index);
    const qint64 conversation = index.data(InboxModel::ConversationIdRole).toLongLong();
    QTRY_COMPARE(m_window->conversation()->conversationId(), conversation);
    // The customer opts out with the keyword; the sync reads it.
    m_sim->injectInbound(kOptedOut, QStringLiteral("STOP"));
    syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(consentIn(conversation), QStringLiteral("opted_out"), kWaitMs);

    sendSurveyFromTheMenu();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().contains(QStringLiteral("opted out")), kWaitMs);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("No survey was sent")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTest::qWait(300); // nothing is queued behind the message either
    QVERIFY(attempts(conversation).isEmpty());
}

QTEST_MAIN(TestSendSurvey)
#include "TestSendSurvey.moc"
