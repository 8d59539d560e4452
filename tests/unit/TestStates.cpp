// The typed states and the words the cache stores for them: every value reads back as itself,
// the stored words are the ones existing caches hold (no migration changes them), and a word
// this build does not know is told apart.
#include "storage/States.h"

#include <QMetaEnum>
#include <QTest>

using namespace textdesk;

class TestStates : public QObject
{
    Q_OBJECT
private slots:
    void everyValueRoundTrips();
    void storedWordsAreTheCachesWords();
    void unknownWords();
    void finalAndFailedMessages();
};

namespace {
template<typename E> QList<E> allValues()
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    QList<E> values;
    for (int i = 0; i < meta.keyCount(); ++i)
        values << E(meta.value(i));
    return values;
}
} // namespace

void TestStates::everyValueRoundTrips()
{
    for (const auto s : allValues<ConversationStatus>())
        QCOMPARE(conversationStatusFromString(conversationStatusToString(s)), s);
    for (const auto s : allValues<DownloadState>())
        QCOMPARE(downloadStateFromString(downloadStateToString(s)), s);
    for (const auto s : allValues<ConsentState>())
        QCOMPARE(consentStateFromString(consentStateToString(s)), s);
    for (const auto s : allValues<OutboxState>())
        QCOMPARE(outboxStateFromString(outboxStateToString(s)), s);
    for (const auto s : allValues<MessageStatus>()) {
        if (s == MessageStatus::Unknown)
            continue;
        bool ok = false;
        QCOMPARE(messageStatusFromString(messageStatusToString(s), &ok), s);
        QVERIFY(ok);
    }
}

void TestStates::storedWordsAreTheCachesWords()
{
    // Written by earlier versions and matched by the schema's CHECKs and partial indexes.
    QCOMPARE(conversationStatusToString(ConversationStatus::Pending), QStringLiteral("pending"));
    QCOMPARE(conversationStatusToString(ConversationStatus::Resolved), QStringLiteral("resolved"));
    QCOMPARE(outboxStateToString(OutboxState::Waiting), QStringLiteral("pending"));
    QCOMPARE(outboxStateToString(OutboxState::Uncertain), QStringLiteral("uncertain"));
    QCOMPARE(downloadStateToString(DownloadState::Waiting), QStringLiteral("pending"));
    QCOMPARE(downloadStateToString(DownloadState::Unsupported), QStringLiteral("unsupported"));
    QCOMPARE(consentStateToString(ConsentState::OptedOut), QStringLiteral("opted_out"));
    QCOMPARE(messageStatusToString(MessageStatus::Waiting), QStringLiteral("pending"));
    QCOMPARE(messageStatusToString(MessageStatus::PartiallyDelivered),
             QStringLiteral("partially_delivered"));
}

void TestStates::unknownWords()
{
    bool ok = true;
    QCOMPARE(conversationStatusFromString(u"archived", &ok), ConversationStatus::Open);
    QVERIFY(!ok);
    QCOMPARE(messageStatusFromString(u"teleported", &ok), MessageStatus::Unknown);
    QVERIFY(!ok);
    QCOMPARE(consentStateFromString(u"", &ok), ConsentState::Unknown);
    QVERIFY(!ok);
    QCOMPARE(downloadStateFromString(u"Done", &ok), DownloadState::Waiting); // case matters
    QVERIFY(!ok);
}

void TestStates::finalAndFailedMessages()
{
    QVERIFY(state::isFinal(MessageStatus::Delivered));
    QVERIFY(state::isFinal(MessageStatus::Received));
    QVERIFY(!state::isFinal(MessageStatus::Sent));
    QVERIFY(!state::isFinal(MessageStatus::Waiting));
    QVERIFY(state::isFailure(MessageStatus::Undelivered));
    QVERIFY(!state::isFailure(MessageStatus::Canceled));
}

QTEST_GUILESS_MAIN(TestStates)
#include "TestStates.moc"
