// Revocation in other words (issue 17) through the real main window against the simulator: a
// customer who writes "please stop texting me" is not opted out by itself, but the thread shows
// their sentence in a banner; "Opt out" records the opt-out (source agent, the message) and the
// next reply is refused with the consent reason; "Not a request" hides the banner for good, and
// sends the scheduled message that was held for the request (engine/RevocationAnswer).
#include "TestWorkspace.h"
#include "WorkstationFixture.h"
#include "composer/Composer.h"
#include "engine/SyncWorker.h"
#include "main/MainWindow.h"
#include "main/Translations.h"
#include "session/ProviderSession.h"
#include "thread/ConversationPane.h"
#include "thread/RevocationBanner.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace textdesk;

namespace {
const QString kAsking = QStringLiteral("+14155550123");
const QString kNotAsking = QStringLiteral("+14155550144");
const QString kHeld = QStringLiteral("+14155550166");
} // namespace

class TestRevocationBanner : public QObject, private test::WorkstationFixture
{
    Q_OBJECT

private:
    RevocationBanner *banner() const
    {
        return m_window->findChild<RevocationBanner *>(QStringLiteral("revocationBanner"));
    }
    QStringList query(const QString &sql) const
    {
        auto reader = m_workspace->openReader();
        return reader ? test::rows(**reader, sql) : QStringList { QStringLiteral("no reader") };
    }
    // A change on the sync thread's writer, as the window's commands make them.
    void onWriter(const std::function<Status(Database &)> &change)
    {
        engine::SyncWorker *worker = m_session->worker();
        QVERIFY(worker);
        Status result = success();
        QMetaObject::invokeMethod(
            worker, [&] { result = worker->runOnWriter(change); }, Qt::BlockingQueuedConnection);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().details()));
    }
    int sentToProvider() const
    {
        return m_sim->stats()
            .value(QStringLiteral("direction"))
            .toObject()
            .value(QStringLiteral("outbound-api"))
            .toInt();
    }

