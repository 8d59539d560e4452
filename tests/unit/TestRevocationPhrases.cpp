// Revocation in other words (issue 17, compliance.md: 47 CFR 64.1200(a)(10)): sentences that ask
// to stop messages in English, German, Spanish and French are found whatever their case, accents
// and punctuation, inside a longer message too; everyday sentences that merely contain "stop",
// "keine … mehr" or "plus de" are not; a bare carrier keyword is left to the keyword itself.
#include "compliance/RevocationPhrases.h"

#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

using namespace textdesk::compliance;

class TestRevocationPhrases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void asksToStop_data()
    {
        QTest::addColumn<QString>("body");
        // English
        QTest::newRow("en please stop") << QStringLiteral("please stop texting me");
        QTest::newRow("en caps") << QStringLiteral("PLEASE STOP TEXTING ME!!!");
        QTest::newRow("en no more") << QStringLiteral("No more messages.");
        QTest::newRow("en list") << QStringLiteral("take me off your list");
        QTest::newRow("en mailing list") << QStringLiteral("Remove me from your mailing list pls");
        QTest::newRow("en unsubscribe") << QStringLiteral("unsubscribe me please");
        QTest::newRow("en do not text") << QStringLiteral("Do not text me again.");
        QTest::newRow("en stop sending") << QStringLiteral("stop sending me these messages");
        QTest::newRow("en curly apostrophe") << QStringLiteral("I don’t want any more texts");
        QTest::newRow("en longer")
            << QStringLiteral("Thanks for the refund. Now please stop messaging me, I am "
                              "not interested in offers.");
        // German
        QTest::newRow("de bitte keine sms") << QStringLiteral("bitte keine SMS mehr");
        QTest::newRow("de keine nachrichten") << QStringLiteral("Keine Nachrichten mehr!");
        QTest::newRow("de möchte keine") << QStringLiteral("Ich möchte keine SMS mehr bekommen.");
        QTest::newRow("de hören sie auf") << QStringLiteral("Hören Sie auf, mir zu schreiben.");
        QTest::newRow("de no umlauts") << QStringLiteral("HOREN SIE AUF, MIR ZU SCHREIBEN");
        QTest::newRow("de abmelden") << QStringLiteral("Bitte melden Sie mich ab.");
        QTest::newRow("de longer")
            << QStringLiteral("Das Paket ist da, danke. Schreiben Sie mir bitte nicht mehr.");
        // Spanish
        QTest::newRow("es no me envíen") << QStringLiteral("no me envíen más mensajes");
        QTest::newRow("es no accents") << QStringLiteral("NO ME ENVIEN MAS MENSAJES");
        QTest::newRow("es dejen") << QStringLiteral("¡Dejen de escribirme!");
        QTest::newRow("es baja") << QStringLiteral("Quiero darme de baja, por favor.");
        QTest::newRow("es no quiero") << QStringLiteral("no quiero recibir más mensajes");
        QTest::newRow("es longer")
            << QStringLiteral("Gracias por todo. Pero no más mensajes, por favor.");
        // French
        QTest::newRow("fr arrêtez") << QStringLiteral("arrêtez de m'envoyer des messages");
        QTest::newRow("fr no accents") << QStringLiteral("ARRETEZ DE M ENVOYER DES MESSAGES");
        QTest::newRow("fr plus de sms") << QStringLiteral("plus de SMS svp");
        QTest::newRow("fr ne m'écrivez plus") << QStringLiteral("Ne m’écrivez plus, merci.");
        QTest::newRow("fr désabonner") << QStringLiteral("Je veux me désabonner");
        QTest::newRow("fr longer")
            << QStringLiteral("Colis reçu, merci. Arrêtez les SMS maintenant s'il vous plaît.");
    }
    void asksToStop()
    {
        QFETCH(QString, body);
        QVERIFY2(!RevocationPhrases::find(body).isEmpty(), qPrintable(body));
    }

    void everydaySentencesAreNotRequests_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("en stop by") << QStringLiteral("can you stop by tomorrow?");
        QTest::newRow("en don't stop")
            << QStringLiteral("don't stop the delivery, I still want it");
        QTest::newRow("en don't stop texting")
            << QStringLiteral("Don't stop texting me the tracking updates!");
        QTest::newRow("en bus stop") << QStringLiteral("Leave it at the bus stop please");
        QTest::newRow("en not arriving")
            << QStringLiteral("I get no more messages about my order, is it lost?");
        QTest::newRow("en list") << QStringLiteral("Is my order on your list?");
        QTest::newRow("de bekomme keine")
            << QStringLiteral("Ich bekomme keine SMS mehr, ist mein Handy kaputt?");
        QTest::newRow("de hör auf") << QStringLiteral("Hören Sie, das Paket ist nicht da.");
        QTest::newRow("es no me llegan") << QStringLiteral("No me llegan más mensajes del pedido");
        QTest::newRow("es dejé de") << QStringLiteral("Dejé de recibir el correo, ¿qué pasó?");
        QTest::newRow("fr ne reçois plus") << QStringLiteral("Je ne reçois plus de SMS de suivi");
        QTest::newRow("fr arrêt de bus") << QStringLiteral("Laissez le colis à l'arrêt de bus");
        QTest::newRow("greeting") << QStringLiteral("Hi, where is my order #4411?");
    }
    void everydaySentencesAreNotRequests()
    {
        QFETCH(QString, body);
        QVERIFY2(RevocationPhrases::find(body).isEmpty(), qPrintable(body));
    }

    void bareKeywordIsLeftToTheKeyword()
    {
        // STOP and UNSUBSCRIBE alone opt the customer out at once: nothing to confirm.
        QVERIFY(RevocationPhrases::find(QStringLiteral("STOP")).isEmpty());
        QVERIFY(RevocationPhrases::find(QStringLiteral(" unsubscribe. ")).isEmpty());
    }

    void quoteIsTheSentenceAsWritten()
    {
        QCOMPARE(RevocationPhrases::find(
                     QStringLiteral("Got the parcel, thanks!   Please   stop texting me. Bye")),
                 QStringLiteral("Please stop texting me"));
        const QString longSentence
            = QStringLiteral("please stop texting me ") + QString(300, QLatin1Char('a'));
        const QString quote = RevocationPhrases::find(longSentence);
        QCOMPARE(quote.size(), 160);
        QVERIFY(quote.startsWith(QStringLiteral("please stop texting me")));
    }

    void normalizedForm()
    {
        QCOMPARE(RevocationPhrases::normalized(QStringLiteral("  Arrêtez—de m’envoyer: SMS!! ")),
                 QStringLiteral("arretez de m envoyer sms"));
        QCOMPARE(RevocationPhrases::normalized(QStringLiteral("Grüße, Straße")),
                 QStringLiteral("grusse strasse"));
    }
};

QTEST_GUILESS_MAIN(TestRevocationPhrases)
#include "TestRevocationPhrases.moc"
