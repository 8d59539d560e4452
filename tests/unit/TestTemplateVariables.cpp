#include "storage/ContactProfiles.h"
#include "templates/TemplateFiller.h"
#include "templates/TemplateVariables.h"

#include <QTest>

using namespace textdesk;

// The template values an agent's reply is filled with, from the customer's profile.
class TestTemplateVariables : public QObject
{
    Q_OBJECT
private slots:
    void everyStandardVariableFromAFullProfile();
    void firstNameFallsBackToTheDisplayNamesFirstWord();
    void missingFieldsStayUnfilled();
};

namespace {
ContactProfile fullProfile()
{
    ContactProfile p;
    p.id = 7;
    p.e164 = QStringLiteral("+15551230007");
    p.displayName = QStringLiteral("Dana Scully");
    p.givenName = QStringLiteral("Dana");
    p.familyName = QStringLiteral("Scully");
    p.company = QStringLiteral("FBI");
    p.email = QStringLiteral("dana@example.org");
    return p;
}
} // namespace

void TestTemplateVariables::everyStandardVariableFromAFullProfile()
{
    const auto values = TemplateVariables::fromProfile(fullProfile(), QStringLiteral("Sam"));
    for (const QString &name : TemplateFiller::standardVariables())
        QVERIFY2(!values.value(name).isEmpty(), qPrintable(name));
    const auto filled = TemplateFiller::fill(
        QStringLiteral("{{first_name}} {{last_name}} ({{name}}, {{company}}, {{email}}, "
                       "{{phone}}) from {{agent_name}}"),
        values);
    QCOMPARE(filled.text,
             QStringLiteral("Dana Scully (Dana Scully, FBI, dana@example.org, +15551230007) "
                            "from Sam"));
    QVERIFY(filled.unfilled.isEmpty());
}

void TestTemplateVariables::firstNameFallsBackToTheDisplayNamesFirstWord()
{
    ContactProfile p;
    p.displayName = QStringLiteral("Fox Mulder");
    QCOMPARE(TemplateVariables::fromProfile(p, {}).value(QStringLiteral("first_name")),
             QStringLiteral("Fox"));
    p.givenName = QStringLiteral("Fox William");
    QCOMPARE(TemplateVariables::fromProfile(p, {}).value(QStringLiteral("first_name")),
             QStringLiteral("Fox William"));
}

void TestTemplateVariables::missingFieldsStayUnfilled()
{
    // A customer known only by number: the agent must see what the template still needs.
    ContactProfile p;
    p.e164 = QStringLiteral("+15551230008");
    const auto filled = TemplateFiller::fill(
        QStringLiteral("Hi {{first_name}}, about {{company}}: call {{phone}}. {{agent_name}}"),
        TemplateVariables::fromProfile(p, QString()));
    QCOMPARE(filled.text,
             QStringLiteral("Hi {{first_name}}, about {{company}}: call +15551230008. "
                            "{{agent_name}}"));
    QCOMPARE(filled.unfilled,
             (QStringList { QStringLiteral("first_name"), QStringLiteral("company"),
                            QStringLiteral("agent_name") }));
}

QTEST_GUILESS_MAIN(TestTemplateVariables)
#include "TestTemplateVariables.moc"
