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
    void customFieldsAreVariables();
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
    const auto values = TemplateVariables::fromProfile(fullProfile(), QStringLiteral("Sam"),
                                                       QStringLiteral("Acme"));
    for (const QString &name : TemplateFiller::standardVariables())
        QVERIFY2(!values.value(name).isEmpty(), qPrintable(name));
    const auto filled = TemplateFiller::fill(
        QStringLiteral("{{first_name}} {{last_name}} ({{name}}, {{customer_company}}, {{email}}, "
                       "{{phone}}) from {{agent_name}} at {{company}}"),
        values);
    QCOMPARE(filled.text,
             QStringLiteral("Dana Scully (Dana Scully, FBI, dana@example.org, +15551230007) "
                            "from Sam at Acme"));
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

void TestTemplateVariables::customFieldsAreVariables()
{
    ContactProfile p = fullProfile();
    // A custom field named like a standard variable does not hide the profile's value.
    p.customFields = { { QStringLiteral("Order ID"), QStringLiteral("A-1042") },
                       { QStringLiteral("first_name"), QStringLiteral("Not Dana") },
                       { QStringLiteral("Größe"), QStringLiteral("XL") } };
    const auto filled = TemplateFiller::render(
        QStringLiteral("{{first_name}}: order {{order_id}}, size {{größe}}, ref {{ref|none}}"),
        TemplateVariables::fromProfile(p, QStringLiteral("Sam")));
    QCOMPARE(filled.text, QStringLiteral("Dana: order A-1042, size XL, ref none"));
    QVERIFY(filled.complete());
}

QTEST_GUILESS_MAIN(TestTemplateVariables)
#include "TestTemplateVariables.moc"
