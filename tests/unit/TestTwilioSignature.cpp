#include "provider/TwilioSignature.h"

#include <QtTest/QTest>

using namespace textdesk::provider;

class TestTwilioSignature : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_token = "12345";
    const QString m_url = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");
    const FormFields m_params = {
        // Deliberately not in sorted order: the signature sorts them.
        { QStringLiteral("To"), QStringLiteral("+18005551212") },
        { QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE") },
        { QStringLiteral("Digits"), QStringLiteral("1234") },
        { QStringLiteral("Caller"), QStringLiteral("+14158675309") },
        { QStringLiteral("From"), QStringLiteral("+14158675309") },
    };
    const QByteArray m_expected = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

private slots:
    void providerTestVector()
    {
        QCOMPARE(twilioSignature(m_token, m_url, m_params), m_expected);
        QVERIFY(verifyTwilioSignature(m_token, QUrl(m_url), m_params, m_expected));
    }

    void acceptsExplicitDefaultPort()
    {
        QVERIFY(verifyTwilioSignature(
            m_token, QUrl(QStringLiteral("https://mycompany.com:443/myapp.php?foo=1&bar=2")),
            m_params, m_expected));
    }

    void rejectsTampering()
    {
        FormFields changed = m_params;
        changed[2].second = QStringLiteral("1235");
        QVERIFY(!verifyTwilioSignature(m_token, QUrl(m_url), changed, m_expected));
        QVERIFY(!verifyTwilioSignature("54321", QUrl(m_url), m_params, m_expected));
        QVERIFY(!verifyTwilioSignature(
            m_token, QUrl(QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=3")), m_params,
            m_expected));
        QVERIFY(!verifyTwilioSignature(m_token, QUrl(m_url), m_params, QByteArray()));
        QVERIFY(!verifyTwilioSignature(
            m_token, QUrl(QStringLiteral("https://mycompany.com:8443/myapp.php?foo=1&bar=2")),
            m_params, m_expected));
    }
};

QTEST_GUILESS_MAIN(TestTwilioSignature)
#include "TestTwilioSignature.moc"