private slots:
    void initTestCase()
    {
        installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
        QCoreApplication::setOrganizationName(QStringLiteral("TextdeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestRevocationBanner"));
        QSettings().clear();
        QVERIFY(QStandardPaths::isTestModeEnabled());
        QString error;
        QVERIFY2(startWorkstation({}, &error), qPrintable(error));
    }
    void cleanupTestCase() { stopWorkstation(); }

    void optOutFromTheBannerBlocksTheNextReply()
    {
        const QPersistentModelIndex index = receive(
            kAsking, QStringLiteral("Got the parcel, thanks. Please stop texting me now!"));
        QVERIFY(index.isValid());
        open(index);
        QTRY_VERIFY(m_window->conversation()->conversationId() > 0);
        auto *composer = m_window->conversation()->composer();
        // Not opted out by itself: only the carrier keywords do that.
        QVERIFY(composer->blockedReason().isEmpty());
        QVERIFY(banner());
        QTRY_VERIFY_WITH_TIMEOUT(!banner()->text().isEmpty(), kWaitMs);
        QCOMPARE(
            banner()->text(),
            QStringLiteral(
                "This customer may be asking to stop messages: \"Please stop texting me now\""));
        auto *text = banner()->findChild<QLabel *>(QStringLiteral("revocationText"));
        QCOMPARE(text->textFormat(), Qt::PlainText);

        auto *optOut = banner()->findChild<QPushButton *>(QStringLiteral("revocationOptOut"));
        QTest::mouseClick(optOut, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!composer->blockedReason().isEmpty(), kWaitMs);
        QVERIFY2(composer->blockedReason().contains(QStringLiteral("opted out of text messages")),
                 qPrintable(composer->blockedReason()));
        QTRY_VERIFY(banner()->isHidden());
        // Recorded as an agent's opt-out, without a keyword, with the message that asked.
        QCOMPARE(
            query(QStringLiteral("SELECT e.state, e.source, coalesce(e.keyword, ''), m.body FROM "
                                 "consent_events e JOIN messages m ON m.id = e.message_id")),
            QStringList { QStringLiteral("opted_out|agent||Got the parcel, thanks. Please "
                                         "stop texting me now!") });

        // The next reply is refused, and the agent keeps what they wrote.
        const int sentBefore = sentToProvider();
        auto *edit = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QTest::keyClicks(edit, QStringLiteral("One last thing"));
        QVERIFY(!composer->canSend());
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->toPlainText(), QStringLiteral("One last thing"));
        QCOMPARE(sentToProvider(), sentBefore);
    }

    void notARequestIsRemembered()
    {
        const QPersistentModelIndex index
            = receive(kNotAsking, QStringLiteral("No more messages from the courier, stop them."));
        QVERIFY(index.isValid());
        open(index);
        QTRY_VERIFY_WITH_TIMEOUT(banner()->text().contains(QStringLiteral("from the courier")),
                                 kWaitMs);
        const qint64 id = m_window->conversation()->conversationId();
        QTest::mouseClick(banner()->findChild<QPushButton *>(QStringLiteral("revocationDismiss")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            query(QStringLiteral("SELECT answer FROM revocation_flags WHERE conversation_id = %1")
                      .arg(id))
                == QStringList { QStringLiteral("not_a_request") },
            kWaitMs);
        QTRY_VERIFY(banner()->isHidden());
        // Still allowed to text, and still hidden after another message and a reopen.
        QVERIFY(m_window->conversation()->composer()->blockedReason().isEmpty());
        QVERIFY(receive(kNotAsking, QStringLiteral("when will it arrive?")).isValid());
        m_window->conversation()->showConversation(0);
        m_window->conversation()->showConversation(id);
        QCOMPARE(m_window->conversation()->conversationId(), id);
        QVERIFY(banner()->isHidden());
    }

    void notARequestSendsWhatWasHeld()
    {
        const QPersistentModelIndex index
            = receive(kHeld, QStringLiteral("Please stop texting me, I will call you."));
        QVERIFY(index.isValid());
        open(index);
        QTRY_VERIFY_WITH_TIMEOUT(banner()->text().contains(QStringLiteral("Please stop texting")),
                                 kWaitMs);
        const qint64 id = m_window->conversation()->conversationId();
        // A follow-up held for the request when it came due (TestRevocationHold drives that on
        // a clock); the customer's zone one where it is daytime now, so that quiet hours do not
        // hold it once released.
        const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
        const QString zone = QStringLiteral("Etc/GMT%1%2")
                                 .arg(utcHour >= 12 ? QLatin1Char('+') : QLatin1Char('-'))
                                 .arg(std::abs(utcHour - 12));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        onWriter([&](Database &db) -> Status {
            if (Status s = db.execOnce(QStringLiteral("UPDATE contacts SET custom_fields = "
                                                      "'{\"time_zone\": \"%1\"}' WHERE e164 "
                                                      "= '%2'")
                                           .arg(zone, kHeld));
                !s) {
                return s;
            }
            return db.execOnce(
                QStringLiteral("INSERT INTO scheduled_messages (conversation_id, body, "
                               "from_e164, due_at, cancel_on_reply, state, reason, created_at, "
                               "updated_at) SELECT c.id, 'Your table is booked for Friday.', "
                               "i.e164, %2, 0, 'held', 'revocation_pending', %2, %2 FROM "
                               "conversations c JOIN inboxes i ON i.id = c.inbox_id WHERE c.id "
                               "= %1")
                    .arg(id)
                    .arg(now - 60'000));
        });
        const int sentBefore = sentToProvider();
        QTest::mouseClick(banner()->findChild<QPushButton *>(QStringLiteral("revocationDismiss")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            query(QStringLiteral("SELECT state FROM scheduled_messages WHERE conversation_id = %1")
                      .arg(id)),
            QStringList { QStringLiteral("sent") }, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(sentToProvider(), sentBefore + 1, kWaitMs);
    }
};

QTEST_MAIN(TestRevocationBanner)
#include "TestRevocationBanner.moc"
